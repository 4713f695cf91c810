/* crm-bookings-tab.c: the client card's Bookings tab.
 *
 * One row per booking, what is still ahead first and then what is past
 * (the store's "upcoming" order); an overdue booking says so in red.
 * Activating a row edits it; the status is changed in place from the row.
 * Read-only (crm_bookings_tab_set_read_only), rows show their status but
 * neither open nor change.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-dialog.h"
#include "crm-bookings-tab-private.h"
#include "crm-paged-list.h"
#include "crm-gui-util.h"

G_DEFINE_FINAL_TYPE (CrmBookingsTab, crm_bookings_tab, ADW_TYPE_BIN)

static void
present_dialog (CrmBookingsTab *self,
                CrmBooking     *booking)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CrmBookingDialog *dialog;

  if (self->client == NULL)
    return;

  dialog = crm_booking_dialog_new (self->store, self->client, booking);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
status_chosen_cb (GtkDropDown    *dropdown,
                  GParamSpec     *pspec,
                  CrmBookingsTab *self)
{
  CrmBooking *booking = g_object_get_data (G_OBJECT (dropdown), "crm-booking");
  CrmBookingStatus status = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (status == crm_booking_get_status (booking))
    return;

  if (!crm_store_set_booking_status (self->store, booking, status, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      gtk_drop_down_set_selected (dropdown, crm_booking_get_status (booking));
    }
}

static char *
booking_when (CrmBooking *booking)
{
  g_autofree char *starts = crm_format_day_time (crm_booking_get_starts (booking));
  g_autofree char *due = crm_format_day_time (crm_booking_get_due (booking));

  if (crm_booking_get_starts (booking) != NULL)
    return g_steal_pointer (&starts);
  if (crm_booking_get_due (booking) != NULL)
    /* Translators: %s is a date and time */
    return g_strdup_printf (_("due %s"), due);

  return g_strdup (_("no time set"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CrmBookingsTab *self = user_data;
  CrmBooking *booking = item;
  g_autofree char *when = booking_when (booking);
  g_autoptr(GString) subtitle = g_string_new (when);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_booking_get_service (booking));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_string_append_printf (subtitle, " · %s",
                          crm_booking_priority_to_label (crm_booking_get_priority (booking)));
  if (crm_booking_get_staff_id (booking) != 0)
    {
      g_autoptr(CrmStaff) staff = crm_store_get_staff (self->store, crm_booking_get_staff_id (booking), NULL);

      if (staff != NULL)
        g_string_append_printf (subtitle, " · %s", crm_staff_get_name (staff));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !self->read_only);
  g_object_set_data_full (G_OBJECT (row), "crm-booking", g_object_ref (booking), g_object_unref);

  if (crm_booking_get_overdue (booking))
    {
      GtkWidget *label = gtk_label_new (_("Overdue"));

      gtk_widget_add_css_class (label, "error");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  for (CrmBookingStatus s = CRM_BOOKING_STATUS_OPEN; s <= CRM_BOOKING_STATUS_NO_SHOW; s++)
    gtk_string_list_append (statuses, crm_booking_status_to_label (s));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), crm_booking_get_status (booking));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  /* One width for every row, so the statuses line up in a column. */
  gtk_widget_set_size_request (dropdown, 150, -1);
  gtk_widget_set_tooltip_text (dropdown, _("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);
  g_object_set_data_full (G_OBJECT (dropdown), "crm-booking", g_object_ref (booking), g_object_unref);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (status_chosen_cb), self);
  gtk_widget_set_sensitive (dropdown, !self->read_only);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  return row;
}

static void
row_activated_cb (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  CrmBookingsTab *self)
{
  CrmBooking *booking = g_object_get_data (G_OBJECT (row), "crm-booking");

  if (booking != NULL && !self->read_only)
    present_dialog (self, booking);
}

static void
rebind (CrmBookingsTab *self)
{
  crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->bookings);

  if (self->store == NULL || self->client == NULL)
    return;

  self->bookings = crm_booking_list_new (self->store);
  crm_booking_list_set_client_id (self->bookings, crm_client_get_id (self->client));
  crm_booking_list_set_sort (self->bookings, CRM_BOOKING_SORT_UPCOMING, FALSE);
  crm_paged_list_bind (self->list, G_LIST_MODEL (self->bookings), create_row, self);
}

void
crm_bookings_tab_set_store (CrmBookingsTab *self,
                            CrmStore       *store)
{
  g_return_if_fail (CRM_IS_BOOKINGS_TAB (self));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->client);
  rebind (self);
}

void
crm_bookings_tab_set_client (CrmBookingsTab *self,
                             CrmClient      *client)
{
  g_return_if_fail (CRM_IS_BOOKINGS_TAB (self));

  if (g_set_object (&self->client, client))
    rebind (self);
}

/**
 * crm_bookings_tab_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Turns off New Booking, editing a booking and changing its status.
 */
void
crm_bookings_tab_set_read_only (CrmBookingsTab *self,
                                gboolean        read_only)
{
  g_return_if_fail (CRM_IS_BOOKINGS_TAB (self));

  read_only = !!read_only;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.new", !read_only);
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  rebind (self);
}

/**
 * crm_bookings_tab_find_row:
 * @booking_id: a booking of the client shown
 *
 * Returns: (transfer none) (nullable): the booking's row, once the list
 *   has loaded
 */
GtkListBoxRow *
crm_bookings_tab_find_row (CrmBookingsTab *self,
                           gint64          booking_id)
{
  guint n;

  g_return_val_if_fail (CRM_IS_BOOKINGS_TAB (self), NULL);

  n = self->bookings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->bookings)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmBooking) booking = g_list_model_get_item (G_LIST_MODEL (self->bookings), i);

      if (crm_booking_get_id (booking) == booking_id)
        return crm_paged_list_reveal (self->list, i);
    }

  return NULL;
}

static void
new_booking_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  present_dialog (CRM_BOOKINGS_TAB (widget), NULL);
}

static void
crm_bookings_tab_dispose (GObject *object)
{
  CrmBookingsTab *self = CRM_BOOKINGS_TAB (object);

  if (self->list != NULL)
    crm_paged_list_bind (self->list, NULL, NULL, NULL);
  g_clear_object (&self->bookings);
  g_clear_object (&self->store);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (crm_bookings_tab_parent_class)->dispose (object);
}

static void
crm_bookings_tab_class_init (CrmBookingsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_bookings_tab_dispose;

  gtk_widget_class_install_action (widget_class, "bookings.new", NULL, new_booking_action);
}

static void
crm_bookings_tab_init (CrmBookingsTab *self)
{
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
  title = gtk_label_new (_("Bookings"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);
  button = gtk_button_new_with_mnemonic (_("New _Booking"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "bookings.new");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (box), top);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bookings"), -1);
  placeholder = gtk_label_new (_("No bookings yet"));
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
crm_bookings_tab_new (void)
{
  return g_object_new (CRM_TYPE_BOOKINGS_TAB, NULL);
}
