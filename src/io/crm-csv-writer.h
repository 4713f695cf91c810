/* crm-csv-writer.h: writes RFC 4180 CSV that Excel, LibreOffice and we read back.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CrmCsvWriterFlags:
 * @CRM_CSV_WRITER_FLAGS_NONE: UTF-8 without BOM, formula guard on
 * @CRM_CSV_WRITER_BOM: start with a UTF-8 byte-order mark, so that Excel
 *   on Windows reads the file as UTF-8 rather than the ANSI code page
 * @CRM_CSV_WRITER_NO_GUARD: write cells exactly as given, without the
 *   formula-injection guard (for files no spreadsheet will open)
 */
typedef enum {
  CRM_CSV_WRITER_FLAGS_NONE = 0,
  CRM_CSV_WRITER_BOM        = 1 << 0,
  CRM_CSV_WRITER_NO_GUARD   = 1 << 1,
} CrmCsvWriterFlags;

#define CRM_TYPE_CSV_WRITER (crm_csv_writer_get_type ())

G_DECLARE_FINAL_TYPE (CrmCsvWriter, crm_csv_writer, CRM, CSV_WRITER, GObject)

CrmCsvWriter *crm_csv_writer_new         (const char          *path,
                                          CrmCsvWriterFlags    flags,
                                          GError             **error);
gboolean      crm_csv_writer_write_row   (CrmCsvWriter        *self,
                                          const char * const  *fields,
                                          guint                n_fields,
                                          GError             **error);
guint64       crm_csv_writer_get_n_rows  (CrmCsvWriter        *self);
gboolean      crm_csv_writer_close       (CrmCsvWriter        *self,
                                          GError             **error);

void          crm_csv_format_row         (GString             *out,
                                          const char * const  *fields,
                                          guint                n_fields,
                                          gboolean             guard);

G_END_DECLS
