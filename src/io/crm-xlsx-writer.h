/* crm-xlsx-writer.h: writes an Excel workbook, row by row, in constant memory.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CrmXlsxColumnType:
 * @CRM_XLSX_COLUMN_TEXT: cells are text, always; "00123" and "+44 20"
 *   stay as written
 * @CRM_XLSX_COLUMN_NUMBER: cells are numbers written in the C locale
 *   ("1234.5"); a cell that is not such a number is written as text
 */
typedef enum {
  CRM_XLSX_COLUMN_TEXT,
  CRM_XLSX_COLUMN_NUMBER,
} CrmXlsxColumnType;

/* Excel's sheet holds 1,048,576 rows: the header and this many more. */
#define CRM_XLSX_MAX_DATA_ROWS 1048575

#define CRM_TYPE_XLSX_WRITER (crm_xlsx_writer_get_type ())

G_DECLARE_FINAL_TYPE (CrmXlsxWriter, crm_xlsx_writer, CRM, XLSX_WRITER, GObject)

CrmXlsxWriter *crm_xlsx_writer_new             (const char          *path,
                                                const char          *sheet_name,
                                                const char * const  *header,
                                                guint                n_columns,
                                                GError             **error);
void           crm_xlsx_writer_set_column_type (CrmXlsxWriter       *self,
                                                guint                column,
                                                CrmXlsxColumnType    type);
gboolean       crm_xlsx_writer_write_row       (CrmXlsxWriter       *self,
                                                const char * const  *fields,
                                                guint                n_fields,
                                                GError             **error);
guint64        crm_xlsx_writer_get_n_rows      (CrmXlsxWriter       *self);
guint          crm_xlsx_writer_get_n_sheets    (CrmXlsxWriter       *self);
guint64        crm_xlsx_writer_get_n_truncated (CrmXlsxWriter       *self);
gboolean       crm_xlsx_writer_close           (CrmXlsxWriter       *self,
                                                GError             **error);

G_END_DECLS
