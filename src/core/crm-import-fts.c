/* crm-import-fts.c: the search index of a large import, built on a
 * second thread.
 *
 * Indexing a million contacts for search costs about as much as writing
 * them, and the import's connection can do only one at a time. When a
 * search index is empty before the import (a first import, the case of
 * the big files), it can be built apart: the import hands each new row to
 * a thread that indexes it into a private scratch database with the same
 * FTS5 definition, on the other core, while the import goes on writing.
 * At the end the scratch index is merged into one segment (the best shape
 * for queries) and its blocks are copied into the real index's tables,
 * inside the import's transaction: all or nothing still holds, and a
 * kill leaves nothing behind (SQLite deletes a private temporary database
 * as soon as it opens it).
 *
 * FTS5 keeps an index entirely in its shadow tables (%_data, %_idx,
 * %_docsize), so two tables with the same definition, built by the same
 * library, can take each other's rows. The import's connection must not
 * have read the index before the copy (it would keep its cached
 * structure): the search triggers are set aside during an import, and
 * nothing else of the import touches these tables.
 *
 * Rows the import creates and then changes again (the same external id
 * twice in one file) are put right after the copy, through FTS5 itself.
 *
 * The scratch connection is opened on the import's thread, used only by
 * the builder thread from g_thread_new() to g_thread_join(), then by the
 * import's thread again for the copy: never by two threads at once.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-import-fts.h"
#include "crm-store-private.h"

/* Rows per hand-over and hand-overs in flight: a few MB at most, and
 * the import waits rather than running ahead of the builder. */
#define CHUNK_ROWS 2048
#define N_CHUNKS 8
#define NO_VALUE G_MAXUINT32

/* Every statement is written out whole: the names are ours, and SQL
 * is never put together from pieces. */
typedef struct {
  const char *clear;
  const char *select;
  const char *insert;
} ShadowCopy;

/* The shadow tables that hold an external-content FTS5 index: %_data,
 * %_idx, %_docsize. */
#define N_SHADOW_TABLES 3

static const struct {
  const char *name;
  const char *content;
  guint       n_columns;
  const char *tune;       /* merge once, at the end */
  const char *insert;     /* rowid, then the columns */
  const char *optimize;
  const char *remove;     /* rowid, then the values it was indexed with */
  const char *reinsert;   /* rowid: what the row holds now */
  ShadowCopy  shadow[N_SHADOW_TABLES];
} fts_tables[CRM_FTS_N_TABLES] = {
  [CRM_FTS_CLIENTS] = {
    "clients_fts", "clients", 5,
    "INSERT INTO clients_fts (clients_fts, rank) VALUES ('automerge', 0);"
    "INSERT INTO clients_fts (clients_fts, rank) VALUES ('crisismerge', 1000)",
    "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO clients_fts (clients_fts) VALUES ('optimize')",
    "INSERT INTO clients_fts (clients_fts, rowid, name, external_id, email, phone, city)"
    " VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO clients_fts (rowid, name, external_id, email, phone, city)"
    " SELECT id, name, external_id, email, phone, city FROM clients WHERE id = ?1",
    {
      { "DELETE FROM clients_fts_data",
        "SELECT id, block FROM clients_fts_data",
        "INSERT INTO clients_fts_data (id, block) VALUES (?1, ?2)" },
      { "DELETE FROM clients_fts_idx",
        "SELECT segid, term, pgno FROM clients_fts_idx",
        "INSERT INTO clients_fts_idx (segid, term, pgno) VALUES (?1, ?2, ?3)" },
      { "DELETE FROM clients_fts_docsize",
        "SELECT id, sz FROM clients_fts_docsize",
        "INSERT INTO clients_fts_docsize (id, sz) VALUES (?1, ?2)" },
    },
  },
  [CRM_FTS_CONTACTS] = {
    "contacts_fts", "contacts", 5,
    "INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('automerge', 0);"
    "INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('crisismerge', 1000)",
    "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')",
    "INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, job_title)"
    " VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6)",
    "INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, job_title)"
    " SELECT id, first_name, last_name, email, phone, job_title FROM contacts WHERE id = ?1",
    {
      { "DELETE FROM contacts_fts_data",
        "SELECT id, block FROM contacts_fts_data",
        "INSERT INTO contacts_fts_data (id, block) VALUES (?1, ?2)" },
      { "DELETE FROM contacts_fts_idx",
        "SELECT segid, term, pgno FROM contacts_fts_idx",
        "INSERT INTO contacts_fts_idx (segid, term, pgno) VALUES (?1, ?2, ?3)" },
      { "DELETE FROM contacts_fts_docsize",
        "SELECT id, sz FROM contacts_fts_docsize",
        "INSERT INTO contacts_fts_docsize (id, sz) VALUES (?1, ?2)" },
    },
  },
  [CRM_FTS_NOTES] = {
    "notes_fts", "notes", 1,
    "INSERT INTO notes_fts (notes_fts, rank) VALUES ('automerge', 0);"
    "INSERT INTO notes_fts (notes_fts, rank) VALUES ('crisismerge', 1000)",
    "INSERT INTO notes_fts (rowid, body) VALUES (?1, ?2)",
    "INSERT INTO notes_fts (notes_fts) VALUES ('optimize')",
    "INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', ?1, ?2)",
    "INSERT INTO notes_fts (rowid, body) SELECT id, body FROM notes WHERE id = ?1",
    {
      { "DELETE FROM notes_fts_data",
        "SELECT id, block FROM notes_fts_data",
        "INSERT INTO notes_fts_data (id, block) VALUES (?1, ?2)" },
      { "DELETE FROM notes_fts_idx",
        "SELECT segid, term, pgno FROM notes_fts_idx",
        "INSERT INTO notes_fts_idx (segid, term, pgno) VALUES (?1, ?2, ?3)" },
      { "DELETE FROM notes_fts_docsize",
        "SELECT id, sz FROM notes_fts_docsize",
        "INSERT INTO notes_fts_docsize (id, sz) VALUES (?1, ?2)" },
    },
  },
};

typedef struct {
  CrmFtsTable table;
  gint64      rowid;
  guint32     offsets[CRM_FTS_MAX_COLUMNS];
} Entry;

typedef struct {
  GArray  *entries;
  GString *text;
} Chunk;

/* A row created by this import whose indexed values changed since. */
typedef struct {
  CrmFtsTable table;
  gint64      rowid;
  char       *values[CRM_FTS_MAX_COLUMNS];
} Changed;

struct _CrmFtsBuilder
{
  sqlite3      *db;        /* the import's connection */
  char         *path;
  gboolean      tables[CRM_FTS_N_TABLES];

  sqlite3      *scratch;
  sqlite3_stmt *insert[CRM_FTS_N_TABLES];
  GThread      *thread;
  GAsyncQueue  *work;      /* Chunk, then &end_of_rows */
  GAsyncQueue  *spare;     /* empty Chunk */
  Chunk        *current;
  gboolean      closed;
  int           stop;      /* atomic: cancelled, drop everything */
  GError       *thread_error;

  GHashTable   *changed_ids[CRM_FTS_N_TABLES];
  GPtrArray    *changed;
};

static Chunk end_of_rows;

static Chunk *
chunk_new (void)
{
  Chunk *chunk = g_new0 (Chunk, 1);

  chunk->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), CHUNK_ROWS);
  chunk->text = g_string_sized_new (CHUNK_ROWS * 64);
  return chunk;
}

static void
chunk_free (gpointer data)
{
  Chunk *chunk = data;

  if (chunk == NULL || chunk == &end_of_rows)
    return;
  g_array_unref (chunk->entries);
  g_string_free (chunk->text, TRUE);
  g_free (chunk);
}

static void
changed_free (gpointer data)
{
  Changed *changed = data;

  for (guint i = 0; i < CRM_FTS_MAX_COLUMNS; i++)
    g_free (changed->values[i]);
  g_free (changed);
}

static gboolean
db_error (sqlite3     *db,
          const char  *path,
          GError     **error)
{
  crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
  return FALSE;
}

static gboolean
exec (sqlite3     *db,
      const char  *path,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return db_error (db, path, error);
  return TRUE;
}

/* The scratch table gets the very definition of the real one (tokenizer,
 * prefixes, detail), or the copied blocks would not mean the same. */
static gboolean
create_scratch_table (CrmFtsBuilder  *self,
                      CrmFtsTable     table,
                      GError        **error)
{
  const char *name = fts_tables[table].name;
  g_autofree char *create = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, self->path, error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    create = g_strdup (COL_TEXT (stmt, 0));
  sqlite3_finalize (stmt);
  if (create == NULL)
    return db_error (self->db, self->path, error);

  if (!exec (self->scratch, self->path, create, error))
    return FALSE;

  /* Merging segments as they pile up (every 4 by default) rewrites the
   * index several times over; one merge at the end ('optimize') writes it
   * once. Segments are still merged in a crisis, long before FTS5's
   * limit of 2000. */
  if (!exec (self->scratch, self->path, fts_tables[table].tune, error))
    return FALSE;

  if (sqlite3_prepare_v3 (self->scratch, fts_tables[table].insert, -1, SQLITE_PREPARE_PERSISTENT,
                          &self->insert[table], NULL) != SQLITE_OK)
    return db_error (self->scratch, self->path, error);

  return TRUE;
}

static gboolean
index_chunk (CrmFtsBuilder  *self,
             Chunk          *chunk,
             GError        **error)
{
  for (guint i = 0; i < chunk->entries->len; i++)
    {
      const Entry *entry = &g_array_index (chunk->entries, Entry, i);
      sqlite3_stmt *stmt = self->insert[entry->table];
      int rc;

      sqlite3_bind_int64 (stmt, 1, entry->rowid);
      for (guint c = 0; c < fts_tables[entry->table].n_columns; c++)
        {
          if (entry->offsets[c] == NO_VALUE)
            sqlite3_bind_null (stmt, c + 2);
          else
            sqlite3_bind_text (stmt, c + 2, chunk->text->str + entry->offsets[c], -1, SQLITE_STATIC);
        }

      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return db_error (self->scratch, self->path, error);
    }

  return TRUE;
}

static gboolean
optimize (CrmFtsBuilder  *self,
          GError        **error)
{
  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    {
      if (!self->tables[t])
        continue;
      if (g_atomic_int_get (&self->stop))
        return TRUE;

      if (!exec (self->scratch, self->path, fts_tables[t].optimize, error))
        return FALSE;
    }

  return exec (self->scratch, self->path, "COMMIT", error);
}

static gpointer
build_thread (gpointer data)
{
  CrmFtsBuilder *self = data;
  Chunk *chunk;

  while ((chunk = g_async_queue_pop (self->work)) != &end_of_rows)
    {
      /* After a failure or a cancel, keep handing chunks back so that
       * the import never waits for one. */
      if (self->thread_error == NULL && !g_atomic_int_get (&self->stop))
        index_chunk (self, chunk, &self->thread_error);

      g_array_set_size (chunk->entries, 0);
      g_string_truncate (chunk->text, 0);
      g_async_queue_push (self->spare, chunk);
    }

  if (self->thread_error == NULL && !g_atomic_int_get (&self->stop))
    optimize (self, &self->thread_error);

  return NULL;
}

/**
 * crm_fts_builder_new:
 * @db: the import's connection, inside its transaction
 * @tables: which search indexes to build apart (those that are empty)
 *
 * Returns: (transfer full): a running builder, or %NULL with @error set
 */
CrmFtsBuilder *
crm_fts_builder_new (sqlite3         *db,
                     const char      *path,
                     const gboolean   tables[CRM_FTS_N_TABLES],
                     GError         **error)
{
  g_autoptr(CrmFtsBuilder) self = g_new0 (CrmFtsBuilder, 1);

  self->db = db;
  self->path = g_strdup (path);
  self->work = g_async_queue_new ();
  self->spare = g_async_queue_new ();
  self->changed = g_ptr_array_new_with_free_func (changed_free);
  for (guint i = 0; i < N_CHUNKS; i++)
    g_async_queue_push (self->spare, chunk_new ());

  /* "" is a private temporary database: on disk past its page cache,
   * deleted on close or when the process dies. */
  if (sqlite3_open_v2 ("", &self->scratch,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      db_error (self->scratch, self->path, error);
      return NULL;
    }

  if (!exec (self->scratch, self->path,
             "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384;"
             " BEGIN", error))
    return NULL;

  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    {
      self->tables[t] = tables[t];
      if (tables[t])
        {
          if (!create_scratch_table (self, t, error))
            return NULL;
          self->changed_ids[t] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
        }
    }

  {
    g_autoptr(GString) names = g_string_new (NULL);

    for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
      if (tables[t])
        g_string_append_printf (names, "%s%s", names->len ? " " : "", fts_tables[t].content);
    g_debug ("Building the search index aside: %s", names->str);
  }

  self->thread = g_thread_new ("crm-import-fts", build_thread, self);

  return g_steal_pointer (&self);
}

void
crm_fts_builder_free (CrmFtsBuilder *self)
{
  Chunk *chunk;

  if (self == NULL)
    return;

  if (self->thread != NULL)
    {
      /* Stop at once, even in the middle of the final merge. */
      g_atomic_int_set (&self->stop, TRUE);
      crm_fts_builder_close (self);
      sqlite3_interrupt (self->scratch);
      g_thread_join (self->thread);
    }

  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    {
      sqlite3_finalize (self->insert[t]);
      g_clear_pointer (&self->changed_ids[t], g_hash_table_unref);
    }
  sqlite3_close_v2 (self->scratch);

  chunk_free (self->current);
  while ((chunk = g_async_queue_try_pop (self->work)) != NULL)
    chunk_free (chunk);
  while ((chunk = g_async_queue_try_pop (self->spare)) != NULL)
    chunk_free (chunk);
  g_async_queue_unref (self->work);
  g_async_queue_unref (self->spare);

  g_clear_pointer (&self->changed, g_ptr_array_unref);
  g_clear_error (&self->thread_error);
  g_free (self->path);
  g_free (self);
}

gboolean
crm_fts_builder_has_table (CrmFtsBuilder *self,
                           CrmFtsTable    table)
{
  return self != NULL && self->tables[table];
}

/**
 * crm_fts_builder_add:
 * @rowid: the new row's id; rows come in increasing order of id
 * @values: the row's indexed columns, in the search index's order
 *
 * Hands a row the import created to the builder. Blocks while the
 * builder is several thousand rows behind.
 */
void
crm_fts_builder_add (CrmFtsBuilder      *self,
                     CrmFtsTable         table,
                     gint64              rowid,
                     const char * const *values)
{
  Entry entry = { table, rowid, { 0 } };
  Chunk *chunk;

  g_return_if_fail (self->tables[table] && !self->closed);

  if (self->current == NULL)
    self->current = g_async_queue_pop (self->spare);
  chunk = self->current;

  for (guint c = 0; c < fts_tables[table].n_columns; c++)
    {
      if (values[c] == NULL)
        {
          entry.offsets[c] = NO_VALUE;
          continue;
        }
      entry.offsets[c] = chunk->text->len;
      g_string_append (chunk->text, values[c]);
      g_string_append_c (chunk->text, '\0');
    }
  g_array_append_val (chunk->entries, entry);

  if (chunk->entries->len >= CHUNK_ROWS)
    {
      g_async_queue_push (self->work, chunk);
      self->current = NULL;
    }
}

/**
 * crm_fts_builder_changing:
 * @old_values: what the row holds before the change, in the search
 *   index's order
 *
 * Says that a row this import created is about to change. The values it
 * was indexed with are kept, to take it out of the index and put it back
 * with what it holds at the end.
 */
void
crm_fts_builder_changing (CrmFtsBuilder      *self,
                          CrmFtsTable         table,
                          gint64              rowid,
                          const char * const *old_values)
{
  Changed *changed;

  g_return_if_fail (self->tables[table]);

  /* Only the first change: the values the builder was given. */
  if (g_hash_table_contains (self->changed_ids[table], &rowid))
    return;
  g_hash_table_add (self->changed_ids[table], g_memdup2 (&rowid, sizeof rowid));

  changed = g_new0 (Changed, 1);
  changed->table = table;
  changed->rowid = rowid;
  for (guint c = 0; c < fts_tables[table].n_columns; c++)
    changed->values[c] = g_strdup (old_values[c]);
  g_ptr_array_add (self->changed, changed);
}

/**
 * crm_fts_builder_close:
 *
 * No more rows: the builder finishes and merges its index while the
 * import does the rest of its work.
 */
void
crm_fts_builder_close (CrmFtsBuilder *self)
{
  if (self->closed)
    return;

  if (self->current != NULL)
    g_async_queue_push (self->work, g_steal_pointer (&self->current));
  g_async_queue_push (self->work, &end_of_rows);
  self->closed = TRUE;
}

/* Replaces the real index's shadow tables by the scratch ones. */
static gboolean
copy_table (CrmFtsBuilder  *self,
            CrmFtsTable     table,
            GError        **error)
{
  for (guint i = 0; i < N_SHADOW_TABLES; i++)
    {
      const ShadowCopy *copy = &fts_tables[table].shadow[i];
      sqlite3_stmt *from = NULL, *to = NULL;
      int n_columns, rc_from, rc_to = SQLITE_DONE;

      if (!exec (self->db, self->path, copy->clear, error))
        return FALSE;

      if (sqlite3_prepare_v2 (self->scratch, copy->select, -1, &from, NULL) != SQLITE_OK)
        return db_error (self->scratch, self->path, error);
      n_columns = sqlite3_column_count (from);
      if (sqlite3_prepare_v2 (self->db, copy->insert, -1, &to, NULL) != SQLITE_OK)
        {
          sqlite3_finalize (from);
          return db_error (self->db, self->path, error);
        }

      while ((rc_from = sqlite3_step (from)) == SQLITE_ROW)
        {
          for (int c = 0; c < n_columns; c++)
            sqlite3_bind_value (to, c + 1, sqlite3_column_value (from, c));
          rc_to = sqlite3_step (to);
          sqlite3_reset (to);
          if (rc_to != SQLITE_DONE)
            break;
        }

      if (rc_to != SQLITE_DONE)
        db_error (self->db, self->path, error);
      else if (rc_from != SQLITE_DONE)
        db_error (self->scratch, self->path, error);
      sqlite3_finalize (from);
      sqlite3_finalize (to);
      if (rc_to != SQLITE_DONE || rc_from != SQLITE_DONE)
        return FALSE;
    }

  return TRUE;
}

/* Out of the index with the values the builder was given, back in with
 * what the row holds now. */
static gboolean
reindex_changed (CrmFtsBuilder  *self,
                 GError        **error)
{
  for (guint i = 0; i < self->changed->len; i++)
    {
      const Changed *changed = self->changed->pdata[i];
      guint n_columns = fts_tables[changed->table].n_columns;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (sqlite3_prepare_v2 (self->db, fts_tables[changed->table].remove, -1, &stmt, NULL) != SQLITE_OK)
        return db_error (self->db, self->path, error);
      sqlite3_bind_int64 (stmt, 1, changed->rowid);
      for (guint c = 0; c < n_columns; c++)
        sqlite3_bind_text (stmt, c + 2, changed->values[c], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return db_error (self->db, self->path, error);

      if (sqlite3_prepare_v2 (self->db, fts_tables[changed->table].reinsert, -1, &stmt, NULL) != SQLITE_OK)
        return db_error (self->db, self->path, error);
      sqlite3_bind_int64 (stmt, 1, changed->rowid);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return db_error (self->db, self->path, error);
    }

  return TRUE;
}

/**
 * crm_fts_builder_install:
 *
 * Waits for the builder, then puts its indexes in place of the real
 * (empty) ones, on the import's connection and inside its transaction.
 */
gboolean
crm_fts_builder_install (CrmFtsBuilder  *self,
                         GError        **error)
{
  crm_fts_builder_close (self);
  g_thread_join (g_steal_pointer (&self->thread));

  if (self->thread_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->thread_error));
      return FALSE;
    }

  for (CrmFtsTable t = 0; t < CRM_FTS_N_TABLES; t++)
    if (self->tables[t] && !copy_table (self, t, error))
      return FALSE;

  return reindex_changed (self, error);
}
