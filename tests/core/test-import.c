/* test-import.c: the import pipeline keeps its promises: grouping, upsert
 * by external id, duplicates flagged, bad rows reported and left out, all
 * or nothing (cancel, broken file, kill -9), and undo.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>

#include "crm-import-engine.h"
#include "crm-import-source.h"
#include "crm-importer.h"
#include "crm-search.h"
#include "crm-store-private.h"
#include "crm-test-util.h"

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static CrmImportResult *
import (Fixture    *f,
        const char *path,
        gboolean    dry_run)
{
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  CrmImportResult *result;

  importer = crm_importer_new (f->store, path, &error);
  g_assert_no_error (error);
  result = crm_importer_run (importer, dry_run, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->created + result->updated + result->skipped + result->failed, ==, result->rows_read);

  return result;
}

/* A fingerprint of everything a person could see, to compare before/after. */
static char *
snapshot (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db;
  sqlite3_stmt *stmt;
  const char *sql =
    "SELECT group_concat (x, '|') FROM ("
    " SELECT 'c' || id || name || coalesce (external_id, '') || status || coalesce (email, '')"
    "   || coalesce (deleted_at, '') || updated_at AS x FROM clients"
    " UNION ALL SELECT 'p' || id || client_id || first_name || last_name || coalesce (email, '')"
    "   || coalesce (phone, '') || is_primary || coalesce (deleted_at, '') || updated_at FROM contacts"
    " UNION ALL SELECT 'n' || id || client_id || body FROM notes"
    " UNION ALL SELECT 't' || client_id || '-' || tag_id FROM client_tags"
    " ORDER BY 1)";

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    g_string_append (out, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (out, FALSE);
}

/* Every term of a search index, with the number of rows it occurs in,
 * by column. */
static char *
index_terms (sqlite3    *db,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT group_concat (term || ':' || col || ':' || doc, ' ')"
    " FROM (SELECT * FROM temp.%s_terms ORDER BY term, col)", table);
  sqlite3_stmt *stmt;
  char *terms;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  terms = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (terms == NULL)
    terms = g_strdup ("");

  return terms;
}

/* The search indexes agree with the tables. FTS5's integrity-check only
 * checks an external-content index against itself (SQLite 3.40), so the
 * index is also compared, term by term, with one rebuilt from the
 * tables, in a transaction that is then rolled back. */
static void
assert_index_ok (const char *path)
{
  static const char * const tables[] = { "clients_fts", "contacts_fts", "notes_fts" };
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *check = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('integrity-check')",
                                                tables[i], tables[i]);
      g_autofree char *vocab = g_strdup_printf ("CREATE VIRTUAL TABLE temp.%s_terms USING fts5vocab (main, %s, col)",
                                                tables[i], tables[i]);
      g_autofree char *rebuild = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('rebuild')",
                                                  tables[i], tables[i]);
      g_autofree char *stored = NULL;
      g_autofree char *rebuilt = NULL;
      char *message = NULL;

      if (sqlite3_exec (db, check, NULL, NULL, &message) != SQLITE_OK)
        g_error ("%s: %s", tables[i], message);

      g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, vocab, NULL, NULL, NULL), ==, SQLITE_OK);
      stored = index_terms (db, tables[i]);
      g_assert_cmpint (sqlite3_exec (db, rebuild, NULL, NULL, NULL), ==, SQLITE_OK);
      rebuilt = index_terms (db, tables[i]);
      g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpstr (stored, ==, rebuilt);
    }
  sqlite3_close (db);
}

static const char template_csv[] =
  "Client Name,External Client ID,First Name,Last Name,Email,Phone,External Contact ID,Primary,Job Title,City,Postal Code,Tags,Notes\n"
  "Müller & Söhne,ACC-1,Zoë,Keller,zoe@mueller.example,+49 30 1234567,CON-1,no,Buyer,Berlin,01067,VIP;Wholesale,Met at the fair\n"
  "Müller & Söhne,ACC-1,Jürgen,Müller,jm@mueller.example,,CON-2,yes,Owner,Berlin,01067,,\n"
  "Acme Rockets,ACC-2,Wile,Coyote,wile@acme.example,,CON-3,,,Albuquerque,,Wholesale,\n"
  ",,Ada,Lovelace,ada@example.org,,CON-4,,,London,,,\n"
  "Broken Mail Ltd,ACC-3,Bad,Address,not-an-email,,CON-5,,,,,,\n"
  ",,,,,,,,,,,,\n";

static void
test_template (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_file (f, "clients.csv", template_csv);
  g_autoptr(CrmImportResult) result = import (f, path, FALSE);
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  CrmImportRow *failure;

  g_assert_cmpuint (result->rows_read, ==, 6);
  g_assert_cmpuint (result->created, ==, 4);
  g_assert_cmpuint (result->failed, ==, 1);
  g_assert_cmpuint (result->skipped, ==, 1);
  g_assert_cmpint (result->batch_id, >, 0);

  failure = result->failures->pdata[0];
  g_assert_cmpuint (failure->number, ==, 5);
  g_assert_cmpuint (failure->line, ==, 6);
  g_assert_nonnull (strstr (failure->message, "not-an-email"));

  /* Two rows, one client; the row that says Primary is the primary. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 3);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, 4);
  mueller = crm_store_find_client_by_external_id (f->store, "ACC-1");
  g_assert_nonnull (mueller);
  g_assert_cmpstr (crm_client_get_name (mueller), ==, "Müller & Söhne");
  g_assert_cmpstr (crm_contact_get_display_name (crm_client_get_primary_contact (mueller)), ==, "Jürgen Müller");
  assert_index_ok (f->path);
  contacts = crm_store_get_contacts (f->store, mueller);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) crm_client_get_tags (mueller)), ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM notes WHERE body = 'Met at the fair'"), ==, 1);
  /* The leading zero and the + survive. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE postal_code = '01067' AND phone = '+49 30 1234567'"), ==, 1);

  /* A person without a client name is a client of their own. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name = 'Ada Lovelace'"), ==, 1);

  /* Every client has exactly one primary contact. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients c WHERE (SELECT count (*) FROM contacts p WHERE p.client_id = c.id AND p.is_primary = 1) != 1"), ==, 0);

  /* Imported rows are searchable at once. */
  {
    g_autoptr(GListModel) hits = crm_store_search_sync (f->store, "zoe", 10, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (hits), >=, 1);
  }

  /* The error report names the row, the line and the reason. */
  report_path = g_build_filename (f->dir, "errors.csv", NULL);
  g_assert_true (crm_import_result_write_report (result, report_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (report_path, &report, NULL, NULL));
  g_assert_nonnull (strstr (report, "5,6,"));
  g_assert_nonnull (strstr (report, "Broken Mail Ltd"));
  g_assert_nonnull (strstr (report, "not-an-email"));
}

static void
test_upsert_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first = write_file (f, "first.csv", template_csv);
  g_autofree char *second = write_file (f, "second.csv",
    "Client Name,External Client ID,First Name,Last Name,Email,External Contact ID,Primary\n"
    "Müller und Söhne,ACC-1,Zoë,Keller,zoe.keller@mueller.example,CON-1,yes\n"
    "Acme Rockets,ACC-2,Wile,Coyote,wile@acme.example,CON-3,\n"
    "Acme Rockets,ACC-2,Road,Runner,beep@acme.example,CON-9,\n");
  g_autoptr(CrmImportResult) one = import (f, first, FALSE);
  g_autofree char *after_first = snapshot (f->path);
  g_autoptr(CrmImportResult) two = NULL;
  g_autoptr(CrmClient) mueller = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;

  mueller = crm_store_find_client_by_external_id (f->store, "ACC-1");

  two = import (f, second, FALSE);
  g_assert_cmpuint (two->updated, ==, 2);
  g_assert_cmpuint (two->created, ==, 1);
  g_assert_cmpuint (two->failed, ==, 0);
  assert_index_ok (f->path);

  /* Updated in place, and the live object shows it. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 3);
  g_assert_cmpstr (crm_client_get_name (mueller), ==, "Müller und Söhne");
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE email = 'zoe.keller@mueller.example' AND is_primary = 1"), ==, 1);
  g_assert_cmpstr (crm_contact_get_display_name (crm_client_get_primary_contact (mueller)), ==, "Zoë Keller");

  history = crm_store_list_imports (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);

  /* Undo the second: everything is as after the first, updates included. */
  g_assert_true (crm_store_undo_import (f->store, two->batch_id, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = snapshot (f->path);
    g_assert_cmpstr (now, ==, after_first);
  }
  g_assert_cmpstr (crm_client_get_name (mueller), ==, "Müller & Söhne");
  g_assert_cmpstr (crm_contact_get_display_name (crm_client_get_primary_contact (mueller)), ==, "Jürgen Müller");

  /* Not twice. */
  g_assert_false (crm_store_undo_import (f->store, two->batch_id, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A record changed since the import: undo refuses and changes nothing. */
  g_assert_true (crm_store_update_client (f->store, mueller, &error, "city", "Hamburg", NULL));
  {
    g_autofree char *before = snapshot (f->path);
    g_autofree char *now = NULL;

    g_assert_false (crm_store_undo_import (f->store, one->batch_id, &error));
    g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "changed since"));
    g_clear_error (&error);
    now = snapshot (f->path);
    g_assert_cmpstr (now, ==, before);
  }
}

static void
test_undo_to_empty (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (f, "clients.csv", template_csv);
  g_autoptr(CrmClient) existing = add_client (f->store, "Already Here", "Ann", "Here");
  g_autofree char *before = snapshot (f->path);
  g_autoptr(CrmImportResult) result = import (f, path, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 4);
  g_assert_true (crm_store_undo_import (f->store, result->batch_id, &error));
  g_assert_no_error (error);
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  assert_index_ok (f->path);
  {
    g_autoptr(GListModel) hits = crm_store_search_sync (f->store, "zoe", 10, NULL, &error);
    g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);
  }
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CrmClient) acme = add_client (f->store, "Acme Rockets", "Wile", "Coyote");
  g_autofree char *path = write_file (f, "dups.csv",
    "Client Name,First Name,Last Name,Email\n"
    "acme rockets,Road,Runner,road@acme.example\n"
    "New Co,Nina,New,nina@new.example\n");
  g_autoptr(CrmImporter) importer = crm_importer_new (f->store, path, NULL);
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->path);
  CrmImportRow *row;

  /* The preview flags the look-alike and writes nothing. */
  preview = crm_importer_preview (importer, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 2);
  row = preview->pdata[0];
  g_assert_cmpint (row->action, ==, CRM_IMPORT_ACTION_CREATE_CLIENT);
  g_assert_nonnull (row->duplicate);
  g_assert_nonnull (strstr (row->duplicate, "Acme Rockets"));
  row = preview->pdata[1];
  g_assert_cmpint (row->action, ==, CRM_IMPORT_ACTION_CREATE_CLIENT);
  g_assert_null (row->duplicate);
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }

  /* Skip look-alikes. */
  crm_importer_set_duplicates (importer, CRM_IMPORT_DUPLICATES_SKIP);
  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->skipped, ==, 1);
  g_assert_cmpuint (result->created, ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients"), ==, 2);

  /* Update look-alikes: Road Runner joins the stored Acme. */
  g_assert_true (crm_store_undo_import (f->store, result->batch_id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, crm_import_result_free);
  crm_importer_set_duplicates (importer, CRM_IMPORT_DUPLICATES_UPDATE);
  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name LIKE 'acme%'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE client_id = 1"), ==, 2);
}

static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (f, "broken.csv",
    "Client Name,First Name,Last Name\n"
    "Good One,Gina,Good\n"
    "\"Unclosed,Una,Unclosed\n"
    "Other,Otto,Other\n");
  g_autofree char *before = snapshot (f->path);
  g_autoptr(CrmImporter) importer = crm_importer_new (f->store, path, NULL);
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "3"));
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM import_batches"), ==, 0);
}

static void
test_cancel_and_dry_run (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = write_file (f, "clients.csv", template_csv);
  g_autofree char *before = snapshot (f->path);
  g_autoptr(CrmImporter) importer = crm_importer_new (f->store, path, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  result = crm_importer_run (importer, FALSE, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }

  result = crm_importer_run (importer, TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created, ==, 4);
  g_assert_cmpint (result->batch_id, ==, 0);
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_vcard (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = write_file (f, "contacts.vcf",
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Keller\r\nN:Keller;Zoë;;;\r\nORG:Müller & Söhne\r\n"
    "EMAIL;TYPE=work:zoe@mueller.example\r\nEMAIL;TYPE=home:zoe@home.example\r\nTEL:+49 30 1\r\n"
    "CATEGORIES:VIP,Fair\r\nUID:urn:uuid:1234\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Solo\r\nN:Solo;Bob;;;\r\nEND:VCARD\r\n");
  g_autoptr(CrmImportResult) result = import (f, path, FALSE);
  g_autoptr(CrmImportResult) again = NULL;

  g_assert_cmpuint (result->created, ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name = 'Müller & Söhne'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name = 'Bob Solo'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE external_id = 'urn:uuid:1234'"), ==, 1);
  /* The second e-mail is kept, in a note. */
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM notes WHERE body LIKE '%zoe@home.example%'"), ==, 1);

  /* The UID makes the second import an update. */
  again = import (f, path, FALSE);
  g_assert_cmpuint (again->updated, >=, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE external_id = 'urn:uuid:1234'"), ==, 1);
}

static void
test_google_labels (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (f, "google.csv",
    "First Name,Last Name,Organization Name,E-mail 1 - Value,Labels\n"
    "Ada,Lovelace,Analytical Engines,ada@example.org,* myContacts ::: Friends ::: VIP\n");
  g_autoptr(CrmImportResult) result = import (f, path, FALSE);

  g_assert_cmpuint (result->created, ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM clients WHERE name = 'Analytical Engines'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE email = 'ada@example.org'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM tags WHERE name IN ('Friends', 'VIP')"), ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM tags"), ==, 2);
}

static void
test_repeated_ids (Fixture       *f,
                   gconstpointer  data)
{
  /* The same people twice in one file, into an empty database: the
   * second rows update the first, nothing is written twice. */
  g_autofree char *path = write_file (f, "twice.csv",
    "Client Name,External Client ID,First Name,Last Name,Email,External Contact ID\n"
    "Acme,A1,Wile,Coyote,wile@acme.example,C1\n"
    "Acme,A1,Road,Runner,road@acme.example,C2\n"
    "Acme,A1,Wile E.,Coyote,genius@acme.example,C1\n");
  g_autoptr(CrmImportResult) result = import (f, path, FALSE);

  g_assert_cmpuint (result->created, ==, 2);
  g_assert_cmpuint (result->updated, ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE external_id = 'C1' AND email = 'genius@acme.example' AND first_name = 'Wile E.'"), ==, 1);
  assert_index_ok (f->path);
}

static void
test_mapping (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = write_file (f, "odd.csv",
    "Company;Given;Surname;Mail\n"
    "Initech;Peter;Gibbons;peter@initech.example\n");
  g_autoptr(CrmImporter) importer = crm_importer_new (f->store, path, NULL);
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  crm_importer_get_header (importer, &n);
  g_assert_cmpuint (n, ==, 4);
  crm_importer_set_field (importer, 0, CRM_FIELD_CLIENT_NAME);
  crm_importer_set_field (importer, 1, CRM_FIELD_FIRST_NAME);
  crm_importer_set_field (importer, 2, CRM_FIELD_LAST_NAME);
  crm_importer_set_field (importer, 3, CRM_FIELD_EMAIL);
  g_assert_cmpint (crm_importer_get_field (importer, 3), ==, CRM_FIELD_EMAIL);

  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->created, ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts WHERE email = 'peter@initech.example' AND first_name = 'Peter'"), ==, 1);
}

/* The debug messages logged (from any thread), to tell which way the
 * search index was built. (g_test_expect_message() does not see
 * structured logging.) */
static GMutex debug_lock;
static GPtrArray *debug_messages;

static GLogWriterOutput
record_debug (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & G_LOG_LEVEL_DEBUG)
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE"))
        {
          g_mutex_lock (&debug_lock);
          g_ptr_array_add (debug_messages, g_strdup (fields[i].value));
          g_mutex_unlock (&debug_lock);
        }

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
forget_debug_messages (void)
{
  g_mutex_lock (&debug_lock);
  g_ptr_array_set_size (debug_messages, 0);
  g_mutex_unlock (&debug_lock);
}

static gboolean
saw_debug_message (const char *pattern)
{
  gboolean seen = FALSE;

  g_mutex_lock (&debug_lock);
  for (guint i = 0; i < debug_messages->len && !seen; i++)
    seen = g_pattern_match_simple (pattern, debug_messages->pdata[i]);
  g_mutex_unlock (&debug_lock);

  return seen;
}

/* A file big enough for the search index to be built in bulk: @rows
 * contacts, four to a client, with tags and notes; every 97th row comes
 * back later in the file with a new e-mail (the same external id). */
static char *
write_big_file (Fixture    *f,
                const char *name,
                guint       rows)
{
  g_autoptr(GString) csv = g_string_new ("Client Name,External Client ID,First Name,Last Name,Email,External Contact ID,Tags,Notes\n");
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (csv, "Bulk Client %u,BC-%u,Émile%u,Zoltán%u,e%u@bulk.example,BP-%u,%s,%s\n",
                            i / 4, i / 4, i, i, i, i, i % 3 ? "" : "Bulk;VIP",
                            i % 5 ? "" : "Met at the fair");
  for (guint i = 0; i < rows; i += 97)
    g_string_append_printf (csv, "Bulk Client %u,BC-%u,Émile%u,Zoltán%u,renamed%u@bulk.example,BP-%u,,\n",
                            i / 4, i / 4, i, i, i, i);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  return g_steal_pointer (&path);
}

static guint
count_hits (Fixture    *f,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = crm_store_search_sync (f->store, text, 50, NULL, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (hits);
}

/* Rows of @table matching the exact words of @query (no prefixes). */
static void
count_matches (Fixture    *f,
                            const char *table,
                            const char *query,
                            gint64      expected)
{
  g_autofree char *sql = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;

  sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE %s MATCH ?1", table, table);
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, expected);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Every index and trigger of the schema, as written: what an import sets
 * aside must come back the same. */
static char *
schema_objects (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *all = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name, sql FROM sqlite_schema"
                                       " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
                                       " ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (all, "%s: %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (all, FALSE);
}

static void
test_index_built_aside (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = write_big_file (f, "big.csv", 3000);
  g_autofree char *schema_before = schema_objects (f->path);
  g_autofree char *schema_after = NULL;
  g_autoptr(CrmImportResult) result = NULL;

  /* An empty database: the search indexes are built on the side, and the
   * list indexes set aside are built again once, sorted. */
  forget_debug_messages ();
  result = import (f, path, FALSE);
  schema_after = schema_objects (f->path);
  g_assert_cmpstr (schema_after, ==, schema_before);
  g_assert_nonnull (strstr (schema_after, "contacts_job_title: "));
  g_assert_true (saw_debug_message ("Building the search index aside: clients contacts notes"));

  g_assert_cmpuint (result->created, ==, 3000);
  g_assert_cmpuint (result->updated, ==, 31);
  g_assert_cmpuint (result->failed, ==, 0);
  assert_index_ok (f->path);

  /* Found as a person would look, diacritics or not; a changed e-mail
   * under its new value only. */
  g_assert_cmpuint (count_hits (f, "zoltan1234"), >=, 1);
  g_assert_cmpuint (count_hits (f, "Émile2999"), >=, 1);
  g_assert_cmpuint (count_hits (f, "e1500"), >=, 1);
  count_matches (f, "contacts_fts", "email: renamed194", 1);
  count_matches (f, "contacts_fts", "email: e194", 0);
  count_matches (f, "contacts_fts", "zoltan1234", 1);
  count_matches (f, "notes_fts", "fair", 600);
  count_matches (f, "clients_fts", "external_id: (bc AND 749)", 1);

  /* The index goes on working as usual afterwards: undo takes every row
   * out of it through the delete triggers. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (crm_store_undo_import (f->store, result->batch_id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts"), ==, 0);
    g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts_fts_docsize"), ==, 0);
    assert_index_ok (f->path);
    g_assert_cmpuint (count_hits (f, "zoltan1234"), ==, 0);
  }
}

static void
test_index_in_bulk (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) kept = add_client (f->store, "Kept Ltd", "Kim", "Kept");
  g_autofree char *path = write_big_file (f, "big.csv", 3000);
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* A table smaller than the import: its index takes the new rows in
   * bulk, merged once, and keeps its own settings. */
  forget_debug_messages ();
  result = import (f, path, FALSE);
  g_assert_true (saw_debug_message ("Indexing * new rows of contacts_fts in bulk"));
  g_assert_false (saw_debug_message ("Building the search index aside: *contacts*"));

  g_assert_cmpuint (result->created, ==, 3000);
  assert_index_ok (f->path);
  g_assert_cmpuint (count_hits (f, "kept"), >=, 1);
  count_matches (f, "contacts_fts", "zoltan1234", 1);
  count_matches (f, "contacts_fts", "email: renamed194", 1);
  count_matches (f, "contacts_fts", "email: e194", 0);
  g_assert_cmpint (query_int64 (f->path, "SELECT v FROM contacts_fts_config WHERE k = 'automerge'"), ==, 4);
  g_assert_cmpint (query_int64 (f->path, "SELECT v FROM contacts_fts_config WHERE k = 'crisismerge'"), ==, 16);

  /* Undo takes it all out of the index again. */
  g_assert_true (crm_store_undo_import (f->store, result->batch_id, &error));
  g_assert_no_error (error);
  assert_index_ok (f->path);
  count_matches (f, "contacts_fts", "zoltan1234", 0);
  g_assert_cmpuint (count_hits (f, "kept"), >=, 1);
}

static void
cancel_when_running (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  if (crm_importer_get_rows_done (CRM_IMPORTER (object)) > 0)
    g_cancellable_cancel (user_data);
}

static void
run_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;
  CrmImportResult *import_result = crm_importer_run_finish (CRM_IMPORTER (object), result, error);

  g_assert_null (import_result);
  g_assert_nonnull (*error);
}

/* Cancel half way through a first import, the search index being built
 * on the side: nothing is left, in the tables or the index. */
static void
test_index_cancel (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_big_file (f, "big.csv", 100000);
  g_autofree char *before = snapshot (f->path);
  g_autoptr(CrmImporter) importer = crm_importer_new (f->store, path, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect (importer, "notify::rows-done", G_CALLBACK (cancel_when_running), cancellable);
  crm_importer_run_async (importer, FALSE, cancellable, run_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM import_batches"), ==, 0);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM contacts_fts_docsize"), ==, 0);
  assert_index_ok (f->path);

  /* And the next import goes through. */
  g_clear_error (&error);
  {
    g_autoptr(CrmImportResult) result = crm_importer_run (importer, FALSE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (result->created, ==, 100000);
    assert_index_ok (f->path);
  }
}

static void
cancel_at_first_step (guint    done,
                      guint    total,
                      gpointer user_data)
{
  g_assert_cmpuint (done, <=, total);
  if (done == 1)
    g_cancellable_cancel (user_data);
}

/* Cancel when every row of a first import is written and its indexes are
 * being built, one long statement each: the statement running stops, and
 * nothing is left, the indexes set aside included. */
static void
test_finish_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_big_file (f, "big.csv", 20000);
  g_autofree char *before = snapshot (f->path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CrmImportSource *source = crm_import_source_new (path, &error);
  sqlite3 *db = crm_store_open_connection (f->path, FALSE, &error);
  CrmImportEngine *engine = NULL;
  const CrmImportRecord *record;
  guint rows = 0;

  g_assert_no_error (error);
  engine = crm_import_engine_new (db, f->path, 0, CRM_IMPORT_DUPLICATES_CREATE, &error);
  g_assert_no_error (error);
  crm_import_engine_set_cancellable (engine, cancellable);
  crm_import_engine_set_finish_progress (engine, cancel_at_first_step, cancellable);
  g_assert_true (crm_import_engine_begin (engine, "big.csv", "csv", &error));
  /* Into empty tables: the sorted indexes are set aside, to build at the end. */
  g_assert_cmpuint (crm_import_engine_get_finish_steps (engine), >, CRM_FTS_N_TABLES + 5);

  while (crm_import_source_next (source, &record, &error))
    {
      g_assert_true (crm_import_engine_process (engine, record, NULL, &error));
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, >, 20000);

  g_assert_false (crm_import_engine_finish (engine, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  crm_import_engine_free (engine);
  crm_import_source_free (source);
  sqlite3_close_v2 (db);

  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM import_batches"), ==, 0);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM sqlite_schema"
                                         " WHERE name IN ('contacts_name', 'clients_name')"), ==, 2);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  assert_index_ok (f->path);
}

/* kill -9 in the middle of an import leaves the database as it was. */
static void
test_killed_child (void)
{
  const char *db = g_getenv ("CRM_TEST_KILL_DB");
  const char *csv = g_getenv ("CRM_TEST_KILL_CSV");
  const char *marker = g_getenv ("CRM_TEST_KILL_MARKER");
  g_autoptr(CrmStore) store = crm_store_open (db, NULL);
  g_autoptr(CrmImporter) importer = crm_importer_new (store, csv, NULL);
  gboolean marked = FALSE;

  crm_importer_run_async (importer, FALSE, NULL, NULL, NULL);
  for (;;)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!marked && crm_importer_get_rows_done (importer) > 0)
        {
          g_file_set_contents (marker, "running", -1, NULL);
          marked = TRUE;
        }
    }
}

static void
test_killed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CrmClient) kept = data ? NULL : add_client (f->store, "Kept Ltd", "Kim", "Kept");
  g_autofree char *csv = g_build_filename (f->dir, "big.csv", NULL);
  g_autofree char *marker = g_build_filename (f->dir, "marker", NULL);
  g_autofree char *before = snapshot (f->path);
  g_autoptr(GString) big = g_string_new ("Client Name,External Client ID,First Name,Last Name,Email\n");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  guint spins = 0;

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (big, "Company %u,EXT-%u,First%u,Last%u,p%u@example.com\n",
                            i / 3, i / 3, i, i, i);
  g_assert_true (g_file_set_contents (csv, big->str, big->len, NULL));

  g_subprocess_launcher_setenv (launcher, "CRM_TEST_KILL_DB", f->path, TRUE);
  g_subprocess_launcher_setenv (launcher, "CRM_TEST_KILL_CSV", csv, TRUE);
  g_subprocess_launcher_setenv (launcher, "CRM_TEST_KILL_MARKER", marker, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, g_test_get_path () ? "/proc/self/exe" : "",
                                       "-p", "/import/killed/child", NULL);
  g_assert_no_error (error);

  /* Wait until the import is under way, then pull the plug. */
  while (!g_file_test (marker, G_FILE_TEST_EXISTS) && spins++ < 3000)
    g_usleep (10000);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);

  /* The store still open here reads the file as it was. */
  {
    g_autofree char *after = snapshot (f->path);
    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM import_batches"), ==, 0);
  assert_index_ok (f->path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  debug_messages = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (record_debug, NULL, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/template", test_template);
  ADD ("/import/cancel-while-indexing", test_finish_cancel);
  ADD ("/import/upsert-and-undo", test_upsert_and_undo);
  ADD ("/import/undo-to-before", test_undo_to_empty);
  ADD ("/import/duplicates", test_duplicates);
  ADD ("/import/broken-file", test_broken_file);
  ADD ("/import/cancel-and-dry-run", test_cancel_and_dry_run);
  ADD ("/import/vcard", test_vcard);
  ADD ("/import/mapping", test_mapping);
  ADD ("/import/google-labels", test_google_labels);
  ADD ("/import/repeated-ids", test_repeated_ids);
  ADD ("/import/killed", test_killed);
  g_test_add ("/import/killed-first-import", Fixture, "empty", fixture_set_up, test_killed, fixture_tear_down);
  ADD ("/import/search-index/built-aside", test_index_built_aside);
  ADD ("/import/search-index/in-bulk", test_index_in_bulk);
  ADD ("/import/search-index/cancel", test_index_cancel);
  if (g_getenv ("CRM_TEST_KILL_DB") != NULL)
    g_test_add_func ("/import/killed/child", test_killed_child);

  return g_test_run ();
}
