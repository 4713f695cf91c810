/* crm-csv-writer.c: writes RFC 4180 CSV that Excel, LibreOffice and we read back.
 *
 * Commas separate fields, CRLF ends records, and a field is quoted (with
 * "" for a quote inside) only when it holds a comma, a quote, CR or LF, or
 * starts or ends with a space that a spreadsheet might trim. Cells that a
 * spreadsheet would run as a formula get a leading quote; see
 * crm-csv-guard.c for the rules that keep that reversible and leave phone
 * numbers such as "+44 20 7946 0958" as they are.
 *
 * The file appears under its name only when complete (CrmOutputFile); if
 * the writer is dropped without crm_csv_writer_close(), or any write fails,
 * nothing is left behind and an older file of that name is untouched.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "crm-csv-guard.h"
#include "crm-csv-writer.h"
#include "crm-io-error.h"
#include "crm-output-file.h"

#define FLUSH_SIZE (128 * 1024)

struct _CrmCsvWriter
{
  GObject             parent_instance;

  CrmOutputFile      *file;
  CrmCsvWriterFlags   flags;
  GString            *buf;
  guint64             n_rows;
};

G_DEFINE_FINAL_TYPE (CrmCsvWriter, crm_csv_writer, G_TYPE_OBJECT)

static void
crm_csv_writer_finalize (GObject *object)
{
  CrmCsvWriter *self = (CrmCsvWriter *) object;

  /* Uncommitted: the temporary file goes, the target stays as it was. */
  g_clear_pointer (&self->file, crm_output_file_free);
  g_string_free (self->buf, TRUE);

  G_OBJECT_CLASS (crm_csv_writer_parent_class)->finalize (object);
}

static void
crm_csv_writer_class_init (CrmCsvWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_csv_writer_finalize;
}

static void
crm_csv_writer_init (CrmCsvWriter *self)
{
  self->buf = g_string_sized_new (FLUSH_SIZE + 4096);
}

/**
 * crm_csv_writer_new:
 * @path: the file to write
 * @flags: #CrmCsvWriterFlags
 * @error: a #GError
 *
 * Returns: (transfer full): a writer, or %NULL with %CRM_IO_ERROR_WRITE
 */
CrmCsvWriter *
crm_csv_writer_new (const char         *path,
                    CrmCsvWriterFlags   flags,
                    GError            **error)
{
  g_autoptr(CrmCsvWriter) self = g_object_new (CRM_TYPE_CSV_WRITER, NULL);

  g_return_val_if_fail (path != NULL, NULL);

  self->flags = flags;
  self->file = crm_output_file_new (path, error);
  if (self->file == NULL)
    return NULL;

  if (flags & CRM_CSV_WRITER_BOM)
    g_string_append (self->buf, "\xef\xbb\xbf");

  return g_steal_pointer (&self);
}

static inline gboolean
needs_quotes (const char *cell,
              gsize       len)
{
  if (len == 0)
    return FALSE;
  if (cell[0] == ' ' || cell[len - 1] == ' ')
    return TRUE;
  return strpbrk (cell, ",\"\r\n") != NULL;
}

/**
 * crm_csv_format_row:
 * @out: where to append
 * @fields: (array length=n_fields): the cells; %NULL cells are empty
 * @n_fields: how many
 * @guard: whether to apply the formula-injection guard
 *
 * Appends one CSV record with its CRLF to @out.
 */
void
crm_csv_format_row (GString            *out,
                    const char * const *fields,
                    guint               n_fields,
                    gboolean            guard)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *cell = fields[i] ? fields[i] : "";
      gsize len = strlen (cell);
      gboolean guarded = guard && len > 0 && crm_csv_cell_needs_guard (cell);

      if (i > 0)
        g_string_append_c (out, ',');

      if (!needs_quotes (cell, len))
        {
          if (guarded)
            g_string_append_c (out, '\'');
          g_string_append_len (out, cell, len);
          continue;
        }

      g_string_append_c (out, '"');
      if (guarded)
        g_string_append_c (out, '\'');
      for (const char *p = cell; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }

  g_string_append (out, "\r\n");
}

/**
 * crm_csv_writer_write_row:
 * @self: a #CrmCsvWriter
 * @fields: (array length=n_fields): UTF-8 cells; %NULL cells are empty
 * @n_fields: how many
 * @error: a #GError
 *
 * Returns: %FALSE with %CRM_IO_ERROR_WRITE when the disk refused the data,
 *   or %CRM_IO_ERROR_INVALID for a cell that is not UTF-8
 */
gboolean
crm_csv_writer_write_row (CrmCsvWriter        *self,
                          const char * const  *fields,
                          guint                n_fields,
                          GError             **error)
{
  g_return_val_if_fail (CRM_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (fields != NULL || n_fields == 0, FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  for (guint i = 0; i < n_fields; i++)
    if (fields[i] && !g_utf8_validate (fields[i], -1, NULL))
      {
        g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_INVALID,
                     _("Row %llu, column %u is not valid UTF-8 text."),
                     (unsigned long long) self->n_rows + 1, i + 1);
        return FALSE;
      }

  crm_csv_format_row (self->buf, fields, n_fields, !(self->flags & CRM_CSV_WRITER_NO_GUARD));
  self->n_rows++;

  if (self->buf->len >= FLUSH_SIZE)
    {
      if (!crm_output_file_write (self->file, self->buf->str, self->buf->len, error))
        return FALSE;
      g_string_truncate (self->buf, 0);
    }

  return TRUE;
}

guint64
crm_csv_writer_get_n_rows (CrmCsvWriter *self)
{
  g_return_val_if_fail (CRM_IS_CSV_WRITER (self), 0);

  return self->n_rows;
}

/**
 * crm_csv_writer_close:
 * @self: a #CrmCsvWriter
 * @error: a #GError
 *
 * Finishes the file and puts it in place under its name.
 *
 * Returns: %TRUE when the complete file is in place
 */
gboolean
crm_csv_writer_close (CrmCsvWriter  *self,
                      GError       **error)
{
  g_autoptr(CrmOutputFile) file = NULL;

  g_return_val_if_fail (CRM_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  file = g_steal_pointer (&self->file);

  if (self->buf->len > 0 &&
      !crm_output_file_write (file, self->buf->str, self->buf->len, error))
    return FALSE;
  g_string_truncate (self->buf, 0);

  return crm_output_file_commit (file, error);
}
