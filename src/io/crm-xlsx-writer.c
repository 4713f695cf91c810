/* crm-xlsx-writer.c: writes an Excel workbook, row by row, in constant memory.
 *
 * libxlsxwriter in constant_memory mode keeps one row in memory and streams
 * the rest to a temporary file, so a million contacts cost no more memory
 * than ten. Three things need care:
 *
 *  - Numbers: libxlsxwriter 1.1.4 prints doubles with snprintf(), which
 *    follows LC_NUMERIC, so under a decimal-comma locale (de_DE, fr_FR)
 *    1.5 is written "1,5" and Excel reports the file as corrupt. Every
 *    call into the library runs under uselocale() with the C locale; that
 *    is per thread, so the export worker does not disturb the UI thread.
 *  - Text that looks like a number ("00123", "+44 20 7946 0958") is
 *    written as a string so that leading zeros and plus signs survive.
 *    Only columns declared CRM_XLSX_COLUMN_NUMBER hold numbers.
 *  - A sheet holds 1,048,576 rows. After CRM_XLSX_MAX_DATA_ROWS data rows
 *    a new sheet ("Contacts 2", ...) starts, with the header repeated.
 *
 * Excel also caps a cell at 32,767 characters; a longer cell is cut at a
 * character boundary and counted (crm_xlsx_writer_get_n_truncated()) so
 * the export can say so, rather than failing the whole file.
 *
 * The workbook is written under a temporary name beside the target and
 * renamed when complete (CrmOutputFile).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "crm-io-error.h"
#include "crm-output-file.h"
#include "crm-xlsx-writer-private.h"

#define EXCEL_MAX_CELL_CHARS 32767
#define MAX_SHEET_NAME_CHARS 31

struct _CrmXlsxWriter
{
  GObject             parent_instance;

  CrmOutputFile      *file;
  lxw_workbook       *workbook;
  lxw_worksheet      *sheet;
  lxw_format         *header_format;

  char               *sheet_name;
  char              **header;
  guint               n_columns;
  CrmXlsxColumnType  *types;

  guint64             max_rows;
  guint64             rows_in_sheet;
  guint64             n_rows;
  guint               n_sheets;
  guint64             n_truncated;
};

G_DEFINE_FINAL_TYPE (CrmXlsxWriter, crm_xlsx_writer, G_TYPE_OBJECT)

static locale_t
c_locale (void)
{
  static gsize once = 0;
  static locale_t locale;

  if (g_once_init_enter (&once))
    {
      locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
      g_once_init_leave (&once, 1);
    }

  return locale;
}

static void
crm_xlsx_writer_finalize (GObject *object)
{
  CrmXlsxWriter *self = (CrmXlsxWriter *) object;

  if (self->workbook)
    {
      /* Abandoned: let the library clean up its own temporary files; the
       * half workbook is removed with our temporary file. */
      locale_t old = uselocale (c_locale ());

      workbook_close (self->workbook);
      uselocale (old);
      self->workbook = NULL;
    }

  g_clear_pointer (&self->file, crm_output_file_free);
  g_clear_pointer (&self->sheet_name, g_free);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->types, g_free);

  G_OBJECT_CLASS (crm_xlsx_writer_parent_class)->finalize (object);
}

static void
crm_xlsx_writer_class_init (CrmXlsxWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_xlsx_writer_finalize;
}

static void
crm_xlsx_writer_init (CrmXlsxWriter *self)
{
  self->max_rows = CRM_XLSX_MAX_DATA_ROWS;
}

static gboolean
lxw_failed (CrmXlsxWriter  *self,
            lxw_error       err,
            GError        **error)
{
  g_autofree char *display = g_filename_display_name (crm_output_file_get_path (self->file));

  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE,
               _("Could not write “%s”: %s. Nothing was saved under that name; "
                 "check the free space and that you may write to that folder."),
               display, lxw_strerror (err));
  return FALSE;
}

/* A cell cut to Excel's limit, or NULL when it fits. */
static char *
truncate_cell (const char *cell)
{
  const char *end;

  if (strlen (cell) <= EXCEL_MAX_CELL_CHARS)
    return NULL;
  if (g_utf8_strlen (cell, -1) <= EXCEL_MAX_CELL_CHARS)
    return NULL;

  end = g_utf8_offset_to_pointer (cell, EXCEL_MAX_CELL_CHARS);
  return g_strndup (cell, end - cell);
}

/* Called with the C locale in effect. */
static gboolean
start_sheet (CrmXlsxWriter  *self,
             GError        **error)
{
  g_autofree char *name = NULL;
  lxw_error err;

  self->n_sheets++;
  if (self->n_sheets == 1)
    name = g_strdup (self->sheet_name);
  else
    {
      g_autofree char *suffix = g_strdup_printf (" %u", self->n_sheets);
      glong room = MAX_SHEET_NAME_CHARS - (glong) strlen (suffix);
      const char *cut = g_utf8_offset_to_pointer (self->sheet_name,
                                                  MIN (room, g_utf8_strlen (self->sheet_name, -1)));
      g_autofree char *stem = g_strndup (self->sheet_name, cut - self->sheet_name);

      name = g_strconcat (stem, suffix, NULL);
    }

  self->sheet = workbook_add_worksheet (self->workbook, name);
  if (self->sheet == NULL)
    return lxw_failed (self, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

  worksheet_freeze_panes (self->sheet, 1, 0);
  worksheet_set_column (self->sheet, 0, MAX (self->n_columns, 1) - 1, 18, NULL);

  for (guint i = 0; i < self->n_columns; i++)
    {
      err = worksheet_write_string (self->sheet, 0, i, self->header[i], self->header_format);
      if (err != LXW_NO_ERROR)
        return lxw_failed (self, err, error);
    }

  self->rows_in_sheet = 0;
  return TRUE;
}

/* Excel's rules for sheet names: at most 31 characters, none of []:*?/\ */
static char *
clean_sheet_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name ? name : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) && c < 0x80)
        c = '_';
      if (g_utf8_strlen (out->str, -1) >= MAX_SHEET_NAME_CHARS - 4)
        break;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0 || out->str[0] == '\'')
    g_string_prepend (out, "Sheet");

  return g_string_free (out, FALSE);
}

/**
 * crm_xlsx_writer_new:
 * @path: the .xlsx file to write
 * @sheet_name: name of the first sheet ("Contacts"); later sheets get a number
 * @header: (array length=n_columns): the header row, bold and frozen
 * @n_columns: number of columns, at most 16,384
 * @error: a #GError
 *
 * Returns: (transfer full): a writer, or %NULL with %CRM_IO_ERROR_WRITE
 */
CrmXlsxWriter *
crm_xlsx_writer_new (const char          *path,
                     const char          *sheet_name,
                     const char * const  *header,
                     guint                n_columns,
                     GError             **error)
{
  g_autoptr(CrmXlsxWriter) self = g_object_new (CRM_TYPE_XLSX_WRITER, NULL);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  locale_t old;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (header != NULL || n_columns == 0, NULL);

  if (n_columns > LXW_COL_MAX)
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_INVALID,
                   _("An Excel sheet holds at most %u columns; this export has %u."),
                   (guint) LXW_COL_MAX, n_columns);
      return NULL;
    }

  self->file = crm_output_file_new (path, error);
  if (self->file == NULL)
    return NULL;
  if (!crm_output_file_close_temp (self->file, error))
    return NULL;

  self->sheet_name = clean_sheet_name (sheet_name);
  self->n_columns = n_columns;
  self->types = g_new0 (CrmXlsxColumnType, MAX (n_columns, 1));
  self->header = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    self->header[i] = g_strdup (header[i] ? header[i] : "");

  old = uselocale (c_locale ());
  self->workbook = workbook_new_opt (crm_output_file_get_temp_path (self->file), &options);
  if (self->workbook)
    {
      self->header_format = workbook_add_format (self->workbook);
      format_set_bold (self->header_format);
      ok = start_sheet (self, error);
    }
  else
    ok = lxw_failed (self, LXW_ERROR_CREATING_XLSX_FILE, error);
  uselocale (old);

  if (!ok)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * crm_xlsx_writer_set_column_type:
 *
 * Declares @column as text (the default) or numbers. Call before the rows.
 */
void
crm_xlsx_writer_set_column_type (CrmXlsxWriter     *self,
                                 guint              column,
                                 CrmXlsxColumnType  type)
{
  g_return_if_fail (CRM_IS_XLSX_WRITER (self));
  g_return_if_fail (column < self->n_columns);

  self->types[column] = type;
}

void
crm_xlsx_writer_set_max_rows_per_sheet (CrmXlsxWriter *self,
                                        guint64        max_rows)
{
  g_return_if_fail (CRM_IS_XLSX_WRITER (self));
  g_return_if_fail (max_rows > 0 && max_rows <= CRM_XLSX_MAX_DATA_ROWS);

  self->max_rows = max_rows;
}

/* A number as we store them: C-locale decimal, nothing else around it. */
static gboolean
parse_number (const char *cell,
              double     *value)
{
  char *end = NULL;

  if (cell[0] == '\0' || g_ascii_isspace (cell[0]))
    return FALSE;

  *value = g_ascii_strtod (cell, &end);
  return end != cell && *end == '\0' && isfinite (*value);
}

static gboolean
write_row_locked (CrmXlsxWriter       *self,
                  const char * const  *fields,
                  guint                n_fields,
                  GError             **error)
{
  lxw_row_t row;

  if (self->rows_in_sheet >= self->max_rows && !start_sheet (self, error))
    return FALSE;

  row = (lxw_row_t) (self->rows_in_sheet + 1);

  for (guint i = 0; i < n_fields && i < self->n_columns; i++)
    {
      const char *cell = fields[i];
      g_autofree char *cut = NULL;
      lxw_error err;
      double number;

      if (cell == NULL || cell[0] == '\0')
        continue;

      if (self->types[i] == CRM_XLSX_COLUMN_NUMBER && parse_number (cell, &number))
        err = worksheet_write_number (self->sheet, row, i, number, NULL);
      else
        {
          cut = truncate_cell (cell);
          if (cut)
            self->n_truncated++;
          err = worksheet_write_string (self->sheet, row, i, cut ? cut : cell, NULL);
        }

      if (err != LXW_NO_ERROR)
        return lxw_failed (self, err, error);
    }

  self->rows_in_sheet++;
  self->n_rows++;
  return TRUE;
}

/**
 * crm_xlsx_writer_write_row:
 * @self: a #CrmXlsxWriter
 * @fields: (array length=n_fields): UTF-8 cells; %NULL or "" leave the
 *   cell empty; cells past the header's width are dropped
 * @n_fields: how many
 * @error: a #GError
 *
 * Returns: %FALSE with %CRM_IO_ERROR_WRITE or %CRM_IO_ERROR_INVALID
 */
gboolean
crm_xlsx_writer_write_row (CrmXlsxWriter       *self,
                           const char * const  *fields,
                           guint                n_fields,
                           GError             **error)
{
  locale_t old;
  gboolean ok;

  g_return_val_if_fail (CRM_IS_XLSX_WRITER (self), FALSE);
  g_return_val_if_fail (fields != NULL || n_fields == 0, FALSE);
  g_return_val_if_fail (self->workbook != NULL, FALSE);

  for (guint i = 0; i < n_fields; i++)
    if (fields[i] && !g_utf8_validate (fields[i], -1, NULL))
      {
        g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_INVALID,
                     _("Row %llu, column %u is not valid UTF-8 text."),
                     (unsigned long long) self->n_rows + 1, i + 1);
        return FALSE;
      }

  old = uselocale (c_locale ());
  ok = write_row_locked (self, fields, n_fields, error);
  uselocale (old);

  return ok;
}

guint64
crm_xlsx_writer_get_n_rows (CrmXlsxWriter *self)
{
  g_return_val_if_fail (CRM_IS_XLSX_WRITER (self), 0);

  return self->n_rows;
}

guint
crm_xlsx_writer_get_n_sheets (CrmXlsxWriter *self)
{
  g_return_val_if_fail (CRM_IS_XLSX_WRITER (self), 0);

  return self->n_sheets;
}

/**
 * crm_xlsx_writer_get_n_truncated:
 *
 * Returns: how many cells were longer than Excel's 32,767 characters and
 *   were cut
 */
guint64
crm_xlsx_writer_get_n_truncated (CrmXlsxWriter *self)
{
  g_return_val_if_fail (CRM_IS_XLSX_WRITER (self), 0);

  return self->n_truncated;
}

/**
 * crm_xlsx_writer_close:
 * @self: a #CrmXlsxWriter
 * @error: a #GError
 *
 * Finishes the workbook and puts it in place under its name.
 *
 * Returns: %TRUE when the complete file is in place
 */
gboolean
crm_xlsx_writer_close (CrmXlsxWriter  *self,
                       GError        **error)
{
  g_autoptr(CrmOutputFile) file = NULL;
  lxw_workbook *workbook;
  lxw_error err;
  locale_t old;

  g_return_val_if_fail (CRM_IS_XLSX_WRITER (self), FALSE);
  g_return_val_if_fail (self->workbook != NULL, FALSE);

  workbook = g_steal_pointer (&self->workbook);

  old = uselocale (c_locale ());
  err = workbook_close (workbook);
  uselocale (old);

  if (err != LXW_NO_ERROR)
    return lxw_failed (self, err, error);

  file = g_steal_pointer (&self->file);
  return crm_output_file_commit (file, error);
}
