/* test-bookings-ui.c: bookings beyond one card: the card's Bookings tab
 * with the booking dialog, the top-level Bookings view (a table sorted by
 * a header click and filtered in SQL), and opening a card from the
 * Bookings and Contacts views. test-contacts-ui.c has the Contacts view.
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
#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-contacts-view-private.h"
#include "crm-window-private.h"
#include "crm-lists-test.h"
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
  gint64 activated[2] = { 0, 0 };

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

  g_signal_connect (view, "client-activated", G_CALLBACK (client_activated_cb), activated);
  g_signal_emit_by_name (view->column_view, "activate", 0);
  g_assert_cmpint (activated[0], ==, crm_client_get_id (other));
  g_assert_cmpint (activated[1], ==, crm_booking_get_id (c));

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

/* Services of the bookings view's rows, in order, joined by "|". */
static char *
view_services (CrmBookingsView *view)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_true (view_loaded (view));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (view->bookings)); i++)
    {
      g_autoptr(CrmBooking) b = g_list_model_get_item (G_LIST_MODEL (view->bookings), i);

      g_string_append_printf (out, "%s%s", i ? "|" : "", crm_booking_get_service (b));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_services (CrmBookingsView *view,
                 const char      *expected)
{
  g_autofree char *services = view_services (view);

  g_assert_cmpstr (services, ==, expected);
}

typedef struct {
  CrmTabsFixture  *f;
  GtkWidget       *window;
  CrmBookingsView *view;
  CrmClient       *mill;     /* favorite, tagged "VIP", a prospect */
  CrmClient       *spam;
  CrmStaff        *marta;
  CrmBooking      *bookings[5];
} BookingsScene;

/* Harbour Bakery (Ada Lovelace) and Mill Street Café (Carla Mendes, a
 * favorite prospect tagged VIP) have bookings with services that sort
 * differently with and without case and accents; a spam client has one. */
static void
bookings_scene_set_up (BookingsScene  *s,
                       CrmTabsFixture *f)
{
  g_autoptr(CrmClient) mill_draft = crm_client_new ("Mill Street Café");
  g_autoptr(CrmContact) carla = crm_contact_new ("Carla", "Mendes");
  g_autoptr(CrmClient) spam_draft = crm_client_new ("Cheap Pills");
  g_autoptr(CrmContact) bot = crm_contact_new ("Spam", "Bot");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const struct { const char *service; int days; gboolean mill; gboolean staff; CrmBookingPriority priority; } rows[] = {
    { "oven service", 5, FALSE, TRUE, CRM_BOOKING_PRIORITY_NORMAL },
    { "Éclair tasting", 2, TRUE, FALSE, CRM_BOOKING_PRIORITY_LOW },
    { "Zinc counter polish", 9, FALSE, FALSE, CRM_BOOKING_PRIORITY_URGENT },
    { "Audit", -3, TRUE, TRUE, CRM_BOOKING_PRIORITY_HIGH },
  };
  g_autoptr(CrmBooking) junk = crm_booking_new ("Junk delivery");

  s->f = f;
  g_object_set (mill_draft, "favorite", TRUE, "status", CRM_CLIENT_STATUS_PROSPECT, NULL);
  g_object_set (carla, "email", "carla@millstreet.example", NULL);
  s->mill = crm_store_create_client (f->store, mill_draft, carla, NULL);
  g_assert_true (crm_store_add_tag (f->store, s->mill, "VIP", NULL));
  s->spam = crm_store_create_client (f->store, spam_draft, bot, NULL);
  s->marta = crm_store_add_staff (f->store, "Marta Ruiz", NULL, CRM_STAFF_ROLE_STAFF, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDateTime) due = g_date_time_add_days (now, rows[i].days);
      g_autoptr(CrmBooking) draft = crm_booking_new (rows[i].service);
      CrmClient *client = rows[i].mill ? s->mill : f->client;

      g_object_set (draft, "due", due, "priority", rows[i].priority,
                    "staff-id", rows[i].staff ? crm_staff_get_id (s->marta) : (gint64) 0,
                    "contact-id", crm_contact_get_id (crm_client_get_primary_contact (client)),
                    NULL);
      s->bookings[i] = crm_store_create_booking (f->store, client, draft, NULL);
      g_assert_nonnull (s->bookings[i]);
    }
  s->bookings[4] = crm_store_create_booking (f->store, s->spam, junk, NULL);
  g_assert_true (crm_store_set_client_spam (f->store, s->spam, TRUE, NULL));

  s->window = adw_window_new ();
  s->view = CRM_BOOKINGS_VIEW (crm_bookings_view_new ());
  gtk_window_set_default_size (GTK_WINDOW (s->window), 1100, 500);
  adw_window_set_content (ADW_WINDOW (s->window), GTK_WIDGET (s->view));
  gtk_window_present (GTK_WINDOW (s->window));
  crm_bookings_view_set_store (s->view, f->store);
}

static void
bookings_scene_tear_down (BookingsScene *s)
{
  gtk_window_destroy (GTK_WINDOW (s->window));
  crm_test_spin (10);
  for (guint i = 0; i < G_N_ELEMENTS (s->bookings); i++)
    g_clear_object (&s->bookings[i]);
  g_clear_object (&s->mill);
  g_clear_object (&s->spam);
  g_clear_object (&s->marta);
}

/* A header click sorts by that column in SQL, and again the other way. */
static void
test_bookings_view_sorting (CrmTabsFixture *f,
                            gconstpointer  data)
{
  BookingsScene s = { 0 };
  GtkColumnView *columns;

  bookings_scene_set_up (&s, f);
  columns = s.view->column_view;

  /* Before any click: what is ahead first, soonest first, then the past. */
  assert_services (s.view, "Éclair tasting|oven service|Zinc counter polish|Audit");

  /* Any case; accented letters after the plain ones, as in the client list. */
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_SERVICE], GTK_SORT_ASCENDING);
  g_assert_cmpint (crm_booking_list_get_sort (s.view->bookings), ==, CRM_BOOKING_SORT_SERVICE);
  assert_services (s.view, "Audit|oven service|Zinc counter polish|Éclair tasting");
  g_assert_cmpstr (first_cell_text (columns, CRM_BOOKINGS_COLUMN_SERVICE), ==, "Audit");
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_SERVICE], GTK_SORT_DESCENDING);
  g_assert_true (crm_booking_list_get_descending (s.view->bookings));
  assert_services (s.view, "Éclair tasting|Zinc counter polish|oven service|Audit");

  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_DUE], GTK_SORT_ASCENDING);
  assert_services (s.view, "Audit|Éclair tasting|oven service|Zinc counter polish");

  /* By client, then soonest first within one. */
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_CLIENT], GTK_SORT_ASCENDING);
  assert_services (s.view, "oven service|Zinc counter polish|Audit|Éclair tasting");
  g_assert_cmpstr (first_cell_text (columns, CRM_BOOKINGS_COLUMN_CLIENT), ==, "Harbour Bakery");
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_CLIENT], GTK_SORT_DESCENDING);
  assert_services (s.view, "Audit|Éclair tasting|oven service|Zinc counter polish");

  /* Bookings nobody looks after first. */
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_STAFF], GTK_SORT_ASCENDING);
  assert_services (s.view, "Éclair tasting|Zinc counter polish|Audit|oven service");
  g_assert_cmpstr (first_cell_text (columns, CRM_BOOKINGS_COLUMN_STAFF), ==, "");

  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_PRIORITY], GTK_SORT_DESCENDING);
  assert_services (s.view, "Zinc counter polish|Audit|oven service|Éclair tasting");
  g_assert_cmpstr (first_cell_text (columns, CRM_BOOKINGS_COLUMN_PRIORITY), ==,
                   crm_booking_priority_to_label (CRM_BOOKING_PRIORITY_URGENT));

  /* Ada Lovelace's bookings after Carla Mendes's. */
  gtk_column_view_sort_by_column (columns, s.view->columns[CRM_BOOKINGS_COLUMN_CONTACT], GTK_SORT_ASCENDING);
  assert_services (s.view, "oven service|Zinc counter polish|Audit|Éclair tasting");

  crm_tabs_screenshot (GTK_WINDOW (s.window), "bookings-view-sorted");
  bookings_scene_tear_down (&s);
}

/* The filters on the booking's client, in More Filters. */
static void
test_bookings_view_more_filters (CrmTabsFixture *f,
                                 gconstpointer  data)
{
  BookingsScene s = { 0 };

  bookings_scene_set_up (&s, f);
  gtk_column_view_sort_by_column (s.view->column_view, s.view->columns[CRM_BOOKINGS_COLUMN_SERVICE],
                                  GTK_SORT_ASCENDING);
  assert_services (s.view, "Audit|oven service|Zinc counter polish|Éclair tasting");
  crm_tabs_assert_label_has (s.view->count_label, "4 bookings");

  gtk_menu_button_popup (s.view->filters_button);
  crm_test_spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (s.view->tag_dropdown)), ==, 2);
  gtk_drop_down_set_selected (s.view->tag_dropdown, 1);
  assert_services (s.view, "Audit|Éclair tasting");
  crm_tabs_assert_label_has (s.view->count_label, "2 bookings");
  gtk_drop_down_set_selected (s.view->tag_dropdown, 0);

  gtk_check_button_set_active (s.view->favorites_check, TRUE);
  assert_services (s.view, "Audit|Éclair tasting");
  gtk_check_button_set_active (s.view->favorites_check, FALSE);

  gtk_drop_down_set_selected (s.view->client_status_dropdown, 1 + CRM_CLIENT_STATUS_ACTIVE);
  assert_services (s.view, "");
  gtk_drop_down_set_selected (s.view->client_status_dropdown, 1 + CRM_CLIENT_STATUS_PROSPECT);
  assert_services (s.view, "Audit|Éclair tasting");
  gtk_drop_down_set_selected (s.view->client_status_dropdown, 0);

  /* Spam clients' bookings only when asked, and then only theirs. */
  gtk_check_button_set_active (s.view->spam_check, TRUE);
  assert_services (s.view, "Junk delivery");
  crm_tabs_screenshot (GTK_WINDOW (s.window), "bookings-view-filters");
  gtk_check_button_set_active (s.view->spam_check, FALSE);
  gtk_menu_button_popdown (s.view->filters_button);

  /* With the filters of the bar. */
  gtk_drop_down_set_selected (s.view->staff_dropdown, staff_position (s.view->staff_ids, s.marta));
  assert_services (s.view, "Audit|oven service");

  bookings_scene_tear_down (&s);
}

/* A selected booking stays selected when the list refreshes, at its new
 * place, and a refresh that drops it leaves nothing selected. */
static void
test_bookings_view_keeps_selection (CrmTabsFixture *f,
                                    gconstpointer  data)
{
  BookingsScene s = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -30);
  g_autoptr(CrmBooking) draft = crm_booking_new ("Aaa first of all");
  g_autoptr(CrmBooking) added = NULL;
  CrmBooking *selected;

  bookings_scene_set_up (&s, f);
  gtk_column_view_sort_by_column (s.view->column_view, s.view->columns[CRM_BOOKINGS_COLUMN_SERVICE],
                                  GTK_SORT_ASCENDING);
  assert_services (s.view, "Audit|oven service|Zinc counter polish|Éclair tasting");
  gtk_single_selection_set_selected (s.view->selection, 2);
  selected = gtk_single_selection_get_selected_item (s.view->selection);
  g_assert_true (selected == s.bookings[2]);

  /* A new booking sorts first: a refresh, every row replaced. */
  g_object_set (draft, "due", earlier, NULL);
  added = crm_store_create_booking (f->store, f->client, draft, NULL);
  g_assert_nonnull (added);
  assert_services (s.view, "Aaa first of all|Audit|oven service|Zinc counter polish|Éclair tasting");
  g_assert_cmpuint (gtk_single_selection_get_selected (s.view->selection), ==, 3);
  g_assert_true (gtk_single_selection_get_selected_item (s.view->selection) == s.bookings[2]);

  /* Another order: still the same booking. */
  gtk_column_view_sort_by_column (s.view->column_view, s.view->columns[CRM_BOOKINGS_COLUMN_SERVICE],
                                  GTK_SORT_DESCENDING);
  assert_services (s.view, "Éclair tasting|Zinc counter polish|oven service|Audit|Aaa first of all");
  g_assert_cmpuint (gtk_single_selection_get_selected (s.view->selection), ==, 1);

  /* Filtered out: nothing selected. */
  gtk_check_button_set_active (s.view->favorites_check, TRUE);
  assert_services (s.view, "Éclair tasting|Audit");
  g_assert_cmpuint (gtk_single_selection_get_selected (s.view->selection), ==, GTK_INVALID_LIST_POSITION);

  bookings_scene_tear_down (&s);
}

/* In the window, activating a contact opens its client's card with the
 * contact selected; activating a booking opens the card's Bookings tab. */
static void
test_views_open_card (CrmTabsFixture *f,
                      gconstpointer  data)
{
  BookingsScene s = { 0 };
  g_autoptr(CrmContact) zoe = NULL;
  CrmWindow *window;
  CrmContactsView *contacts;
  CrmBookingsView *bookings;
  GtkListBoxRow *selected;
  CrmClientCard *card;
  guint position;

  bookings_scene_set_up (&s, f);
  zoe = add_contact (f->store, s.mill, "Zoë", "Müller", NULL, NULL);
  window = crm_window_new (NULL, f->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 740);
  gtk_window_present (GTK_WINDOW (window));
  card = window->card;

  adw_view_stack_set_visible_child_name (window->view_stack, "contacts");
  contacts = window->contacts_view;
  g_assert_true (crm_test_wait_loaded (contacts->contacts));
  position = crm_id_list_find (CRM_ID_LIST (contacts->contacts), crm_contact_get_id (zoe));
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (contacts->column_view, "activate", position);
  crm_test_spin (20);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "clients");
  g_assert_true (crm_client_card_get_client (card) == s.mill);
  g_assert_cmpint (gtk_notebook_get_current_page (card->notebook), ==,
                   gtk_notebook_page_num (card->notebook, GTK_WIDGET (card->info)));
  selected = gtk_list_box_get_selected_row (card->info->contacts_list);
  g_assert_nonnull (selected);
  g_assert_true (g_object_get_data (G_OBJECT (selected), "crm-contact") == (gpointer) zoe);

  adw_view_stack_set_visible_child_name (window->view_stack, "bookings");
  bookings = window->bookings_view;
  g_assert_true (crm_test_wait_loaded (bookings->bookings));
  position = crm_id_list_find (CRM_ID_LIST (bookings->bookings), crm_booking_get_id (s.bookings[0]));
  g_signal_emit_by_name (bookings->column_view, "activate", position);
  crm_test_spin (20);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "clients");
  g_assert_true (crm_client_card_get_client (card) == f->client);
  g_assert_cmpint (gtk_notebook_get_current_page (card->notebook), ==,
                   gtk_notebook_page_num (card->notebook, GTK_WIDGET (card->bookings)));

  crm_test_close_window (window);
  bookings_scene_tear_down (&s);
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
  crm_tabs_show_only (f, f->bookings);
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
  g_test_add ("/card-tabs/bookings-view/sorting", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_view_sorting, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings-view/more-filters", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_view_more_filters, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings-view/keeps-selection", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_view_keeps_selection, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/views-open-card", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_views_open_card, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/bookings/screenshot", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_bookings_screenshot, crm_tabs_fixture_tear_down);

  return g_test_run ();
}
