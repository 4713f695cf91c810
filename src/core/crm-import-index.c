/* crm-import-index.c: what makes a large import fast, kept apart from the
 * rules of importing (crm-import-engine.c).
 *
 * - A Bloom filter of the external ids an import wrote, to skip lookups
 *   that cannot find anything.
 * - Setting aside, inside the import's transaction, the search triggers
 *   and the secondary indexes whose keys come in random order, and
 *   bringing them back at the end in one sorted pass.
 * - Building an empty search index on a second thread
 *   (crm-import-fts.c), or, when the import only adds to a table at least
 *   as large as what it held, indexing the new rows in bulk and merging
 *   once at the end.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-import-fts.h"
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
 * transaction the insert and update triggers are set aside, and the new
 * rows are indexed at the end, or on the side as they come (CrmFtsBuilder).
 * A rollback, or a kill, brings the triggers back with everything else. */
static const char * const index_triggers[] = {
  "clients_fts_insert", "clients_fts_update",
  "contacts_fts_insert", "contacts_fts_update",
  "notes_fts_insert",
};

/* Rows that were there before and that the import changed leave their
 * old values in import_changes: out of the index with those, back in
 * with the new. Then the rows the import made go in. (An update trigger
 * on a row the index never held would corrupt it: hence all this.) */
static const struct {
  const char *table;
  const char *remove_changed;
  const char *add_changed;
  const char *add_new;
  /* Written out whole, as every statement here: */
  const char *last_id;      /* about how many rows the table holds */
  const char *get_setting;  /* ?1: an FTS5 setting's key */
  const char *set_setting;  /* ?1: key, ?2: value */
  const char *optimize;
} fts_steps[CRM_FTS_N_TABLES] = {
  [CRM_FTS_CLIENTS] = {
    "clients_fts",
    "INSERT INTO clients_fts (clients_fts, rowid, name, external_id, email, phone, city)"
    " SELECT 'delete', ch.row_id, json_extract (ch.old_values, '$.name'),"
    "        json_extract (ch.old_values, '$.external_id'), json_extract (ch.old_values, '$.email'),"
    "        json_extract (ch.old_values, '$.phone'), json_extract (ch.old_values, '$.city')"
    "   FROM import_changes ch WHERE ch.batch_id = ?1 AND ch.kind = 'client'",
    "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
    " SELECT c.id, c.name, c.external_id, c.email, c.phone, c.city"
    "   FROM import_changes ch JOIN clients c ON c.id = ch.row_id"
    "  WHERE ch.batch_id = ?1 AND ch.kind = 'client'",
    "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
    " SELECT id, name, external_id, email, phone, city FROM clients WHERE import_batch_id = ?1",
    "SELECT coalesce (max (id), 0) FROM clients",
    "SELECT v FROM clients_fts_config WHERE k = ?1",
    "INSERT INTO clients_fts (clients_fts, rank) VALUES (?1, ?2)",
    "INSERT INTO clients_fts (clients_fts) VALUES ('optimize')",
  },
  [CRM_FTS_CONTACTS] = {
    "contacts_fts",
    "INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, job_title)"
    " SELECT 'delete', ch.row_id, json_extract (ch.old_values, '$.first_name'),"
    "        json_extract (ch.old_values, '$.last_name'), json_extract (ch.old_values, '$.email'),"
    "        json_extract (ch.old_values, '$.phone'), json_extract (ch.old_values, '$.job_title')"
    "   FROM import_changes ch WHERE ch.batch_id = ?1 AND ch.kind = 'contact'",
    "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
    " SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.job_title"
    "   FROM import_changes ch JOIN contacts p ON p.id = ch.row_id"
    "  WHERE ch.batch_id = ?1 AND ch.kind = 'contact'",
    "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
    " SELECT id, first_name, last_name, email, phone, job_title FROM contacts WHERE import_batch_id = ?1",
    "SELECT coalesce (max (id), 0) FROM contacts",
    "SELECT v FROM contacts_fts_config WHERE k = ?1",
    "INSERT INTO contacts_fts (contacts_fts, rank) VALUES (?1, ?2)",
    "INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')",
  },
  [CRM_FTS_NOTES] = {
    "notes_fts",
    NULL,
    NULL,
    "INSERT INTO notes_fts (rowid, body) SELECT id, body FROM notes WHERE import_batch_id = ?1",
    "SELECT coalesce (max (id), 0) FROM notes",
    "SELECT v FROM notes_fts_config WHERE k = ?1",
    "INSERT INTO notes_fts (notes_fts, rank) VALUES (?1, ?2)",
    "INSERT INTO notes_fts (notes_fts) VALUES ('optimize')",
  },
};

/* Secondary indexes whose keys arrive in random order (names, e-mails)
 * cost most of an import's time as they grow. When their table was empty
 * before the import, nothing needs them during it (the look-alike queries
 * are skipped then), and one sorted build at the end is much cheaper. */
static const char * const client_indexes[] = {
  "clients_name", "clients_status", "clients_favorite", "clients_spam", "clients_staff",
};

static const char * const contact_indexes[] = {
  "contacts_name",
  /* The Contacts view's orders (migrations 0009 and 0011). */
  "contacts_client_order", "contacts_job_title", "contacts_list_email",
  "contacts_phone", "contacts_primary", "contacts_inactive",
};

struct _CrmImportIndex
{
  sqlite3       *db;
  char          *path;
  GPtrArray     *suspended;   /* SQL that brings back what was set aside */
  gint64         last_id[CRM_FTS_N_TABLES];   /* before the import */
  CrmFtsBuilder *builder;
};

static gboolean
db_error (sqlite3     *db,
          const char  *path,
          GError     **error)
{
  crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
  return FALSE;
}

static gboolean
exec (CrmImportIndex  *self,
      const char      *sql,
      GError         **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  return TRUE;
}

/* Runs a statement of ours whose only parameter, if any, is ?1. */
static gboolean
run (CrmImportIndex  *self,
     const char      *sql,
     gint64           param,
     gint64          *result,
     GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (result != NULL)
      *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return db_error (self->db, self->path, error);

  return TRUE;
}

/* Sets aside a trigger or an index (by its name, one of ours, never
 * input) until the end of the import puts it back. */
static gboolean
suspend (CrmImportIndex  *self,
         const char      *type,
         const char      *name,
         GError         **error)
{
  g_autofree char *drop = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (self->db, "SELECT sql FROM sqlite_schema WHERE type = ?1 AND name = ?2",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  sqlite3_bind_text (stmt, 1, type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (self->suspended, g_strdup (COL_TEXT (stmt, 0)));
      found = TRUE;
    }
  sqlite3_finalize (stmt);

  if (!found)
    return TRUE;

  drop = g_strconcat (g_str_equal (type, "index") ? "DROP INDEX " : "DROP TRIGGER ", name, NULL);
  return exec (self, drop, error);
}

/**
 * crm_import_index_begin:
 * @clients_empty: the clients table was empty before the import
 * @contacts_empty: the contacts table was empty before the import
 * @notes_empty: the notes table was empty before the import
 * @build_aside: build the empty search indexes on a second thread (not
 *   worth it for a preview or a dry run, which roll back)
 *
 * Must run inside the import's transaction, so that a rollback, or a
 * kill, brings everything back with the rest.
 *
 * Returns: (transfer full): the import's indexing, or %NULL with @error set
 */
CrmImportIndex *
crm_import_index_begin (sqlite3     *db,
                        const char  *path,
                        gboolean     clients_empty,
                        gboolean     contacts_empty,
                        gboolean     notes_empty,
                        gboolean     build_aside,
                        GError     **error)
{
  g_autoptr(CrmImportIndex) self = g_new0 (CrmImportIndex, 1);
  gboolean empty[CRM_FTS_N_TABLES] = {
    [CRM_FTS_CLIENTS] = clients_empty,
    [CRM_FTS_CONTACTS] = contacts_empty,
    [CRM_FTS_NOTES] = notes_empty,
  };

  self->db = db;
  self->path = g_strdup (path);
  self->suspended = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (index_triggers); i++)
    if (!suspend (self, "trigger", index_triggers[i], error))
      return NULL;

  if (clients_empty)
    for (guint i = 0; i < G_N_ELEMENTS (client_indexes); i++)
      if (!suspend (self, "index", client_indexes[i], error))
        return NULL;

  if (contacts_empty)
    for (guint i = 0; i < G_N_ELEMENTS (contact_indexes); i++)
      if (!suspend (self, "index", contact_indexes[i], error))
        return NULL;

  /* The highest id tells, cheaply, about how many rows a table held. */
  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    {
      if (!run (self, fts_steps[t].last_id, 0, &self->last_id[t], error))
        return NULL;
    }

  if (build_aside && (clients_empty || contacts_empty || notes_empty))
    {
      self->builder = crm_fts_builder_new (db, path, empty, error);
      if (self->builder == NULL)
        return NULL;
    }

  return g_steal_pointer (&self);
}

void
crm_import_index_free (CrmImportIndex *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->builder, crm_fts_builder_free);
  g_clear_pointer (&self->suspended, g_ptr_array_unref);
  g_free (self->path);
  g_free (self);
}

/* Of what was set aside, the indexes: each a sort of a whole table. */
static gboolean
is_index_build (const char *sql)
{
  return g_str_has_prefix (sql, "CREATE INDEX");
}

/**
 * crm_import_index_get_n_steps:
 *
 * Returns: how many steps crm_import_index_finish() will take, each of
 *   them long (a sorted index built, a search index filled or put in place)
 *   when the import is large
 */
guint
crm_import_index_get_n_steps (CrmImportIndex *self)
{
  guint n = CRM_FTS_N_TABLES;

  for (guint i = 0; i < self->suspended->len; i++)
    n += is_index_build (self->suspended->pdata[i]);

  return n;
}

/**
 * crm_import_index_added:
 * @values: the new row's indexed columns, in the search index's order
 *
 * Tells of a row the import created.
 */
void
crm_import_index_added (CrmImportIndex     *self,
                        CrmFtsTable         table,
                        gint64              rowid,
                        const char * const *values)
{
  if (crm_fts_builder_has_table (self->builder, table))
    crm_fts_builder_add (self->builder, table, rowid, values);
}

/**
 * crm_import_index_changing:
 * @old_values: the row's indexed columns before the change
 *
 * Tells of a row about to change that this import created.
 */
void
crm_import_index_changing (CrmImportIndex     *self,
                           CrmFtsTable         table,
                           gint64              rowid,
                           const char * const *old_values)
{
  if (crm_fts_builder_has_table (self->builder, table))
    crm_fts_builder_changing (self->builder, table, rowid, old_values);
}

/* Reads an FTS5 setting; @value is left alone when it was never set. */
static gboolean
get_setting (CrmImportIndex  *self,
             CrmFtsTable      table,
             const char      *key,
             gint64          *value,
             GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, fts_steps[table].get_setting, -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (self->db, self->path, error);

  return TRUE;
}

static gboolean
set_setting (CrmImportIndex  *self,
             CrmFtsTable      table,
             const char      *key,
             gint64           value,
             GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, fts_steps[table].set_setting, -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, value);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return db_error (self->db, self->path, error);

  return TRUE;
}

/* Indexes in the import's own transaction what it changed and made. When
 * it made at least as many rows as the table held, merging segments as
 * they pile up would rewrite the index several times over: merging is
 * held back and done once at the end ('optimize'), then the settings are
 * put back. */
static gboolean
index_in_place (CrmImportIndex  *self,
                CrmFtsTable      table,
                gint64           batch_id,
                GError         **error)
{
  const char *name = fts_steps[table].table;
  gint64 last = self->last_id[table], new_rows = 0;
  gint64 automerge = 4, crisismerge = 16;
  gboolean in_bulk;

  if (!run (self, fts_steps[table].last_id, 0, &new_rows, error))
    return FALSE;
  new_rows -= last;
  in_bulk = new_rows > 0 && new_rows >= last;

  if (in_bulk)
    {
      g_debug ("Indexing %" G_GINT64_FORMAT " new rows of %s in bulk", new_rows, name);
      if (!get_setting (self, table, "automerge", &automerge, error) ||
          !get_setting (self, table, "crisismerge", &crisismerge, error) ||
          !set_setting (self, table, "automerge", 0, error) ||
          !set_setting (self, table, "crisismerge", 1000, error))
        return FALSE;
    }

  if ((fts_steps[table].remove_changed != NULL &&
       !run (self, fts_steps[table].remove_changed, batch_id, NULL, error)) ||
      (fts_steps[table].add_changed != NULL &&
       !run (self, fts_steps[table].add_changed, batch_id, NULL, error)) ||
      !run (self, fts_steps[table].add_new, batch_id, NULL, error))
    return FALSE;

  if (in_bulk)
    {
      if (!exec (self, fts_steps[table].optimize, error) ||
          !set_setting (self, table, "automerge", automerge, error) ||
          !set_setting (self, table, "crisismerge", crisismerge, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * crm_import_index_finish:
 * @batch_id: the import
 *
 * Indexes what the import wrote for search, and brings back the triggers
 * and indexes. Inside the import's transaction, before it commits.
 */
gboolean
crm_import_index_finish (CrmImportIndex         *self,
                         gint64                  batch_id,
                         CrmImportIndexProgress  progress,
                         gpointer                user_data,
                         GError                **error)
{
  gint64 start = g_get_monotonic_time (), indexed, restored;
  guint done = 0, total = crm_import_index_get_n_steps (self);

  /* The builder merges its index while the sorted indexes are made. */
  if (self->builder != NULL)
    crm_fts_builder_close (self->builder);

  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    {
      if (crm_fts_builder_has_table (self->builder, t))
        continue;
      if (!index_in_place (self, t, batch_id, error))
        return FALSE;
      progress (++done, total, user_data);
    }
  indexed = g_get_monotonic_time ();

  /* The sorted builds are sorts: let SQLite sort on every core, in runs
   * of a few megabytes that its worker threads sort while the next run is
   * read, then merge. With the whole run in one big page cache, a build
   * is one sort on one core (10.3 s here, where this takes 7.1 s). What
   * is left of the transaction needs no more cache than this either. */
  sqlite3_limit (self->db, SQLITE_LIMIT_WORKER_THREADS,
                 (int) CLAMP (g_get_num_processors (), 1, 8));
  if (!exec (self, "PRAGMA cache_size = -4096", error))
    return FALSE;
  for (guint i = 0; i < self->suspended->len; i++)
    {
      const char *sql = self->suspended->pdata[i];

      if (!exec (self, sql, error))
        return FALSE;
      if (is_index_build (sql))
        progress (++done, total, user_data);
    }
  g_ptr_array_set_size (self->suspended, 0);
  restored = g_get_monotonic_time ();

  if (self->builder != NULL && !crm_fts_builder_install (self->builder, error))
    return FALSE;
  progress (total, total, user_data);

  g_debug ("Import indexing: search in place %.2f s, sorted indexes %.2f s,"
           " search built aside (wait and copy) %.2f s",
           (indexed - start) / 1e6, (restored - indexed) / 1e6,
           (g_get_monotonic_time () - restored) / 1e6);
  return TRUE;
}
