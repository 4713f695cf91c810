/* crm-csv-reader.c: a fast RFC 4180 reader for imported CSV files.
 *
 * The whole file is read into memory once and decoded to UTF-8 (for UTF-8
 * files, in the same buffer). Records are then parsed in place: a field is
 * a pointer into the buffer, its end is overwritten with a NUL, and the ""
 * escapes of a quoted field are undone by moving bytes left, which never
 * overtakes the reading position. So a row costs no allocation at all, and
 * parsing runs at memory speed (see tests/io/csv-throughput.c).
 *
 * What real files bring, and what we do:
 *  - the delimiter is the most frequent of , ; TAB in the header line
 *    (outside quotes); a first line "sep=;" (Excel) sets it explicitly;
 *  - CR, LF and CRLF all end a record, mixed in one file too;
 *  - blank lines are skipped;
 *  - a quote inside an unquoted field, or text after a closing quote, is
 *    kept as text (Excel writes such files; refusing them helps nobody);
 *  - a NUL byte, a quote never closed, a field over 1 MiB or a row over
 *    16,384 columns stop the reader with an error naming the line;
 *  - a row with a different number of fields than the header is returned
 *    as it is; crm_csv_reader_check_row() says what is wrong with it, so
 *    the import can report the row and go on.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "crm-csv-guard.h"
#include "crm-csv-reader.h"
#include "crm-io-enums.h"
#include "crm-io-error.h"

/* Bits of the per-byte class table. */
enum {
  STOP_UNQUOTED = 1 << 0,  /* ends an unquoted field: delimiter, CR, LF, NUL */
  STOP_QUOTED   = 1 << 1,  /* interrupts a quoted field: quote, CR, LF, NUL */
};

struct _CrmCsvReader
{
  GObject            parent_instance;

  char              *data;      /* decoded UTF-8, data[len] == '\0' */
  gsize              len;
  char              *pos;
  char              *end;
  char              *released;  /* pages before this were given back */

  CrmCsvReaderFlags  flags;
  CrmTextEncoding    encoding;
  char               delimiter;
  guint8             klass[256];

  guint64            line;      /* line of the next byte to read */
  guint64            n_records;

  char             **header;
  guint              n_columns;

  /* The current row, reused from row to row. */
  const char       **fields;
  guint              n_fields;
  guint              fields_alloc;
  CrmCsvRow          row;
};

enum {
  PROP_0,
  PROP_DELIMITER,
  PROP_ENCODING,
  PROP_N_COLUMNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CrmCsvReader, crm_csv_reader, G_TYPE_OBJECT)

static void
crm_csv_reader_finalize (GObject *object)
{
  CrmCsvReader *self = (CrmCsvReader *) object;

  g_clear_pointer (&self->data, g_free);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->fields, g_free);

  G_OBJECT_CLASS (crm_csv_reader_parent_class)->finalize (object);
}

static void
crm_csv_reader_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrmCsvReader *self = CRM_CSV_READER (object);

  switch (prop_id)
    {
    case PROP_DELIMITER:
      g_value_set_uint (value, (guchar) self->delimiter);
      break;

    case PROP_ENCODING:
      g_value_set_enum (value, self->encoding);
      break;

    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->n_columns);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_csv_reader_class_init (CrmCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_csv_reader_finalize;
  object_class->get_property = crm_csv_reader_get_property;

  properties[PROP_DELIMITER] =
    g_param_spec_uint ("delimiter", NULL, NULL,
                       0, 255, ',',
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENCODING] =
    g_param_spec_enum ("encoding", NULL, NULL,
                       CRM_TYPE_TEXT_ENCODING,
                       CRM_TEXT_ENCODING_UTF8,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_csv_reader_init (CrmCsvReader *self)
{
  self->delimiter = ',';
  self->line = 1;
}

static void
set_delimiter (CrmCsvReader *self,
               char          delimiter)
{
  memset (self->klass, 0, sizeof self->klass);
  self->delimiter = delimiter;
  self->klass[(guchar) delimiter] |= STOP_UNQUOTED;
  self->klass['\r'] |= STOP_UNQUOTED | STOP_QUOTED;
  self->klass['\n'] |= STOP_UNQUOTED | STOP_QUOTED;
  self->klass['\0'] |= STOP_UNQUOTED | STOP_QUOTED;
  self->klass['"'] |= STOP_QUOTED;
}

/* Looks at the first line and picks the delimiter that occurs most often
 * outside quotes; ties and lines without any go to the comma. */
static void
detect_delimiter (CrmCsvReader *self)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  guint best = 0;

  /* Excel understands a first line "sep=X" and so do we, for the
   * delimiters that make sense (never a quote, a line end or NUL). */
  if (self->end - self->pos >= 5 && g_ascii_strncasecmp (self->pos, "sep=", 4) == 0 &&
      (self->pos[5] == '\r' || self->pos[5] == '\n' || self->pos[5] == '\0') &&
      self->pos[4] != '\0' && strchr (",;\t|", self->pos[4]) != NULL)
    {
      set_delimiter (self, self->pos[4]);
      self->pos += 5;
      if (*self->pos == '\r')
        self->pos++;
      if (*self->pos == '\n')
        self->pos++;
      self->line++;
      return;
    }

  for (const char *p = self->pos; p < self->end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  set_delimiter (self, candidates[best]);
}

static void
push_field (CrmCsvReader *self,
            const char   *field)
{
  if G_UNLIKELY (self->n_fields == self->fields_alloc)
    {
      self->fields_alloc = MAX (32, self->fields_alloc * 2);
      self->fields = g_renew (const char *, self->fields, self->fields_alloc);
    }
  self->fields[self->n_fields++] = field;
}

static gboolean
field_too_large (CrmCsvReader  *self,
                 guint64        line,
                 gboolean       quoted,
                 GError       **error)
{
  if (quoted)
    g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_TOO_LARGE,
                 _("Line %llu: field %u is longer than 1 MiB, the most "
                   "Clientele reads in one field. A quote that is never closed can cause "
                   "this: check the quotes on that line."),
                 (unsigned long long) line, self->n_fields + 1);
  else
    g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_TOO_LARGE,
                 _("Line %llu: field %u is longer than 1 MiB, the most "
                   "Clientele reads in one field. Shorten it and import again."),
                 (unsigned long long) line, self->n_fields + 1);
  return FALSE;
}

static gboolean
nul_byte (guint64   line,
          GError  **error)
{
  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_NUL_BYTE,
               _("Line %llu contains a NUL byte. This is not a text file, "
                 "or it is UTF-16 text without a byte-order mark: save it as "
                 "“CSV UTF-8” and import that file."),
               (unsigned long long) line);
  return FALSE;
}

/* Parses one record at self->pos into self->fields.
 * Returns 1 for a record, 0 at the end of the data, -1 on error. */
static int
parse_record (CrmCsvReader  *self,
              GError       **error)
{
  const guint8 *klass = self->klass;
  char *p = self->pos;
  char c;

  self->n_fields = 0;

  if (p >= self->end)
    return 0;

  for (;;)
    {
      char *field, *field_end;

      if (*p == '"')
        {
          guint64 quote_line = self->line;
          char *w;

          field = w = ++p;

          for (;;)
            {
              char *run = p;

              while (!(klass[(guchar) *p] & STOP_QUOTED))
                p++;
              if (w != run)
                memmove (w, run, p - run);
              w += p - run;

              c = *p;
              if (c == '"')
                {
                  if (p[1] == '"')
                    {
                      *w++ = '"';
                      p += 2;
                    }
                  else
                    {
                      p++;
                      break;
                    }
                }
              else if (c == '\n')
                {
                  *w++ = *p++;
                  self->line++;
                }
              else if (c == '\r')
                {
                  *w++ = *p++;
                  if (*p == '\n')
                    *w++ = *p++;
                  self->line++;
                }
              else if (p >= self->end)
                {
                  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_SYNTAX,
                               _("Line %llu: a quoted field starts here but "
                                 "its closing quote is missing."),
                               (unsigned long long) quote_line);
                  return -1;
                }
              else
                {
                  nul_byte (self->line, error);
                  return -1;
                }

              if G_UNLIKELY (w - field > CRM_CSV_MAX_FIELD_SIZE)
                {
                  field_too_large (self, quote_line, TRUE, error);
                  return -1;
                }
            }

          /* Text after the closing quote: keep it, as Excel does. */
          while (!(klass[(guchar) *p] & STOP_UNQUOTED))
            *w++ = *p++;

          field_end = w;
          if G_UNLIKELY (field_end - field > CRM_CSV_MAX_FIELD_SIZE)
            {
              field_too_large (self, quote_line, TRUE, error);
              return -1;
            }
        }
      else
        {
          field = p;
          while (!(klass[(guchar) *p] & STOP_UNQUOTED))
            p++;
          field_end = p;

          if G_UNLIKELY (field_end - field > CRM_CSV_MAX_FIELD_SIZE)
            {
              field_too_large (self, self->line, FALSE, error);
              return -1;
            }
        }

      c = *p;
      if G_UNLIKELY (c == '\0' && p < self->end)
        {
          nul_byte (self->line, error);
          return -1;
        }

      if G_UNLIKELY (self->n_fields == CRM_CSV_MAX_COLUMNS)
        {
          g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_TOO_LARGE,
                       _("Line %llu has more than %u columns, the most "
                         "Clientele reads. Remove the columns you do not need and import again."),
                       (unsigned long long) self->line, (guint) CRM_CSV_MAX_COLUMNS);
          return -1;
        }

      *field_end = '\0';
      push_field (self, field);

      if (c == self->delimiter)
        {
          p++;
          continue;
        }

      if (c == '\r')
        {
          p++;
          if (*p == '\n')
            p++;
          self->line++;
        }
      else if (c == '\n')
        {
          p++;
          self->line++;
        }
      break;
    }

  self->pos = p;
  return 1;
}

/* Like parse_record() but skips blank lines. */
static int
parse_nonblank_record (CrmCsvReader  *self,
                       guint64       *line,
                       GError       **error)
{
  for (;;)
    {
      int r;

      *line = self->line;
      r = parse_record (self, error);
      if (r != 1)
        return r;
      if (self->n_fields > 1 || self->fields[0][0] != '\0')
        return 1;
    }
}

static gboolean
crm_csv_reader_start (CrmCsvReader  *self,
                      GError       **error)
{
  guint64 line;
  int r;

  self->pos = self->data;
  self->end = self->data + self->len;

  detect_delimiter (self);

  r = parse_nonblank_record (self, &line, error);
  if (r < 0)
    return FALSE;
  if (r == 0)
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_EMPTY,
                   _("The file is empty: there are no rows to import."));
      return FALSE;
    }

  self->n_columns = self->n_fields;
  self->header = g_new (char *, self->n_fields + 1);
  for (guint i = 0; i < self->n_fields; i++)
    self->header[i] = g_strdup (self->fields[i]);
  self->header[self->n_fields] = NULL;

  return TRUE;
}

static CrmCsvReader *
crm_csv_reader_new_take (char               *data,
                         gsize               len,
                         CrmCsvReaderFlags   flags,
                         GError            **error)
{
  g_autoptr(CrmCsvReader) self = g_object_new (CRM_TYPE_CSV_READER, NULL);

  self->flags = flags;

  if (len == 0)
    {
      g_free (data);
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_EMPTY,
                   _("The file is empty: there are no rows to import."));
      return NULL;
    }

  self->data = crm_text_decode_take (data, len, &self->len, &self->encoding, error);
  if (self->data == NULL)
    return NULL;

  if (!crm_csv_reader_start (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * crm_csv_reader_new_for_path:
 * @path: a file name
 * @flags: #CrmCsvReaderFlags
 * @error: a #GError
 *
 * Reads @path into memory, decodes it and reads the header row.
 *
 * Returns: (transfer full): a reader positioned on the first data row, or
 *   %NULL with %CRM_IO_ERROR_EMPTY, %CRM_IO_ERROR_TOO_LARGE, ... or a
 *   #GFileError
 */
CrmCsvReader *
crm_csv_reader_new_for_path (const char         *path,
                             CrmCsvReaderFlags   flags,
                             GError            **error)
{
  GStatBuf st;
  char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) == 0 && (guint64) st.st_size > CRM_CSV_MAX_FILE_SIZE)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_TOO_LARGE,
                   _("“%s” is larger than 2 GiB, the most Clientele imports at once. "
                     "Split it into smaller files."),
                   display);
      return NULL;
    }

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;

  return crm_csv_reader_new_take (data, len, flags, error);
}

/**
 * crm_csv_reader_new_for_data:
 * @data: (array length=len): the bytes of a CSV file
 * @len: length of @data
 * @flags: #CrmCsvReaderFlags
 * @error: a #GError
 *
 * Like crm_csv_reader_new_for_path(); @data is copied.
 *
 * Returns: (transfer full): a reader, or %NULL
 */
CrmCsvReader *
crm_csv_reader_new_for_data (const char         *data,
                             gsize               len,
                             CrmCsvReaderFlags   flags,
                             GError            **error)
{
  char *copy;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  copy = g_malloc (len + 1);
  if (len > 0)
    memcpy (copy, data, len);
  copy[len] = '\0';

  return crm_csv_reader_new_take (copy, len, flags, error);
}

/**
 * crm_csv_reader_new_for_bytes:
 * @bytes: the bytes of a CSV file
 * @flags: #CrmCsvReaderFlags
 * @error: a #GError
 *
 * Returns: (transfer full): a reader, or %NULL
 */
CrmCsvReader *
crm_csv_reader_new_for_bytes (GBytes             *bytes,
                              CrmCsvReaderFlags   flags,
                              GError            **error)
{
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  return crm_csv_reader_new_for_data (data, len, flags, error);
}

/**
 * crm_csv_reader_get_header:
 *
 * Returns: (transfer none): the names in the header row, as in the file
 */
const char * const *
crm_csv_reader_get_header (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), NULL);

  return (const char * const *) self->header;
}

guint
crm_csv_reader_get_n_columns (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), 0);

  return self->n_columns;
}

char
crm_csv_reader_get_delimiter (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), ',');

  return self->delimiter;
}

CrmTextEncoding
crm_csv_reader_get_encoding (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), CRM_TEXT_ENCODING_UTF8);

  return self->encoding;
}

/**
 * crm_csv_reader_get_bytes_read:
 *
 * Returns: how far the reader is, in bytes of decoded text; with
 *   crm_csv_reader_get_total_bytes() this drives a progress bar
 */
guint64
crm_csv_reader_get_bytes_read (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), 0);

  return self->pos - self->data;
}

guint64
crm_csv_reader_get_total_bytes (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), 0);

  return self->len;
}

/**
 * crm_csv_reader_get_fraction:
 *
 * Returns: the share of the file read so far, from 0.0 to 1.0
 */
double
crm_csv_reader_get_fraction (CrmCsvReader *self)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), 0.0);

  return self->len ? (double) (self->pos - self->data) / self->len : 1.0;
}

/**
 * crm_csv_reader_next:
 * @self: a #CrmCsvReader
 * @row: (out) (transfer none): the next row, valid until the next call
 * @error: a #GError
 *
 * Returns: %TRUE with a row; %FALSE without an error at the end of the
 *   file; %FALSE with an error (%CRM_IO_ERROR_SYNTAX, _NUL_BYTE,
 *   _TOO_LARGE) when the file cannot be read further
 */
/* A large file is read whole, and parsed in place; the rows already
 * handed out are never looked at again. Giving their pages back to the
 * system as the reader moves on keeps an import of a 150 MB file from
 * holding all of it to the end. Only for buffers large enough to be a
 * mapping of their own, and only whole pages strictly inside the buffer
 * (the header is a copy, see read_header). */
#define RELEASE_MIN_BUFFER (16u << 20)
#define RELEASE_STEP (8u << 20)

static void
release_consumed (CrmCsvReader *self)
{
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr from, to;

  if (self->len < RELEASE_MIN_BUFFER || page == 0)
    return;

  from = (guintptr) (self->released ? self->released : self->data);
  from = (from + page - 1) & ~(guintptr) (page - 1);
  to = (guintptr) self->pos & ~(guintptr) (page - 1);

  if (to <= from || to - from < RELEASE_STEP)
    return;

  if (madvise ((void *) from, to - from, MADV_DONTNEED) == 0)
    self->released = (char *) to;
}

gboolean
crm_csv_reader_next (CrmCsvReader     *self,
                     const CrmCsvRow **row,
                     GError          **error)
{
  guint64 line;
  int r;

  g_return_val_if_fail (CRM_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  *row = NULL;

  /* The previous row is no longer borrowed: its pages can go. */
  release_consumed (self);

  r = parse_nonblank_record (self, &line, error);
  if (r <= 0)
    {
      /* Never read past an error: the rest of the file is suspect. */
      if (r < 0)
        self->pos = self->end;
      return FALSE;
    }

  if (self->flags & CRM_CSV_READER_UNGUARD)
    for (guint i = 0; i < self->n_fields; i++)
      if (self->fields[i][0] == '\'')
        self->fields[i] = crm_csv_cell_unguard (self->fields[i]);

  /* NULL-terminated too, so the row can be handed to strv functions. */
  push_field (self, NULL);
  self->n_fields--;

  self->n_records++;
  self->row.fields = self->fields;
  self->row.n_fields = self->n_fields;
  self->row.line = line;
  self->row.number = self->n_records;
  *row = &self->row;

  return TRUE;
}

/**
 * crm_csv_reader_check_row:
 * @self: a #CrmCsvReader
 * @row: a row from crm_csv_reader_next()
 * @error: a #GError
 *
 * Returns: %FALSE with %CRM_IO_ERROR_RAGGED when @row has more or fewer
 *   fields than the header; the message names the row and both counts
 */
gboolean
crm_csv_reader_check_row (CrmCsvReader     *self,
                          const CrmCsvRow  *row,
                          GError          **error)
{
  g_return_val_if_fail (CRM_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  if (row->n_fields == self->n_columns)
    return TRUE;

  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_RAGGED,
               /* Translators: "Row 12 (line 13) has 4 fields but the header has 5." */
               _("Row %llu (line %llu) has %u fields but "
                 "the header has %u."),
               (unsigned long long) row->number, (unsigned long long) row->line,
               row->n_fields, self->n_columns);
  return FALSE;
}
