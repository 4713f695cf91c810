/* crm-importer.h: bring a CSV or vCard file into the store, and undo it.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-import-source.h"
#include "crm-store.h"

G_BEGIN_DECLS

/**
 * CrmImportAction:
 * @CRM_IMPORT_ACTION_CREATE_CLIENT: the row creates a client (and its contact)
 * @CRM_IMPORT_ACTION_ADD_CONTACT: the row adds a contact to a client
 * @CRM_IMPORT_ACTION_UPDATE: the row updates records found by external id
 * @CRM_IMPORT_ACTION_SKIP: nothing is done with the row
 * @CRM_IMPORT_ACTION_ERROR: the row cannot be imported
 */
typedef enum {
  CRM_IMPORT_ACTION_CREATE_CLIENT,
  CRM_IMPORT_ACTION_ADD_CONTACT,
  CRM_IMPORT_ACTION_UPDATE,
  CRM_IMPORT_ACTION_SKIP,
  CRM_IMPORT_ACTION_ERROR,
} CrmImportAction;

/**
 * CrmImportDuplicates:
 * What to do with a row without external ids that looks like a record
 * already stored (a contact with the same e-mail, a client with the same
 * name): create a new record anyway (the default), skip the row, or
 * update the record found.
 */
typedef enum {
  CRM_IMPORT_DUPLICATES_CREATE,
  CRM_IMPORT_DUPLICATES_SKIP,
  CRM_IMPORT_DUPLICATES_UPDATE,
} CrmImportDuplicates;

/**
 * CrmImportRow:
 * @number: the record number (1 = first row after the header)
 * @line: where it starts in the file
 * @action: what the import does (or did) with it
 * @client_name: the client it goes to
 * @contact_name: the contact it creates or updates, or ""
 * @message: for people: the reason of an error or skip, the fields an
 *   update changes, or what a new record is
 * @duplicate: (nullable): when the row looks like a stored record, which
 * @raw: (array zero-terminated=1): the row as it was in the file
 */
typedef struct {
  guint64          number;
  guint64          line;
  CrmImportAction  action;
  char            *client_name;
  char            *contact_name;
  char            *message;
  char            *duplicate;
  char           **raw;
} CrmImportRow;

void crm_import_row_free (CrmImportRow *row);

/**
 * CrmImportResult:
 * @rows_read: rows read from the file
 * @created: rows that created a client or a contact
 * @updated: rows that matched stored records by external id (or, by
 *   choice, a duplicate)
 * @skipped: rows left out (empty, or duplicates by choice)
 * @failed: rows that could not be imported; see @failures
 * @failures: (element-type CrmImportRow): the failed rows
 * @batch_id: the import's id for crm_store_undo_import(), 0 for a dry run
 * @cancelled: the import was cancelled, and nothing was written
 *
 * created + updated + skipped + failed == rows_read.
 */
typedef struct {
  guint64    rows_read;
  guint64    created;
  guint64    updated;
  guint64    skipped;
  guint64    failed;
  GPtrArray *failures;
  gint64     batch_id;
  double     seconds;
} CrmImportResult;

#define CRM_TYPE_IMPORT_RESULT (crm_import_result_get_type ())

GType            crm_import_result_get_type     (void) G_GNUC_CONST;
CrmImportResult *crm_import_result_copy         (const CrmImportResult *result);
void             crm_import_result_free         (CrmImportResult       *result);
gboolean         crm_import_result_write_report (const CrmImportResult *result,
                                                 const char            *path,
                                                 GError               **error);
char            *crm_import_result_to_string    (const CrmImportResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportResult, crm_import_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportRow, crm_import_row_free)

#define CRM_TYPE_IMPORTER (crm_importer_get_type ())

G_DECLARE_FINAL_TYPE (CrmImporter, crm_importer, CRM, IMPORTER, GObject)

/*
 * Properties: "fraction" double (0..1, while running), "rows-done" guint64,
 * "rows-per-second" double, "seconds-left" double (-1 when unknown),
 * "running" gboolean. All are notified on the main thread.
 */
CrmImporter        *crm_importer_new            (CrmStore             *store,
                                                 const char           *path,
                                                 GError              **error);
const char         *crm_importer_get_path       (CrmImporter          *self);
CrmImportFormat     crm_importer_get_format     (CrmImporter          *self);
const char         *crm_importer_get_layout_label (CrmImporter        *self);
const char * const *crm_importer_get_header     (CrmImporter          *self,
                                                 guint                *n_columns);
CrmField            crm_importer_get_field      (CrmImporter          *self,
                                                 guint                 column);
void                crm_importer_set_field      (CrmImporter          *self,
                                                 guint                 column,
                                                 CrmField              field);
CrmImportDuplicates crm_importer_get_duplicates (CrmImporter          *self);
void                crm_importer_set_duplicates (CrmImporter          *self,
                                                 CrmImportDuplicates   duplicates);
double              crm_importer_get_fraction   (CrmImporter          *self);
guint64             crm_importer_get_rows_done  (CrmImporter          *self);
gboolean            crm_importer_get_finishing  (CrmImporter          *self);
double              crm_importer_get_rows_per_second (CrmImporter     *self);
double              crm_importer_get_seconds_left (CrmImporter        *self);

GPtrArray          *crm_importer_preview        (CrmImporter          *self,
                                                 guint                 max_rows,
                                                 GError              **error);
CrmImportResult    *crm_importer_run            (CrmImporter          *self,
                                                 gboolean              dry_run,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
void                crm_importer_run_async      (CrmImporter          *self,
                                                 gboolean              dry_run,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
CrmImportResult    *crm_importer_run_finish     (CrmImporter          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

/* Import history and undo. */
#define CRM_TYPE_IMPORT_BATCH (crm_import_batch_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportBatch, crm_import_batch, CRM, IMPORT_BATCH, GObject)

/*
 * Properties: "id" gint64, "file-name", "format" (strings), "finished"
 * GDateTime, "rows-read", "created", "updated", "skipped", "failed"
 * (guint64), "undone" gboolean.
 */
gint64      crm_import_batch_get_id        (CrmImportBatch *self);
const char *crm_import_batch_get_file_name (CrmImportBatch *self);
GDateTime  *crm_import_batch_get_finished  (CrmImportBatch *self);
gboolean    crm_import_batch_get_undone    (CrmImportBatch *self);

GListModel *crm_store_list_imports         (CrmStore             *self);
gboolean    crm_store_undo_import          (CrmStore             *self,
                                            gint64                batch_id,
                                            GError              **error);
void        crm_store_undo_import_async    (CrmStore             *self,
                                            gint64                batch_id,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    crm_store_undo_import_finish   (CrmStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
