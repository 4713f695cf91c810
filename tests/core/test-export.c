/* test-export.c: exports are complete files or nothing, and export then
 * import gives back the same data.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-client-list.h"
#include "crm-exporter.h"
#include "crm-importer.h"
#include "crm-test-util.h"

/* What a person entered, without ids or times: compared across databases. */
static char *
content (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db;
  sqlite3_stmt *stmt;
  const char *sql =
    "SELECT c.name, coalesce (c.external_id, ''), c.status, coalesce (c.website, ''),"
    "       p.first_name, p.last_name, coalesce (p.email, ''), coalesce (p.phone, ''),"
    "       coalesce (p.external_id, ''), p.is_primary, coalesce (p.job_title, ''),"
    "       coalesce (p.street, ''), coalesce (p.city, ''), coalesce (p.postal_code, ''),"
    "       coalesce (p.country, ''),"
    "       (SELECT coalesce (group_concat (name, ';'), '') FROM"
    "          (SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id"
    "            WHERE ct.client_id = c.id ORDER BY t.name))"
    "  FROM clients c JOIN contacts p ON p.client_id = c.id"
    " WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL"
    " ORDER BY c.name, p.first_name, p.last_name";

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (out, FALSE);
}

static void
populate (Fixture *f)
{
  g_autoptr(CrmClient) a = add_client (f->store, "Müller & Söhne, \"Berlin\"", "Zoë", "Keller");
  g_autoptr(CrmClient) b = add_client (f->store, "東京商事", "花子", "山田");
  g_autoptr(CrmClient) c = add_client (f->store, "=cmd|' /C calc'!A0", "Eve", "Formula");
  g_autoptr(CrmContact) second = crm_contact_new ("Jürgen", "Müller");
  g_autoptr(CrmContact) added = NULL;
  g_autoptr(GError) error = NULL;
  CrmContact *zoe = crm_client_get_primary_contact (a);

  g_assert_true (crm_store_update_client (f->store, a, &error,
                                          "external-id", "ACC-007",
                                          "status", CRM_CLIENT_STATUS_ACTIVE,
                                          "website", "https://mueller.example",
                                          NULL));
  g_assert_true (crm_store_update_contact (f->store, zoe, &error,
                                           "email", "zoe@mueller.example",
                                           "phone", "+49 30 0123456",
                                           "postal-code", "01067",
                                           "street", "Hauptstraße 1\nHinterhaus",
                                           "city", "Berlin",
                                           "external-id", "CON-001",
                                           "job-title", "Einkäuferin",
                                           NULL));
  g_object_set (second, "phone", "-5", "email", "jm@mueller.example", NULL);
  added = crm_store_add_contact (f->store, a, second, &error);
  g_assert_no_error (error);
  g_assert_true (crm_store_add_tag (f->store, a, "VIP", &error));
  g_assert_true (crm_store_add_tag (f->store, a, "Großhandel", &error));
  g_assert_true (crm_store_update_client (f->store, b, &error, "status", CRM_CLIENT_STATUS_PROSPECT, NULL));
  g_assert_true (crm_store_update_client (f->store, c, &error, "status", CRM_CLIENT_STATUS_INACTIVE, NULL));
}

static void
round_trip (Fixture         *f,
            CrmExportFormat  format,
            const char      *name)
{
  g_autofree char *file = g_build_filename (f->dir, name, NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(CrmStore) other = NULL;
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  guint64 rows;

  populate (f);
  rows = crm_store_export (f->store, file, format, CRM_EXPORT_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 4);

  other = crm_store_open (other_path, &error);
  g_assert_no_error (error);
  importer = crm_importer_new (other, file, &error);
  g_assert_no_error (error);
  result = crm_importer_run (importer, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->failed, ==, 0);
  g_assert_cmpuint (result->created, ==, 4);

  expected = content (f->path);
  actual = content (other_path);
  if (format == CRM_EXPORT_FORMAT_VCARD)
    {
      /* A vCard holds people, not a client's external id, status or
       * website: compare what it carries. */
      g_autoptr(GRegex) strip = g_regex_new ("^([^|]*\\|)[^|]*\\|[^|]*\\|[^|]*\\|", G_REGEX_MULTILINE, 0, NULL);
      g_autofree char *e = g_regex_replace (strip, expected, -1, 0, "\\1", 0, NULL);
      g_autofree char *a = g_regex_replace (strip, actual, -1, 0, "\\1", 0, NULL);
      g_assert_cmpstr (a, ==, e);
    }
  else
    g_assert_cmpstr (actual, ==, expected);
}

static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "export.csv", NULL);
  g_autofree char *text = NULL;

  round_trip (f, CRM_EXPORT_FORMAT_CSV, "export.csv");

  /* The cell that starts like a formula is guarded in the file. */
  g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "'=cmd"));
  g_assert_true (g_str_has_prefix (text, "Client Name,"));
}

static void
test_vcard_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  round_trip (f, CRM_EXPORT_FORMAT_VCARD, "export.vcf");
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "export.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize len = 0;

  populate (f);
  g_assert_cmpuint (crm_store_export (f->store, file, CRM_EXPORT_FORMAT_XLSX, 0, NULL, NULL, &error), ==, 4);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (file, &bytes, &len, NULL));
  g_assert_cmpuint (len, >, 4);
  g_assert_true (memcmp (bytes, "PK\x03\x04", 4) == 0);
}

static void
test_filtered_list (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "some.csv", NULL);
  g_autoptr(CrmClientList) list = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  populate (f);
  list = crm_client_list_new (f->store);
  crm_client_list_set_status_filter (list, CRM_CLIENT_STATUS_ACTIVE);
  while (crm_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);

  ids = crm_client_list_dup_ids (list);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpuint (crm_store_export (f->store, file, CRM_EXPORT_FORMAT_CSV, CRM_EXPORT_CSV_BOM, ids, NULL, &error), ==, 2);
  g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf" "Client Name"));
  g_assert_null (strstr (text, "東京商事"));
}

static void
test_failure_keeps_target (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "keep.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "dir", "x.csv", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint files = 0;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *client = g_strdup_printf ("Client %u", i);
      g_autoptr(CrmClient) c = add_client (f->store, client, "A", "B");
    }

  g_assert_true (g_file_set_contents (file, "precious", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_cmpuint (crm_store_export (f->store, file, CRM_EXPORT_FORMAT_CSV, 0, NULL, cancellable, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "precious");

  g_assert_cmpuint (crm_store_export (f->store, missing, CRM_EXPORT_FORMAT_CSV, 0, NULL, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* No temporary file is left behind. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    if (!g_str_has_prefix (name, "clientele.db"))
      files++;
  g_assert_cmpuint (files, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/export/csv-round-trip", test_csv_round_trip);
  ADD ("/export/vcard-round-trip", test_vcard_round_trip);
  ADD ("/export/xlsx", test_xlsx);
  ADD ("/export/filtered-list", test_filtered_list);
  ADD ("/export/failure-keeps-target", test_failure_keeps_target);

  return g_test_run ();
}
