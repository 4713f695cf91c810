/* crm-booking-dialog.c: the New Booking and Edit Booking dialog.
 *
 * Times are typed as "2026-03-31 14:30" (or a day alone); an empty due
 * time lets the store work it out from the client's SLA. The store checks
 * the rest and this dialog shows its message.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog-private.h"

G_DEFINE_FINAL_TYPE (CrmBookingDialog, crm_booking_dialog, ADW_TYPE_WINDOW)

/**
 * crm_parse_date_time_text:
 * @text: "YYYY-MM-DD HH:MM", "YYYY-MM-DD", or empty
 *
 * Returns: (transfer full) (nullable): that local time; %NULL with no
 *   error for empty text, %NULL with an error for anything else
 */
GDateTime *
crm_parse_date_time_text (const char  *text,
                          GError     **error)
{
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, n;
  char rest = 0;
  GDateTime *time = NULL;

  if (text == NULL || text[0] == '\0')
    return NULL;

  n = sscanf (text, "%d-%d-%d %d:%d%c", &y, &mo, &d, &h, &mi, &rest);
  if ((n == 3 || n == 5) && g_date_valid_dmy (d, mo, y) &&
      h >= 0 && h < 24 && mi >= 0 && mi < 60)
    time = g_date_time_new_local (y, mo, d, h, mi, 0);

  if (time == NULL)
    /* Translators: %s is what was typed */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("“%s” is not a time: write it as year-month-day hour:minute, e.g. 2026-03-31 14:30"),
                 text);

  return time;
}

/**
 * crm_format_day_time:
 *
 * Returns: (transfer full): @time as "3 Oct 2026 14:30", or ""
 */
char *
crm_format_day_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%-d %b %Y %H:%M");
}

static char *
format_entry (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
show_error (CrmBookingDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gint64
chosen_id (AdwComboRow *row,
           GPtrArray   *ids)
{
  guint i = adw_combo_row_get_selected (row);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION || i > ids->len)
    return 0;

  return *(gint64 *) g_ptr_array_index (ids, i - 1);
}

/**
 * crm_booking_dialog_save:
 *
 * Creates or updates the booking from the fields; on a refusal shows why
 * and keeps the dialog open.
 *
 * Returns: whether the booking was saved (the dialog then closes)
 */
gboolean
crm_booking_dialog_save (CrmBookingDialog *self)
{
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(CrmBooking) draft = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (CRM_IS_BOOKING_DIALOG (self), FALSE);

  starts = crm_parse_date_time_text (gtk_editable_get_text (GTK_EDITABLE (self->starts_row)), &error);
  if (error == NULL)
    ends = crm_parse_date_time_text (gtk_editable_get_text (GTK_EDITABLE (self->ends_row)), &error);
  if (error == NULL)
    due = crm_parse_date_time_text (gtk_editable_get_text (GTK_EDITABLE (self->due_row)), &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  draft = self->booking ? crm_booking_copy (self->booking) : crm_booking_new ("");
  g_object_set (draft,
                "service", gtk_editable_get_text (GTK_EDITABLE (self->service_row)),
                "notes", gtk_editable_get_text (GTK_EDITABLE (self->notes_row)),
                "priority", (CrmBookingPriority) adw_combo_row_get_selected (self->priority_row),
                "contact-id", chosen_id (self->contact_row, self->contact_ids),
                "staff-id", chosen_id (self->staff_row, self->staff_ids),
                "starts", starts,
                "ends", ends,
                "due", due,
                NULL);

  if (self->booking != NULL)
    ok = crm_store_update_booking (self->store, self->booking, draft, &error);
  else
    {
      g_autoptr(CrmBooking) booking = crm_store_create_booking (self->store, self->client, draft, &error);
      ok = booking != NULL;
    }

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (CrmBookingDialog *self)
{
  crm_booking_dialog_save (self);
}

static AdwEntryRow *
add_entry_row (GtkWidget  *list,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  /* Return in a field saves, as the shortcuts window says. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo_row (GtkWidget  *list,
               const char *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_COMBO_ROW (row);
}

static void
crm_booking_dialog_dispose (GObject *object)
{
  CrmBookingDialog *self = CRM_BOOKING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_object (&self->booking);
  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_booking_dialog_parent_class)->dispose (object);
}

static void
crm_booking_dialog_class_init (CrmBookingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_booking_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_booking_dialog_init (CrmBookingDialog *self)
{
  GtkWidget *box, *header, *cancel, *save, *clamp, *content, *list;
  g_autoptr(GtkStringList) priorities = gtk_string_list_new (NULL);

  self->contact_ids = g_ptr_array_new_with_free_func (g_free);
  self->staff_ids = g_ptr_array_new_with_free_func (g_free);

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
  save = gtk_button_new_with_mnemonic (_("_Save"));
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
  self->service_row = add_entry_row (list, _("_Service, e.g. Boiler repair"));
  self->priority_row = add_combo_row (list, _("Priority"));
  for (CrmBookingPriority p = CRM_BOOKING_PRIORITY_LOW; p <= CRM_BOOKING_PRIORITY_URGENT; p++)
    gtk_string_list_append (priorities, crm_booking_priority_to_label (p));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));
  adw_combo_row_set_selected (self->priority_row, CRM_BOOKING_PRIORITY_NORMAL);
  self->contact_row = add_combo_row (list, _("Contact"));
  self->staff_row = add_combo_row (list, _("Staff"));
  self->starts_row = add_entry_row (list, _("S_tarts (2026-03-31 14:30)"));
  self->ends_row = add_entry_row (list, _("_Ends"));
  self->due_row = add_entry_row (list, _("_Due (empty: from the client’s SLA)"));
  self->notes_row = add_entry_row (list, _("_Notes"));
  gtk_box_append (GTK_BOX (content), list);

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

static void
fill_people (CrmBookingDialog *self)
{
  g_autoptr(GListModel) contacts = crm_store_get_contacts (self->store, self->client);
  g_autoptr(GListModel) staff = crm_store_list_staff (self->store);
  g_autoptr(GtkStringList) contact_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) staff_names = gtk_string_list_new (NULL);
  gint64 contact_id = self->booking ? crm_booking_get_contact_id (self->booking) : 0;
  /* A new booking goes to whoever looks after the client, to start with. */
  gint64 staff_id = self->booking ? crm_booking_get_staff_id (self->booking)
                                  : crm_store_get_client_staff_id (self->store, self->client);
  guint contact_at = 0, staff_at = 0;

  gtk_string_list_append (contact_names, _("Nobody in particular"));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CrmContact) contact = g_list_model_get_item (contacts, i);
      gint64 *id = g_new (gint64, 1);

      *id = crm_contact_get_id (contact);
      if (*id == contact_id)
        contact_at = i + 1;
      g_ptr_array_add (self->contact_ids, id);
      gtk_string_list_append (contact_names, crm_contact_get_display_name (contact));
    }

  gtk_string_list_append (staff_names, _("Unassigned"));
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CrmStaff) person = g_list_model_get_item (staff, i);
      gint64 *id = g_new (gint64, 1);

      *id = crm_staff_get_id (person);
      if (*id == staff_id)
        staff_at = i + 1;
      g_ptr_array_add (self->staff_ids, id);
      gtk_string_list_append (staff_names, crm_staff_get_name (person));
    }

  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (contact_names));
  adw_combo_row_set_selected (self->contact_row, contact_at);
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (staff_names));
  adw_combo_row_set_selected (self->staff_row, staff_at);
}

/**
 * crm_booking_dialog_new:
 * @booking: (nullable): the booking to edit, or %NULL for a new one
 *
 * Returns: (transfer floating): the dialog
 */
CrmBookingDialog *
crm_booking_dialog_new (CrmStore   *store,
                        CrmClient  *client,
                        CrmBooking *booking)
{
  CrmBookingDialog *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  self = g_object_new (CRM_TYPE_BOOKING_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);
  /* Whom it is for, as the client is named now, even while renamed. */
  g_object_bind_property (client, "name", self->window_title, "subtitle", G_BINDING_SYNC_CREATE);
  /* Typing starts in the first field, not on Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->service_row));
  g_set_object (&self->booking, booking);

  gtk_window_set_title (GTK_WINDOW (self), booking ? _("Edit Booking") : _("New Booking"));
  fill_people (self);

  if (booking != NULL)
    {
      g_autofree char *starts = format_entry (crm_booking_get_starts (booking));
      g_autofree char *ends = format_entry (crm_booking_get_ends (booking));
      g_autofree char *due = format_entry (crm_booking_get_due (booking));

      gtk_editable_set_text (GTK_EDITABLE (self->service_row), crm_booking_get_service (booking));
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), crm_booking_get_notes (booking));
      adw_combo_row_set_selected (self->priority_row, crm_booking_get_priority (booking));
      gtk_editable_set_text (GTK_EDITABLE (self->starts_row), starts);
      gtk_editable_set_text (GTK_EDITABLE (self->ends_row), ends);
      gtk_editable_set_text (GTK_EDITABLE (self->due_row), due);
    }

  return self;
}
