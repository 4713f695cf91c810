/* crm-store-imports.c: the import history, and undoing an import.
 *
 * An import can be undone at any later time as long as the records it
 * touched have not changed since: then undo would throw away someone's
 * work, and it refuses, saying how many records are in the way.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-importer.h"
#include "crm-store-private.h"

struct _CrmImportBatch
{
  GObject    parent_instance;

  gint64     id;
  char      *file_name;
  char      *format;
  GDateTime *finished;
  guint64    counts[5];
  gboolean   undone;
};

G_DEFINE_FINAL_TYPE (CrmImportBatch, crm_import_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FILE_NAME,
  PROP_FORMAT,
  PROP_FINISHED,
  PROP_ROWS_READ,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_SKIPPED,
  PROP_FAILED,
  PROP_UNDONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_import_batch_finalize (GObject *object)
{
  CrmImportBatch *self = (CrmImportBatch *)object;

  g_free (self->file_name);
  g_free (self->format);
  g_clear_pointer (&self->finished, g_date_time_unref);

  G_OBJECT_CLASS (crm_import_batch_parent_class)->finalize (object);
}

static void
crm_import_batch_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmImportBatch *self = CRM_IMPORT_BATCH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;

    case PROP_FINISHED:
      g_value_set_boxed (value, self->finished);
      break;

    case PROP_ROWS_READ:
    case PROP_CREATED:
    case PROP_UPDATED:
    case PROP_SKIPPED:
    case PROP_FAILED:
      g_value_set_uint64 (value, self->counts[prop_id - PROP_ROWS_READ]);
      break;

    case PROP_UNDONE:
      g_value_set_boolean (value, self->undone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_batch_class_init (CrmImportBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const counts[] = { "rows-read", "created", "updated", "skipped", "failed" };

  object_class->finalize = crm_import_batch_finalize;
  object_class->get_property = crm_import_batch_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FINISHED] =
    g_param_spec_boxed ("finished", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    properties[PROP_ROWS_READ + i] =
      g_param_spec_uint64 (counts[i], NULL, NULL, 0, G_MAXUINT64, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDONE] =
    g_param_spec_boolean ("undone", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_import_batch_init (CrmImportBatch *self)
{
}

gint64
crm_import_batch_get_id (CrmImportBatch *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_BATCH (self), 0);
  return self->id;
}

const char *
crm_import_batch_get_file_name (CrmImportBatch *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_BATCH (self), NULL);
  return self->file_name;
}

/**
 * crm_import_batch_get_finished:
 *
 * Returns: (transfer none) (nullable): when the import was done, in UTC
 */
GDateTime *
crm_import_batch_get_finished (CrmImportBatch *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_BATCH (self), NULL);
  return self->finished;
}

gboolean
crm_import_batch_get_undone (CrmImportBatch *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_BATCH (self), FALSE);
  return self->undone;
}

/**
 * crm_store_list_imports:
 *
 * Returns: (transfer full): the import history, newest first, as a
 *   #GListModel of #CrmImportBatch
 */
GListModel *
crm_store_list_imports (CrmStore *self)
{
  GListStore *list = g_list_store_new (CRM_TYPE_IMPORT_BATCH);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  stmt = crm_store_prepare (self,
                            "SELECT id, file_name, format, finished_at, rows_read, created,"
                            " updated, skipped, failed, undone_at IS NOT NULL"
                            " FROM import_batches WHERE finished_at IS NOT NULL"
                            " ORDER BY id DESC LIMIT 500",
                            NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmImportBatch) batch = g_object_new (CRM_TYPE_IMPORT_BATCH, NULL);

      batch->id = sqlite3_column_int64 (stmt, 0);
      batch->file_name = g_strdup (COL_TEXT (stmt, 1));
      batch->format = g_strdup (COL_TEXT (stmt, 2));
      batch->finished = crm_store_parse_time (COL_TEXT (stmt, 3));
      for (guint i = 0; i < 5; i++)
        batch->counts[i] = sqlite3_column_int64 (stmt, 4 + i);
      batch->undone = sqlite3_column_int (stmt, 9) != 0;
      g_list_store_append (list, batch);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

/* Everything an undo does, in order, on one connection. ?1 batch id,
 * ?2 the batch's stamp, ?3 now. */
static const char * const changed_since_sql =
  "SELECT (SELECT count (*) FROM clients WHERE import_batch_id = ?1 AND updated_at != ?2)"
  "     + (SELECT count (*) FROM contacts WHERE import_batch_id = ?1 AND updated_at != ?2)"
  "     + (SELECT count (*) FROM import_changes ch JOIN clients c ON c.id = ch.row_id"
  "         WHERE ch.batch_id = ?1 AND ch.kind = 'client' AND c.updated_at != ?2)"
  "     + (SELECT count (*) FROM import_changes ch JOIN contacts p ON p.id = ch.row_id"
  "         WHERE ch.batch_id = ?1 AND ch.kind = 'contact' AND p.updated_at != ?2)"
  "     + (SELECT count (*) FROM contacts p JOIN clients c ON c.id = p.client_id"
  "         WHERE c.import_batch_id = ?1 AND p.import_batch_id IS NOT ?1)"
  "     + (SELECT count (*) FROM notes n JOIN clients c ON c.id = n.client_id"
  "         WHERE c.import_batch_id = ?1 AND n.import_batch_id IS NOT ?1)";

static const char * const undo_steps[] = {
  /* The primary marks this import moved go back first, so that at no
   * moment a client has two. */
  "UPDATE contacts SET is_primary = 0 WHERE import_batch_id = ?1 AND is_primary = 1"
  " AND client_id NOT IN (SELECT id FROM clients WHERE import_batch_id = ?1)",
  "UPDATE contacts SET is_primary = 0 WHERE is_primary = 1 AND id IN"
  " (SELECT row_id FROM import_changes WHERE batch_id = ?1 AND kind = 'contact')",
  "UPDATE contacts SET"
  "   first_name = json_extract (ch.old_values, '$.first_name'),"
  "   last_name = json_extract (ch.old_values, '$.last_name'),"
  "   job_title = json_extract (ch.old_values, '$.job_title'),"
  "   email = json_extract (ch.old_values, '$.email'),"
  "   phone = json_extract (ch.old_values, '$.phone'),"
  "   street = json_extract (ch.old_values, '$.street'),"
  "   city = json_extract (ch.old_values, '$.city'),"
  "   region = json_extract (ch.old_values, '$.region'),"
  "   postal_code = json_extract (ch.old_values, '$.postal_code'),"
  "   country = json_extract (ch.old_values, '$.country'),"
  "   is_primary = json_extract (ch.old_values, '$.is_primary'),"
  "   updated_at = json_extract (ch.old_values, '$.updated_at')"
  " FROM import_changes ch"
  " WHERE ch.batch_id = ?1 AND ch.kind = 'contact' AND contacts.id = ch.row_id",
  "UPDATE clients SET"
  "   name = json_extract (ch.old_values, '$.name'),"
  "   external_id = json_extract (ch.old_values, '$.external_id'),"
  "   additional_info = json_extract (ch.old_values, '$.additional_info'),"
  "   status = json_extract (ch.old_values, '$.status'),"
  "   phone = json_extract (ch.old_values, '$.phone'),"
  "   email = json_extract (ch.old_values, '$.email'),"
  "   website = json_extract (ch.old_values, '$.website'),"
  "   street = json_extract (ch.old_values, '$.street'),"
  "   city = json_extract (ch.old_values, '$.city'),"
  "   region = json_extract (ch.old_values, '$.region'),"
  "   postal_code = json_extract (ch.old_values, '$.postal_code'),"
  "   country = json_extract (ch.old_values, '$.country'),"
  "   updated_at = json_extract (ch.old_values, '$.updated_at')"
  " FROM import_changes ch"
  " WHERE ch.batch_id = ?1 AND ch.kind = 'client' AND clients.id = ch.row_id",
  "DELETE FROM notes WHERE import_batch_id = ?1",
  "DELETE FROM client_tags WHERE import_batch_id = ?1",
  "DELETE FROM contacts WHERE import_batch_id = ?1"
  " AND client_id NOT IN (SELECT id FROM clients WHERE import_batch_id = ?1)",
  "DELETE FROM clients WHERE import_batch_id = ?1",
  "DELETE FROM import_changes WHERE batch_id = ?1",
  "UPDATE import_batches SET undone_at = ?3 WHERE id = ?1",
};

static gboolean
run_step (sqlite3     *db,
          const char  *path,
          const char  *sql,
          gint64       batch_id,
          const char  *stamp,
          const char  *now,
          gint64      *count,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, batch_id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && count != NULL)
        *count = sqlite3_column_int64 (stmt, 0);
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
undo_on (sqlite3     *db,
         const char  *path,
         gint64       batch_id,
         GError     **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt = NULL;
  gboolean undone = FALSE;
  gint64 changed = 0;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    {
      crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
      return FALSE;
    }

  if (sqlite3_prepare_v2 (db, "SELECT stamp, file_name, undone_at IS NOT NULL FROM import_batches"
                              " WHERE id = ?1 AND finished_at IS NOT NULL",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, batch_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          stamp = g_strdup (COL_TEXT (stmt, 0));
          file_name = g_strdup (COL_TEXT (stmt, 1));
          undone = sqlite3_column_int (stmt, 2) != 0;
        }
    }
  sqlite3_finalize (stmt);

  if (stamp == NULL)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("That import is not in the history."));
      goto rollback;
    }

  if (undone)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("The import of “%s” was undone already."), file_name);
      goto rollback;
    }

  if (!run_step (db, path, changed_since_sql, batch_id, stamp, now, &changed, error))
    goto rollback;

  if (changed > 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The import of “%s” cannot be undone: %lld"
                                " record it touched has changed since, and undoing would lose that change.",
                                "The import of “%s” cannot be undone: %lld"
                                " records it touched have changed since, and undoing would lose those changes.",
                                changed),
                   file_name, (long long) changed);
      goto rollback;
    }

  for (guint i = 0; i < G_N_ELEMENTS (undo_steps); i++)
    if (!run_step (db, path, undo_steps[i], batch_id, stamp, now, NULL, error))
      goto rollback;

  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
      goto rollback;
    }

  return TRUE;

rollback:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/**
 * crm_store_undo_import:
 * @batch_id: the import, from #CrmImportResult or crm_store_list_imports()
 *
 * Reverts everything the import did, updates included, in one
 * transaction. Runs on the calling thread: a large import is better
 * undone with crm_store_undo_import_async().
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_undo_import (CrmStore  *self,
                       gint64     batch_id,
                       GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  if (!undo_on (self->db, self->path, batch_id, error))
    return FALSE;

  crm_store_reload (self);
  return TRUE;
}

static void
undo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = crm_store_get_path (source_object);
  gint64 batch_id = *(gint64 *) task_data;
  GError *error = NULL;
  sqlite3 *db;

  if (!(db = crm_store_open_connection (path, FALSE, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (undo_on (db, path, batch_id, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);

  sqlite3_close_v2 (db);
}

void
crm_store_undo_import_async (CrmStore            *self,
                             gint64               batch_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CRM_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, crm_store_undo_import_async);
  g_task_set_task_data (task, g_memdup2 (&batch_id, sizeof batch_id), g_free);
  g_task_run_in_thread (task, undo_thread);
}

gboolean
crm_store_undo_import_finish (CrmStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  crm_store_reload (self);
  return TRUE;
}
