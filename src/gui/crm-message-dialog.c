/* crm-message-dialog.c: the Log Conversation dialog: a call, an e-mail, a
 * meeting… written down on the client's timeline.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog.h"
#include "crm-message-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmMessageDialog, crm_message_dialog, ADW_TYPE_WINDOW)

static void
show_error (CrmMessageDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * crm_message_dialog_save:
 *
 * Logs the entry from the fields; on a refusal shows why and keeps the
 * dialog open.
 *
 * Returns: whether the entry was logged (the dialog then closes)
 */
gboolean
crm_message_dialog_save (CrmMessageDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(CrmMessage) draft = NULL;
  g_autoptr(CrmMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkTextIter start, end;
  guint contact;

  g_return_val_if_fail (CRM_IS_MESSAGE_DIALOG (self), FALSE);

  occurred = crm_parse_date_time_text (gtk_editable_get_text (GTK_EDITABLE (self->occurred_row)), &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  contact = adw_combo_row_get_selected (self->contact_row);

  draft = crm_message_new (adw_combo_row_get_selected (self->channel_row),
                           adw_combo_row_get_selected (self->direction_row));
  g_object_set (draft,
                "subject", gtk_editable_get_text (GTK_EDITABLE (self->subject_row)),
                "body", body,
                "contact-id", contact > 0 && contact <= self->contact_ids->len
                                ? g_array_index (self->contact_ids, gint64, contact - 1)
                                : (gint64) 0,
                NULL);
  if (occurred != NULL)
    g_object_set (draft, "occurred", occurred, NULL);

  message = crm_store_log_message (self->store, self->client, draft, &error);
  if (message == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (CrmMessageDialog *self)
{
  crm_message_dialog_save (self);
}

static AdwComboRow *
add_combo_row (GtkWidget   *list,
               const char  *title,
               GListModel  *model)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_COMBO_ROW (row);
}

static void
crm_message_dialog_dispose (GObject *object)
{
  CrmMessageDialog *self = CRM_MESSAGE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_pointer (&self->contact_ids, g_array_unref);

  G_OBJECT_CLASS (crm_message_dialog_parent_class)->dispose (object);
}

static void
crm_message_dialog_class_init (CrmMessageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_message_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_message_dialog_init (CrmMessageDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);
  GtkWidget *box, *header, *cancel, *save, *clamp, *content, *list, *row, *frame;

  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_window_set_title (GTK_WINDOW (self), _("Log Conversation"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
  g_object_bind_property (self, "title", self->window_title, "title", G_BINDING_SYNC_CREATE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Log"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  clamp = adw_clamp_new ();
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (CrmMessageChannel c = CRM_MESSAGE_CHANNEL_EMAIL; c <= CRM_MESSAGE_CHANNEL_OTHER; c++)
    gtk_string_list_append (channels, crm_message_channel_to_label (c));
  self->channel_row = add_combo_row (list, _("Channel"), G_LIST_MODEL (channels));

  /* Translators: a conversation entry's direction */
  gtk_string_list_append (directions, _("From the client"));
  /* Translators: a conversation entry's direction */
  gtk_string_list_append (directions, _("To the client"));
  self->direction_row = add_combo_row (list, _("Direction"), G_LIST_MODEL (directions));

  self->contact_row = add_combo_row (list, _("Contact"), NULL);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Subject"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  /* Return in a field saves, as the shortcuts window says. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  self->subject_row = ADW_ENTRY_ROW (row);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_When (2026-03-31 14:30)"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), now_text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  self->occurred_row = ADW_ENTRY_ROW (row);
  gtk_box_append (GTK_BOX (content), list);

  frame = gtk_frame_new (NULL);
  self->body_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->body_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->body_view, 10);
  gtk_text_view_set_bottom_margin (self->body_view, 10);
  gtk_text_view_set_left_margin (self->body_view, 12);
  gtk_text_view_set_right_margin (self->body_view, 12);
  gtk_widget_set_size_request (GTK_WIDGET (self->body_view), -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->body_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What was said"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->body_view));
  gtk_box_append (GTK_BOX (content), frame);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * crm_message_dialog_new:
 *
 * Returns: (transfer floating): a dialog logging a conversation with @client
 */
CrmMessageDialog *
crm_message_dialog_new (CrmStore  *store,
                        CrmClient *client)
{
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  CrmMessageDialog *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  self = g_object_new (CRM_TYPE_MESSAGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);
  /* Whom it is for, as the client is named now, even while renamed. */
  g_object_bind_property (client, "name", self->window_title, "subtitle", G_BINDING_SYNC_CREATE);
  /* Typing starts in the first field, not on Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->subject_row));

  gtk_string_list_append (names, _("Nobody in particular"));
  contacts = crm_store_get_contacts (store, client);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CrmContact) contact = g_list_model_get_item (contacts, i);
      gint64 id = crm_contact_get_id (contact);

      g_array_append_val (self->contact_ids, id);
      gtk_string_list_append (names, crm_contact_get_display_name (contact));
    }
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  /* Most conversations are with someone: the first contact, usually the
   * primary one. */
  adw_combo_row_set_selected (self->contact_row, self->contact_ids->len > 0 ? 1 : 0);

  return self;
}
