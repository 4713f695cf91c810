/* crm-importer.c: bring a CSV or vCard file into the store.
 *
 * The importer owns the file (a CrmImportSource) and its mapping. The
 * preview, a dry run and the import itself all run the same engine; the
 * preview and the dry run roll back at the end, so what they show is what
 * the import will do. The import runs on a worker thread with its own
 * connection, reports progress on the main thread, and can be cancelled
 * at any row: then nothing is written.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-import-engine.h"
#include "crm-importer.h"
#include "crm-store-private.h"

#define PROGRESS_EVERY 4096
#define CANCEL_EVERY 256

/* Each step of the end of a large import into empty tables (an index
 * built, a search index put in place) takes about a fifth of the time of
 * reading the file: at a million rows, 4.5 s of reading, then 16 steps in
 * 8.4 s. The progress bar gives them their share, so that it does not sit
 * full for half the import. */
#define STEP_SHARE 0.2

struct _CrmImporter
{
  GObject              parent_instance;

  CrmStore            *store;
  char                *path;
  CrmImportSource     *source;
  CrmImportDuplicates  duplicates;

  /* Progress, written by the worker under the lock, read on the main thread. */
  GMutex               lock;
  guint64              rows_done;
  double               fraction;
  double               read_share;  /* of the whole bar, reading the file */
  gboolean             finishing;   /* all read; building indexes */
  gint64               started;
  guint                progress_source;
  guint                running : 1;
};

G_DEFINE_FINAL_TYPE (CrmImporter, crm_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_ROWS_DONE,
  PROP_ROWS_PER_SECOND,
  PROP_SECONDS_LEFT,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
crm_import_row_free (CrmImportRow *row)
{
  if (row == NULL)
    return;

  g_free (row->client_name);
  g_free (row->contact_name);
  g_free (row->message);
  g_free (row->duplicate);
  g_strfreev (row->raw);
  g_free (row);
}

static CrmImportRow *
import_row_copy (const CrmImportRow *row)
{
  CrmImportRow *copy = g_memdup2 (row, sizeof *row);

  copy->client_name = g_strdup (row->client_name);
  copy->contact_name = g_strdup (row->contact_name);
  copy->message = g_strdup (row->message);
  copy->duplicate = g_strdup (row->duplicate);
  copy->raw = g_strdupv (row->raw);

  return copy;
}

CrmImportResult *
crm_import_result_copy (const CrmImportResult *result)
{
  CrmImportResult *copy = g_memdup2 (result, sizeof *result);

  copy->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) crm_import_row_free);
  for (guint i = 0; i < result->failures->len; i++)
    g_ptr_array_add (copy->failures, import_row_copy (result->failures->pdata[i]));

  return copy;
}

void
crm_import_result_free (CrmImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->failures, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_BOXED_TYPE (CrmImportResult, crm_import_result, crm_import_result_copy, crm_import_result_free)

/**
 * crm_import_result_to_string:
 *
 * Returns: (transfer full): the summary, as the command line prints it
 */
char *
crm_import_result_to_string (const CrmImportResult *result)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Rows read: %llu\n"), (unsigned long long) result->rows_read);
  g_string_append_printf (out, _("Created: %llu\n"), (unsigned long long) result->created);
  g_string_append_printf (out, _("Updated: %llu\n"), (unsigned long long) result->updated);
  g_string_append_printf (out, _("Skipped: %llu\n"), (unsigned long long) result->skipped);
  g_string_append_printf (out, _("Failed: %llu\n"), (unsigned long long) result->failed);

  for (guint i = 0; i < MIN (result->failures->len, 20u); i++)
    {
      CrmImportRow *row = result->failures->pdata[i];

      g_string_append_printf (out, _("  Row %llu (line %llu): %s\n"),
                              (unsigned long long) row->number,
                              (unsigned long long) row->line, row->message);
    }
  if (result->failures->len > 20)
    g_string_append_printf (out, _("  … and %u more\n"), result->failures->len - 20);

  return g_string_free (out, FALSE);
}

static void
append_csv_field (GString    *out,
                  const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * crm_import_result_write_report:
 * @path: where to write the report
 *
 * Writes the failed rows as CSV: row number, line, reason, then the row's
 * fields as they were in the file, so the person can fix and import them.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_import_result_write_report (const CrmImportResult  *result,
                                const char             *path,
                                GError                **error)
{
  g_autoptr(GString) out = g_string_new ("\xef\xbb\xbf");

  append_csv_field (out, _("Row"));
  g_string_append_c (out, ',');
  append_csv_field (out, _("Line"));
  g_string_append_c (out, ',');
  append_csv_field (out, _("Reason"));
  g_string_append (out, ",\r\n");

  for (guint i = 0; i < result->failures->len; i++)
    {
      CrmImportRow *row = result->failures->pdata[i];

      g_string_append_printf (out, "%llu,%llu,",
                              (unsigned long long) row->number, (unsigned long long) row->line);
      append_csv_field (out, row->message);
      for (guint f = 0; row->raw && row->raw[f]; f++)
        {
          g_string_append_c (out, ',');
          append_csv_field (out, row->raw[f]);
        }
      g_string_append (out, "\r\n");
    }

  return g_file_set_contents_full (path, out->str, out->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static void
crm_importer_finalize (GObject *object)
{
  CrmImporter *self = (CrmImporter *)object;

  /* A run whose end nobody asked for (no callback) ends here. */
  if (self->running)
    crm_store_hold_for_import (self->store, FALSE);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->source, crm_import_source_free);
  g_free (self->path);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (crm_importer_parent_class)->finalize (object);
}

static void
crm_importer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrmImporter *self = CRM_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, crm_importer_get_fraction (self));
      break;

    case PROP_ROWS_DONE:
      g_value_set_uint64 (value, crm_importer_get_rows_done (self));
      break;

    case PROP_ROWS_PER_SECOND:
      g_value_set_double (value, crm_importer_get_rows_per_second (self));
      break;

    case PROP_SECONDS_LEFT:
      g_value_set_double (value, crm_importer_get_seconds_left (self));
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_importer_class_init (CrmImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_importer_finalize;
  object_class->get_property = crm_importer_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROWS_DONE] =
    g_param_spec_uint64 ("rows-done", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROWS_PER_SECOND] =
    g_param_spec_double ("rows-per-second", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SECONDS_LEFT] =
    g_param_spec_double ("seconds-left", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_importer_init (CrmImporter *self)
{
  g_mutex_init (&self->lock);
}

/**
 * crm_importer_new:
 * @store: where to import
 * @path: a CSV or vCard file
 *
 * Opens @path, recognises its format and layout and maps the columns it
 * knows. A file that cannot be read as CSV or vCard is refused here with
 * a message that says why.
 *
 * Returns: (transfer full): the importer, or %NULL with @error set
 */
CrmImporter *
crm_importer_new (CrmStore    *store,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(CrmImporter) self = NULL;
  CrmImportSource *source;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(source = crm_import_source_new (path, error)))
    return NULL;

  self = g_object_new (CRM_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);
  self->path = g_strdup (path);
  self->source = source;

  return g_steal_pointer (&self);
}

const char *
crm_importer_get_path (CrmImporter *self)
{
  g_return_val_if_fail (CRM_IS_IMPORTER (self), NULL);
  return self->path;
}

CrmImportFormat
crm_importer_get_format (CrmImporter *self)
{
  g_return_val_if_fail (CRM_IS_IMPORTER (self), 0);

  /* The source is only missing after the file could not be read again. */
  if (self->source == NULL)
    return CRM_IMPORT_FORMAT_CSV;

  return crm_import_source_get_format (self->source);
}

/**
 * crm_importer_get_layout_label:
 *
 * Returns: what kind of file this is, for people ("Google Contacts", "vCard")
 */
const char *
crm_importer_get_layout_label (CrmImporter *self)
{
  const CrmImportMapping *mapping;

  g_return_val_if_fail (CRM_IS_IMPORTER (self), NULL);

  if (self->source == NULL)
    return "";

  mapping = crm_import_source_get_mapping (self->source);
  if (mapping == NULL)
    return _("vCard");

  return crm_import_layout_get_label (mapping->layout);
}

/**
 * crm_importer_get_header:
 *
 * Returns: (transfer none) (nullable): the CSV columns; %NULL for vCard
 */
const char * const *
crm_importer_get_header (CrmImporter *self,
                         guint       *n_columns)
{
  g_return_val_if_fail (CRM_IS_IMPORTER (self), NULL);

  if (self->source == NULL)
    {
      if (n_columns)
        *n_columns = 0;
      return NULL;
    }

  return crm_import_source_get_header (self->source, n_columns);
}

CrmField
crm_importer_get_field (CrmImporter *self,
                        guint        column)
{
  const CrmImportMapping *mapping;

  g_return_val_if_fail (CRM_IS_IMPORTER (self), CRM_FIELD_NONE);

  mapping = self->source ? crm_import_source_get_mapping (self->source) : NULL;
  if (mapping == NULL || column >= mapping->n_columns)
    return CRM_FIELD_NONE;

  return mapping->fields[column];
}

void
crm_importer_set_field (CrmImporter *self,
                        guint        column,
                        CrmField     field)
{
  g_return_if_fail (CRM_IS_IMPORTER (self));
  g_return_if_fail (!self->running);

  if (self->source != NULL && crm_import_source_get_mapping (self->source) != NULL)
    crm_import_source_set_field (self->source, column, field);
}

CrmImportDuplicates
crm_importer_get_duplicates (CrmImporter *self)
{
  g_return_val_if_fail (CRM_IS_IMPORTER (self), 0);
  return self->duplicates;
}

void
crm_importer_set_duplicates (CrmImporter         *self,
                             CrmImportDuplicates  duplicates)
{
  g_return_if_fail (CRM_IS_IMPORTER (self));
  self->duplicates = duplicates;
}

double
crm_importer_get_fraction (CrmImporter *self)
{
  double fraction;

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  g_mutex_unlock (&self->lock);

  return fraction;
}

/**
 * crm_importer_get_finishing:
 *
 * Returns: %TRUE once the whole file is read and the import is building
 *   its indexes, before it commits
 */
gboolean
crm_importer_get_finishing (CrmImporter *self)
{
  gboolean finishing;

  g_mutex_lock (&self->lock);
  finishing = self->finishing;
  g_mutex_unlock (&self->lock);

  return finishing;
}

guint64
crm_importer_get_rows_done (CrmImporter *self)
{
  guint64 rows;

  g_mutex_lock (&self->lock);
  rows = self->rows_done;
  g_mutex_unlock (&self->lock);

  return rows;
}

double
crm_importer_get_rows_per_second (CrmImporter *self)
{
  double seconds;

  if (self->started == 0)
    return 0;

  seconds = (g_get_monotonic_time () - self->started) / (double) G_USEC_PER_SEC;
  return seconds > 0 ? crm_importer_get_rows_done (self) / seconds : 0;
}

double
crm_importer_get_seconds_left (CrmImporter *self)
{
  double fraction = crm_importer_get_fraction (self);
  double seconds;

  if (self->started == 0 || fraction <= 0.01)
    return -1;

  seconds = (g_get_monotonic_time () - self->started) / (double) G_USEC_PER_SEC;
  return seconds * (1 - fraction) / fraction;
}

static void
finish_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  CrmImporter *self = user_data;

  g_mutex_lock (&self->lock);
  self->fraction = self->read_share + (1 - self->read_share) * done / MAX (total, 1);
  g_mutex_unlock (&self->lock);
}

/* Runs the engine over the file (or its first @max_rows rows) on the
 * calling thread, with a connection of its own. */
static CrmImportResult *
run_engine (CrmImporter   *self,
            const char    *db_path,
            gint64         staff_id,
            guint64        max_rows,
            gboolean       commit,
            GPtrArray     *rows,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(CrmImportEngine) engine = NULL;
  g_autofree char *file_name = g_path_get_basename (self->path);
  const CrmImportRecord *record;
  gint64 start = g_get_monotonic_time ();
  GError *read_error = NULL;
  CrmImportResult *result;
  sqlite3 *db;
  guint64 n = 0;

  if (!(db = crm_store_open_connection (db_path, FALSE, error)))
    return NULL;

  /* A bigger page cache keeps the indexes in memory for the run. */
  sqlite3_exec (db, "PRAGMA cache_size = -65536", NULL, NULL, NULL);
  /* Copying a big import's log into the database would keep the summary
   * waiting one or two seconds more: the store does it after, on a thread
   * (crm_store_checkpoint_in_background()). */
  sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0", NULL, NULL, NULL);

  engine = crm_import_engine_new (db, db_path, staff_id, self->duplicates, error);
  if (engine != NULL)
    {
      crm_import_engine_set_rehearsal (engine, !commit);
      crm_import_engine_set_cancellable (engine, cancellable);
      crm_import_engine_set_finish_progress (engine, finish_progress, self);
    }
  if (engine == NULL ||
      !crm_import_engine_begin (engine, file_name,
                                crm_import_source_get_format (self->source) == CRM_IMPORT_FORMAT_VCARD ? "vcard" : "csv",
                                error))
    {
      g_clear_pointer (&engine, crm_import_engine_free);
      sqlite3_close_v2 (db);
      return NULL;
    }

  g_mutex_lock (&self->lock);
  self->read_share = 1 / (1 + STEP_SHARE * crm_import_engine_get_finish_steps (engine));
  self->finishing = FALSE;
  g_mutex_unlock (&self->lock);

  while (n < max_rows && crm_import_source_next (self->source, &record, &read_error))
    {
      CrmImportRow *row = NULL;

      if (!crm_import_engine_process (engine, record, rows ? &row : NULL, error))
        goto failed;
      if (row != NULL)
        g_ptr_array_add (rows, row);

      n++;
      if (n % CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;

      if (n % PROGRESS_EVERY == 0)
        {
          g_mutex_lock (&self->lock);
          self->rows_done = n;
          self->fraction = self->read_share * crm_import_source_get_fraction (self->source);
          g_mutex_unlock (&self->lock);
        }
    }

  if (read_error != NULL)
    {
      g_propagate_error (error, read_error);
      goto failed;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  g_debug ("Import of %" G_GUINT64_FORMAT " rows: %.2f s before indexing", n,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_mutex_lock (&self->lock);
  self->rows_done = n;
  self->fraction = self->read_share;
  self->finishing = TRUE;
  g_mutex_unlock (&self->lock);

  if (!crm_import_engine_finish (engine, commit, error))
    goto failed;

  result = crm_import_engine_steal_result (engine);
  result->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_clear_pointer (&engine, crm_import_engine_free);
  sqlite3_close_v2 (db);

  return result;

failed:
  /* Freeing the engine rolls back: nothing of the import is kept. */
  g_clear_pointer (&engine, crm_import_engine_free);
  sqlite3_close_v2 (db);

  /* A statement the cancel interrupted says so in SQLite's words. */
  if (g_cancellable_is_cancelled (cancellable) && error != NULL)
    {
      g_clear_error (error);
      g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  return NULL;
}

static gboolean
restart_source (CrmImporter  *self,
                GError      **error)
{
  const CrmImportMapping *old = self->source ? crm_import_source_get_mapping (self->source) : NULL;
  g_autofree CrmField *fields = NULL;
  guint n_columns = 0;

  /* Keep the person's mapping, then let go of the old reader before the
   * new one reads the file: never two copies of a large file at once. */
  if (old != NULL)
    {
      n_columns = old->n_columns;
      fields = g_memdup2 (old->fields, sizeof (CrmField) * n_columns);
    }
  g_clear_pointer (&self->source, crm_import_source_free);

  if (!(self->source = crm_import_source_new (self->path, error)))
    return FALSE;

  for (guint c = 0; c < n_columns; c++)
    crm_import_source_set_field (self->source, c, fields[c]);

  return TRUE;
}

static gint64
current_staff_id (CrmImporter *self)
{
  CrmStaff *staff = crm_store_get_current_staff (self->store);

  return staff ? crm_staff_get_id (staff) : 0;
}

/**
 * crm_importer_preview:
 * @max_rows: how many rows to show
 *
 * Works out what the import would do with the first rows, without
 * keeping any of it. Bounded by @max_rows, so it may run on the main
 * thread.
 *
 * Returns: (transfer full) (element-type CrmImportRow): the rows, or
 *   %NULL with @error set when the file cannot be read
 */
GPtrArray *
crm_importer_preview (CrmImporter  *self,
                      guint         max_rows,
                      GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) crm_import_row_free);
  g_autoptr(CrmImportResult) result = NULL;

  g_return_val_if_fail (CRM_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (!self->running, NULL);

  if (!restart_source (self, error))
    return NULL;

  result = run_engine (self, crm_store_get_path (self->store), current_staff_id (self),
                       max_rows, FALSE, rows, NULL, error);
  if (result == NULL)
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * crm_importer_run:
 * @dry_run: work everything out and report it, but keep nothing
 *
 * Imports the whole file on the calling thread (the command line and
 * tests; the UI uses crm_importer_run_async()). All or nothing: on error
 * or cancellation nothing is written.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
CrmImportResult *
crm_importer_run (CrmImporter   *self,
                  gboolean       dry_run,
                  GCancellable  *cancellable,
                  GError       **error)
{
  CrmImportResult *result;

  g_return_val_if_fail (CRM_IS_IMPORTER (self), NULL);

  if (!restart_source (self, error))
    return NULL;

  self->started = g_get_monotonic_time ();
  result = run_engine (self, crm_store_get_path (self->store), current_staff_id (self),
                       G_MAXUINT64, !dry_run, NULL, cancellable, error);
  if (result != NULL && result->batch_id != 0)
    {
      crm_store_reload (self->store);
      crm_store_checkpoint_in_background (self->store);
    }

  return result;
}

typedef struct {
  char     *db_path;
  gint64    staff_id;
  gboolean  dry_run;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->db_path);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  CrmImporter *self = source_object;
  RunData *data = task_data;
  GError *error = NULL;
  CrmImportResult *result;

  result = run_engine (self, data->db_path, data->staff_id, G_MAXUINT64,
                       !data->dry_run, NULL, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) crm_import_result_free);
}

static gboolean
notify_progress (gpointer user_data)
{
  CrmImporter *self = user_data;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROWS_DONE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROWS_PER_SECOND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
  g_object_thaw_notify (G_OBJECT (self));

  return G_SOURCE_CONTINUE;
}

static void
set_running (CrmImporter *self,
             gboolean     running)
{
  if (self->running != !!running)
    crm_store_hold_for_import (self->store, running);
  self->running = !!running;

  if (running)
    {
      self->started = g_get_monotonic_time ();
      self->rows_done = 0;
      self->fraction = 0;
      self->finishing = FALSE;
      /* Progress is polled on the main thread ten times a second: the
       * worker never waits on the UI. */
      self->progress_source = g_timeout_add (100, notify_progress, self);
    }
  else
    g_clear_handle_id (&self->progress_source, g_source_remove);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/**
 * crm_importer_run_async:
 *
 * Imports the whole file on a worker thread. Cancel @cancellable to stop:
 * the worker checks it every few hundred rows and rolls back.
 */
void
crm_importer_run_async (CrmImporter         *self,
                        gboolean             dry_run,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RunData *data;

  g_return_if_fail (CRM_IS_IMPORTER (self));
  g_return_if_fail (!self->running);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, crm_importer_run_async);

  if (!restart_source (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (RunData, 1);
  data->db_path = g_strdup (crm_store_get_path (self->store));
  data->staff_id = current_staff_id (self);
  data->dry_run = dry_run;
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);

  set_running (self, TRUE);
  g_task_run_in_thread (task, run_thread);
}

/**
 * crm_importer_run_finish:
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 *   (G_IO_ERROR_CANCELLED when cancelled)
 */
CrmImportResult *
crm_importer_run_finish (CrmImporter   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  CrmImportResult *ret;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  set_running (self, FALSE);
  notify_progress (self);

  ret = g_task_propagate_pointer (G_TASK (result), error);
  if (ret != NULL && ret->batch_id != 0)
    {
      crm_store_reload (self->store);
      crm_store_checkpoint_in_background (self->store);
    }

  return ret;
}
