/* fuzz-csv-reader.c: libFuzzer target for the CSV reader and the mapping.
 *
 * Besides "no crash, no leak, no undefined behaviour", every row the reader
 * returns is written back with the CSV writer's formatter and read again:
 * the fields must come back identical, which checks reader and writer
 * against each other on inputs no one would think of.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "crm-csv-reader.h"
#include "crm-csv-writer.h"
#include "crm-import-format.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_round_trip (const CrmCsvRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CrmCsvReader) again = NULL;
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  const CrmCsvRow *back = NULL;
  g_autoptr(GError) error = NULL;

  /* A lone empty field is a blank line, which the reader skips. */
  if (row->n_fields == 1 && row->fields[0][0] == '\0')
    return;

  for (guint i = 0; i < row->n_fields; i++)
    g_ptr_array_add (header, g_strdup_printf ("h%u", i));
  crm_csv_format_row (text, (const char * const *) header->pdata, header->len, FALSE);
  crm_csv_format_row (text, row->fields, row->n_fields, FALSE);

  again = crm_csv_reader_new_for_data (text->str, text->len, 0, &error);
  g_assert_no_error (error);
  g_assert_true (crm_csv_reader_next (again, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (back->n_fields, ==, row->n_fields);
  for (guint i = 0; i < row->n_fields; i++)
    g_assert_cmpstr (back->fields[i], ==, row->fields[i]);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autoptr(CrmImportMapping) mapping = NULL;
  const CrmCsvRow *row;
  guint n = 0;

  reader = crm_csv_reader_new_for_data ((const char *) data, size, CRM_CSV_READER_UNGUARD, NULL);
  if (reader == NULL)
    return 0;

  mapping = crm_import_mapping_new (crm_csv_reader_get_header (reader),
                                    crm_csv_reader_get_n_columns (reader));
  crm_import_mapping_check (mapping, NULL);

  while (crm_csv_reader_next (reader, &row, NULL))
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (g_utf8_validate (row->fields[0], -1, NULL));
      g_assert_null (row->fields[row->n_fields]);
      crm_csv_reader_check_row (reader, row, &error);
      if (n++ < 8)
        check_round_trip (row);
    }

  g_assert_cmpfloat (crm_csv_reader_get_fraction (reader), <=, 1.0);
  return 0;
}
