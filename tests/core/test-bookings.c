/* test-bookings.c: bookings get their due time from the client's SLA, are
 * overdue when they should be, refuse bad times, and the Bookings view's
 * list filters in SQL as a reference computed here would.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-booking-list.h"
#include "crm-store-business.h"
#include "crm-test-util.h"

static GDateTime *
hours_from_now (int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) t = g_date_time_add_hours (now, hours);

  /* Whole seconds, as stored. */
  return g_date_time_new_utc (g_date_time_get_year (t), g_date_time_get_month (t),
                              g_date_time_get_day_of_month (t), g_date_time_get_hour (t),
                              g_date_time_get_minute (t), g_date_time_get_second (t));
}

static CrmBooking *
add_booking (CrmStore           *store,
             CrmClient          *client,
             const char         *service,
             CrmBookingPriority  priority,
             GDateTime          *due)
{
  g_autoptr(CrmBooking) draft = crm_booking_new (service);
  g_autoptr(GError) error = NULL;
  CrmBooking *booking;

  g_object_set (draft, "priority", priority, "due", due, NULL);
  booking = crm_store_create_booking (store, client, draft, &error);
  g_assert_no_error (error);
  g_assert_true (booking == draft);

  return booking;
}

static void
test_sla_due (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmBooking) normal = NULL;
  g_autoptr(CrmBooking) urgent = NULL;
  g_autoptr(CrmBooking) fixed = NULL;
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(GDateTime) due = hours_from_now (100);
  g_autoptr(GError) error = NULL;

  /* The defaults, then an SLA of the client's own. */
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_LOW), ==, 72);
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_NORMAL), ==, 24);
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_HIGH), ==, 8);
  g_assert_cmpuint (crm_store_get_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_URGENT), ==, 2);
  g_assert_true (crm_store_set_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_URGENT, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f->path, "SELECT sla_urgent_hours FROM clients"), ==, 3);

  normal = add_booking (f->store, client, "Boiler service", CRM_BOOKING_PRIORITY_NORMAL, NULL);
  expected = g_date_time_add_hours (crm_booking_get_created (normal), 24);
  g_assert_true (g_date_time_equal (crm_booking_get_due (normal), expected));
  g_clear_pointer (&expected, g_date_time_unref);

  urgent = add_booking (f->store, client, "Burst pipe", CRM_BOOKING_PRIORITY_URGENT, NULL);
  expected = g_date_time_add_hours (crm_booking_get_created (urgent), 3);
  g_assert_true (g_date_time_equal (crm_booking_get_due (urgent), expected));

  /* A due time given is kept. */
  fixed = add_booking (f->store, client, "Annual check", CRM_BOOKING_PRIORITY_LOW, due);
  g_assert_true (g_date_time_equal (crm_booking_get_due (fixed), due));

  /* Out of range SLAs are refused and change nothing. */
  g_assert_false (crm_store_set_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_LOW, 0, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (crm_store_set_client_sla_hours (f->store, client, CRM_BOOKING_PRIORITY_LOW, 9000, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_assert_cmpint (query_int64 (f->path, "SELECT sla_low_hours FROM clients"), ==, 72);

  /* A new priority with no due time moves the due time. */
  {
    g_autoptr(CrmBooking) edit = crm_booking_copy (normal);

    g_object_set (edit, "priority", CRM_BOOKING_PRIORITY_URGENT, "due", NULL, NULL);
    g_clear_error (&error);
    g_assert_true (crm_store_update_booking (f->store, normal, edit, &error));
    g_assert_no_error (error);
    g_clear_pointer (&expected, g_date_time_unref);
    expected = g_date_time_add_hours (crm_booking_get_created (normal), 3);
    g_assert_true (g_date_time_equal (crm_booking_get_due (normal), expected));
    g_assert_cmpint (crm_booking_get_priority (normal), ==, CRM_BOOKING_PRIORITY_URGENT);
  }
}

static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GDateTime) past = hours_from_now (-5);
  g_autoptr(GDateTime) future = hours_from_now (5);
  g_autoptr(GDateTime) later = hours_from_now (10);
  g_autoptr(CrmBooking) late = add_booking (f->store, client, "Late", CRM_BOOKING_PRIORITY_NORMAL, past);
  g_autoptr(CrmBooking) early = add_booking (f->store, client, "Early", CRM_BOOKING_PRIORITY_NORMAL, future);
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_booking_get_overdue (late));
  g_assert_false (crm_booking_get_overdue (early));
  g_assert_true (crm_booking_is_overdue_at (early, later));

  /* Scheduled is still to be done; completed, cancelled and no-show are not. */
  g_assert_true (crm_store_set_booking_status (f->store, late, CRM_BOOKING_STATUS_SCHEDULED, &error));
  g_assert_true (crm_booking_get_overdue (late));
  for (CrmBookingStatus s = CRM_BOOKING_STATUS_COMPLETED; s <= CRM_BOOKING_STATUS_NO_SHOW; s++)
    {
      g_assert_true (crm_store_set_booking_status (f->store, late, s, &error));
      g_assert_no_error (error);
      g_assert_false (crm_booking_get_overdue (late));
      g_assert_cmpint (query_int64 (f->path, "SELECT status FROM bookings WHERE service = 'Late'"), ==, s);
    }
}

static void
assert_create_fails (Fixture    *f,
                     CrmClient  *client,
                     CrmBooking *draft,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  gint64 before = query_int64 (f->path, "SELECT count (*) FROM bookings");

  g_assert_null (crm_store_create_booking (f->store, client, draft, &error));
  g_assert_error (error, CRM_STORE_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM bookings"), ==, before);
  g_assert_cmpint (crm_booking_get_id (draft), ==, 0);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(GDateTime) start = hours_from_now (2);
  g_autoptr(GDateTime) before_start = hours_from_now (1);
  g_autoptr(CrmBooking) draft = NULL;
  g_autoptr(CrmBooking) good = NULL;
  g_autoptr(CrmBooking) edit = NULL;
  g_autoptr(GError) error = NULL;

  draft = crm_booking_new ("Visit");
  g_object_set (draft, "starts", start, "ends", before_start, NULL);
  assert_create_fails (f, client, draft, CRM_STORE_ERROR_INVALID);

  g_object_set (draft, "starts", NULL, NULL);
  assert_create_fails (f, client, draft, CRM_STORE_ERROR_INVALID);

  g_object_set (draft, "service", "   ", "ends", NULL, NULL);
  assert_create_fails (f, client, draft, CRM_STORE_ERROR_INVALID);

  /* The contact of another client. */
  g_object_set (draft, "service", "Visit",
                "contact-id", crm_contact_get_id (crm_client_get_primary_contact (other)),
                NULL);
  assert_create_fails (f, client, draft, CRM_STORE_ERROR_INVALID);

  g_object_set (draft, "contact-id", (gint64) 0, "staff-id", (gint64) 999, NULL);
  assert_create_fails (f, client, draft, CRM_STORE_ERROR_NOT_FOUND);

  /* A client in the trash takes no new bookings. */
  g_object_set (draft, "staff-id", (gint64) 0, NULL);
  g_assert_true (crm_store_trash_client (f->store, other, NULL));
  assert_create_fails (f, other, draft, CRM_STORE_ERROR_INVALID);

  /* An edit that breaks a rule leaves the booking as it was. */
  g_object_set (draft, "starts", start, NULL);
  good = crm_store_create_booking (f->store, client, draft, &error);
  g_assert_no_error (error);
  edit = crm_booking_copy (good);
  g_object_set (edit, "service", "Changed", "ends", before_start, NULL);
  g_assert_false (crm_store_update_booking (f->store, good, edit, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_assert_cmpstr (crm_booking_get_service (good), ==, "Visit");
  g_assert_null (crm_booking_get_ends (good));
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM bookings WHERE service = 'Visit' AND ends_at IS NULL"), ==, 1);

  /* The schema holds the rule too, whatever writes the row. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM bookings WHERE ends_at < starts_at"), ==, 0);
}

static void
on_booking_changed (CrmStore   *store,
                    CrmBooking *booking,
                    guint      *count)
{
  (*count)++;
}

static void
test_edit_trash_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GDateTime) start = hours_from_now (48);
  g_autoptr(GDateTime) end = hours_from_now (49);
  g_autoptr(CrmBooking) booking = add_booking (f->store, client, "Install", CRM_BOOKING_PRIORITY_HIGH, NULL);
  g_autoptr(CrmBooking) edit = NULL;
  g_autoptr(CrmBooking) again = NULL;
  g_autoptr(GError) error = NULL;
  CrmContact *ada = crm_client_get_primary_contact (client);
  gint64 id = crm_booking_get_id (booking);
  guint changed = 0;

  crm_store_business_init ();
  g_signal_connect (f->store, "booking-changed", G_CALLBACK (on_booking_changed), &changed);

  edit = crm_booking_copy (booking);
  g_object_set (edit,
                "service", "  Install heat pump ",
                "notes", "Bring the long ladder",
                "contact-id", crm_contact_get_id (ada),
                "staff-id", crm_staff_get_id (crm_store_get_current_staff (f->store)),
                "starts", start, "ends", end,
                "status", CRM_BOOKING_STATUS_SCHEDULED,
                NULL);
  g_assert_true (crm_store_update_booking (f->store, booking, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (crm_booking_get_service (booking), ==, "Install heat pump");
  g_assert_true (g_date_time_equal (crm_booking_get_starts (booking), start));

  /* One object per row. */
  again = crm_store_get_booking (f->store, id, &error);
  g_assert_true (again == booking);
  g_clear_object (&again);

  g_assert_true (crm_store_trash_booking (f->store, booking, &error));
  g_assert_true (crm_booking_get_trashed (booking));
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM bookings WHERE deleted_at IS NOT NULL"), ==, 1);
  g_assert_true (crm_store_restore_booking (f->store, booking, &error));
  g_assert_false (crm_booking_get_trashed (booking));
  g_assert_cmpuint (changed, ==, 3);
  g_signal_handlers_disconnect_by_data (f->store, &changed);

  /* What a fresh store reads back. */
  g_clear_object (&booking);
  g_clear_object (&edit);
  g_clear_object (&client);
  g_clear_object (&f->store);
  f->store = crm_store_open (f->path, &error);
  g_assert_no_error (error);
  booking = crm_store_get_booking (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_booking_get_service (booking), ==, "Install heat pump");
  g_assert_cmpstr (crm_booking_get_notes (booking), ==, "Bring the long ladder");
  g_assert_cmpint (crm_booking_get_priority (booking), ==, CRM_BOOKING_PRIORITY_HIGH);
  g_assert_cmpint (crm_booking_get_status (booking), ==, CRM_BOOKING_STATUS_SCHEDULED);
  g_assert_true (g_date_time_equal (crm_booking_get_starts (booking), start));
  g_assert_true (g_date_time_equal (crm_booking_get_ends (booking), end));
  g_assert_cmpint (crm_booking_get_contact_id (booking), >, 0);
  g_assert_false (crm_booking_get_trashed (booking));
}

/* The Bookings view. */

typedef struct {
  const char *client;
  const char *contact;   /* first name of the booking's contact, or NULL */
  int         due_hours;
  CrmBookingStatus status;
  gboolean    mine;      /* assigned to the current staff member */
} Row;

static const Row rows[] = {
  { "Acme", "Ada", -30, CRM_BOOKING_STATUS_OPEN, TRUE },
  { "Acme", "Bob", 10, CRM_BOOKING_STATUS_SCHEDULED, FALSE },
  { "Acme", NULL, -2, CRM_BOOKING_STATUS_COMPLETED, TRUE },
  { "Bäckerei Müller", "Carla", -1, CRM_BOOKING_STATUS_SCHEDULED, FALSE },
  { "Bäckerei Müller", "Carla", 50, CRM_BOOKING_STATUS_OPEN, TRUE },
  { "Bäckerei Müller", NULL, 5, CRM_BOOKING_STATUS_CANCELLED, FALSE },
  { "Cotton 100%", "Ada", 20, CRM_BOOKING_STATUS_OPEN, FALSE },
  { "Cotton 100%", "Dora", -8, CRM_BOOKING_STATUS_NO_SHOW, TRUE },
};

static void
wait_loaded (CrmBookingList *list)
{
  guint spins = 0;

  while (crm_booking_list_get_loading (list) && spins++ < 100000)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (crm_booking_list_get_loading (list));
}

/* Counts the changes a view sees. A refresh that replaces every row
 * clears the list and fills it again at once (crm-id-list.c says why):
 * the clearing is part of the filling that follows it. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  if (added == 0 && removed > 0 && g_list_model_get_n_items (model) == 0)
    return;

  (*count)++;
}

static char *
contact_first_name (CrmStore   *store,
                    CrmBooking *booking)
{
  g_autoptr(CrmContact) contact = NULL;

  if (crm_booking_get_contact_id (booking) == 0)
    return NULL;

  contact = crm_store_get_contact (store, crm_booking_get_contact_id (booking), NULL);
  return g_strdup (crm_contact_get_first_name (contact));
}

typedef gboolean (*RowFilter) (const Row *row, gconstpointer data);

static void
assert_list (Fixture        *f,
             CrmBookingList *list,
             RowFilter       filter,
             gconstpointer   data)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  guint changes = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);
  wait_loaded (list);
  g_signal_handlers_disconnect_by_data (list, &changes);
  g_assert_cmpuint (changes, <=, 1);

  /* The reference: the rows that pass, by due time (rows[] is not sorted). */
  for (int h = -100; h <= 100; h++)
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      if (rows[i].due_hours == h && filter (&rows[i], data))
        g_ptr_array_add (expected, (gpointer) &rows[i]);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const Row *row = g_ptr_array_index (expected, i);
      g_autoptr(CrmBooking) booking = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(CrmClient) client = crm_store_get_client (f->store, crm_booking_get_client_id (booking), NULL);
      g_autofree char *contact = contact_first_name (f->store, booking);

      g_assert_cmpstr (crm_client_get_name (client), ==, row->client);
      g_assert_cmpstr (contact, ==, row->contact);
      g_assert_cmpint (crm_booking_get_status (booking), ==, row->status);
    }
}

static gboolean
all_rows (const Row *row, gconstpointer data)
{
  return TRUE;
}

/* The words of @text, without accents, in lower case. */
static char **
plain_words (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  for (char *p = lower; *p; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';

  return g_strsplit_set (g_strstrip (lower), " ", -1);
}

/* As the list should match: every word typed starts a word of the name,
 * whatever the case and accents. */
static gboolean
client_matches (const Row *row, gconstpointer data)
{
  g_auto(GStrv) name = plain_words (row->client);
  g_auto(GStrv) typed = plain_words (data);

  for (guint i = 0; typed[i] != NULL; i++)
    {
      gboolean found = typed[i][0] == '\0';

      for (guint j = 0; name[j] != NULL && !found; j++)
        found = g_str_has_prefix (name[j], typed[i]);
      if (!found)
        return FALSE;
    }

  return TRUE;
}

static gboolean
contact_is (const Row *row, gconstpointer data)
{
  return row->contact != NULL && g_str_equal (row->contact, data);
}

static gboolean
status_is (const Row *row, gconstpointer data)
{
  return row->status == (CrmBookingStatus) GPOINTER_TO_INT (data);
}

static gboolean
is_mine (const Row *row, gconstpointer data)
{
  return row->mine;
}

static gboolean
is_overdue (const Row *row, gconstpointer data)
{
  return row->due_hours < 0 &&
         (row->status == CRM_BOOKING_STATUS_OPEN || row->status == CRM_BOOKING_STATUS_SCHEDULED);
}

static gboolean
mine_and_overdue (const Row *row, gconstpointer data)
{
  return is_mine (row, data) && is_overdue (row, data);
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GHashTable) clients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(CrmBookingList) list = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 me = crm_staff_get_id (crm_store_get_current_staff (f->store));
  CrmClient *acme;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CrmClient *client = g_hash_table_lookup (clients, rows[i].client);
      g_autoptr(CrmBooking) draft = crm_booking_new ("Job");
      g_autoptr(GDateTime) due = hours_from_now (rows[i].due_hours);
      g_autoptr(GError) error = NULL;
      gint64 contact_id = 0;

      if (client == NULL)
        {
          client = add_client (f->store, rows[i].client, "Zed", "Primary");
          g_hash_table_insert (clients, (gpointer) rows[i].client, client);
        }

      if (rows[i].contact != NULL)
        {
          g_autoptr(GListModel) contacts = crm_store_get_contacts (f->store, client);

          for (guint j = 0; j < g_list_model_get_n_items (contacts); j++)
            {
              g_autoptr(CrmContact) c = g_list_model_get_item (contacts, j);

              if (g_str_equal (crm_contact_get_first_name (c), rows[i].contact))
                contact_id = crm_contact_get_id (c);
            }

          if (contact_id == 0)
            {
              g_autoptr(CrmContact) c = crm_contact_new (rows[i].contact, "Person");
              g_autoptr(CrmContact) stored = crm_store_add_contact (f->store, client, c, &error);

              g_assert_no_error (error);
              contact_id = crm_contact_get_id (stored);
              g_ptr_array_add (keep, g_steal_pointer (&stored));
            }
        }

      g_object_set (draft, "due", due, "status", rows[i].status,
                    "contact-id", contact_id, "staff-id", rows[i].mine ? me : 0, NULL);
      g_ptr_array_add (keep, crm_store_create_booking (f->store, client, draft, &error));
      g_assert_no_error (error);
    }

  list = crm_booking_list_new (f->store);
  assert_list (f, list, all_rows, NULL);

  /* Word prefixes, any case, any accent, as the client list and global
   * search match: "a" is Acme, not Bäckerei; "muller" is Müller. */
  static const char * const client_searches[] = {
    "cOtToN 100%", "a", "muller", "BÄCK mül", "ckerei", "acme bäckerei",
  };
  for (guint i = 0; i < G_N_ELEMENTS (client_searches); i++)
    {
      g_test_message ("client search: %s", client_searches[i]);
      crm_booking_list_set_client_search (list, client_searches[i]);
      assert_list (f, list, client_matches, client_searches[i]);
    }
  crm_booking_list_set_client_search (list, "muller");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  crm_booking_list_set_client_search (list, NULL);

  /* By the booking's contact: what the seeds' products cannot do. */
  crm_booking_list_set_contact_search (list, "carla");
  assert_list (f, list, contact_is, "Carla");
  crm_booking_list_set_contact_search (list, "Ada Pers");
  assert_list (f, list, contact_is, "Ada");
  crm_booking_list_set_contact_search (list, NULL);

  crm_booking_list_set_status_filter (list, CRM_BOOKING_STATUS_OPEN);
  assert_list (f, list, status_is, GINT_TO_POINTER (CRM_BOOKING_STATUS_OPEN));
  crm_booking_list_set_status_filter (list, -1);

  crm_booking_list_set_staff_id (list, me);
  assert_list (f, list, is_mine, NULL);
  crm_booking_list_set_overdue_only (list, TRUE);
  assert_list (f, list, mine_and_overdue, NULL);
  crm_booking_list_set_staff_id (list, 0);
  assert_list (f, list, is_overdue, NULL);
  crm_booking_list_set_overdue_only (list, FALSE);

  /* One client: what its card shows; and a booking trashed leaves. */
  acme = g_hash_table_lookup (clients, "Acme");
  crm_booking_list_set_client_id (list, crm_client_get_id (acme));
  assert_list (f, list, client_matches, "Acme");
  g_assert_true (crm_store_trash_booking (f->store, g_ptr_array_index (keep, 1), NULL));
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  /* Upcoming first, soonest first; then past, latest first. */
  g_assert_true (crm_store_restore_booking (f->store, g_ptr_array_index (keep, 1), NULL));
  crm_booking_list_set_sort (list, CRM_BOOKING_SORT_UPCOMING, FALSE);
  wait_loaded (list);
  {
    static const int expected_hours[] = { 10, -2, -30 };

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
    for (guint i = 0; i < G_N_ELEMENTS (expected_hours); i++)
      {
        g_autoptr(CrmBooking) b = g_list_model_get_item (G_LIST_MODEL (list), i);
        g_autoptr(GDateTime) due = hours_from_now (expected_hours[i]);

        g_assert_cmpint (g_date_time_difference (crm_booking_get_due (b), due) / G_TIME_SPAN_HOUR, ==, 0);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/bookings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("sla-due", test_sla_due);
  ADD ("overdue", test_overdue);
  ADD ("bad-input", test_bad_input);
  ADD ("edit-trash-restore", test_edit_trash_restore);
  ADD ("list-filters", test_list_filters);

#undef ADD

  return g_test_run ();
}
