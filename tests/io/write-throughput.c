/* write-throughput.c: how fast the writers export; run by hand, not a test.
 *
 *   build-io/tests/io/write-throughput [ROWS] [DIR]
 *
 * Writes ROWS contacts (default 1,000,000) with the template's columns as
 * CSV, XLSX and vCard 4.0 into DIR (default: a new temporary folder) and
 * prints the time each took, file size included. The files are removed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "crm-csv-writer.h"
#include "crm-import-format.h"
#include "crm-vcard-writer.h"
#include "crm-xlsx-writer.h"

#define N_COLUMNS 17

static void
fill_row (char   **cells,
          guint64  i)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_pointer (&cells[c], g_free);

  cells[0] = g_strdup_printf ("Client %" G_GUINT64_FORMAT ", Ltd", i / 4);
  cells[1] = g_strdup_printf ("C%" G_GUINT64_FORMAT, i / 4);
  cells[2] = g_strdup ("");
  cells[3] = g_strdup ("Zoë");
  cells[4] = g_strdup_printf ("Smith%" G_GUINT64_FORMAT, i);
  cells[5] = g_strdup_printf ("zoe%" G_GUINT64_FORMAT "@example.com", i);
  cells[6] = g_strdup_printf ("+44 20 7946 %04u", (guint) (i % 10000));
  cells[7] = g_strdup_printf ("P%" G_GUINT64_FORMAT, i);
  cells[8] = g_strdup (i % 4 ? "no" : "yes");
  cells[9] = g_strdup ("Buyer");
  cells[10] = g_strdup ("1 High St");
  cells[11] = g_strdup ("London");
  cells[12] = g_strdup ("");
  cells[13] = g_strdup_printf ("0%04u", (guint) (i % 10000));
  cells[14] = g_strdup ("UK");
  cells[15] = g_strdup ("vip");
  cells[16] = g_strdup ("Said \"hi\"");
}

static void
report (const char *what,
        const char *path,
        gint64      start,
        guint64     rows)
{
  GStatBuf st;
  double s = (g_get_monotonic_time () - start) / 1e6;

  g_stat (path, &st);
  g_print ("%-6s %" G_GUINT64_FORMAT " rows in %6.2f s (%.0f rows/s), %.1f MB\n",
           what, rows, s, rows / s, st.st_size / 1e6);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  guint64 rows = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  g_autofree char *dir = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("clientele-export-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "contacts.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "contacts.xlsx", NULL);
  g_autofree char *vcf = g_build_filename (dir, "contacts.vcf", NULL);
  const char *header[N_COLUMNS];
  char *cells[N_COLUMNS] = { NULL, };
  g_autoptr(GError) error = NULL;
  guint n;
  const CrmField *fields = crm_import_template_get_fields (&n);
  gint64 start;

  for (guint c = 0; c < N_COLUMNS; c++)
    header[c] = crm_field_get_header (fields[c]);

  {
    g_autoptr(CrmCsvWriter) writer = NULL;

    start = g_get_monotonic_time ();
    writer = crm_csv_writer_new (csv, CRM_CSV_WRITER_BOM, &error);
    if (!writer || !crm_csv_writer_write_row (writer, header, N_COLUMNS, &error))
      g_error ("%s", error->message);
    for (guint64 i = 0; i < rows; i++)
      {
        fill_row (cells, i);
        if (!crm_csv_writer_write_row (writer, (const char * const *) cells, N_COLUMNS, &error))
          g_error ("%s", error->message);
      }
    if (!crm_csv_writer_close (writer, &error))
      g_error ("%s", error->message);
    report ("CSV", csv, start, rows);
  }

  {
    g_autoptr(CrmXlsxWriter) writer = NULL;

    start = g_get_monotonic_time ();
    writer = crm_xlsx_writer_new (xlsx, "Contacts", header, N_COLUMNS, &error);
    if (!writer)
      g_error ("%s", error->message);
    for (guint64 i = 0; i < rows; i++)
      {
        fill_row (cells, i);
        if (!crm_xlsx_writer_write_row (writer, (const char * const *) cells, N_COLUMNS, &error))
          g_error ("%s", error->message);
      }
    if (!crm_xlsx_writer_close (writer, &error))
      g_error ("%s", error->message);
    report ("XLSX", xlsx, start, rows);
  }

  {
    g_autoptr(CrmVcardWriter) writer = NULL;

    start = g_get_monotonic_time ();
    writer = crm_vcard_writer_new (vcf, CRM_VCARD_VERSION_4_0, &error);
    if (!writer)
      g_error ("%s", error->message);
    for (guint64 i = 0; i < rows; i++)
      {
        g_autoptr(CrmVcard) card = crm_vcard_new ();
        CrmVcardAddress *adr;

        fill_row (cells, i);
        card->given_name = g_strdup (cells[3]);
        card->family_name = g_strdup (cells[4]);
        card->organization = g_strdup (cells[0]);
        card->title = g_strdup (cells[9]);
        card->note = g_strdup (cells[16]);
        crm_vcard_add_email (card, cells[5], "work", TRUE);
        crm_vcard_add_phone (card, cells[6], "work", FALSE);
        adr = crm_vcard_add_address (card);
        adr->street = g_strdup (cells[10]);
        adr->city = g_strdup (cells[11]);
        adr->postal_code = g_strdup (cells[13]);
        adr->country = g_strdup (cells[14]);
        g_ptr_array_add (card->categories, g_strdup (cells[15]));
        if (!crm_vcard_writer_add (writer, card, &error))
          g_error ("%s", error->message);
      }
    if (!crm_vcard_writer_close (writer, &error))
      g_error ("%s", error->message);
    report ("vCard", vcf, start, rows);
  }

  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (cells[c]);
  if (argc <= 2)
    g_rmdir (dir);

  return EXIT_SUCCESS;
}
