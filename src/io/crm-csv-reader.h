/* crm-csv-reader.h: a fast RFC 4180 reader for imported CSV files.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "crm-text-decode.h"

G_BEGIN_DECLS

/* Limits, chosen so that any real contact list fits and a broken or
 * hostile file is refused with a clear message instead of eating memory. */
#define CRM_CSV_MAX_FIELD_SIZE  (1024 * 1024)            /* 1 MiB of UTF-8 */
#define CRM_CSV_MAX_COLUMNS     16384                    /* Excel's limit */
#define CRM_CSV_MAX_FILE_SIZE   (G_GUINT64_CONSTANT (2) << 30) /* 2 GiB */

/**
 * CrmCsvReaderFlags:
 * @CRM_CSV_READER_FLAGS_NONE: give fields exactly as they are in the file
 * @CRM_CSV_READER_UNGUARD: undo the formula-injection guard that
 *   crm_csv_cell_needs_guard() describes (drop one leading quote before
 *   = + - @ TAB CR); use it for imports, so export then import round-trips
 */
typedef enum {
  CRM_CSV_READER_FLAGS_NONE = 0,
  CRM_CSV_READER_UNGUARD    = 1 << 0,
} CrmCsvReaderFlags;

/**
 * CrmCsvRow:
 * @fields: (array zero-terminated=1): the fields, NUL-terminated UTF-8,
 *   followed by %NULL; use crm_csv_row_get() to read past the end of a
 *   short row safely
 * @n_fields: how many fields the row has (may differ from the header:
 *   see crm_csv_reader_check_row())
 * @line: the physical line (1-based) where the record starts; a quoted
 *   field with newlines makes one record span several lines
 * @number: the record number, 1 for the first row after the header
 *
 * Borrowed from the reader and valid until the next crm_csv_reader_next().
 */
typedef struct {
  const char * const *fields;
  guint               n_fields;
  guint64             line;
  guint64             number;
} CrmCsvRow;

static inline const char *
crm_csv_row_get (const CrmCsvRow *row,
                 guint            column)
{
  return column < row->n_fields ? row->fields[column] : "";
}

#define CRM_TYPE_CSV_READER (crm_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (CrmCsvReader, crm_csv_reader, CRM, CSV_READER, GObject)

CrmCsvReader       *crm_csv_reader_new_for_path    (const char         *path,
                                                    CrmCsvReaderFlags   flags,
                                                    GError            **error);
CrmCsvReader       *crm_csv_reader_new_for_data    (const char         *data,
                                                    gsize               len,
                                                    CrmCsvReaderFlags   flags,
                                                    GError            **error);
CrmCsvReader       *crm_csv_reader_new_for_bytes   (GBytes             *bytes,
                                                    CrmCsvReaderFlags   flags,
                                                    GError            **error);

const char * const *crm_csv_reader_get_header      (CrmCsvReader       *self);
guint               crm_csv_reader_get_n_columns   (CrmCsvReader       *self);
char                crm_csv_reader_get_delimiter   (CrmCsvReader       *self);
CrmTextEncoding     crm_csv_reader_get_encoding    (CrmCsvReader       *self);
guint64             crm_csv_reader_get_bytes_read  (CrmCsvReader       *self);
guint64             crm_csv_reader_get_total_bytes (CrmCsvReader       *self);
double              crm_csv_reader_get_fraction    (CrmCsvReader       *self);

gboolean            crm_csv_reader_next            (CrmCsvReader       *self,
                                                    const CrmCsvRow   **row,
                                                    GError            **error);
gboolean            crm_csv_reader_check_row       (CrmCsvReader       *self,
                                                    const CrmCsvRow    *row,
                                                    GError            **error);

G_END_DECLS
