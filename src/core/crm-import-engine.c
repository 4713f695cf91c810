/* crm-import-engine.c: what one import does to the database, row by row.
 *
 * The engine runs on the connection it is given (a worker thread's own),
 * inside one transaction: all or nothing. Each row is checked completely
 * (crm-import-row.c) before anything of it is written, so a bad row is
 * reported and left out without a savepoint; an unexpected database error
 * fails the whole import and the transaction is rolled back.
 *
 * What the rules are (see the import issue and the seeds):
 * - an external id that exists updates that record; without one a new
 *   record is created, and rows that look like stored records (same
 *   e-mail, same client name) are flagged and follow CrmImportDuplicates;
 * - rows are grouped under one client by External Client ID or Client ID,
 *   otherwise by Client Name; a person without a client name becomes a
 *   client of their own;
 * - a new client's first contact is primary unless a Primary column
 *   gives the mark to another.
 * Created rows carry the batch id; updated rows leave a JSON snapshot of
 * what they were, so crm_store_undo_import() can put everything back.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-import-engine.h"
#include "crm-import-index.h"
#include "crm-import-row-private.h"
#include "crm-store-private.h"

enum {
  S_BATCH_INSERT,
  S_BATCH_FINISH,
  S_CLIENT_BY_ID,
  S_CLIENT_BY_EXT,
  S_CLIENT_BY_NAME,
  S_CLIENT_INSERT,
  S_CLIENT_SNAPSHOT,
  S_CLIENT_UPDATE,
  S_CONTACT_BY_EXT,
  S_CONTACT_BY_EMAIL,
  S_CONTACT_INSERT,
  S_CONTACT_SNAPSHOT,
  S_CONTACT_UPDATE,
  S_PRIMARY_OF,
  S_PRIMARY_CLEAR,
  S_PRIMARY_SET,
  S_TAG_INSERT,
  S_TAG_ID,
  S_TAG_LINK,
  S_STAFF_EXISTS,
  S_NOTE_INSERT,
  N_STATEMENTS
};

#define CLIENT_COLUMNS \
  "id, name, external_id, additional_info, status, phone, email, website," \
  " street, city, region, postal_code, country, import_batch_id"

#define CONTACT_COLUMNS \
  "id, client_id, first_name, last_name, job_title, email, phone, street," \
  " city, region, postal_code, country, is_primary, import_batch_id"

static const char * const statements[N_STATEMENTS] = {
  [S_BATCH_INSERT] =
    "INSERT INTO import_batches (file_name, format, stamp, staff_id) VALUES (?1, ?2, ?3, ?4)",
  [S_BATCH_FINISH] =
    "UPDATE import_batches SET finished_at = ?2, rows_read = ?3, created = ?4,"
    " updated = ?5, skipped = ?6, failed = ?7 WHERE id = ?1",
  [S_CLIENT_BY_ID] = "SELECT " CLIENT_COLUMNS " FROM clients WHERE id = ?1",
  [S_CLIENT_BY_EXT] = "SELECT " CLIENT_COLUMNS " FROM clients WHERE external_id = ?1",
  [S_CLIENT_BY_NAME] =
    "SELECT " CLIENT_COLUMNS " FROM clients"
    " WHERE name = ?1 COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1",
  [S_CLIENT_INSERT] =
    "INSERT INTO clients (name, external_id, additional_info, status, phone, email,"
    " website, street, city, region, postal_code, country, staff_id, created_at,"
    " updated_at, import_batch_id)"
    " VALUES (?1, ?2, ?3, coalesce (?4, 0), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)",
  [S_CLIENT_SNAPSHOT] =
    "INSERT OR IGNORE INTO import_changes (batch_id, kind, row_id, old_values)"
    " SELECT ?1, 'client', id, json_object ('name', name, 'external_id', external_id,"
    " 'additional_info', additional_info, 'status', status, 'phone', phone,"
    " 'email', email, 'website', website, 'street', street, 'city', city,"
    " 'region', region, 'postal_code', postal_code, 'country', country,"
    " 'updated_at', updated_at)"
    " FROM clients WHERE id = ?2",
  [S_CLIENT_UPDATE] =
    "UPDATE clients SET name = coalesce (?2, name), additional_info = coalesce (?3, additional_info),"
    " status = coalesce (?4, status), phone = coalesce (?5, phone), email = coalesce (?6, email),"
    " website = coalesce (?7, website), street = coalesce (?8, street), city = coalesce (?9, city),"
    " region = coalesce (?10, region), postal_code = coalesce (?11, postal_code),"
    " country = coalesce (?12, country), updated_at = ?13 WHERE id = ?1",
  [S_CONTACT_BY_EXT] = "SELECT " CONTACT_COLUMNS " FROM contacts WHERE external_id = ?1",
  [S_CONTACT_BY_EMAIL] =
    "SELECT " CONTACT_COLUMNS " FROM contacts"
    " WHERE email = ?1 COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1",
  [S_CONTACT_INSERT] =
    "INSERT INTO contacts (client_id, first_name, last_name, job_title, email, phone,"
    " street, city, region, postal_code, country, external_id, is_primary, created_at,"
    " updated_at, import_batch_id)"
    " VALUES (?1, coalesce (?2, ''), coalesce (?3, ''), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
    " ?13, ?14, ?14, ?15)",
  [S_CONTACT_SNAPSHOT] =
    "INSERT OR IGNORE INTO import_changes (batch_id, kind, row_id, old_values)"
    " SELECT ?1, 'contact', id, json_object ('first_name', first_name, 'last_name', last_name,"
    " 'job_title', job_title, 'email', email, 'phone', phone, 'street', street, 'city', city,"
    " 'region', region, 'postal_code', postal_code, 'country', country,"
    " 'is_primary', is_primary, 'updated_at', updated_at)"
    " FROM contacts WHERE id = ?2",
  [S_CONTACT_UPDATE] =
    "UPDATE contacts SET first_name = coalesce (?2, first_name), last_name = coalesce (?3, last_name),"
    " job_title = coalesce (?4, job_title), email = coalesce (?5, email), phone = coalesce (?6, phone),"
    " street = coalesce (?7, street), city = coalesce (?8, city), region = coalesce (?9, region),"
    " postal_code = coalesce (?10, postal_code), country = coalesce (?11, country),"
    " updated_at = ?12 WHERE id = ?1",
  [S_PRIMARY_OF] =
    "SELECT id, import_batch_id FROM contacts WHERE client_id = ?1 AND is_primary = 1",
  [S_PRIMARY_CLEAR] =
    "UPDATE contacts SET is_primary = 0, updated_at = ?2 WHERE id = ?1",
  [S_PRIMARY_SET] =
    "UPDATE contacts SET is_primary = 1, updated_at = ?2 WHERE id = ?1",
  [S_TAG_INSERT] = "INSERT OR IGNORE INTO tags (name) VALUES (?1)",
  [S_TAG_ID] = "SELECT id FROM tags WHERE name = ?1",
  [S_TAG_LINK] =
    "INSERT OR IGNORE INTO client_tags (client_id, tag_id, import_batch_id) VALUES (?1, ?2, ?3)",
  [S_STAFF_EXISTS] = "SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?1)",
  [S_NOTE_INSERT] =
    "INSERT INTO notes (client_id, author_id, body, created_at, import_batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
};

/* The columns of a client that a row can set, in S_CLIENT_UPDATE order
 * (?2…?12) and CLIENT_COLUMNS order after the id. */
typedef struct {
  CrmField    field;
  int         column;      /* in CLIENT_COLUMNS */
  const char *label;
} ClientColumn;

typedef struct {
  gint64    id;
  gboolean  created;      /* by this import */
  gboolean  seen;         /* its fields were applied from an earlier row */
  gboolean  has_contact;  /* created here and given a contact already */
  gboolean  primary_from_file;
  char     *name;
} ClientInfo;

struct _CrmImportEngine
{
  sqlite3          *db;
  char             *path;
  gint64            staff_id;
  CrmImportDuplicates duplicates;
  gint64            batch_id;
  char             *stamp;
  sqlite3_stmt     *stmts[N_STATEMENTS];
  GHashTable       *clients;      /* key -> ClientInfo */
  GPtrArray        *infos;        /* owns the ClientInfo */
  CrmImportResult  *result;
  GString          *buffer;
  GString          *key;
  CrmImportIndex   *index;
  gboolean          had_clients;  /* look-alikes are only sought among */
  gboolean          had_contacts; /* records stored before the import */
  gboolean          had_notes;
  gboolean          rehearsal;    /* a preview or dry run: rolled back */
  GCancellable     *cancellable;
  CrmImportIndexProgress finish_progress;
  gpointer          finish_progress_data;
  CrmIdFilter      *seen_ids;     /* contact external ids of this import */
  GHashTable       *tag_ids;      /* ASCII-folded name (as NOCASE) -> gint64 */
  gint64            tagged_client;  /* the last client given tags, and */
  GArray           *tagged_ids;     /* the tags it was given (gint64) */
  gboolean          in_transaction;
};

static void
client_info_free (gpointer data)
{
  ClientInfo *info = data;

  g_free (info->name);
  g_free (info);
}

void
crm_import_engine_free (CrmImportEngine *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->index, crm_import_index_free);
  /* Nothing may interrupt the rollback. */
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  if (self->in_transaction)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_clear_object (&self->cancellable);

  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (self->stmts[i]);
  g_clear_pointer (&self->clients, g_hash_table_unref);
  g_clear_pointer (&self->infos, g_ptr_array_unref);
  g_clear_pointer (&self->seen_ids, crm_id_filter_free);
  g_clear_pointer (&self->tag_ids, g_hash_table_unref);
  g_clear_pointer (&self->tagged_ids, g_array_unref);
  g_clear_pointer (&self->result, crm_import_result_free);
  g_string_free (self->buffer, TRUE);
  g_string_free (self->key, TRUE);
  g_free (self->path);
  g_free (self->stamp);
  g_free (self);
}

static gboolean
db_error (CrmImportEngine  *self,
          GError          **error)
{
  crm_set_sqlite_error (error, self->db, sqlite3_extended_errcode (self->db), self->path);
  return FALSE;
}

CrmImportEngine *
crm_import_engine_new (sqlite3              *db,
                       const char           *path,
                       gint64                staff_id,
                       CrmImportDuplicates   duplicates,
                       GError              **error)
{
  g_autoptr(CrmImportEngine) self = g_new0 (CrmImportEngine, 1);

  self->db = db;
  self->path = g_strdup (path);
  self->staff_id = staff_id;
  self->duplicates = duplicates;
  self->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->infos = g_ptr_array_new_with_free_func (client_info_free);
  self->buffer = g_string_sized_new (1024);
  self->key = g_string_sized_new (128);
  self->tag_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tagged_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->result = g_new0 (CrmImportResult, 1);
  self->result->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) crm_import_row_free);

  for (guint i = 0; i < N_STATEMENTS; i++)
    if (sqlite3_prepare_v3 (db, statements[i], -1, SQLITE_PREPARE_PERSISTENT,
                            &self->stmts[i], NULL) != SQLITE_OK)
      {
        db_error (self, error);
        return NULL;
      }

  return g_steal_pointer (&self);
}

/* Into an empty database (a first import, the common case for a large
 * file) nothing can look alike: the look-alike queries are skipped. */
static gboolean
probe_existing (CrmImportEngine  *self,
                GError          **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT EXISTS (SELECT 1 FROM clients), EXISTS (SELECT 1 FROM contacts),"
                          " EXISTS (SELECT 1 FROM notes)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self, error);

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      self->had_clients = sqlite3_column_int (stmt, 0);
      self->had_contacts = sqlite3_column_int (stmt, 1);
      self->had_notes = sqlite3_column_int (stmt, 2);
    }
  sqlite3_finalize (stmt);

  return TRUE;
}

/**
 * crm_import_engine_set_rehearsal:
 *
 * Says, before crm_import_engine_begin(), that this run will be rolled
 * back (a preview or a dry run): what only serves a commit is skipped.
 */
void
crm_import_engine_set_rehearsal (CrmImportEngine *self,
                                 gboolean         rehearsal)
{
  self->rehearsal = rehearsal;
}

/* Called by SQLite every few thousand steps of a statement: a non-zero
 * return interrupts it. The builds at the end of a large import are
 * single statements of a second or more each. */
static int
interrupt_if_cancelled (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

/**
 * crm_import_engine_set_cancellable:
 *
 * Makes every statement of the import, the long ones at the end
 * included, stop within a few milliseconds of @cancellable being
 * cancelled; crm_import_engine_finish() then fails and the engine, freed,
 * rolls everything back.
 */
void
crm_import_engine_set_cancellable (CrmImportEngine *self,
                                   GCancellable    *cancellable)
{
  g_set_object (&self->cancellable, cancellable);
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 1000, interrupt_if_cancelled, cancellable);
  else
    sqlite3_progress_handler (self->db, 0, NULL, NULL);
}

/**
 * crm_import_engine_set_finish_progress:
 *
 * Tells @progress of the steps of crm_import_engine_finish(), on the
 * import's thread.
 */
void
crm_import_engine_set_finish_progress (CrmImportEngine        *self,
                                       CrmImportIndexProgress  progress,
                                       gpointer                user_data)
{
  self->finish_progress = progress;
  self->finish_progress_data = user_data;
}

/**
 * crm_import_engine_get_finish_steps:
 *
 * Returns: how many long steps crm_import_engine_finish() will take
 *   (known once the import has begun)
 */
guint
crm_import_engine_get_finish_steps (CrmImportEngine *self)
{
  return self->index != NULL ? crm_import_index_get_n_steps (self->index) : 0;
}

static void
no_progress (guint    done,
             guint    total,
             gpointer user_data)
{
}

gboolean
crm_import_engine_begin (CrmImportEngine  *self,
                         const char       *file_name,
                         const char       *format,
                         GError          **error)
{
  sqlite3_stmt *stmt = self->stmts[S_BATCH_INSERT];
  gboolean staff_exists = TRUE;

  /* Every reference the engine writes is to a row it has just made or
   * read in this transaction, except the staff member, checked below:
   * checking them all again row by row costs a tenth of a large import.
   * The setting is this connection's own (the importer opens one per
   * run); it cannot change inside a transaction, hence before BEGIN. */
  if (sqlite3_exec (self->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return db_error (self, error);
  self->in_transaction = TRUE;

  if (self->staff_id > 0)
    {
      sqlite3_bind_int64 (self->stmts[S_STAFF_EXISTS], 1, self->staff_id);
      if (sqlite3_step (self->stmts[S_STAFF_EXISTS]) == SQLITE_ROW)
        staff_exists = sqlite3_column_int (self->stmts[S_STAFF_EXISTS], 0);
      if (sqlite3_reset (self->stmts[S_STAFF_EXISTS]) != SQLITE_OK)
        return db_error (self, error);
      if (!staff_exists)
        {
          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                       _("The staff member this import is made under was removed: choose who you are in Preferences, then import again"));
          return FALSE;
        }
    }

  if (!probe_existing (self, error))
    return FALSE;
  self->index = crm_import_index_begin (self->db, self->path, !self->had_clients,
                                        !self->had_contacts, !self->had_notes,
                                        !self->rehearsal, error);
  if (self->index == NULL)
    return FALSE;

  if (!self->had_contacts)
    self->seen_ids = crm_id_filter_new ();

  self->stamp = crm_store_now ();

  sqlite3_bind_text (stmt, 1, file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, format, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->stamp, -1, SQLITE_STATIC);
  if (self->staff_id > 0)
    sqlite3_bind_int64 (stmt, 4, self->staff_id);
  else
    sqlite3_bind_null (stmt, 4);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return db_error (self, error);
    }
  sqlite3_reset (stmt);

  self->batch_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static gboolean
step_done (CrmImportEngine  *self,
           sqlite3_stmt     *stmt,
           GError          **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return db_error (self, error);
  return TRUE;
}

typedef struct {
  gint64   id;
  gint64   client_id;
  gint64   batch;
  gboolean primary;
  char    *name;
  char    *values[16];  /* the stored columns, by CLIENT_/CONTACT_COLUMNS index */
} Stored;

static void
stored_clear (Stored *stored)
{
  g_free (stored->name);
  for (guint i = 0; i < G_N_ELEMENTS (stored->values); i++)
    g_free (stored->values[i]);
  memset (stored, 0, sizeof *stored);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Stored, stored_clear)

static gboolean
find_client (CrmImportEngine  *self,
             int               which,
             const char       *text,
             gint64            id,
             Stored           *stored,
             GError          **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stored->id = sqlite3_column_int64 (stmt, 0);
      stored->name = g_strdup (COL_TEXT (stmt, 1));
      for (int c = 1; c <= 12; c++)
        stored->values[c] = g_strdup (COL_TEXT (stmt, c));
      stored->batch = sqlite3_column_int64 (stmt, 13);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (self, error);

  return TRUE;
}

static gboolean
find_contact (CrmImportEngine  *self,
              int               which,
              const char       *text,
              Stored           *stored,
              GError          **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc;

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stored->id = sqlite3_column_int64 (stmt, 0);
      stored->client_id = sqlite3_column_int64 (stmt, 1);
      for (int c = 2; c <= 11; c++)
        stored->values[c] = g_strdup (COL_TEXT (stmt, c));
      stored->primary = sqlite3_column_int (stmt, 12) != 0;
      stored->batch = sqlite3_column_int64 (stmt, 13);
      stored->name = g_strstrip (g_strjoin (" ", stored->values[2], stored->values[3], NULL));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (self, error);

  return TRUE;
}

/* Client columns a row sets: field, index in CLIENT_COLUMNS and in
 * S_CLIENT_UPDATE (index + 1). Name is handled on its own. */
static const struct {
  CrmField field;
  int      column;
} client_columns[] = {
  { CRM_FIELD_ADDITIONAL_INFO, 3 },
  { CRM_FIELD_CLIENT_STATUS, 4 },
  { CRM_FIELD_CLIENT_PHONE, 5 },
  { CRM_FIELD_CLIENT_EMAIL, 6 },
  { CRM_FIELD_WEBSITE, 7 },
};

/* Address columns go to the contact; a client created from a row gets
 * them too (its address), but an update of a client leaves them. */
static const struct {
  CrmField field;
  int      column;   /* in CONTACT_COLUMNS; S_CONTACT_UPDATE index = column */
} contact_columns[] = {
  { CRM_FIELD_FIRST_NAME, 2 },
  { CRM_FIELD_LAST_NAME, 3 },
  { CRM_FIELD_JOB_TITLE, 4 },
  { CRM_FIELD_EMAIL, 5 },
  { CRM_FIELD_PHONE, 6 },
  { CRM_FIELD_STREET, 7 },
  { CRM_FIELD_CITY, 8 },
  { CRM_FIELD_REGION, 9 },
  { CRM_FIELD_POSTAL_CODE, 10 },
  { CRM_FIELD_COUNTRY, 11 },
};

static void
note_change (GString    *changes,
             const char *label)
{
  if (changes == NULL)
    return;
  if (changes->len > 0)
    g_string_append (changes, ", ");
  g_string_append (changes, label);
}

static gboolean
update_client (CrmImportEngine        *self,
               const CrmImportValues  *values,
               Stored                 *stored,
               GString                *changes,
               gboolean               *changed,
               GError                **error)
{
  sqlite3_stmt *stmt = self->stmts[S_CLIENT_UPDATE];
  char status_text[8];
  gboolean any = FALSE;

  if (values->v[CRM_FIELD_CLIENT_NAME] && g_strcmp0 (values->v[CRM_FIELD_CLIENT_NAME], stored->name) != 0)
    {
      any = TRUE;
      note_change (changes, crm_field_get_label (CRM_FIELD_CLIENT_NAME));
    }

  g_snprintf (status_text, sizeof status_text, "%d", values->status);
  for (guint i = 0; i < G_N_ELEMENTS (client_columns); i++)
    {
      const char *value = client_columns[i].field == CRM_FIELD_CLIENT_STATUS
                          ? (values->status >= 0 ? status_text : NULL)
                          : values->v[client_columns[i].field];

      if (value != NULL && g_strcmp0 (value, stored->values[client_columns[i].column]) != 0)
        {
          any = TRUE;
          note_change (changes, crm_field_get_label (client_columns[i].field));
        }
    }

  *changed = any;
  if (!any)
    return TRUE;

  /* Rows made by this import need no snapshot: undo deletes them. */
  if (stored->batch == self->batch_id)
    {
      const char *indexed[] = { stored->values[1], stored->values[2], stored->values[6],
                                stored->values[5], stored->values[9] };

      crm_import_index_changing (self->index, CRM_FTS_CLIENTS, stored->id, indexed);
    }
  else
    {
      sqlite3_stmt *snap = self->stmts[S_CLIENT_SNAPSHOT];

      sqlite3_bind_int64 (snap, 1, self->batch_id);
      sqlite3_bind_int64 (snap, 2, stored->id);
      if (!step_done (self, snap, error))
        return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, stored->id);
  bind_text (stmt, 2, values->v[CRM_FIELD_CLIENT_NAME]);
  bind_text (stmt, 3, values->v[CRM_FIELD_ADDITIONAL_INFO]);
  if (values->status >= 0)
    sqlite3_bind_int (stmt, 4, values->status);
  else
    sqlite3_bind_null (stmt, 4);
  bind_text (stmt, 5, values->v[CRM_FIELD_CLIENT_PHONE]);
  bind_text (stmt, 6, values->v[CRM_FIELD_CLIENT_EMAIL]);
  bind_text (stmt, 7, values->v[CRM_FIELD_WEBSITE]);
  for (int i = 8; i <= 12; i++)
    sqlite3_bind_null (stmt, i);
  sqlite3_bind_text (stmt, 13, self->stamp, -1, SQLITE_STATIC);

  return step_done (self, stmt, error);
}

static gboolean
insert_client (CrmImportEngine        *self,
               const CrmImportValues  *values,
               const char             *name,
               const char             *external_id,
               gint64                 *id,
               GError                **error)
{
  sqlite3_stmt *stmt = self->stmts[S_CLIENT_INSERT];

  bind_text (stmt, 1, name);
  bind_text (stmt, 2, external_id);
  bind_text (stmt, 3, values->v[CRM_FIELD_ADDITIONAL_INFO]);
  if (values->status >= 0)
    sqlite3_bind_int (stmt, 4, values->status);
  else
    sqlite3_bind_null (stmt, 4);
  bind_text (stmt, 5, values->v[CRM_FIELD_CLIENT_PHONE]);
  bind_text (stmt, 6, values->v[CRM_FIELD_CLIENT_EMAIL]);
  bind_text (stmt, 7, values->v[CRM_FIELD_WEBSITE]);
  bind_text (stmt, 8, values->v[CRM_FIELD_STREET]);
  bind_text (stmt, 9, values->v[CRM_FIELD_CITY]);
  bind_text (stmt, 10, values->v[CRM_FIELD_REGION]);
  bind_text (stmt, 11, values->v[CRM_FIELD_POSTAL_CODE]);
  bind_text (stmt, 12, values->v[CRM_FIELD_COUNTRY]);
  if (self->staff_id > 0)
    sqlite3_bind_int64 (stmt, 13, self->staff_id);
  else
    sqlite3_bind_null (stmt, 13);
  sqlite3_bind_text (stmt, 14, self->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 15, self->batch_id);

  if (!step_done (self, stmt, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  {
    const char *indexed[] = { name, external_id, values->v[CRM_FIELD_CLIENT_EMAIL],
                              values->v[CRM_FIELD_CLIENT_PHONE], values->v[CRM_FIELD_CITY] };

    crm_import_index_added (self->index, CRM_FTS_CLIENTS, *id, indexed);
  }
  return TRUE;
}

/* Gives the primary mark of @client_id to @contact_id, keeping a snapshot
 * of the contact that loses it. */
static gboolean
move_primary (CrmImportEngine  *self,
              gint64            client_id,
              gint64            contact_id,
              GError          **error)
{
  sqlite3_stmt *stmt = self->stmts[S_PRIMARY_OF];
  gint64 old_id = 0, old_batch = 0;
  int rc;

  sqlite3_bind_int64 (stmt, 1, client_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      old_id = sqlite3_column_int64 (stmt, 0);
      old_batch = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (self, error);

  if (old_id == contact_id)
    return TRUE;

  if (old_id != 0)
    {
      if (old_batch != self->batch_id)
        {
          sqlite3_stmt *snap = self->stmts[S_CONTACT_SNAPSHOT];

          sqlite3_bind_int64 (snap, 1, self->batch_id);
          sqlite3_bind_int64 (snap, 2, old_id);
          if (!step_done (self, snap, error))
            return FALSE;
        }

      sqlite3_bind_int64 (self->stmts[S_PRIMARY_CLEAR], 1, old_id);
      sqlite3_bind_text (self->stmts[S_PRIMARY_CLEAR], 2, self->stamp, -1, SQLITE_STATIC);
      if (!step_done (self, self->stmts[S_PRIMARY_CLEAR], error))
        return FALSE;
    }

  if (contact_id != 0)
    {
      sqlite3_bind_int64 (self->stmts[S_PRIMARY_SET], 1, contact_id);
      sqlite3_bind_text (self->stmts[S_PRIMARY_SET], 2, self->stamp, -1, SQLITE_STATIC);
      if (!step_done (self, self->stmts[S_PRIMARY_SET], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_contact (CrmImportEngine        *self,
                const CrmImportValues  *values,
                gint64                  client_id,
                gboolean                primary,
                GError                **error)
{
  sqlite3_stmt *stmt = self->stmts[S_CONTACT_INSERT];

  sqlite3_bind_int64 (stmt, 1, client_id);
  bind_text (stmt, 2, values->first);
  bind_text (stmt, 3, values->last);
  bind_text (stmt, 4, values->v[CRM_FIELD_JOB_TITLE]);
  bind_text (stmt, 5, values->v[CRM_FIELD_EMAIL]);
  bind_text (stmt, 6, values->v[CRM_FIELD_PHONE]);
  bind_text (stmt, 7, values->v[CRM_FIELD_STREET]);
  bind_text (stmt, 8, values->v[CRM_FIELD_CITY]);
  bind_text (stmt, 9, values->v[CRM_FIELD_REGION]);
  bind_text (stmt, 10, values->v[CRM_FIELD_POSTAL_CODE]);
  bind_text (stmt, 11, values->v[CRM_FIELD_COUNTRY]);
  bind_text (stmt, 12, values->v[CRM_FIELD_EXTERNAL_CONTACT_ID]);
  sqlite3_bind_int (stmt, 13, primary);
  sqlite3_bind_text (stmt, 14, self->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 15, self->batch_id);

  if (self->seen_ids != NULL && values->v[CRM_FIELD_EXTERNAL_CONTACT_ID] != NULL)
    crm_id_filter_add (self->seen_ids, values->v[CRM_FIELD_EXTERNAL_CONTACT_ID]);

  if (!step_done (self, stmt, error))
    return FALSE;

  {
    /* As stored: a missing name is an empty one. */
    const char *indexed[] = { values->first ? values->first : "", values->last ? values->last : "",
                              values->v[CRM_FIELD_EMAIL], values->v[CRM_FIELD_PHONE],
                              values->v[CRM_FIELD_JOB_TITLE] };

    crm_import_index_added (self->index, CRM_FTS_CONTACTS, sqlite3_last_insert_rowid (self->db), indexed);
  }
  return TRUE;
}

static gboolean
update_contact (CrmImportEngine        *self,
                const CrmImportValues  *values,
                Stored                 *stored,
                GString                *changes,
                gboolean               *changed,
                GError                **error)
{
  sqlite3_stmt *stmt = self->stmts[S_CONTACT_UPDATE];
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (contact_columns); i++)
    {
      const char *value = contact_columns[i].field == CRM_FIELD_FIRST_NAME ? values->first
                        : contact_columns[i].field == CRM_FIELD_LAST_NAME ? values->last
                        : values->v[contact_columns[i].field];

      if (value != NULL && g_strcmp0 (value, stored->values[contact_columns[i].column]) != 0)
        {
          any = TRUE;
          note_change (changes, crm_field_get_label (contact_columns[i].field));
        }
    }

  *changed = any;
  if (!any)
    return TRUE;

  if (stored->batch == self->batch_id)
    {
      const char *indexed[] = { stored->values[2], stored->values[3], stored->values[5],
                                stored->values[6], stored->values[4] };

      crm_import_index_changing (self->index, CRM_FTS_CONTACTS, stored->id, indexed);
    }
  else
    {
      sqlite3_stmt *snap = self->stmts[S_CONTACT_SNAPSHOT];

      sqlite3_bind_int64 (snap, 1, self->batch_id);
      sqlite3_bind_int64 (snap, 2, stored->id);
      if (!step_done (self, snap, error))
        return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, stored->id);
  bind_text (stmt, 2, values->first);
  bind_text (stmt, 3, values->last);
  for (int f = 4; f <= 11; f++)
    bind_text (stmt, f, values->v[contact_columns[f - 2].field]);
  sqlite3_bind_text (stmt, 12, self->stamp, -1, SQLITE_STATIC);

  return step_done (self, stmt, error);
}

/* The id of the tag named @name, made if need be (0 if the tags table
 * refuses the name). Names are compared as the tags table does (NOCASE:
 * ASCII letters only). */
static gboolean
find_tag (CrmImportEngine  *self,
          const char       *name,
          gint64           *id,
          GError          **error)
{
  g_autofree char *key = g_ascii_strdown (name, -1);
  gint64 *known = g_hash_table_lookup (self->tag_ids, key);
  sqlite3_stmt *stmt = self->stmts[S_TAG_ID];
  int rc;

  if (known != NULL)
    {
      *id = *known;
      return TRUE;
    }

  sqlite3_bind_text (self->stmts[S_TAG_INSERT], 1, name, -1, SQLITE_STATIC);
  if (!step_done (self, self->stmts[S_TAG_INSERT], error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  *id = 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (self, error);

  g_hash_table_insert (self->tag_ids, g_steal_pointer (&key), g_memdup2 (id, sizeof *id));
  return TRUE;
}

static gboolean
add_tags_and_note (CrmImportEngine        *self,
                   const CrmImportValues  *values,
                   gint64                  client_id,
                   GError                **error)
{
  const char *tags = values->v[CRM_FIELD_TAGS];
  const char *note = values->v[CRM_FIELD_NOTES];

  if (tags != NULL)
    {
      g_auto(GStrv) labels = g_strsplit (tags, ":::", -1);
      g_autofree char *plain = g_strjoinv (";", labels);
      g_auto(GStrv) parts = g_strsplit_set (plain, ";,", -1);

      /* Google Contacts writes "* myContacts ::: Friends": its own system
       * labels start with "* " and are not tags. */

      for (guint i = 0; parts[i]; i++)
        {
          char *tag = g_strstrip (parts[i]);

          gint64 tag_id;
          gboolean linked = FALSE;

          if (*tag == '\0' || g_str_has_prefix (tag, "* "))
            continue;

          if (!find_tag (self, tag, &tag_id, error))
            return FALSE;
          if (tag_id == 0)
            continue;

          /* The rows of a client usually follow each other and repeat
           * its tags: link each once. */
          if (client_id != self->tagged_client)
            {
              self->tagged_client = client_id;
              g_array_set_size (self->tagged_ids, 0);
            }
          for (guint t = 0; t < self->tagged_ids->len && !linked; t++)
            linked = g_array_index (self->tagged_ids, gint64, t) == tag_id;
          if (linked)
            continue;
          g_array_append_val (self->tagged_ids, tag_id);

          sqlite3_bind_int64 (self->stmts[S_TAG_LINK], 1, client_id);
          sqlite3_bind_int64 (self->stmts[S_TAG_LINK], 2, tag_id);
          sqlite3_bind_int64 (self->stmts[S_TAG_LINK], 3, self->batch_id);
          if (!step_done (self, self->stmts[S_TAG_LINK], error))
            return FALSE;
        }
    }

  if (note != NULL)
    {
      sqlite3_stmt *stmt = self->stmts[S_NOTE_INSERT];

      sqlite3_bind_int64 (stmt, 1, client_id);
      if (self->staff_id > 0)
        sqlite3_bind_int64 (stmt, 2, self->staff_id);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, note, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, self->stamp, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 5, self->batch_id);
      if (!step_done (self, stmt, error))
        return FALSE;

      crm_import_index_added (self->index, CRM_FTS_NOTES, sqlite3_last_insert_rowid (self->db),
                              (const char * const []) { note });
    }

  return TRUE;
}

static ClientInfo *
remember_client (CrmImportEngine *self,
                 const char      *key,
                 gint64           id,
                 const char      *name,
                 gboolean         created)
{
  ClientInfo *info = g_new0 (ClientInfo, 1);

  info->id = id;
  info->name = g_strdup (name);
  info->created = created;
  g_ptr_array_add (self->infos, info);
  if (key != NULL)
    g_hash_table_insert (self->clients, g_strdup (key), info);

  return info;
}

static const char *
make_key (CrmImportEngine *self,
          char             kind,
          const char      *value)
{
  g_string_truncate (self->key, 0);
  g_string_append_c (self->key, kind);
  g_string_append_c (self->key, ':');
  if (kind == 'n')
    {
      g_autofree char *folded = g_utf8_casefold (value, -1);
      g_string_append (self->key, folded);
    }
  else
    g_string_append (self->key, value);

  return self->key->str;
}

/* Which client the row goes to; *info is NULL when a new one must be made. */
static gboolean
resolve_client (CrmImportEngine   *self,
                CrmImportValues   *values,
                CrmImportOutcome  *outcome,
                ClientInfo       **info_out,
                const char       **key_out,
                Stored            *stored_out,
                GError           **error)
{
  const char *client_id = values->v[CRM_FIELD_CLIENT_ID];
  const char *external = values->v[CRM_FIELD_EXTERNAL_CLIENT_ID];
  const char *name = values->v[CRM_FIELD_CLIENT_NAME];
  ClientInfo *info = NULL;
  const char *key = NULL;

  *info_out = NULL;
  *key_out = NULL;

  if (client_id != NULL)
    {
      gint64 id;
      char *end = NULL;

      id = g_ascii_strtoll (client_id, &end, 10);
      if (end == NULL || *end != '\0' || id <= 0)
        return crm_import_outcome_fail (outcome, _("“%s” is not a Client ID: it is a number Clientele gave"), client_id);
      key = make_key (self, 'i', client_id);
      info = g_hash_table_lookup (self->clients, key);
      if (info == NULL)
        {
          if (!find_client (self, S_CLIENT_BY_ID, NULL, id, stored_out, error))
            return FALSE;

          /* Client IDs are this database's own numbers: a file from another
           * database may carry the same number for another client. So the
           * id matches only when the name agrees; otherwise it just groups
           * the file's rows into a new client. */
          if (stored_out->id != 0 && name != NULL)
            {
              g_autofree char *a = g_utf8_casefold (name, -1);
              g_autofree char *b = g_utf8_casefold (stored_out->name, -1);

              if (!g_str_equal (a, b))
                stored_clear (stored_out);
            }

          if (stored_out->id != 0)
            info = remember_client (self, key, stored_out->id, stored_out->name,
                                    stored_out->batch == self->batch_id);
        }
    }
  else if (external != NULL)
    {
      key = make_key (self, 'x', external);
      info = g_hash_table_lookup (self->clients, key);
      if (info == NULL)
        {
          /* Clients of this import are all in the map already. */
          if (self->had_clients &&
              !find_client (self, S_CLIENT_BY_EXT, external, 0, stored_out, error))
            return FALSE;
          if (stored_out->id != 0)
            info = remember_client (self, key, stored_out->id, stored_out->name, stored_out->batch == self->batch_id);
        }
    }
  else if (name != NULL)
    {
      key = make_key (self, 'n', name);
      info = g_hash_table_lookup (self->clients, key);
    }

  *info_out = info;
  *key_out = key;
  return TRUE;
}

static gboolean
process (CrmImportEngine        *self,
         const CrmImportRecord  *record,
         CrmImportOutcome       *outcome,
         gboolean                describe,
         GError                **error)
{
  g_auto(Stored) stored_client = { 0 };
  g_auto(Stored) stored_contact = { 0 };
  g_autoptr(GString) changes = describe ? g_string_new (NULL) : NULL;
  g_autofree char *person = NULL;
  const char *key = NULL;
  ClientInfo *info = NULL;
  CrmImportValues values = { 0 };
  gboolean has_person, changed = FALSE, contact_changed = FALSE;
  gboolean new_client = FALSE;
  gint64 client_id;

  crm_import_values_read (self->buffer, record, &values);
  if (!crm_import_values_check (record, &values, outcome))
    return TRUE;

  has_person = values.first != NULL || values.last != NULL;
  if (has_person)
    person = g_strstrip (g_strjoin (" ", values.first ? values.first : "",
                                    values.last ? values.last : "", NULL));

  /* A contact found by its external id decides the client. */
  if (values.v[CRM_FIELD_EXTERNAL_CONTACT_ID])
    {
      if ((self->seen_ids == NULL ||
           crm_id_filter_maybe (self->seen_ids, values.v[CRM_FIELD_EXTERNAL_CONTACT_ID])) &&
          !find_contact (self, S_CONTACT_BY_EXT, values.v[CRM_FIELD_EXTERNAL_CONTACT_ID], &stored_contact, error))
        return FALSE;
    }
  else if (values.v[CRM_FIELD_EMAIL] && self->had_contacts)
    {
      g_auto(Stored) twin = { 0 };

      if (!find_contact (self, S_CONTACT_BY_EMAIL, values.v[CRM_FIELD_EMAIL], &twin, error))
        return FALSE;
      if (twin.id != 0)
        {
          outcome->duplicate = g_strdup_printf (_("A contact with this e-mail exists: “%s”"), twin.name);
          if (self->duplicates == CRM_IMPORT_DUPLICATES_SKIP)
            {
              outcome->action = CRM_IMPORT_ACTION_SKIP;
              outcome->message = g_strdup (outcome->duplicate);
              return TRUE;
            }
          if (self->duplicates == CRM_IMPORT_DUPLICATES_UPDATE)
            {
              stored_contact = twin;
              memset (&twin, 0, sizeof twin);
            }
        }
    }

  if (!resolve_client (self, &values, outcome, &info, &key, &stored_client, error))
    return FALSE;
  if (outcome->action == CRM_IMPORT_ACTION_ERROR)
    return TRUE;

  if (stored_contact.id != 0)
    {
      if (info != NULL && info->id != stored_contact.client_id)
        return crm_import_outcome_fail (outcome, _("The contact “%s” belongs to another client than this row names"),
                     stored_contact.name);
      if (info == NULL)
        {
          if (!find_client (self, S_CLIENT_BY_ID, NULL, stored_contact.client_id, &stored_client, error))
            return FALSE;
          info = remember_client (self, NULL, stored_client.id, stored_client.name,
                                  stored_client.batch == self->batch_id);
        }
    }

  /* A client name seen neither in this file nor by id: maybe stored. */
  if (info == NULL && key != NULL && key[0] == 'n' && stored_contact.id == 0 && self->had_clients)
    {
      g_auto(Stored) twin = { 0 };

      if (!find_client (self, S_CLIENT_BY_NAME, values.v[CRM_FIELD_CLIENT_NAME], 0, &twin, error))
        return FALSE;
      if (twin.id != 0)
        {
          if (outcome->duplicate == NULL)
            outcome->duplicate = g_strdup_printf (_("A client named “%s” exists"), twin.name);
          if (self->duplicates == CRM_IMPORT_DUPLICATES_SKIP)
            {
              outcome->action = CRM_IMPORT_ACTION_SKIP;
              outcome->message = g_strdup (outcome->duplicate);
              return TRUE;
            }
          if (self->duplicates == CRM_IMPORT_DUPLICATES_UPDATE)
            {
              info = remember_client (self, key, twin.id, twin.name, FALSE);
              stored_client = twin;
              memset (&twin, 0, sizeof twin);
            }
        }
    }

  /* Everything is checked before the first write of the row. */
  if (!has_person && stored_contact.id == 0 &&
      (values.v[CRM_FIELD_EMAIL] || values.v[CRM_FIELD_PHONE] ||
       values.v[CRM_FIELD_JOB_TITLE] || values.v[CRM_FIELD_EXTERNAL_CONTACT_ID]))
    return crm_import_outcome_fail (outcome, _("The contact has no name: fill First Name or Last Name"));

  if (info == NULL)
    {
      const char *name = values.v[CRM_FIELD_CLIENT_NAME] ? values.v[CRM_FIELD_CLIENT_NAME] : person;

      if (name == NULL)
        return crm_import_outcome_fail (outcome, _("The row names no client and no person: fill Client Name, or First Name and Last Name"));
      if (!has_person)
        return crm_import_outcome_fail (outcome, _("The new client “%s” has no contact: every client needs one, so fill First Name or Last Name"),
                     name);

      if (!insert_client (self, &values, name, values.v[CRM_FIELD_EXTERNAL_CLIENT_ID], &client_id, error))
        return FALSE;

      /* A person without a client name is a client of their own, and is
       * not grouped with a namesake. */
      info = remember_client (self, key, client_id, name, TRUE);
      info->seen = TRUE;
      new_client = TRUE;
    }
  else if (!info->seen)
    {
      /* The client's own fields are taken from its first row. */
      info->seen = TRUE;
      if (!info->created)
        {
          if (stored_client.id == 0 &&
              !find_client (self, S_CLIENT_BY_ID, NULL, info->id, &stored_client, error))
            return FALSE;
          if (!update_client (self, &values, &stored_client, changes, &changed, error))
            return FALSE;
        }
    }

  client_id = info->id;
  outcome->client_name = g_strdup (info->name);

  if (stored_contact.id != 0)
    {
      outcome->contact_name = g_strdup (person ? person : stored_contact.name);
      if (!update_contact (self, &values, &stored_contact, changes, &contact_changed, error))
        return FALSE;
      if (values.primary_given && values.primary && !stored_contact.primary)
        {
          if (!move_primary (self, client_id, stored_contact.id, error))
            return FALSE;
          note_change (changes, crm_field_get_label (CRM_FIELD_PRIMARY));
          contact_changed = TRUE;
        }
      outcome->action = CRM_IMPORT_ACTION_UPDATE;
    }
  else if (has_person)
    {
      gboolean primary = info->created && !info->has_contact;

      outcome->contact_name = g_strdup (person);
      if (values.primary_given && values.primary && !primary)
        {
          if (!move_primary (self, client_id, 0, error))
            return FALSE;
          primary = TRUE;
        }
      if (!insert_contact (self, &values, client_id, primary, error))
        return FALSE;
      info->has_contact = TRUE;
      outcome->action = new_client ? CRM_IMPORT_ACTION_CREATE_CLIENT : CRM_IMPORT_ACTION_ADD_CONTACT;
    }
  else
    outcome->action = CRM_IMPORT_ACTION_UPDATE;

  if (!add_tags_and_note (self, &values, client_id, error))
    return FALSE;

  if (describe)
    {
      if (outcome->action == CRM_IMPORT_ACTION_CREATE_CLIENT)
        outcome->message = g_strdup (_("New client"));
      else if (outcome->action == CRM_IMPORT_ACTION_ADD_CONTACT)
        outcome->message = g_strdup (_("New contact"));
      else if (changed || contact_changed)
        outcome->message = g_strdup_printf (_("Changes %s"), changes->str);
      else
        outcome->message = g_strdup (_("Already up to date"));
    }

  return TRUE;
}

/**
 * crm_import_engine_process:
 * @row_out: (out) (optional): what was done with the record, for a preview
 *
 * Returns: %FALSE when the database failed: the import must stop
 */
gboolean
crm_import_engine_process (CrmImportEngine        *self,
                           const CrmImportRecord  *record,
                           CrmImportRow          **row_out,
                           GError                **error)
{
  g_auto(CrmImportOutcome) outcome = { 0 };
  CrmImportResult *result = self->result;

  if (!process (self, record, &outcome, row_out != NULL, error))
    return FALSE;

  result->rows_read++;
  switch (outcome.action)
    {
    case CRM_IMPORT_ACTION_CREATE_CLIENT:
    case CRM_IMPORT_ACTION_ADD_CONTACT:
      result->created++;
      break;

    case CRM_IMPORT_ACTION_UPDATE:
      result->updated++;
      break;

    case CRM_IMPORT_ACTION_SKIP:
      result->skipped++;
      break;

    case CRM_IMPORT_ACTION_ERROR:
    default:
      result->failed++;
      g_ptr_array_add (result->failures, crm_import_outcome_to_row (record, &outcome));
      break;
    }

  if (row_out != NULL)
    *row_out = crm_import_outcome_to_row (record, &outcome);

  return TRUE;
}

/**
 * crm_import_engine_finish:
 * @commit: %FALSE to roll everything back (cancel, dry run, preview)
 */
gboolean
crm_import_engine_finish (CrmImportEngine  *self,
                          gboolean          commit,
                          GError          **error)
{
  CrmImportResult *result = self->result;
  g_autofree char *now = crm_store_now ();
  gint64 start;

  if (!self->in_transaction)
    return TRUE;

  if (!commit)
    {
      sqlite3_progress_handler (self->db, 0, NULL, NULL);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->in_transaction = FALSE;
      result->batch_id = 0;
      return TRUE;
    }

  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 1, self->batch_id);
  sqlite3_bind_text (self->stmts[S_BATCH_FINISH], 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 3, result->rows_read);
  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 4, result->created);
  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 5, result->updated);
  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 6, result->skipped);
  sqlite3_bind_int64 (self->stmts[S_BATCH_FINISH], 7, result->failed);
  if (!step_done (self, self->stmts[S_BATCH_FINISH], error))
    return FALSE;

  if (!crm_import_index_finish (self->index, self->batch_id,
                                self->finish_progress ? self->finish_progress : no_progress,
                                self->finish_progress_data, error))
    return FALSE;

  /* Past this point the import is whole: it commits, cancelled or not. */
  sqlite3_progress_handler (self->db, 0, NULL, NULL);

  start = g_get_monotonic_time ();
  if (sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      db_error (self, error);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->in_transaction = FALSE;
      return FALSE;
    }

  g_debug ("Import commit: %.2f s", (g_get_monotonic_time () - start) / 1e6);
  self->in_transaction = FALSE;
  result->batch_id = self->batch_id;
  return TRUE;
}

CrmImportResult *
crm_import_engine_steal_result (CrmImportEngine *self)
{
  return g_steal_pointer (&self->result);
}
