/* test-bookings-ui.c: bookings and contacts beyond one card: the card's Bookings tab
 * with the booking dialog, and the top-level Bookings and Contacts views.
 *
 * Needs a display (the test command runs the suite under Xvfb). With
 * CRM_SCREENSHOT_DIR set, the screenshot cases save PNGs there.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-booking-dialog-private.h"
#include "crm-bookings-view-private.h"
#include "crm-contacts-view-private.h"
#include "crm-tabs-test.h"

static gboolean
bookings_loaded (CrmBookingsTab *tab)
{
  return crm_test_wait_loaded (tab->bookings);
}

/* Upcoming bookings first (soonest first), then past ones; an overdue one
 * says so. */
static void
test_bookings_shows_store_data (CrmTabsFixture *f,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 9);
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -5);
  g_autoptr(CrmBooking) a = crm_tabs_add_booking (f, "Oven service", later, NULL);
  g_autoptr(CrmBooking) b = crm_tabs_add_booking (f, "Delivery", soon, NULL);
  g_autoptr(CrmBooking) c = crm_tabs_add_booking (f, "Late repair", NULL, past);

  g_assert_true (bookings_loaded (f->bookings));
  g_assert_cmpuint (crm_tabs_count_rows (f->bookings->list), ==, 3);
  g_assert_cmpstr (crm_tabs_row_title (f->bookings->list, 0), ==, "Delivery");
  g_assert_cmpstr (crm_tabs_row_title (f->bookings->list, 1), ==, "Oven service");
  g_assert_cmpstr (crm_tabs_row_title (f->bookings->list, 2), ==, "Late repair");
  g_assert_true (crm_booking_get_overdue (c));
  g_assert_nonnull (crm_tabs_find_label (GTK_WIDGET (crm_tabs_nth_row (f->bookings->list, 2)), "Overdue"));
  g_assert_null (crm_tabs_find_label (GTK_WIDGET (crm_tabs_nth_row (f->bookings->list, 0)), "Overdue"));
}

/* New Booking creates a booking that appears; ends before it starts is
 * refused with the store's message; the status changes from the row. */
static void
test_booking_dialog (CrmTabsFixture *f,
                     gconstpointer  data)
{
  g_autoptr(CrmBookingDialog) dialog = NULL;
  g_autoptr(CrmBooking) draft = crm_booking_new ("Visit");
  g_autoptr(GDateTime) starts = g_date_time_new_local (2030, 4, 2, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2030, 4, 2, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmBooking) booking = NULL;
  GtkDropDown *dropdown;

  g_object_set (draft, "starts", starts, "ends", ends, NULL);
  g_assert_null (crm_store_create_booking (f->store, f->client, draft, &error));

  dialog = g_object_ref_sink (crm_booking_dialog_new (f->store, f->client, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (dialog->service_row), "Visit");
  gtk_editable_set_text (GTK_EDITABLE (dialog->starts_row), "2030-04-02 10:00");
  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "2030-04-02 09:00");
  g_assert_false (crm_booking_dialog_save (dialog));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "tomorrow");
  g_assert_false (crm_booking_dialog_save (dialog));
  crm_tabs_assert_label_has (dialog->error_label, "tomorrow");

  gtk_editable_set_text (GTK_EDITABLE (dialog->ends_row), "2030-04-02 11:30");
  adw_combo_row_set_selected (dialog->priority_row, CRM_BOOKING_PRIORITY_HIGH);
  adw_combo_row_set_selected (dialog->contact_row, 1);
  g_assert_true (crm_booking_dialog_save (dialog));

  g_assert_true (bookings_loaded (f->bookings));
  g_assert_cmpuint (crm_tabs_count_rows (f->bookings->list), ==, 1);
  g_assert_cmpstr (crm_tabs_row_title (f->bookings->list, 0), ==, "Visit");

  booking = g_list_model_get_item (G_LIST_MODEL (f->bookings->bookings), 0);
  g_assert_cmpint (crm_booking_get_priority (booking), ==, CRM_BOOKING_PRIORITY_HIGH);
  g_assert_cmpint (crm_booking_get_contact_id (booking), !=, 0);

  dropdown = GTK_DROP_DOWN (crm_test_find_by_type (GTK_WIDGET (crm_tabs_nth_row (f->bookings->list, 0)),
                                                   GTK_TYPE_DROP_DOWN, 0));
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (dropdown, CRM_BOOKING_STATUS_COMPLETED);
  g_assert_cmpint (crm_booking_get_status (booking), ==, CRM_BOOKING_STATUS_COMPLETED);
}

static gboolean
view_loaded (CrmBookingsView *view)
{
  return crm_test_wait_loaded (view->bookings);
}

static guint
view_count (CrmBookingsView *view)
{
  g_assert_true (view_loaded (view));
  return g_list_model_get_n_items (G_LIST_MODEL (view->bookings));
}

static void
client_activated_cb (CrmBookingsView *view,
                     gint64           client_id,
                     gint64          *out)
{
  *out = client_id;
}

/* The top-level Bookings view lists every client's bookings and filters
 * them by client name, status and overdue; activating one names its
 * client. */
static void
test_bookings_view (CrmTabsFixture *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) contact = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) other = crm_store_create_client (f->store, draft, contact, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
  g_autoptr(CrmBooking) a = crm_tabs_add_booking (f, "Oven service", soon, NULL);
  g_autoptr(CrmBooking) b = crm_tabs_add_booking (f, "Late repair", NULL, past);
  g_autoptr(CrmBooking) draft_c = crm_booking_new ("Coffee machine check");
  g_autoptr(CrmBooking) c = NULL;
  GtkWidget *window = adw_window_new ();
  CrmBookingsView *view = CRM_BOOKINGS_VIEW (crm_bookings_view_new ());
  gint64 activated = 0;

  g_assert_nonnull (other);
  g_object_set (draft_c, "starts", soon, NULL);
  c = crm_store_create_booking (f->store, other, draft_c, NULL);
  g_assert_nonnull (c);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_bookings_view_set_store (view, f->store);

  g_assert_cmpuint (view_count (view), ==, 3);
  crm_tabs_assert_label_has (view->count_label, "3 bookings");
  crm_tabs_screenshot (GTK_WINDOW (window), "bookings-view");

  gtk_editable_set_text (GTK_EDITABLE (view->client_entry), "mill street");
  /* The entry waits a moment after typing before it says so. */
  g_signal_emit_by_name (view->client_entry, "search-changed");
  g_assert_cmpuint (view_count (view), ==, 1);

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), &activated);
  g_signal_emit_by_name (view->list_view, "activate", 0);
  g_assert_cmpint (activated, ==, crm_client_get_id (other));

  gtk_editable_set_text (GTK_EDITABLE (view->client_entry), "");
  g_signal_emit_by_name (view->client_entry, "search-changed");
  gtk_toggle_button_set_active (view->overdue_button, TRUE);
  g_assert_cmpuint (view_count (view), ==, 1);
  g_assert_true (crm_booking_get_overdue (b));

  gtk_toggle_button_set_active (view->overdue_button, FALSE);
  crm_store_set_booking_status (f->store, a, CRM_BOOKING_STATUS_COMPLETED, NULL);
  gtk_drop_down_set_selected (view->status_dropdown, 1 + CRM_BOOKING_STATUS_COMPLETED);
  g_assert_cmpuint (view_count (view), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (10);
}

/* The top-level Contacts view lists every client's contacts, searches
 * them by name or client, and activating one names its client. */
static void
test_contacts_view (CrmTabsFixture *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) contact = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) other = NULL;
  GtkWidget *window = adw_window_new ();
  CrmContactsView *view = CRM_CONTACTS_VIEW (crm_contacts_view_new ());
  gint64 activated = 0;

  g_object_set (contact, "email", "carla@millstreet.example", NULL);
  other = crm_store_create_client (f->store, draft, contact, NULL);
  g_assert_nonnull (other);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  crm_contacts_view_set_store (view, f->store);

  g_assert_true (crm_test_wait_loaded (view->contacts));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 2);
  crm_tabs_assert_label_has (view->count_label, "2 contacts");
  crm_tabs_screenshot (GTK_WINDOW (window), "contacts-view");

  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "millstreet");
  g_signal_emit_by_name (view->search_entry, "search-changed");
  g_assert_true (crm_test_wait_loaded (view->contacts));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view->contacts)), ==, 1);

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), &activated);
  g_signal_emit_by_name (view->list_view, "activate", 0);
  g_assert_cmpint (activated, ==, crm_client_get_id (other));

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (10);
}

/* Realistic bookings for the screenshot: ahead, done, overdue. */
static void
test_bookings_screenshot (CrmTabsFixture *f,
                          gconstpointer  data)
{
  g_autoptr(CrmStaff) marta = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const struct { const char *service; int days; int hour; gboolean due_only; CrmBookingStatus status; CrmBookingPriority priority; } rows[] = {
    { "Oven maintenance", 3, 9, FALSE, CRM_BOOKING_STATUS_SCHEDULED, CRM_BOOKING_PRIORITY_NORMAL },
    { "Staff training: food safety", 12, 14, FALSE, CRM_BOOKING_STATUS_OPEN, CRM_BOOKING_PRIORITY_LOW },
    { "Fix the walk-in fridge alarm", -2, 17, TRUE, CRM_BOOKING_STATUS_OPEN, CRM_BOOKING_PRIORITY_URGENT },
    { "Quarterly review", -20, 10, FALSE, CRM_BOOKING_STATUS_COMPLETED, CRM_BOOKING_PRIORITY_NORMAL },
  };

  if (g_getenv ("CRM_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CRM_SCREENSHOT_DIR is not set");
      return;
    }

  marta = crm_store_add_staff (f->store, "Marta Ruiz", "marta@example.com", CRM_STAFF_ROLE_STAFF, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDateTime) day0 = g_date_time_add_days (now, rows[i].days);
      g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (day0),
                                                       g_date_time_get_month (day0),
                                                       g_date_time_get_day_of_month (day0),
                                                       rows[i].hour, 0, 0);
      g_autoptr(CrmBooking) draft = crm_booking_new (rows[i].service);
      g_autoptr(CrmBooking) booking = NULL;

      g_object_set (draft, "priority", rows[i].priority,
                    "staff-id", marta ? crm_staff_get_id (marta) : (gint64) 0, NULL);
      if (rows[i].due_only)
        g_object_set (draft, "due", at, NULL);
      else
        g_object_set (draft, "starts", at, NULL);
      booking = crm_store_create_booking (f->store, f->client, draft, NULL);
      if (booking != NULL && rows[i].status != CRM_BOOKING_STATUS_OPEN)
        crm_store_set_booking_status (f->store, booking, rows[i].status, NULL);
    }

  gtk_window_set_default_size (f->window, 900, 560);
  gtk_stack_set_visible_child_name (f->stack, "bookings");
  g_assert_true (bookings_loaded (f->bookings));
  crm_tabs_screenshot (f->window, "card-bookings");
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/card-tabs/bookings/shows-store-data", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_shows_store_data, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings/dialog", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_booking_dialog, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings-view", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_view, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/contacts-view", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_contacts_view, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings/screenshot", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_screenshot, crm_tabs_fixture_tear_down);

  return g_test_run ();
}
