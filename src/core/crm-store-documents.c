/* crm-store-documents.c: files attached to clients.
 *
 * A file is copied into the "documents" folder beside the database and
 * named by the SHA-256 of its content, so the same bytes are stored once
 * however often, and by whichever name, they are attached. The copy is
 * written to a temporary file in that folder and renamed into place only
 * when complete, so a half-copied file never carries a content name.
 * Removing an attachment moves its row to the trash and keeps the file,
 * for Undo.
 *
 * Copying is plain blocking I/O; crm_store_attach_document_async() runs it
 * on a worker thread and only the database row is written on the main
 * thread.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "crm-document-private.h"
#include "crm-store-business-private.h"

#define CHUNK_SIZE (64 * 1024)

#define DOCUMENT_SELECT \
  "SELECT id, client_id, file_name, mime_type, size, sha256, shared_with_client," \
  "       added_at, deleted_at" \
  "  FROM documents "

/* What copying a file into the folder found out. */
typedef struct {
  char    *file_name;
  char    *mime_type;
  char    *sha256;
  guint64  size;
  gboolean created;   /* this copy put the content file there */
} Incoming;

static void
incoming_free (Incoming *incoming)
{
  g_free (incoming->file_name);
  g_free (incoming->mime_type);
  g_free (incoming->sha256);
  g_free (incoming);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Incoming, incoming_free)

static char *
documents_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "documents", NULL);
}

/**
 * crm_store_get_documents_dir:
 *
 * Returns: (transfer full): the folder the attached files are kept in
 */
char *
crm_store_get_documents_dir (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  return documents_dir_for (crm_store_get_path (self));
}

static void
set_read_error (GError     **error,
                GFile       *source,
                const char  *reason)
{
  g_autofree char *name = g_file_get_parse_name (source);

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
               _("Could not read “%s”: %s. Check that the file exists and that "
                 "you may read it."),
               name, reason);
}

static void
set_write_error (GError     **error,
                 const char  *dir,
                 const char  *reason)
{
  g_autofree char *name = g_filename_display_name (dir);

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
               _("Could not store the file in “%s”: %s. Check the disk and that "
                 "you may write to the folder."),
               name, reason);
}

/* Copies @source into @dir under its content hash. Blocking; any thread. */
static Incoming *
copy_in (const char    *dir,
         GFile         *source,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(Incoming) incoming = g_new0 (Incoming, 1);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *final_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree guchar *buffer = g_malloc (CHUNK_SIZE);
  gboolean first = TRUE;
  int fd;

  if (!(in = g_file_read (source, cancellable, &local_error)))
    {
      set_read_error (error, source, local_error->message);
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_write_error (error, dir, g_strerror (errno));
      return NULL;
    }

  tmp_path = g_build_filename (dir, ".incoming-XXXXXX", NULL);
  if ((fd = g_mkstemp_full (tmp_path, O_RDWR, 0600)) < 0)
    {
      set_write_error (error, dir, g_strerror (errno));
      return NULL;
    }

  basename = g_file_get_basename (source);
  incoming->file_name = g_filename_display_name (basename ? basename : "");

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buffer, CHUNK_SIZE,
                                      cancellable, &local_error);
      gssize done = 0;

      if (n < 0)
        {
          set_read_error (error, source, local_error->message);
          goto fail;
        }

      if (first)
        {
          g_autofree char *type = g_content_type_guess (basename, buffer, (gsize) n, NULL);

          incoming->mime_type = g_content_type_get_mime_type (type);
          if (incoming->mime_type == NULL)
            incoming->mime_type = g_strdup ("application/octet-stream");
          first = FALSE;
        }

      if (n == 0)
        break;

      g_checksum_update (checksum, buffer, n);
      incoming->size += (guint64) n;

      while (done < n)
        {
          gssize w = write (fd, buffer + done, (gsize) (n - done));

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              set_write_error (error, dir, g_strerror (errno));
              goto fail;
            }
          done += w;
        }
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      fd = -1;
      set_write_error (error, dir, g_strerror (errno));
      goto fail;
    }
  fd = -1;

  incoming->sha256 = g_strdup (g_checksum_get_string (checksum));
  final_path = g_build_filename (dir, incoming->sha256, NULL);

  /* The same bytes are there already: keep that copy. */
  if (g_file_test (final_path, G_FILE_TEST_EXISTS))
    g_unlink (tmp_path);
  else if (g_rename (tmp_path, final_path) != 0)
    {
      set_write_error (error, dir, g_strerror (errno));
      goto fail;
    }
  else
    incoming->created = TRUE;

  return g_steal_pointer (&incoming);

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp_path);
  return NULL;
}

static CrmDocument *
document_from_row (CrmStore     *self,
                   sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  g_autoptr(GDateTime) added = NULL;
  CrmDocument *document;

  if ((document = crm_store_lookup_live (self, CRM_LIVE_DOCUMENT, id)))
    return document;

  added = crm_column_time (stmt, 7);
  document = crm_document_new_stored (id,
                                      sqlite3_column_int64 (stmt, 1),
                                      COL_TEXT (stmt, 2),
                                      COL_TEXT (stmt, 3),
                                      (guint64) sqlite3_column_int64 (stmt, 4),
                                      COL_TEXT (stmt, 5),
                                      sqlite3_column_int (stmt, 6) != 0,
                                      added,
                                      sqlite3_column_type (stmt, 8) != SQLITE_NULL);
  crm_store_remember_live (self, CRM_LIVE_DOCUMENT, id, document);

  return document;
}

/**
 * crm_store_get_document:
 *
 * Returns: (transfer full): the live document, or %NULL with @error set
 */
CrmDocument *
crm_store_get_document (CrmStore  *self,
                        gint64     id,
                        GError   **error)
{
  CrmDocument *document;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if ((document = crm_store_lookup_live (self, CRM_LIVE_DOCUMENT, id)))
    return document;

  if (!(stmt = crm_store_prepare (self, DOCUMENT_SELECT "WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The document no longer exists."));
      return NULL;
    }

  document = document_from_row (self, stmt);
  sqlite3_reset (stmt);

  return document;
}

/**
 * crm_store_get_documents:
 * @client: a stored client
 *
 * Returns: (transfer full): a #GListModel of the client's #CrmDocument not
 *   removed, newest first
 */
GListModel *
crm_store_get_documents (CrmStore  *self,
                         CrmClient *client)
{
  GListStore *list = g_list_store_new (CRM_TYPE_DOCUMENT);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  stmt = crm_store_prepare (self,
                            DOCUMENT_SELECT "WHERE client_id = ?1 AND deleted_at IS NULL"
                            " ORDER BY added_at DESC, id DESC",
                            NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmDocument) document = document_from_row (self, stmt);
      g_list_store_append (list, document);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

/* The row for a copied file; on failure a content file this attachment
 * brought is taken away again, so nothing is left behind. */
static CrmDocument *
insert_document (CrmStore   *self,
                 gint64      client_id,
                 Incoming   *incoming,
                 GError    **error)
{
  g_autoptr(GDateTime) added = NULL;
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;
  CrmDocument *document;
  gint64 id;

  stmt = crm_store_prepare (self,
                            "INSERT INTO documents (client_id, file_name, mime_type, size,"
                            " sha256, added_by, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, client_id);
      sqlite3_bind_text (stmt, 2, *incoming->file_name ? incoming->file_name : "?", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, incoming->mime_type, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, (gint64) incoming->size);
      sqlite3_bind_text (stmt, 5, incoming->sha256, -1, SQLITE_TRANSIENT);
      crm_bind_id_or_null (stmt, 6, self->current_staff ? crm_staff_get_id (self->current_staff) : 0);
      sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
    }

  if (stmt == NULL || !crm_store_step_done (self, stmt, error))
    {
      if (incoming->created)
        {
          g_autofree char *dir = crm_store_get_documents_dir (self);
          g_autofree char *path = g_build_filename (dir, incoming->sha256, NULL);

          g_unlink (path);
        }
      return NULL;
    }

  id = sqlite3_last_insert_rowid (self->db);
  added = crm_store_parse_time (now);
  document = crm_document_new_stored (id, client_id, incoming->file_name, incoming->mime_type,
                                      incoming->size, incoming->sha256, FALSE, added, FALSE);
  crm_store_remember_live (self, CRM_LIVE_DOCUMENT, id, document);
  crm_store_emit_history_changed (self, client_id);

  return document;
}

/**
 * crm_store_attach_document:
 * @client: a stored client, not in the trash
 * @source: the file to attach
 * @cancellable: (nullable): to stop copying
 * @error: return location for a #CrmStoreError
 *
 * Copies @source beside the database (once per content) and records it
 * on @client. This blocks while the file is copied: the UI uses
 * crm_store_attach_document_async().
 *
 * Returns: (transfer full): the new document; or %NULL with @error set and
 *   nothing stored
 */
CrmDocument *
crm_store_attach_document (CrmStore      *self,
                           CrmClient     *client,
                           GFile         *source,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(Incoming) incoming = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  if (!crm_store_check_client (self, client, error))
    return NULL;

  dir = crm_store_get_documents_dir (self);
  if (!(incoming = copy_in (dir, source, cancellable, error)))
    return NULL;

  return insert_document (self, crm_client_get_id (client), incoming, error);
}

typedef struct {
  char   *dir;
  GFile  *source;
  gint64  client_id;
} AttachData;

static void
attach_data_free (AttachData *data)
{
  g_free (data->dir);
  g_clear_object (&data->source);
  g_free (data);
}

static void
attach_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  AttachData *data = task_data;
  GError *error = NULL;
  Incoming *incoming;

  if ((incoming = copy_in (data->dir, data->source, cancellable, &error)))
    g_task_return_pointer (task, incoming, (GDestroyNotify) incoming_free);
  else
    g_task_return_error (task, error);
}

/**
 * crm_store_attach_document_async:
 *
 * As crm_store_attach_document(), copying on a worker thread. The row is
 * written on the main thread before @callback runs.
 */
void
crm_store_attach_document_async (CrmStore            *self,
                                 CrmClient           *client,
                                 GFile               *source,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  AttachData *data;

  g_return_if_fail (CRM_IS_STORE (self));
  g_return_if_fail (CRM_IS_CLIENT (client));
  g_return_if_fail (G_IS_FILE (source));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, crm_store_attach_document_async);

  if (!crm_store_check_client (self, client, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (AttachData, 1);
  data->dir = crm_store_get_documents_dir (self);
  data->source = g_object_ref (source);
  data->client_id = crm_client_get_id (client);
  g_task_set_task_data (task, data, (GDestroyNotify) attach_data_free);
  g_task_run_in_thread (task, attach_thread);
}

/**
 * crm_store_attach_document_finish:
 *
 * Writes the row of a file copied by crm_store_attach_document_async().
 *
 * Returns: (transfer full): the new document; or %NULL with @error set and
 *   nothing stored
 */
CrmDocument *
crm_store_attach_document_finish (CrmStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_autoptr(Incoming) incoming = NULL;
  AttachData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!(incoming = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  return insert_document (self, data->client_id, incoming, error);
}

static gboolean
set_trashed (CrmStore     *self,
             CrmDocument  *document,
             gboolean      trashed,
             GError      **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  if (trashed)
    stmt = crm_store_prepare (self,
                              "UPDATE documents SET deleted_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NULL",
                              error);
  else
    stmt = crm_store_prepare (self,
                              "UPDATE documents SET deleted_at = NULL"
                              " WHERE id = ?2 AND deleted_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, crm_document_get_id (document));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  crm_document_set_trashed (document, trashed);
  crm_store_emit_history_changed (self, crm_document_get_client_id (document));

  return TRUE;
}

/**
 * crm_store_remove_document:
 *
 * Moves the attachment to the trash; the stored file stays, so
 * crm_store_restore_document() can undo it.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_remove_document (CrmStore     *self,
                           CrmDocument  *document,
                           GError      **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_DOCUMENT (document), FALSE);

  return set_trashed (self, document, TRUE, error);
}

gboolean
crm_store_restore_document (CrmStore     *self,
                            CrmDocument  *document,
                            GError      **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_DOCUMENT (document), FALSE);

  return set_trashed (self, document, FALSE, error);
}

/**
 * crm_store_set_document_shared:
 * @shared: whether the client may see the document
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_document_shared (CrmStore     *self,
                               CrmDocument  *document,
                               gboolean      shared,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_DOCUMENT (document), FALSE);

  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE documents SET shared_with_client = ?1 WHERE id = ?2",
                                  error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, !!shared);
  sqlite3_bind_int64 (stmt, 2, crm_document_get_id (document));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The document no longer exists."));
      return FALSE;
    }

  crm_document_set_shared (document, shared);
  return TRUE;
}

/**
 * crm_store_get_document_path:
 *
 * Where the content of @document is stored, to open it or save a copy.
 * A file missing from the folder (deleted or moved by hand) is reported.
 *
 * Returns: (transfer full): the path, or %NULL with @error set
 */
char *
crm_store_get_document_path (CrmStore     *self,
                             CrmDocument  *document,
                             GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_DOCUMENT (document), NULL);

  dir = crm_store_get_documents_dir (self);
  path = g_build_filename (dir, crm_document_get_sha256 (document), NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The stored copy of “%s” is missing from “%s”. Attach the file "
                     "again, or bring the folder back from a backup."),
                   crm_document_get_file_name (document), name);
      return NULL;
    }

  return g_steal_pointer (&path);
}
