/* crm-import-dialog-private.h: the import dialog's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-import-dialog.h"
#include "crm-importer.h"

G_BEGIN_DECLS

/* How many rows the preview shows (and runs on the main thread). */
#define PREVIEW_ROWS 50

struct _CrmImportDialog
{
  AdwWindow             parent_instance;

  CrmStore             *store;
  CrmImporter          *importer;
  GCancellable         *cancellable;
  CrmImportResult      *result;
  GtkNativeDialog      *chooser;
  AdwToast             *toast;

  /* The AdwComboRow of each CSV column, and the rows of the preview. */
  GPtrArray            *column_rows;
  GPtrArray            *preview_rows;
  GPtrArray            *failure_rows;
  /* The first rows, as the last preview saw them (also the mapping page's
   * sample values). */
  GPtrArray            *preview;

  guint                 preview_dirty : 1;
  guint                 syncing : 1;
  guint                 undone : 1;
  guint                 disposed : 1;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkWidget            *cancel_button;
  GtkWidget            *back_button;
  GtkWidget            *next_button;
  GtkWidget            *import_button;
  GtkWidget            *done_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *choose_page;
  GtkWidget            *drop_zone;
  GtkWidget            *choose_button;
  GtkWidget            *sample_button;
  AdwActionRow         *layout_row;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *other_columns_group;
  GtkWidget            *duplicates_group;
  GtkCheckButton       *duplicates_create;
  GtkCheckButton       *duplicates_skip;
  GtkCheckButton       *duplicates_update;
  AdwPreferencesGroup  *preview_group;
  AdwStatusPage        *progress_page;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  GtkButton            *stop_button;
  AdwStatusPage        *summary_page;
  GtkLabel             *created_label;
  GtkLabel             *updated_label;
  GtkLabel             *skipped_label;
  GtkLabel             *failed_label;
  GtkWidget            *counts_group;
  AdwExpanderRow       *failed_row;
  GtkWidget            *no_failures_row;
  GtkWidget            *report_button;
  GtkWidget            *undo_button;
};

/* crm-import-dialog.c */
void     crm_import_dialog_show_error    (CrmImportDialog  *self,
                                          const char       *message);
void     crm_import_dialog_toast         (CrmImportDialog  *self,
                                          const char       *message);

/* crm-import-dialog-files.c */
void     crm_import_dialog_setup_drop    (CrmImportDialog  *self);
void     crm_import_dialog_choose_file   (CrmImportDialog  *self);
void     crm_import_dialog_choose_sample_file (CrmImportDialog *self);
void     crm_import_dialog_choose_report_file (CrmImportDialog *self);

/* crm-import-dialog-pages.c */
void     crm_import_dialog_build_columns (CrmImportDialog  *self);
gboolean crm_import_dialog_run_preview   (CrmImportDialog  *self);
void     crm_import_dialog_show_summary  (CrmImportDialog  *self);

/* What the file choosers would do, for the tests. */
gboolean crm_import_dialog_save_sample (CrmImportDialog  *self,
                                        GFile            *file,
                                        GError          **error);
gboolean crm_import_dialog_save_report (CrmImportDialog  *self,
                                        GFile            *file,
                                        GError          **error);

G_END_DECLS
