/* csv-throughput.c: how fast the CSV reader parses; run by hand, not a test.
 *
 *   build-io/tests/io/csv-throughput [ROWS]
 *   build-io/tests/io/csv-throughput FILE.csv
 *
 * Generates a contact list shaped like the import benchmark (17 template
 * columns, some quoted fields, about 147 bytes a row) in memory, or takes
 * a file, then times reading it end to end: reading the file, decoding
 * check, header, and every row.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "crm-csv-reader.h"

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 && g_file_test (argv[1], G_FILE_TEST_IS_REGULAR) ? argv[1] : NULL;
  guint64 rows = argc > 1 && !path ? g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  g_autoptr(GString) text = g_string_sized_new (path ? 16 : rows * 150);
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const CrmCsvRow *row;
  guint64 n = 0, bytes = 0;
  gint64 start, elapsed;

  if (path)
    {
      gsize size = 0;

      start = g_get_monotonic_time ();
      reader = crm_csv_reader_new_for_path (path, CRM_CSV_READER_UNGUARD, &error);
      if (reader == NULL)
        g_error ("%s", error->message);
      while (crm_csv_reader_next (reader, &row, &error))
        n++;
      if (error)
        g_error ("%s", error->message);
      elapsed = g_get_monotonic_time () - start;
      size = crm_csv_reader_get_total_bytes (reader);
      g_print ("%s: %" G_GUINT64_FORMAT " rows, %.1f MB in %.3f s: %.2f M rows/s, %.0f MB/s\n",
               path, n, size / 1e6, elapsed / 1e6, n / (elapsed / 1e6) / 1e6,
               size / 1e6 / (elapsed / 1e6));
      return EXIT_SUCCESS;
    }

  g_string_append (text, "Client Name,External Client ID,Client ID,First Name,Last Name,Email,"
                         "Phone,External Contact ID,Primary,Job Title,Street,City,Region,"
                         "Postal Code,Country,Tags,Notes\r\n");
  for (guint64 i = 0; i < rows; i++)
    g_string_append_printf (text,
                            "\"Client %" G_GUINT64_FORMAT ", Ltd\",C%" G_GUINT64_FORMAT ",,Ann,Smith%" G_GUINT64_FORMAT ","
                            "ann%" G_GUINT64_FORMAT "@example.com,+44 20 7946 %04u,P%" G_GUINT64_FORMAT ",%s,Buyer,"
                            "1 High St,London,,0%04u,UK,vip,\"said \"\"hi\"\"\"\r\n",
                            i / 4, i / 4, i, i, (guint) (i % 10000), i, i % 4 ? "no" : "yes",
                            (guint) (i % 10000));

  start = g_get_monotonic_time ();
  reader = crm_csv_reader_new_for_data (text->str, text->len, CRM_CSV_READER_UNGUARD, &error);
  if (reader == NULL)
    g_error ("%s", error->message);
  while (crm_csv_reader_next (reader, &row, &error))
    {
      n++;
      bytes += row->n_fields;
    }
  if (error)
    g_error ("%s", error->message);
  elapsed = g_get_monotonic_time () - start;

  g_print ("%" G_GUINT64_FORMAT " rows, %.1f MB in %.3f s: %.2f M rows/s, %.0f MB/s (%" G_GUINT64_FORMAT " fields)\n",
           n, text->len / 1e6, elapsed / 1e6, n / (elapsed / 1e6) / 1e6,
           text->len / 1e6 / (elapsed / 1e6), bytes);

  return n == rows ? EXIT_SUCCESS : EXIT_FAILURE;
}
