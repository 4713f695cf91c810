/* test-search.c: global search finds what a person means: any case, any
 * accent, word prefixes, several words, every kind of record, and nothing
 * that was deleted.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-search.h"
#include "crm-test-util.h"

static GListModel *
search (Fixture    *f,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GListModel *results = crm_store_search_sync (f->store, text, 50, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

/* "kind:title" of every result, for compact assertions. */
static char *
describe (GListModel *results)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(CrmSearchResult) r = g_list_model_get_item (results, i);

      if (out->len)
        g_string_append (out, "|");
      g_string_append_printf (out, "%d:%s", crm_search_result_get_kind (r),
                              crm_search_result_get_title (r));
    }

  return g_string_free (out, FALSE);
}

static void
assert_search (Fixture    *f,
               const char *text,
               const char *expected)
{
  g_autoptr(GListModel) results = search (f, text);
  g_autofree char *actual = describe (results);

  g_test_message ("search “%s” -> %s", text, actual);
  g_assert_cmpstr (actual, ==, expected);
}

static void
populate (Fixture *f)
{
  g_autoptr(CrmClient) mueller = add_client (f->store, "Müller & Söhne GmbH", "Zoë", "Keller");
  g_autoptr(CrmClient) acme = add_client (f->store, "Acme Rockets", "Wile", "Coyote");
  g_autoptr(CrmClient) tokyo = add_client (f->store, "東京商事", "Hanako", "Yamada");
  g_autoptr(CrmContact) road = crm_contact_new ("Road", "Runner");
  g_autoptr(CrmContact) added = NULL;
  g_autoptr(CrmNote) note = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (road, "email", "beep@desert.example", "phone", "+1 505 555 0199", NULL);
  added = crm_store_add_contact (f->store, acme, road, &error);
  g_assert_no_error (error);
  g_assert_true (crm_store_update_client (f->store, acme, &error, "city", "Albuquerque",
                                          "external-id", "SF-0042", NULL));
  g_assert_true (crm_store_add_tag (f->store, acme, "Wholesale", &error));
  g_assert_true (crm_store_add_tag (f->store, mueller, "wholesale", &error));
  note = crm_store_add_note (f->store, mueller, "Prefers invoices in German; call Zoë before noon.", &error);
  g_assert_no_error (error);
}

static void
test_accents_and_case (Fixture       *f,
                       gconstpointer  data)
{
  populate (f);

  assert_search (f, "muller", "0:Müller & Söhne GmbH");
  assert_search (f, "MÜLLER", "0:Müller & Söhne GmbH");
  assert_search (f, "sohne", "0:Müller & Söhne GmbH");
  /* A contact by name, and a note that mentions the same name. */
  assert_search (f, "zoe", "1:Zoë Keller|3:Prefers invoices in German; call Zoë before noon.");
  assert_search (f, "東京商事", "0:東京商事");
}

static void
test_prefixes_and_words (Fixture       *f,
                         gconstpointer  data)
{
  populate (f);

  assert_search (f, "roc", "0:Acme Rockets");
  assert_search (f, "acme roc", "0:Acme Rockets");
  /* Every word must match: several words narrow the result. */
  assert_search (f, "acme zzz", "");
  assert_search (f, "wile coy", "1:Wile Coyote");
  assert_search (f, "  ", "");
  assert_search (f, "", "");
  /* FTS5 syntax in the text is taken as plain words. */
  assert_search (f, "acme AND OR NOT \"(", "");
  assert_search (f, "NEAR(acme", "");
  assert_search (f, "* acme:", "0:Acme Rockets");
}

static void
test_every_kind (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(CrmSearchResult) contact = NULL;

  populate (f);

  /* E-mail, phone, external id and city are searchable. */
  assert_search (f, "beep@desert", "1:Road Runner");
  assert_search (f, "0199", "1:Road Runner");
  assert_search (f, "SF-0042", "0:Acme Rockets");
  assert_search (f, "albuq", "0:Acme Rockets");

  /* A tag, with how many clients carry it. */
  results = search (f, "whole");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  {
    g_autoptr(CrmSearchResult) tag = g_list_model_get_item (results, 0);
    g_assert_cmpint (crm_search_result_get_kind (tag), ==, CRM_SEARCH_KIND_TAG);
    g_assert_cmpstr (crm_search_result_get_subtitle (tag), ==, "2 clients");
  }
  g_clear_object (&results);

  /* A note, pointing at its client. */
  results = search (f, "noon");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  {
    g_autoptr(CrmSearchResult) note = g_list_model_get_item (results, 0);
    g_assert_cmpint (crm_search_result_get_kind (note), ==, CRM_SEARCH_KIND_NOTE);
    g_assert_cmpstr (crm_search_result_get_subtitle (note), ==, "Müller & Söhne GmbH");
    g_assert_cmpint (crm_search_result_get_client_id (note), ==, 1);
  }
  g_clear_object (&results);

  /* A contact names its client and e-mail, and points at both records. */
  results = search (f, "runner");
  contact = g_list_model_get_item (results, 0);
  g_assert_cmpstr (crm_search_result_get_subtitle (contact), ==, "Acme Rockets · beep@desert.example");
  g_assert_cmpint (crm_search_result_get_client_id (contact), ==, 2);
  g_assert_cmpint (crm_search_result_get_item_id (contact), >, 0);
  g_assert_cmpstr (crm_search_result_get_icon_name (contact), !=, NULL);
}

static void
test_in_step (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) acme = NULL;
  g_autoptr(CrmContact) road = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  populate (f);
  acme = crm_store_get_client (f->store, 2, &error);

  /* Renamed: the old name is gone from the index, the new one is in it. */
  g_assert_true (crm_store_update_client (f->store, acme, &error, "name", "Roadrunner Supplies", NULL));
  assert_search (f, "rockets", "");
  assert_search (f, "roadrunner", "0:Roadrunner Supplies");

  /* Trashed and restored (Undo). */
  g_assert_true (crm_store_trash_client (f->store, acme, &error));
  assert_search (f, "roadrunner", "");
  assert_search (f, "wile", "");
  g_assert_true (crm_store_restore_client (f->store, acme, &error));
  assert_search (f, "roadrunner", "0:Roadrunner Supplies");

  /* A removed contact is not found; restored, it is. */
  road = crm_store_get_contact (f->store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_contact_get_last_name (road), ==, "Runner");
  g_assert_true (crm_store_remove_contact (f->store, road, &error));
  assert_search (f, "beep", "");
  g_assert_true (crm_store_restore_contact (f->store, road, &error));
  assert_search (f, "beep", "1:Road Runner");

  /* Rows written behind the store's back (as a bulk import does) are
   * indexed too, and a purged client leaves nothing behind. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO clients (name, created_at, updated_at) VALUES ('Imported Ölwerke', 'x', 'x');"
                                 "INSERT INTO contacts (client_id, first_name, last_name, is_primary, created_at, updated_at)"
                                 " VALUES (last_insert_rowid (), 'Ingrid', 'Import', 1, 'x', 'x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  assert_search (f, "olwerke", "0:Imported Ölwerke");
  assert_search (f, "ingrid", "1:Ingrid Import");
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM clients WHERE name = 'Imported Ölwerke'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_search (f, "olwerke", "");
  assert_search (f, "ingrid", "");

  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
}

static void
test_business_kinds (Fixture       *f,
                     gconstpointer  data)
{
  sqlite3 *db;

  populate (f);

  /* Written as any other program would: the triggers index them. Client 2
   * is Acme Rockets; contact 4 is Road Runner of Acme. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO bookings (client_id, contact_id, service, due_at, created_at, updated_at)"
    " VALUES (2, 4, 'Desert tour for twelve', '2026-12-01T10:00:00Z', 'x', 'x');"
    "INSERT INTO bookings (client_id, service, due_at, created_at, updated_at, deleted_at)"
    " VALUES (2, 'Cancelled bungee jump', '2026-12-02T10:00:00Z', 'x', 'x', 'x');"
    "INSERT INTO messages (client_id, channel, direction, subject, body, occurred_at, created_at)"
    " VALUES (1, 0, 0, 'Lieferung verspätet', 'Die Paletten kommen am Dienstag.', 'x', 'x');"
    "INSERT INTO invoices (number, client_id, issued_on, due_on, amount_minor, currency, created_at)"
    " VALUES ('INV-2026-0042', 2, '2026-11-01', '2026-11-30', 12050, 'EUR', 'x');"
    "INSERT INTO payments (client_id, amount_minor, currency, paid_on, method, created_at)"
    " VALUES (1, 9900, 'EUR', '2026-11-20', 'Bank transfer', 'x');"
    "INSERT INTO documents (client_id, file_name, mime_type, size, sha256, added_at)"
    " VALUES (1, 'Rahmenvertrag_2026.pdf', 'application/pdf', 1234,"
    " '0000000000000000000000000000000000000000000000000000000000000000', 'x');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A booking by its service, by its contact's name and by its client's;
   * the deleted one never. */
  assert_search (f, "desert tour", "4:Desert tour for twelve");
  assert_search (f, "runner", "1:Road Runner|4:Desert tour for twelve");
  assert_search (f, "bungee", "");
  assert_search (f, "verspatet", "5:Lieferung verspätet");
  assert_search (f, "dienstag", "5:Lieferung verspätet");
  assert_search (f, "inv 0042", "6:INV-2026-0042");
  assert_search (f, "120.50", "6:INV-2026-0042");
  assert_search (f, "120,5", "6:INV-2026-0042");
  assert_search (f, "99", "7:2026-11-20 · Bank transfer");
  assert_search (f, "rahmenvertrag", "8:Rahmenvertrag_2026.pdf");
}

static void
on_search_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GListModel **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = crm_store_search_finish (CRM_STORE (object), result, &error);
  if (*out == NULL)
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      *out = G_LIST_MODEL (g_list_store_new (CRM_TYPE_SEARCH_RESULT));
      g_object_set_data (G_OBJECT (*out), "cancelled", GINT_TO_POINTER (1));
    }
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  populate (f);

  /* A query replaced by a newer one reports cancellation, never stale hits. */
  crm_store_search_async (f->store, "acme", 50, cancellable, on_search_done, &first);
  g_cancellable_cancel (cancellable);
  crm_store_search_async (f->store, "coyote", 50, NULL, on_search_done, &second);

  while (first == NULL || second == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_object_get_data (G_OBJECT (first), "cancelled") != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (second), ==, 1);
}

static void
test_build_query (void)
{
  g_autofree char *q1 = crm_search_build_query ("Ada  lovelace");
  g_autofree char *q2 = crm_search_build_query ("\"quoted\" AND (x)");
  g_autofree char *q3 = crm_search_build_query ("--- ...");
  g_autofree char *q4 = crm_search_build_query ("\xff\xfe");

  g_assert_cmpstr (q1, ==, "\"Ada\"* \"lovelace\"*");
  g_assert_cmpstr (q2, ==, "\"quoted\"* \"AND\"* \"x\"*");
  g_assert_null (q3);
  g_assert_null (q4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/search/build-query", test_build_query);
  ADD ("/search/accents-and-case", test_accents_and_case);
  ADD ("/search/prefixes-and-words", test_prefixes_and_words);
  ADD ("/search/every-kind", test_every_kind);
  ADD ("/search/in-step", test_in_step);
  ADD ("/search/async", test_async);
  ADD ("/search/business-kinds", test_business_kinds);

  return g_test_run ();
}
