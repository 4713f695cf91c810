/* crm-import-index.c: what makes a large import fast, kept apart from the
 * rules of importing (crm-import-engine.c).
 *
 * - A Bloom filter of the external ids an import wrote, to skip lookups
 *   that cannot find anything.
 * - Setting aside, inside the import's transaction, the search triggers
 *   and the secondary indexes whose keys come in random order, and
 *   bringing them back at the end in one sorted pass.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-import-index.h"
#include "crm-store-private.h"

/* 16 Mbit and two hashes: about 1.5 % false positives at a million ids.
 * A false positive only costs the lookup it would have spared. */
#define FILTER_BITS (G_GUINT64_CONSTANT (1) << 24)

struct _CrmIdFilter
{
  guint8 bits[FILTER_BITS / 8];
};

CrmIdFilter *
crm_id_filter_new (void)
{
  return g_new0 (CrmIdFilter, 1);
}

void
crm_id_filter_free (CrmIdFilter *filter)
{
  g_free (filter);
}

static void
filter_hashes (const char *id,
               guint64     hashes[2])
{
  guint64 a = 14695981039346656037ull, b = 5381;

  for (const guchar *p = (const guchar *) id; *p; p++)
    {
      a = (a ^ *p) * 1099511628211ull;
      b = b * 33 + *p;
    }

  hashes[0] = a % FILTER_BITS;
  hashes[1] = (b * 0x9e3779b97f4a7c15ull) % FILTER_BITS;
}

void
crm_id_filter_add (CrmIdFilter *filter,
                   const char  *id)
{
  guint64 h[2];

  filter_hashes (id, h);
  for (guint i = 0; i < 2; i++)
    filter->bits[h[i] / 8] |= 1 << (h[i] % 8);
}

/**
 * crm_id_filter_maybe:
 *
 * Returns: %FALSE when @id was surely never added; %TRUE when it may have been
 */
gboolean
crm_id_filter_maybe (CrmIdFilter *filter,
                     const char  *id)
{
  guint64 h[2];

  filter_hashes (id, h);
  for (guint i = 0; i < 2; i++)
    if (!(filter->bits[h[i] / 8] & (1 << (h[i] % 8))))
      return FALSE;

  return TRUE;
}

/* The search index is fed row by row by triggers. Over a large import
 * that costs several times the import itself, so inside the import's
 * transaction the insert triggers are set aside and the new rows are
 * indexed in one pass at the end (index_new_rows). A rollback, or a kill,
 * brings the triggers back with everything else. */
static const char * const index_triggers[] = {
  "clients_fts_insert", "clients_fts_update",
  "contacts_fts_insert", "contacts_fts_update",
  "notes_fts_insert",
};

/* Rows that were there before and that the import changed leave their
 * old values in import_changes: out of the index with those, back in
 * with the new. Then the rows the import made go in. (An update trigger
 * on a row the index never held would corrupt it: hence all this.) */
static const char * const index_new_rows[] = {
  "INSERT INTO clients_fts (clients_fts, rowid, name, external_id, email, phone, city)"
  " SELECT 'delete', ch.row_id, json_extract (ch.old_values, '$.name'),"
  "        json_extract (ch.old_values, '$.external_id'), json_extract (ch.old_values, '$.email'),"
  "        json_extract (ch.old_values, '$.phone'), json_extract (ch.old_values, '$.city')"
  "   FROM import_changes ch WHERE ch.batch_id = ?1 AND ch.kind = 'client'",
  "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
  " SELECT c.id, c.name, c.external_id, c.email, c.phone, c.city"
  "   FROM import_changes ch JOIN clients c ON c.id = ch.row_id"
  "  WHERE ch.batch_id = ?1 AND ch.kind = 'client'",
  "INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, job_title)"
  " SELECT 'delete', ch.row_id, json_extract (ch.old_values, '$.first_name'),"
  "        json_extract (ch.old_values, '$.last_name'), json_extract (ch.old_values, '$.email'),"
  "        json_extract (ch.old_values, '$.phone'), json_extract (ch.old_values, '$.job_title')"
  "   FROM import_changes ch WHERE ch.batch_id = ?1 AND ch.kind = 'contact'",
  "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
  " SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.job_title"
  "   FROM import_changes ch JOIN contacts p ON p.id = ch.row_id"
  "  WHERE ch.batch_id = ?1 AND ch.kind = 'contact'",
  "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
  " SELECT id, name, external_id, email, phone, city FROM clients WHERE import_batch_id = ?1",
  "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
  " SELECT id, first_name, last_name, email, phone, job_title FROM contacts WHERE import_batch_id = ?1",
  "INSERT INTO notes_fts (rowid, body) SELECT id, body FROM notes WHERE import_batch_id = ?1",
};

/* Secondary indexes whose keys arrive in random order (names, e-mails)
 * cost most of an import's time as they grow. When their table was empty
 * before the import, nothing needs them during it (the look-alike queries
 * are skipped then), and one sorted build at the end is much cheaper. */
static const char * const client_indexes[] = {
  "clients_name", "clients_status", "clients_favorite", "clients_spam", "clients_staff",
};

static const char * const contact_indexes[] = {
  "contacts_email",
};

static gboolean
db_error (sqlite3     *db,
          const char  *path,
          GError     **error)
{
  crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
  return FALSE;
}

/* Sets aside a trigger or an index (by its name, one of ours, never
 * input) until crm_import_index_resume() puts it back. */
static gboolean
suspend (sqlite3     *db,
         const char  *path,
         const char  *type,
         const char  *name,
         GPtrArray   *suspended,
         GError     **error)
{
  g_autofree char *drop = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE type = ?1 AND name = ?2",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (db, path, error);
  sqlite3_bind_text (stmt, 1, type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (suspended, g_strdup (COL_TEXT (stmt, 0)));
      found = TRUE;
    }
  sqlite3_finalize (stmt);

  if (!found)
    return TRUE;

  drop = g_strconcat (g_str_equal (type, "index") ? "DROP INDEX " : "DROP TRIGGER ", name, NULL);
  if (sqlite3_exec (db, drop, NULL, NULL, NULL) != SQLITE_OK)
    return db_error (db, path, error);

  return TRUE;
}

/**
 * crm_import_index_suspend:
 * @clients_empty: the clients table was empty before the import
 * @contacts_empty: the contacts table was empty before the import
 * @suspended: (element-type utf8): receives the SQL that brings back what
 *   was set aside
 *
 * Must run inside the import's transaction, so that a rollback, or a
 * kill, brings everything back with the rest.
 */
gboolean
crm_import_index_suspend (sqlite3     *db,
                          const char  *path,
                          gboolean     clients_empty,
                          gboolean     contacts_empty,
                          GPtrArray   *suspended,
                          GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (index_triggers); i++)
    if (!suspend (db, path, "trigger", index_triggers[i], suspended, error))
      return FALSE;

  if (clients_empty)
    for (guint i = 0; i < G_N_ELEMENTS (client_indexes); i++)
      if (!suspend (db, path, "index", client_indexes[i], suspended, error))
        return FALSE;

  if (contacts_empty)
    for (guint i = 0; i < G_N_ELEMENTS (contact_indexes); i++)
      if (!suspend (db, path, "index", contact_indexes[i], suspended, error))
        return FALSE;

  return TRUE;
}

/**
 * crm_import_index_resume:
 * @batch_id: the import
 * @suspended: what crm_import_index_suspend() set aside; emptied
 *
 * Indexes what the import wrote for search, and brings back the triggers
 * and indexes. Inside the import's transaction, before it commits.
 */
gboolean
crm_import_index_resume (sqlite3     *db,
                         const char  *path,
                         gint64       batch_id,
                         GPtrArray   *suspended,
                         GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (index_new_rows); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (sqlite3_prepare_v2 (db, index_new_rows[i], -1, &stmt, NULL) != SQLITE_OK)
        return db_error (db, path, error);
      sqlite3_bind_int64 (stmt, 1, batch_id);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return db_error (db, path, error);
    }

  for (guint i = 0; i < suspended->len; i++)
    if (sqlite3_exec (db, suspended->pdata[i], NULL, NULL, NULL) != SQLITE_OK)
      return db_error (db, path, error);

  g_ptr_array_set_size (suspended, 0);
  return TRUE;
}
