/* test-migrations.c: every earlier schema reaches the current one, and
 * keeps its data on the way.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-test-util.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/* Builds a database at @version the way an older Clientele left it. */
static void
make_database_at (const char *path,
                  guint       version)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PREFIX "/sql", 0, NULL);
  sqlite3 *db;

  g_assert_nonnull (names);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < version; i++)
    {
      g_autofree char *res = g_build_path ("/", RESOURCE_PREFIX "/sql", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (res, 0, NULL);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", i + 1);
      char *message = NULL;

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, &message), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set_version, NULL, NULL, NULL), ==, SQLITE_OK);
    }

  /* Some data a person had stored at that version. */
  if (version >= 1)
    g_assert_cmpint (sqlite3_exec (db,
                                   "INSERT INTO staff (name, created_at) VALUES ('Old Hand', '2025-01-01T00:00:00Z');"
                                   "INSERT INTO clients (name, created_at, updated_at) VALUES ('Old Client', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
                                   "INSERT INTO contacts (client_id, first_name, is_primary, created_at, updated_at)"
                                   " VALUES (1, 'Olga', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_every_version (void)
{
  guint latest = crm_store_get_latest_version ();

  g_assert_cmpuint (latest, >=, 1);

  for (guint version = 0; version <= latest; version++)
    {
      g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr(CrmStore) store = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("from version %u", version);
      make_database_at (path, version);

      /* An older schema is announced, so the UI can upgrade off-thread. */
      g_assert_true (crm_store_needs_upgrade (path) == (version > 0 && version < latest));

      store = crm_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (crm_store_get_version (store), ==, latest);
      g_assert_cmpint (query_int64 (path, "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
      g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

      if (version >= 1)
        {
          g_autoptr(CrmClient) client = crm_store_get_client (store, 1, &error);

          g_assert_no_error (error);
          g_assert_cmpstr (crm_client_get_name (client), ==, "Old Client");
          g_assert_cmpstr (crm_contact_get_first_name (crm_client_get_primary_contact (client)), ==, "Olga");
          /* The staff who was there stays the current one: no new staff. */
          g_assert_cmpstr (crm_staff_get_name (crm_store_get_current_staff (store)), ==, "Old Hand");
          g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM staff"), ==, 1);
        }

      g_clear_object (&store);
      rm_rf (dir);
    }
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Upgrade;

static void
on_upgraded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Upgrade *upgrade = user_data;

  upgrade->ok = crm_store_upgrade_finish (result, &upgrade->error);
  upgrade->done = TRUE;
}

static void
test_upgrade_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.db", NULL);
  Upgrade upgrade = { 0 };

  make_database_at (path, 1);
  g_assert_true (crm_store_needs_upgrade (path));

  crm_store_upgrade_async (path, NULL, on_upgraded, &upgrade);
  while (!upgrade.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (upgrade.error);
  g_assert_true (upgrade.ok);

  g_assert_false (crm_store_needs_upgrade (path));
  g_assert_cmpint (query_int64 (path, "PRAGMA user_version"), ==, crm_store_get_latest_version ());
  g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM clients WHERE name = 'Old Client'"), ==, 1);

  /* A file that is not a database is no upgrade, and is left alone. */
  g_assert_true (g_file_set_contents (bad, "not a database at all, just some text", -1, NULL));
  g_assert_false (crm_store_needs_upgrade (bad));

  rm_rf (dir);
}

static void
test_empty_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A zero-byte file (say, made by `touch`) is a new database. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = crm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_store_get_version (store), ==, crm_store_get_latest_version ());

  g_clear_object (&store);
  rm_rf (dir);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a", "b", "clientele.db", NULL);
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = crm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  rm_rf (dir);
}

/* Whether an index of @table starts with @column and is one a lookup by
 * that column alone can use: not partial, or only leaving out NULLs. */
static gboolean
has_usable_index (sqlite3    *db,
                  const char *table,
                  const char *column)
{
  g_autofree char *list_sql = g_strdup_printf ("PRAGMA index_list ('%s')", table);
  g_autofree char *not_null = g_strdup_printf ("WHERE %s IS NOT NULL", column);
  sqlite3_stmt *list;
  gboolean found = FALSE;

  g_assert_cmpint (sqlite3_prepare_v2 (db, list_sql, -1, &list, NULL), ==, SQLITE_OK);
  while (!found && sqlite3_step (list) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (list, 1);
      gboolean partial = sqlite3_column_int (list, 4) != 0;
      g_autofree char *info_sql = g_strdup_printf ("PRAGMA index_info ('%s')", name);
      sqlite3_stmt *info;
      sqlite3_stmt *schema;
      gboolean first_is_column = FALSE;

      g_assert_cmpint (sqlite3_prepare_v2 (db, info_sql, -1, &info, NULL), ==, SQLITE_OK);
      if (sqlite3_step (info) == SQLITE_ROW)
        first_is_column = g_strcmp0 ((const char *) sqlite3_column_text (info, 2), column) == 0;
      sqlite3_finalize (info);

      if (!first_is_column)
        continue;

      if (!partial)
        {
          found = TRUE;
          continue;
        }

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE name = ?1",
                                           -1, &schema, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (schema, 1, name, -1, SQLITE_STATIC);
      if (sqlite3_step (schema) == SQLITE_ROW)
        found = g_str_has_suffix ((const char *) sqlite3_column_text (schema, 0), not_null);
      sqlite3_finalize (schema);
    }
  sqlite3_finalize (list);

  return found;
}

/* Deleting a row makes SQLite look up the rows that refer to it, by the
 * referring column alone: without an index it can use, a scan of the whole
 * table for each row deleted. Staff are never deleted (they leave, and
 * stay as authors), so their references need none. */
static void
test_foreign_keys_indexed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("clientele-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "clientele.db", NULL);
  g_autoptr(CrmStore) store = crm_store_open (path, NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  sqlite3_stmt *tables;
  sqlite3 *db;

  g_assert_nonnull (store);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *fk_sql = g_strdup_printf ("PRAGMA foreign_key_list ('%s')", table);
      sqlite3_stmt *fks;

      g_assert_cmpint (sqlite3_prepare_v2 (db, fk_sql, -1, &fks, NULL), ==, SQLITE_OK);
      while (sqlite3_step (fks) == SQLITE_ROW)
        {
          const char *parent = (const char *) sqlite3_column_text (fks, 2);
          const char *column = (const char *) sqlite3_column_text (fks, 3);

          if (!g_str_equal (parent, "staff") && !has_usable_index (db, table, column))
            g_string_append_printf (missing, " %s.%s", table, column);
        }
      sqlite3_finalize (fks);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);

  g_assert_cmpstr (missing->str, ==, "");

  g_clear_object (&store);
  rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/every-version", test_every_version);
  g_test_add_func ("/migrations/empty-file", test_empty_file);
  g_test_add_func ("/migrations/upgrade-async", test_upgrade_async);
  g_test_add_func ("/migrations/missing-folder", test_missing_folder);
  g_test_add_func ("/migrations/foreign-keys-indexed", test_foreign_keys_indexed);

  return g_test_run ();
}
