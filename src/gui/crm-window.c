/* crm-window.c: the main window, a client list beside the client card.
 *
 * The list is a CrmClientList (sorted and filtered in SQL) under a
 * GtkSingleSelection. The card shows the client whose id is in selected_id;
 * after every refresh of the list the selection is put back on that client
 * if the list holds it (a refresh replaces all rows, which drops GTK's
 * selection), at the same place on screen as before. The column view
 * itself is set up in crm-window-list.c, the search in crm-window-search.c.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-card.h"
#include "crm-gui-util.h"
#include "crm-new-client-dialog.h"
#include "crm-preferences-window.h"
#include "crm-quick-actions.h"
#include "crm-store-business.h"
#include "crm-export-dialog.h"
#include "crm-import-dialog.h"
#include "crm-import-history.h"
#include "crm-window-private.h"

G_DEFINE_FINAL_TYPE (CrmWindow, crm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CrmWindow *
crm_window_new (GtkApplication *application,
                CrmStore       *store,
                GSettings      *settings)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CRM_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * crm_window_get_store:
 *
 * Returns: (transfer none): the store the window shows
 */
CrmStore *
crm_window_get_store (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * crm_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
crm_window_add_toast (CrmWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (CRM_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_client (CrmWindow *self,
             CrmClient *client)
{
  crm_client_card_set_client (self->card, client);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-client",
                                 client != NULL && !self->read_only);

  gtk_stack_set_visible_child_name (self->card_stack, client != NULL ? "card" : "none");
}

static void
remember_selection (CrmWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "selected-client", self->selected_id);
}

static gboolean
filters_active (CrmWindow *self)
{
  const char *search = crm_client_list_get_search (self->clients);

  return (search != NULL && search[0] != '\0') ||
         crm_window_has_tag_filter (self) ||
         crm_client_list_get_status_filter (self->clients) >= 0 ||
         crm_client_list_get_favorites_only (self->clients);
}

static GtkAdjustment *
list_vadjustment (CrmWindow *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
}

/* Runs before GTK hears of a change: a place to restore among rows that
 * are gone means nothing now. */
static void
clients_changing_cb (CrmWindow  *self,
                     guint       position,
                     guint       removed,
                     guint       added)
{
  if (self->restore_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->restore_tick);
      self->restore_tick = 0;
    }
}

/* Every row is about to be replaced: note where the selected row was on
 * screen, and let go of it while the old rows still hold. Left selected,
 * GtkSingleSelection would look for its item among all the new rows,
 * building each row's client (a query) until it met it: with a million
 * rows, seconds. reconcile () selects again by id. */
static void
clients_replacing_cb (CrmWindow *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkAdjustment *adjustment = list_vadjustment (self);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  if (adjustment != NULL && self->kept_position == G_MAXUINT)
    {
      self->kept_position = selected;
      self->kept_scroll = gtk_adjustment_get_value (adjustment);
    }

  self->reconciling = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->reconciling = FALSE;
}

/* On the frame after the one that measured the new rows (before that,
 * GTK 4.8 cannot place a scroll position among them). */
static gboolean
restore_scroll_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  CrmWindow *self = CRM_WINDOW (user_data);
  GtkAdjustment *adjustment = list_vadjustment (self);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->clients));
  double row_height;

  if (self->restore_frames++ == 0)
    return G_SOURCE_CONTINUE;

  self->restore_tick = 0;
  /* Hidden behind the search results: nothing on screen to keep. */
  if (adjustment == NULL || n_items == 0 || !gtk_widget_get_mapped (widget))
    return G_SOURCE_REMOVE;

  row_height = gtk_adjustment_get_upper (adjustment) / n_items;
  /* The rows are all as tall: the offset is the rows the selected one
   * moved by. */
  gtk_adjustment_set_value (adjustment,
                            self->restore_scroll + self->restore_rows * row_height);

  return G_SOURCE_REMOVE;
}

/* GTK starts a list whose rows were all replaced at its top. Put the
 * selected row back where it was on screen. */
static void
restore_scroll (CrmWindow *self,
                guint      position)
{
  if (self->kept_position == G_MAXUINT)
    return;

  self->restore_scroll = self->kept_scroll;
  self->restore_rows = (double) position - (double) self->kept_position;
  self->restore_frames = 0;
  self->kept_position = G_MAXUINT;

  if (self->restore_tick == 0)
    self->restore_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view),
                                                       restore_scroll_tick_cb,
                                                       self, NULL);
}

/* Brings the stacks and the selection in line with the list after it changed. */
static void
reconcile (CrmWindow *self)
{
  guint n_items;
  guint position;

  if (crm_client_list_get_loading (self->clients))
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->clients));

  if (n_items == 0 && !filters_active (self) &&
      crm_store_count_clients (self->store) == 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "clients");
      crm_window_update_list_page (self, n_items);
    }

  if (self->selected_id == 0)
    return;

  position = crm_client_list_find (self->clients, self->selected_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      self->kept_position = G_MAXUINT;
      return;
    }

  self->reconciling = TRUE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->reconciling = FALSE;
  restore_scroll (self, position);

  if (crm_client_card_get_client (self->card) == NULL ||
      crm_client_get_id (crm_client_card_get_client (self->card)) != self->selected_id)
    {
      g_autoptr(CrmClient) client = g_list_model_get_item (G_LIST_MODEL (self->clients), position);

      show_client (self, client);
    }
}

static void
clients_changed_cb (CrmWindow *self)
{
  reconcile (self);
}

static void
selection_changed_cb (CrmWindow *self)
{
  CrmClient *client;

  if (self->reconciling)
    return;

  /* NULL when a refresh replaced the rows; reconcile() selects again. */
  client = gtk_single_selection_get_selected_item (self->selection);
  if (client == NULL)
    return;

  self->selected_id = crm_client_get_id (client);
  remember_selection (self);
  show_client (self, client);
  adw_leaflet_set_visible_child (self->leaflet, self->card_pane);
}

/**
 * crm_window_select_client:
 *
 * Shows the client with @client_id on the card and selects its row as soon
 * as the list holds it.
 */
void
crm_window_select_client (CrmWindow *self,
                          gint64     client_id)
{
  g_return_if_fail (CRM_IS_WINDOW (self));

  self->selected_id = client_id;
  remember_selection (self);

  if (client_id > 0)
    {
      g_autoptr(CrmClient) client = crm_store_get_client (self->store, client_id, NULL);

      if (client != NULL)
        {
          show_client (self, client);
          adw_leaflet_set_visible_child (self->leaflet, self->card_pane);
        }
    }

  reconcile (self);
}

static void
search_changed_cb (CrmWindow *self)
{
  crm_client_list_set_search (self->clients,
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (CrmWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
status_filter_changed_cb (CrmWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  /* Row 0 is "All Statuses"; the others follow CrmClientStatus. */
  if (self->clients != NULL)
    crm_client_list_set_status_filter (self->clients,
                                       selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                       ? -1 : (int) selected - 1);
}

static void
favorites_toggled_cb (CrmWindow *self)
{
  if (self->clients != NULL)
    crm_client_list_set_favorites_only (self->clients,
                                        gtk_toggle_button_get_active (self->favorites_button));
}

static void
back_clicked_cb (CrmWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
leaflet_folded_cb (CrmWindow *self)
{
  /* Folded without a client to show: start on the list, not an empty card. */
  if (adw_leaflet_get_folded (self->leaflet) && self->selected_id == 0)
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
client_created_cb (CrmWindow *self,
                   CrmClient *client)
{
  crm_window_select_client (self, crm_client_get_id (client));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);

  crm_import_dialog_present (GTK_WINDOW (self), self->store, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(GArray) shown = crm_client_list_dup_ids (self->clients);

  crm_export_dialog_present (GTK_WINDOW (self), self->store, shown);
}

static void
import_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);

  crm_import_history_present (GTK_WINDOW (self), self->store);
}

static void
new_client_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  CrmNewClientDialog *dialog;

  dialog = crm_new_client_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "client-created",
                           G_CALLBACK (client_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (crm_preferences_window_new (GTK_WINDOW (self), self->store,
                                                              self->settings)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  /* Also when the entry had the focus: what is typed next is a new search. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
delete_client_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  CrmClient *client = crm_client_card_get_client (self->card);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id;

  if (client == NULL)
    return;

  g_object_ref (client);
  id = crm_client_get_id (client);

  if (!crm_store_trash_client (self->store, client, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      g_object_unref (client);
      return;
    }

  g_hash_table_insert (self->trashed, g_memdup2 (&id, sizeof id), client);

  self->selected_id = 0;
  remember_selection (self);
  show_client (self, NULL);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  name = g_markup_escape_text (crm_client_get_name (client), -1);
  /* Translators: %s is a client's name */
  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Spam leaves the normal lists for the Spam view, and comes back from it
 * the same way; a toast offers Undo. */
static void
toggle_spam_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  CrmClient *client = crm_client_card_get_client (self->card);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gboolean spam;
  AdwToast *toast;

  if (client == NULL)
    return;

  spam = !crm_store_get_client_spam (self->store, client);
  if (!crm_store_set_client_spam (self->store, client, spam, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  name = g_markup_escape_text (crm_client_get_name (client), -1);
  /* Translators: %s is a client's name */
  title = spam ? g_strdup_printf (_("“%s” marked as spam"), name)
               : g_strdup_printf (_("“%s” is no longer spam"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-spam");
  adw_toast_set_action_target_value (toast, g_variant_new ("(xb)", crm_client_get_id (client), !spam));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_spam_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(GError) error = NULL;
  gboolean spam;
  gint64 id;

  g_variant_get (param, "(xb)", &id, &spam);
  client = crm_store_get_client (self->store, id, &error);
  if (client == NULL || !crm_store_set_client_spam (self->store, client, spam, &error))
    crm_toast_error (GTK_WIDGET (self), error);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CrmWindow *self = CRM_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  client = g_hash_table_lookup (self->trashed, &id);
  if (client == NULL)
    return;

  if (!crm_store_restore_client (self->store, client, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  g_hash_table_remove (self->trashed, &id);
  crm_window_select_client (self, id);
}

static void
load_window_state (CrmWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->selected_id = g_settings_get_int64 (self->settings, "selected-client");
}

static gboolean
crm_window_close_request (GtkWindow *window)
{
  CrmWindow *self = CRM_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (crm_window_parent_class)->close_request (window);
}

/* A booking or contact activated in the Bookings or Contacts view: show
 * its client's card, on that booking or contact. */
static void
view_client_activated_cb (CrmWindow *self,
                          gint64     client_id,
                          gint64     item_id,
                          GtkWidget *view)
{
  CrmClient *shown;

  adw_view_stack_set_visible_child_name (self->view_stack, "clients");
  crm_window_select_client (self, client_id);

  shown = crm_client_card_get_client (self->card);
  if (shown == NULL || crm_client_get_id (shown) != client_id)
    return;

  if (view == GTK_WIDGET (self->bookings_view))
    crm_client_card_show_booking (self->card, item_id);
  else
    crm_client_card_show_contact (self->card, item_id);
}

static void
crm_window_constructed (GObject *object)
{
  CrmWindow *self = CRM_WINDOW (object);

  G_OBJECT_CLASS (crm_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  crm_bookings_view_set_store (self->bookings_view, self->store);
  crm_contacts_view_set_store (self->contacts_view, self->store);

  self->clients = crm_client_list_new (self->store);
  g_signal_connect_object (self->clients, "items-changed",
                           G_CALLBACK (clients_changing_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clients, "items-changed",
                           G_CALLBACK (clients_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->clients, "notify::loading",
                           G_CALLBACK (clients_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clients, "replacing",
                           G_CALLBACK (clients_replacing_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->clients));

  crm_client_card_set_store (self->card, self->store);
  /* A CSV or vCard file dropped anywhere on the window opens the import. */
  crm_import_dialog_add_drop_target (GTK_WINDOW (self), self->store);
  crm_window_setup_columns (self);
  crm_window_setup_search (self);
  crm_window_setup_scope (self);
  load_window_state (self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  reconcile (self);
}

static void
crm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrmWindow *self = CRM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrmWindow *self = CRM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_window_dispose (GObject *object)
{
  CrmWindow *self = CRM_WINDOW (object);

  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_WINDOW);

  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_clear_pointer (&self->scope_ids, g_array_unref);
  g_clear_pointer (&self->tag_filter, g_free);
  g_clear_object (&self->clients);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_window_parent_class)->dispose (object);
}

static void
crm_window_class_init (CrmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = crm_window_constructed;
  object_class->dispose = crm_window_dispose;
  object_class->get_property = crm_window_get_property;
  object_class->set_property = crm_window_set_property;

  window_class->close_request = crm_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CRM_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CRM_TYPE_CLIENT);
  g_type_ensure (CRM_TYPE_CONTACT);
  g_type_ensure (CRM_TYPE_CLIENT_CARD);
  g_type_ensure (CRM_TYPE_BOOKINGS_VIEW);
  g_type_ensure (CRM_TYPE_CONTACTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/crm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, bookings_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, list_pane);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, card_pane);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, favorites_button);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, contact_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, email_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, phone_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, status_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, favorite_column);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, card_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, card);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, empty_add_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, favorites_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_client_activated_cb);
  crm_window_class_add_search (widget_class);
  crm_window_class_add_scope (widget_class);
  crm_quick_actions_install (widget_class);

  gtk_widget_class_install_action (widget_class, "win.new-client", NULL, new_client_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import-history", NULL, import_history_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.delete-client", NULL, delete_client_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "x", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-spam", NULL, toggle_spam_action);
  gtk_widget_class_install_action (widget_class, "win.undo-spam", "(xb)", undo_spam_action);
}

static void
crm_window_init (CrmWindow *self)
{
  self->trashed = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                         g_free, g_object_unref);
  self->kept_position = G_MAXUINT;
  self->scope_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-client", FALSE);
}
