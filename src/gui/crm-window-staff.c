/* crm-window-staff.c: the client list's "which clients" drop-down.
 *
 * All Clients, My Clients (assigned to the person using the app), then
 * each other staff member by name (people who left too, marked, since
 * their clients are the ones to hand over), then Spam. The choice is kept
 * as what it means (scope_ids: a staff id, or one of the SCOPE_ values
 * below), so it survives the list of names being read again on
 * "staff-changed"; My Clients follows who you are.
 *
 * Who you are also decides what you may do: a Read-only staff member gets
 * every action that changes clients turned off (the window's, the quick
 * actions, the row menu, the card's tabs down to each row's buttons, the
 * Info tab's fields and photo, the stars, dropping files), and a banner
 * under the list's header bar that says why and where to change it.
 *
 * The same goes for everyone while an import runs: it holds the
 * database's write lock until it commits, so a change made meanwhile
 * could only wait or fail. Looking, searching and sorting go on; what is
 * being typed stays.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-import-dialog.h"
#include "crm-store-business.h"
#include "crm-window-private.h"

static gint64
current_id (CrmWindow *self)
{
  CrmStaff *me = crm_store_get_current_staff (self->store);

  return me != NULL ? crm_staff_get_id (me) : 0;
}

static gint64
selected_scope (CrmWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->scope_dropdown);

  if (self->scope_ids == NULL || selected >= self->scope_ids->len)
    return CRM_WINDOW_SCOPE_ALL;

  return g_array_index (self->scope_ids, gint64, selected);
}

static void
apply_scope (CrmWindow *self)
{
  gint64 scope = selected_scope (self);
  gint64 staff_id = 0;

  if (self->clients == NULL)
    return;

  if (scope == CRM_WINDOW_SCOPE_MINE)
    staff_id = current_id (self);
  else if (scope > 0)
    staff_id = scope;

  crm_client_list_set_staff_filter (self->clients, staff_id);
  crm_client_list_set_spam (self->clients, scope == CRM_WINDOW_SCOPE_SPAM);
}

static void
scope_filter_changed_cb (CrmWindow *self)
{
  if (!self->filling_scope)
    apply_scope (self);
}

static void
append_scope (CrmWindow     *self,
              GtkStringList *names,
              const char    *name,
              gint64         scope)
{
  gtk_string_list_append (names, name);
  g_array_append_val (self->scope_ids, scope);
}

static void
fill_scope (CrmWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = crm_store_list_staff (self->store);
  gint64 kept = selected_scope (self);
  gint64 me = current_id (self);
  guint position = 0;

  g_array_set_size (self->scope_ids, 0);
  /* Translators: the list shows every client */
  append_scope (self, names, _("All Clients"), CRM_WINDOW_SCOPE_ALL);
  /* Translators: the list shows the clients assigned to the person using the app */
  append_scope (self, names, _("My Clients"), CRM_WINDOW_SCOPE_MINE);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 id = crm_staff_get_id (person);

      if (id == me)
        continue;

      if (crm_store_get_staff_active (self->store, id))
        {
          append_scope (self, names, crm_staff_get_name (person), id);
        }
      else
        {
          /* Translators: a staff member who left; %s is their name */
          g_autofree char *left = g_strdup_printf (_("%s (inactive)"), crm_staff_get_name (person));

          append_scope (self, names, left, id);
        }
    }

  /* Translators: the list shows the clients marked as spam */
  append_scope (self, names, _("Spam"), CRM_WINDOW_SCOPE_SPAM);

  /* The same choice as before; someone who became you is My Clients. */
  if (kept == me && me != 0)
    kept = CRM_WINDOW_SCOPE_MINE;
  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == kept)
      position = i;

  self->filling_scope = TRUE;
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scope_dropdown, position);
  self->filling_scope = FALSE;

  apply_scope (self);
}

/* Files dropped on the window open the import: not for a Read-only
 * person. Without an action, GTK refuses the drag. */
static void
set_import_drop (CrmWindow *self,
                 gboolean   enabled)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller) &&
          g_strcmp0 (gtk_event_controller_get_name (controller), CRM_IMPORT_DROP_TARGET_NAME) == 0)
        gtk_drop_target_set_actions (GTK_DROP_TARGET (controller),
                                     enabled ? GDK_ACTION_COPY : 0);
    }
}

/* The list's empty page says why there is no way to add a client. */
static void
set_empty_page (CrmWindow *self,
                gboolean   read_only)
{
  gtk_widget_set_visible (self->empty_add_button, !read_only);
  if (read_only)
    adw_status_page_set_description (self->empty_page,
                                     _("You are Read-only, so you cannot add clients. "
                                       "An admin can change your role in Preferences."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("A client is an organization you work for. Add the "
                                       "first one together with the person you deal with there."));
}

/* Everything that changes a client goes off at once: the window's actions
 * (the quick actions and the row menu are window actions, so the card's
 * header menu and the list's row menu grey out with them), then each part
 * of the card through its set_read_only(). */
static void
set_read_only (CrmWindow *self,
               gboolean   read_only,
               gboolean   forget_note)
{
  /* Import History too: its one use beyond looking is undoing an import. */
  static const char * const window_actions[] = {
    "win.new-client", "win.import", "win.import-history",
    "win.toggle-spam", "win.undo-delete", "win.undo-spam",
    "win.new-message", "win.new-booking", "win.new-invoice", "win.record-payment",
    "win.client-spam", "win.trash-client",
  };
  CrmClientCard *card = self->card;

  self->read_only = read_only;

  for (guint i = 0; i < G_N_ELEMENTS (window_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), window_actions[i], !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-client",
                                 !read_only && crm_client_card_get_client (card) != NULL);
  crm_window_list_set_read_only (self);
  set_import_drop (self, !read_only);
  set_empty_page (self, read_only);

  crm_bookings_tab_set_read_only (card->bookings, read_only);
  crm_payments_tab_set_read_only (card->payments, read_only);
  crm_documents_tab_set_read_only (card->documents, read_only);
  crm_conversations_tab_set_read_only (card->conversations, read_only);

  /* A note can be neither typed nor added; tags and the star stay as
   * they are. */
  gtk_text_view_set_editable (card->note_view, !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (card->note_view), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (card->favorite_button), !read_only);
  /* The entry with its Add Tag button beside it. */
  gtk_widget_set_sensitive (gtk_widget_get_parent (GTK_WIDGET (card->tag_entry)), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (card->tags_box), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (card->suggestions_box), !read_only);
  if (forget_note)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (card->note_view), "", -1);
  {
    g_autofree char *note = NULL;

    g_object_get (gtk_text_view_get_buffer (card->note_view), "text", &note, NULL);
    gtk_widget_action_set_enabled (GTK_WIDGET (card), "card.add-note", !read_only && note[0] != '\0');
  }
  gtk_label_set_label (card->notes_placeholder,
                       read_only ? _("No notes yet")
                                 : _("No notes yet. What happened, what was agreed, what comes "
                                     "next: write it down above."));
  crm_client_info_set_read_only (card->info, read_only);
  crm_avatar_button_set_read_only (card->info->avatar_button, read_only);

  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

/* Reads the role of the person using the app again. */
static void
update_role (CrmWindow *self)
{
  gint64 me = current_id (self);
  gboolean read_only = me != 0 &&
                       crm_store_get_staff_role (self->store, me) == CRM_STAFF_ROLE_READ_ONLY;
  gboolean importing = crm_store_get_importing (self->store);

  if (read_only)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the name of the person using the app */
      text = g_strdup_printf (_("%s is Read-only: you can look at everything but change "
                                "nothing. An admin can change your role in Preferences."),
                              crm_staff_get_name (crm_store_get_current_staff (self->store)));
      gtk_label_set_label (self->read_only_label, text);
    }
  else if (importing)
    gtk_label_set_label (self->read_only_label,
                         _("An import is running. Changes can be made again once it is done."));

  set_read_only (self, read_only || importing, read_only);
}

static void
staff_changed_cb (CrmWindow *self)
{
  fill_scope (self);
  update_role (self);
}

/**
 * crm_window_set_scope:
 * @scope: a staff member's id, or one of the CRM_WINDOW_SCOPE_ values
 *
 * Shows the clients that @scope picks, as if chosen in the drop-down.
 */
void
crm_window_set_scope (CrmWindow *self,
                      gint64     scope)
{
  g_return_if_fail (CRM_IS_WINDOW (self));

  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == scope)
      {
        gtk_drop_down_set_selected (self->scope_dropdown, i);
        return;
      }

  g_return_if_reached ();
}

/* The button shows the choice cut short, so that a long name does not
 * widen the list pane; the pop-up shows names in full, the choice ticked. */
static void
setup_button_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_list_item_set_child (item, label);
}

static void
bind_button_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkStringObject *text = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (text));
}

static void
setup_list_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
update_check (GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  if (box != NULL)
    gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                            gtk_list_item_get_selected (item) ? 1.0 : 0.0);
}

static void
bind_list_item_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *text = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)),
                       gtk_string_object_get_string (text));
  g_signal_connect (item, "notify::selected", G_CALLBACK (update_check), NULL);
  update_check (item);
}

static void
unbind_list_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (item, update_check, NULL);
}

static void
setup_factories (CrmWindow *self)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_button_item_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (bind_button_item_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_list_item_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_list_item_cb), NULL);
  g_signal_connect (list, "unbind", G_CALLBACK (unbind_list_item_cb), NULL);
  gtk_drop_down_set_factory (self->scope_dropdown, button);
  gtk_drop_down_set_list_factory (self->scope_dropdown, list);
}

void
crm_window_setup_scope (CrmWindow *self)
{
  setup_factories (self);
  crm_store_business_init ();
  g_signal_connect_object (self->store, "notify::importing",
                           G_CALLBACK (update_role), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "staff-changed",
                           G_CALLBACK (staff_changed_cb), self,
                           G_CONNECT_SWAPPED);
  staff_changed_cb (self);
}

void
crm_window_class_add_scope (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, scope_filter_changed_cb);
}
