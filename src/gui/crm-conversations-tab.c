/* crm-conversations-tab.c: the client card's Conversations tab.
 *
 * One timeline of everything that happened with the client (conversations,
 * notes, bookings, invoices, payments, documents), newest first, from the
 * core's CrmTimeline; a drop-down narrows it to one kind. Log
 * Conversation writes a call, an e-mail, a meeting… onto it.
 *
 * Activating an entry emits "item-activated": the card opens the booking,
 * invoice, payment, document or note in its own tab. A conversation entry
 * has no tab but this one, so it opens here, read-only.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog.h"
#include "crm-conversations-tab-private.h"
#include "crm-paged-list.h"
#include "crm-invoice-dialog.h"
#include "crm-message-dialog.h"

G_DEFINE_FINAL_TYPE (CrmConversationsTab, crm_conversations_tab, ADW_TYPE_BIN)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The core says "application/pdf"; a person reads "PDF document". The
 * description comes from GIO's type catalogue, which only the UI loads. */
static char *
document_subtitle (CrmConversationsTab *self,
                   CrmTimelineItem     *entry)
{
  g_autoptr(CrmDocument) document = crm_store_get_document (self->store,
                                                            crm_timeline_item_get_record_id (entry),
                                                            NULL);
  g_autofree char *type = NULL;
  g_autofree char *size = NULL;

  if (document == NULL)
    return g_strdup (crm_timeline_item_get_subtitle (entry));

  type = g_content_type_get_description (crm_document_get_mime_type (document));
  size = g_format_size (crm_document_get_size (document));

  return g_strdup_printf ("%s · %s", type, size);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CrmConversationsTab *self = user_data;
  CrmTimelineItem *entry = item;
  CrmTimelineKind kind = crm_timeline_item_get_kind (entry);
  g_autofree char *subtitle = kind == CRM_TIMELINE_KIND_DOCUMENT
                              ? document_subtitle (self, entry)
                              : g_strdup (crm_timeline_item_get_subtitle (entry));
  /* Invoices and payments have a day, not a time: no "00:00" on them. */
  g_autofree char *when = kind == CRM_TIMELINE_KIND_INVOICE || kind == CRM_TIMELINE_KIND_PAYMENT
                          ? crm_format_day (crm_timeline_item_get_time (entry))
                          : crm_format_day_time (crm_timeline_item_get_time (entry));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon, *label;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_timeline_item_get_title (entry));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "crm-timeline-item", g_object_ref (entry), g_object_unref);

  icon = gtk_image_new_from_icon_name (crm_timeline_item_get_icon_name (entry));
  gtk_widget_set_tooltip_text (icon, crm_timeline_kind_to_label (crm_timeline_item_get_kind (entry)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  label = gtk_label_new (when);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
row_activated_cb (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  CrmConversationsTab *self)
{
  CrmTimelineItem *entry = g_object_get_data (G_OBJECT (row), "crm-timeline-item");

  if (entry != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, entry);
}

/**
 * crm_conversations_tab_show_message:
 * @message_id: a conversation entry of the client shown
 *
 * Shows the whole entry, read-only: what a one-line row cannot.
 *
 * Returns: whether there is such an entry
 */
gboolean
crm_conversations_tab_show_message (CrmConversationsTab *self,
                                    gint64               message_id)
{
  g_autoptr(CrmMessage) message = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *when = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *channel;
  const char *subject;
  GtkWidget *dialog;

  g_return_val_if_fail (CRM_IS_CONVERSATIONS_TAB (self), FALSE);

  if (self->store == NULL || self->client == NULL)
    return FALSE;

  message = crm_store_get_message (self->store, message_id, NULL);
  if (message == NULL || crm_message_get_client_id (message) != crm_client_get_id (self->client))
    return FALSE;

  channel = crm_message_channel_to_label (crm_message_get_channel (message));
  when = crm_format_day_time (crm_message_get_occurred (message));
  if (crm_message_get_direction (message) == CRM_MESSAGE_DIRECTION_IN)
    /* Translators: a conversation entry's channel, then its date and time */
    g_string_append_printf (body, _("%s from the client, %s"), channel, when);
  else
    /* Translators: a conversation entry's channel, then its date and time */
    g_string_append_printf (body, _("%s to the client, %s"), channel, when);

  if (crm_message_get_contact_id (message) != 0)
    contact = crm_store_get_contact (self->store, crm_message_get_contact_id (message), NULL);
  if (contact != NULL)
    g_string_append_printf (body, "\n%s", crm_contact_get_display_name (contact));
  g_string_append_c (body, '\n');
  /* Translators: %s is the staff member who wrote a conversation entry down */
  g_string_append_printf (body, _("Logged by %s"), crm_message_get_author_name (message));

  if (*crm_message_get_body (message) != '\0')
    g_string_append_printf (body, "\n\n%s", crm_message_get_body (message));

  subject = crm_message_get_subject (message);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   *subject != '\0' ? subject : channel, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
kind_chosen_cb (CrmConversationsTab *self)
{
  guint i = gtk_drop_down_get_selected (self->kind_dropdown);

  /* The first entry is "Everything"; then the kinds in their order. */
  if (self->timeline != NULL)
    crm_timeline_set_kind_filter (self->timeline, i == 0 || i == GTK_INVALID_LIST_POSITION ? -1 : (int) i - 1);
}

static void
rebind (CrmConversationsTab *self)
{
  crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->timeline);

  if (self->store == NULL || self->client == NULL)
    return;

  self->timeline = crm_timeline_new (self->store, crm_client_get_id (self->client));
  kind_chosen_cb (self);
  crm_paged_list_bind (self->list, G_LIST_MODEL (self->timeline), create_row, self);
}

void
crm_conversations_tab_set_store (CrmConversationsTab *self,
                                 CrmStore            *store)
{
  g_return_if_fail (CRM_IS_CONVERSATIONS_TAB (self));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->client);
  rebind (self);
}

void
crm_conversations_tab_set_client (CrmConversationsTab *self,
                                  CrmClient           *client)
{
  g_return_if_fail (CRM_IS_CONVERSATIONS_TAB (self));

  if (g_set_object (&self->client, client))
    rebind (self);
}

/**
 * crm_conversations_tab_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Turns off Log Conversation; the timeline still opens its entries.
 */
void
crm_conversations_tab_set_read_only (CrmConversationsTab *self,
                                     gboolean             read_only)
{
  g_return_if_fail (CRM_IS_CONVERSATIONS_TAB (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.log", !read_only);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CrmConversationsTab *self = CRM_CONVERSATIONS_TAB (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  CrmMessageDialog *dialog;

  if (self->client == NULL)
    return;

  dialog = crm_message_dialog_new (self->store, self->client);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
crm_conversations_tab_dispose (GObject *object)
{
  CrmConversationsTab *self = CRM_CONVERSATIONS_TAB (object);

  if (self->list != NULL)
    crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->timeline);
  g_clear_object (&self->store);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (crm_conversations_tab_parent_class)->dispose (object);
}

static void
crm_conversations_tab_class_init (CrmConversationsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_conversations_tab_dispose;

  gtk_widget_class_install_action (widget_class, "conversations.log", NULL, log_action);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_TIMELINE_ITEM);
}

static void
crm_conversations_tab_init (CrmConversationsTab *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *scroller, *clamp, *box, *top, *title, *button, *placeholder;

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  clamp = adw_clamp_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = gtk_label_new (_("History"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);

  /* Translators: the timeline filter that shows every kind of entry */
  gtk_string_list_append (kinds, _("Everything"));
  for (CrmTimelineKind k = CRM_TIMELINE_KIND_MESSAGE; k <= CRM_TIMELINE_KIND_DOCUMENT; k++)
    gtk_string_list_append (kinds, crm_timeline_kind_to_label (k));
  self->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_dropdown), _("Show"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show"), -1);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_chosen_cb), self);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->kind_dropdown));

  button = gtk_button_new_with_mnemonic (_("_Log Conversation…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "conversations.log");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (box), top);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("History"), -1);
  placeholder = gtk_label_new (_("Nothing here yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->list, placeholder);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_bin_set_child (ADW_BIN (self), scroller);
}

GtkWidget *
crm_conversations_tab_new (void)
{
  return g_object_new (CRM_TYPE_CONVERSATIONS_TAB, NULL);
}
