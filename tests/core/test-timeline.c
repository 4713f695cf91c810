/* test-timeline.c: a client's timeline lists everything that happened,
 * newest first, filters by kind, follows new entries, and conversation
 * entries keep their rules. It runs nine hours east of UTC (see main()),
 * where a local day and its UTC day part in the morning.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "crm-timeline.h"
#include "crm-test-util.h"

static void
wait_loaded (CrmTimeline *timeline)
{
  guint spins = 0;

  while (crm_id_list_get_loading (CRM_ID_LIST (timeline)) && spins++ < 100000)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (crm_id_list_get_loading (CRM_ID_LIST (timeline)));
}

static CrmMessage *
log_message (CrmStore          *store,
             CrmClient         *client,
             CrmMessageChannel  channel,
             const char        *subject,
             GDateTime         *occurred)
{
  g_autoptr(CrmMessage) draft = crm_message_new (channel, CRM_MESSAGE_DIRECTION_IN);
  g_autoptr(GError) error = NULL;
  CrmMessage *message;

  g_object_set (draft, "subject", subject, "body", "What was said.", "occurred", occurred, NULL);
  message = crm_store_log_message (store, client, draft, &error);
  g_assert_no_error (error);

  return message;
}

/* Everything once, at times chosen so the order is known. */
static void
populate (Fixture   *f,
          CrmClient *client,
          GPtrArray *keep)
{
  g_autoptr(GDateTime) old_call = g_date_time_new_utc (2020, 1, 1, 9, 0, 0);
  g_autoptr(GDateTime) future = g_date_time_new_utc (2030, 1, 1, 9, 0, 0);
  g_autoptr(GDateTime) issued = g_date_time_new_local (2025, 6, 1, 0, 0, 0);
  g_autoptr(GDateTime) paid = g_date_time_new_local (2025, 7, 1, 0, 0, 0);
  g_autoptr(CrmBooking) booking = crm_booking_new ("Kitchen refit");
  g_autoptr(CrmInvoice) invoice = crm_invoice_new (50000, "EUR");
  g_autoptr(CrmPayment) payment = NULL;
  g_autofree char *path = g_build_filename (f->dir, "floor plan.txt", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (keep, log_message (f->store, client, CRM_MESSAGE_CHANNEL_PHONE, "First call", old_call));

  g_object_set (booking, "starts", future, NULL);
  g_ptr_array_add (keep, crm_store_create_booking (f->store, client, booking, &error));
  g_assert_no_error (error);

  g_object_set (invoice, "issued-on", issued, NULL);
  g_ptr_array_add (keep, crm_store_create_invoice (f->store, client, invoice, &error));
  g_assert_no_error (error);

  payment = crm_payment_new (20000, "EUR");
  g_object_set (payment, "invoice-id", crm_invoice_get_id (invoice), "paid-on", paid,
                "method", "Cash", NULL);
  g_ptr_array_add (keep, crm_store_record_payment (f->store, client, payment, &error));
  g_assert_no_error (error);

  g_ptr_array_add (keep, crm_store_add_note (f->store, client, "Prefers mornings.\nNo dogs.", &error));
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path, "plan", -1, NULL));
  file = g_file_new_for_path (path);
  g_ptr_array_add (keep, crm_store_attach_document (f->store, client, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_order_and_filter (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrmTimeline) timeline = NULL;
  static const CrmTimelineKind expected[] = {
    CRM_TIMELINE_KIND_BOOKING,   /* starts in 2030 */
    CRM_TIMELINE_KIND_DOCUMENT,  /* now, after the note */
    CRM_TIMELINE_KIND_NOTE,      /* now */
    CRM_TIMELINE_KIND_PAYMENT,   /* July 2025 */
    CRM_TIMELINE_KIND_INVOICE,   /* June 2025 */
    CRM_TIMELINE_KIND_MESSAGE,   /* 2020 */
  };

  populate (f, client, keep);
  /* Another client's history stays on its own card. */
  populate (f, other, keep);

  timeline = crm_timeline_new (f->store, crm_client_get_id (client));
  wait_loaded (timeline);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CrmTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (timeline), i);

      g_test_message ("%u: %s — %s", i, crm_timeline_item_get_title (item),
                      crm_timeline_item_get_subtitle (item));
      g_assert_cmpint (crm_timeline_item_get_kind (item), ==, expected[i]);
      g_assert_cmpint (crm_timeline_item_get_client_id (item), ==, crm_client_get_id (client));
      g_assert_cmpstr (crm_timeline_item_get_icon_name (item), !=, "");
      g_assert_cmpstr (crm_timeline_item_get_title (item), !=, "");
      g_assert_nonnull (crm_timeline_item_get_time (item));
    }

  /* A few lines as a person reads them. */
  {
    g_autoptr(CrmTimelineItem) booking = g_list_model_get_item (G_LIST_MODEL (timeline), 0);
    g_autoptr(CrmTimelineItem) note = g_list_model_get_item (G_LIST_MODEL (timeline), 2);
    g_autoptr(CrmTimelineItem) invoice = g_list_model_get_item (G_LIST_MODEL (timeline), 4);
    g_autoptr(CrmTimelineItem) call = g_list_model_get_item (G_LIST_MODEL (timeline), 5);

    g_assert_cmpstr (crm_timeline_item_get_title (booking), ==, "Kitchen refit");
    g_assert_cmpstr (crm_timeline_item_get_title (note), ==, "Prefers mornings.");
    g_assert_cmpstr (crm_timeline_item_get_title (invoice), ==, "Invoice INV-2025-0001");
    g_assert_cmpstr (crm_timeline_item_get_title (call), ==, "First call");
    g_assert_cmpstr (crm_timeline_item_get_icon_name (call), ==, "call-start-symbolic");
    g_assert_cmpint (crm_timeline_item_get_record_id (call),
                     ==, crm_message_get_id (g_ptr_array_index (keep, 0)));
  }

  /* One kind at a time. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CrmTimelineItem) item = NULL;

      crm_timeline_set_kind_filter (timeline, expected[i]);
      wait_loaded (timeline);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 1);
      item = g_list_model_get_item (G_LIST_MODEL (timeline), 0);
      g_assert_cmpint (crm_timeline_item_get_kind (item), ==, expected[i]);
    }
  crm_timeline_set_kind_filter (timeline, -1);
  wait_loaded (timeline);

  /* A new entry shows without asking; a removed payment leaves. */
  g_ptr_array_add (keep, log_message (f->store, client, CRM_MESSAGE_CHANNEL_EMAIL, "Latest", NULL));
  wait_loaded (timeline);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, G_N_ELEMENTS (expected) + 1);
  g_assert_true (crm_store_remove_payment (f->store, g_ptr_array_index (keep, 3), NULL));
  wait_loaded (timeline);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, G_N_ELEMENTS (expected));
}

static void
test_messages (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_MEETING, CRM_MESSAGE_DIRECTION_OUT);
  g_autoptr(CrmMessage) message = NULL;
  g_autoptr(CrmMessage) again = NULL;
  g_autoptr(GError) error = NULL;
  CrmStaff *me = crm_store_get_current_staff (f->store);

  /* Nothing said, or said to someone else's contact: refused. */
  g_assert_null (crm_store_log_message (f->store, client, draft, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (draft, "subject", "  Site visit  ",
                "contact-id", crm_contact_get_id (crm_client_get_primary_contact (other)), NULL);
  g_assert_null (crm_store_log_message (f->store, client, draft, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM messages"), ==, 0);

  g_object_set (draft, "contact-id", crm_contact_get_id (crm_client_get_primary_contact (client)), NULL);
  message = crm_store_log_message (f->store, client, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_message_get_subject (message), ==, "Site visit");
  g_assert_cmpint (crm_message_get_author_id (message), ==, crm_staff_get_id (me));
  g_assert_cmpstr (crm_message_get_author_name (message), ==, crm_staff_get_name (me));
  g_assert_nonnull (crm_message_get_occurred (message));

  again = crm_store_get_message (f->store, crm_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_message_get_channel (again), ==, CRM_MESSAGE_CHANNEL_MEETING);
  g_assert_cmpint (crm_message_get_direction (again), ==, CRM_MESSAGE_DIRECTION_OUT);
  g_assert_cmpstr (crm_message_get_author_name (again), ==, crm_staff_get_name (me));
  g_assert_true (g_date_time_equal (crm_message_get_occurred (again), crm_message_get_occurred (message)));
}

/* Writes a record's created_at behind the store's back: the time it was
 * recorded is the clock's, and this test needs chosen ones. */
static void
set_created_at (Fixture    *f,
                const char *table,
                gint64      id,
                const char *created_at)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET created_at = ?1 WHERE id = ?2", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, created_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Invoices and payments have a day, not a time. On their day they sit
 * where they were recorded among the entries that have a time; on another
 * day (a payment entered late), at the time of day they were recorded.
 * Times here are Tokyo's (UTC+9): 10 March 2025, 08:00 there is still
 * 9 March in UTC. */
static void
test_day_order (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) day = g_date_time_new_local (2025, 3, 10, 0, 0, 0);
  g_autoptr(GDateTime) day_before = g_date_time_new_local (2025, 3, 9, 0, 0, 0);
  g_autoptr(GDateTime) at_ten = g_date_time_new_local (2025, 3, 10, 10, 0, 0);
  g_autoptr(GDateTime) at_six = g_date_time_new_local (2025, 3, 10, 6, 0, 0);
  g_autoptr(CrmPayment) payment = crm_payment_new (20000, "EUR");
  g_autoptr(CrmInvoice) invoice = crm_invoice_new (50000, "EUR");
  g_autoptr(CrmTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;
  CrmNote *note;
  static const struct {
    CrmTimelineKind kind;
    const char *title;  /* the payment's depends on the locale's money */
  } expected[] = {
    { CRM_TIMELINE_KIND_MESSAGE, "Call at ten" },          /* 10 March, 10:00 */
    { CRM_TIMELINE_KIND_PAYMENT, NULL },                   /* dated the 10th, recorded then at 08:00 */
    { CRM_TIMELINE_KIND_NOTE, "Note at seven" },           /* 10 March, 07:00 */
    { CRM_TIMELINE_KIND_MESSAGE, "Call at six" },          /* 10 March, 06:00 */
    { CRM_TIMELINE_KIND_INVOICE, "Invoice INV-2025-0001" } /* dated the 9th, recorded on the 10th at 09:00 */
  };

  g_assert_cmpint (g_date_time_get_utc_offset (day), ==, 9 * G_TIME_SPAN_HOUR);

  g_ptr_array_add (keep, log_message (f->store, client, CRM_MESSAGE_CHANNEL_PHONE, "Call at ten", at_ten));
  g_ptr_array_add (keep, log_message (f->store, client, CRM_MESSAGE_CHANNEL_PHONE, "Call at six", at_six));

  note = crm_store_add_note (f->store, client, "Note at seven", &error);
  g_assert_no_error (error);
  g_ptr_array_add (keep, note);
  set_created_at (f, "notes", crm_note_get_id (note), "2025-03-09T22:00:00.000000Z");

  g_object_set (payment, "paid-on", day, "method", "Cash", NULL);
  g_ptr_array_add (keep, crm_store_record_payment (f->store, client, payment, &error));
  g_assert_no_error (error);
  set_created_at (f, "payments", crm_payment_get_id (payment), "2025-03-09T23:00:00.000000Z");

  g_object_set (invoice, "issued-on", day_before, NULL);
  g_ptr_array_add (keep, crm_store_create_invoice (f->store, client, invoice, &error));
  g_assert_no_error (error);
  set_created_at (f, "invoices", crm_invoice_get_id (invoice), "2025-03-10T00:00:00.000000Z");

  timeline = crm_timeline_new (f->store, crm_client_get_id (client));
  wait_loaded (timeline);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CrmTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (timeline), i);

      g_test_message ("%u: %s", i, crm_timeline_item_get_title (item));
      g_assert_cmpint (crm_timeline_item_get_kind (item), ==, expected[i].kind);
      if (expected[i].title != NULL)
        g_assert_cmpstr (crm_timeline_item_get_title (item), ==, expected[i].title);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* East of UTC, where a local morning is the previous day in UTC (a
   * POSIX rule, so no time zone database is needed). */
  g_setenv ("TZ", "JST-9", TRUE);
  tzset ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/timeline/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("order-and-filter", test_order_and_filter);
  ADD ("messages", test_messages);
  ADD ("day-order", test_day_order);

#undef ADD

  return g_test_run ();
}
