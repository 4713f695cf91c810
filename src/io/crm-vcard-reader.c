/* crm-vcard-reader.c: reads vCard 2.1, 3.0 and 4.0 files card by card.
 *
 * One reader serves the three versions, because real files mix their
 * habits: phones export 2.1 with quoted-printable and CHARSET=, macOS and
 * Google write 3.0, newer tools 4.0. What we handle:
 *
 *  - CR, LF and CRLF line ends; lines folded with a space or a tab (3.0
 *    and 4.0 drop the one whitespace character, 2.1 keeps it);
 *  - quoted-printable values with soft line breaks ("=" at the end of a
 *    line), and base64 values, decoded from their CHARSET= (Windows-1252
 *    when none is given and the bytes are not UTF-8);
 *  - backslash escapes (\n \N \, \; \\), structured values (N, ORG, ADR)
 *    split at unescaped semicolons, CATEGORIES at unescaped commas;
 *  - parameters in all their forms: TYPE=work,voice, TYPE=work;TYPE=pref,
 *    2.1's bare WORK;PREF, quoted values, 4.0's PREF=1 and tel: URIs;
 *  - properties we do not import (X-..., PHOTO, ...) are skipped.
 *
 * A card without END:VCARD (the file ends, or the next BEGIN:VCARD comes
 * first) is returned with its error set and what it held, so the import
 * reports it; the cards after it are read normally. Errors that make the
 * rest of the file unreadable (a NUL byte) stop the reader.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "crm-io-error.h"
#include "crm-vcard-decode-private.h"
#include "crm-vcard-reader.h"

struct _CrmVcardReader
{
  GObject          parent_instance;

  char            *data;
  gsize            len;
  const char      *pos;
  const char      *end;
  CrmTextEncoding  encoding;

  guint64          line;          /* line of the next physical line */
  guint64          logical_line;  /* where the current logical line began */
  GString         *buf;           /* the current logical line */
  GString         *types;         /* TYPE values of the current property */
  CrmVcard        *pending;       /* a card begun while ending the last */
  gboolean         failed;
};

G_DEFINE_FINAL_TYPE (CrmVcardReader, crm_vcard_reader, G_TYPE_OBJECT)

static void
crm_vcard_reader_finalize (GObject *object)
{
  CrmVcardReader *self = (CrmVcardReader *) object;

  g_clear_pointer (&self->data, g_free);
  g_clear_pointer (&self->pending, crm_vcard_free);
  g_string_free (self->buf, TRUE);
  g_string_free (self->types, TRUE);

  G_OBJECT_CLASS (crm_vcard_reader_parent_class)->finalize (object);
}

static void
crm_vcard_reader_class_init (CrmVcardReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_vcard_reader_finalize;
}

static void
crm_vcard_reader_init (CrmVcardReader *self)
{
  self->buf = g_string_new (NULL);
  self->types = g_string_new (NULL);
  self->line = 1;
}

static gboolean
contains_begin (const char *data,
                gsize       len)
{
  for (gsize i = 0; i + 11 <= len; i++)
    if ((data[i] == 'B' || data[i] == 'b') && g_ascii_strncasecmp (data + i, "BEGIN:VCARD", 11) == 0)
      return TRUE;

  return FALSE;
}

static CrmVcardReader *
crm_vcard_reader_new_take (char    *data,
                           gsize    len,
                           GError **error)
{
  g_autoptr(CrmVcardReader) self = g_object_new (CRM_TYPE_VCARD_READER, NULL);
  gboolean blank = TRUE;

  self->data = crm_text_decode_take (data, len, &self->len, &self->encoding, error);
  if (self->data == NULL)
    return NULL;

  self->pos = self->data;
  self->end = self->data + self->len;

  for (gsize i = 0; i < self->len && blank; i++)
    blank = g_ascii_isspace (self->data[i]);
  if (blank)
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_EMPTY,
                   _("The file is empty: there are no contacts to import."));
      return NULL;
    }

  if (!contains_begin (self->data, self->len))
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_SYNTAX,
                   _("The file holds no vCard: no line says BEGIN:VCARD. "
                     "Export the contacts again as vCard (.vcf) or as CSV."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * crm_vcard_reader_new_for_path:
 * @path: a file name
 * @error: a #GError
 *
 * Returns: (transfer full): a reader, or %NULL with %CRM_IO_ERROR_EMPTY,
 *   %CRM_IO_ERROR_SYNTAX (no vCard at all), %CRM_IO_ERROR_TOO_LARGE, ...
 *   or a #GFileError
 */
CrmVcardReader *
crm_vcard_reader_new_for_path (const char  *path,
                               GError     **error)
{
  GStatBuf st;
  char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) == 0 && (guint64) st.st_size > CRM_VCARD_MAX_FILE_SIZE)
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

  return crm_vcard_reader_new_take (data, len, error);
}

/**
 * crm_vcard_reader_new_for_data:
 * @data: (array length=len): the bytes of a .vcf file; copied
 *
 * Returns: (transfer full): a reader, or %NULL
 */
CrmVcardReader *
crm_vcard_reader_new_for_data (const char  *data,
                               gsize        len,
                               GError     **error)
{
  char *copy;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  copy = g_malloc (len + 1);
  if (len > 0)
    memcpy (copy, data, len);
  copy[len] = '\0';

  return crm_vcard_reader_new_take (copy, len, error);
}

CrmVcardReader *
crm_vcard_reader_new_for_bytes (GBytes  *bytes,
                                GError **error)
{
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  return crm_vcard_reader_new_for_data (data, len, error);
}

CrmTextEncoding
crm_vcard_reader_get_encoding (CrmVcardReader *self)
{
  g_return_val_if_fail (CRM_IS_VCARD_READER (self), CRM_TEXT_ENCODING_UTF8);

  return self->encoding;
}

guint64
crm_vcard_reader_get_bytes_read (CrmVcardReader *self)
{
  g_return_val_if_fail (CRM_IS_VCARD_READER (self), 0);

  return self->pos - self->data;
}

guint64
crm_vcard_reader_get_total_bytes (CrmVcardReader *self)
{
  g_return_val_if_fail (CRM_IS_VCARD_READER (self), 0);

  return self->len;
}

double
crm_vcard_reader_get_fraction (CrmVcardReader *self)
{
  g_return_val_if_fail (CRM_IS_VCARD_READER (self), 0.0);

  return self->len ? (double) (self->pos - self->data) / self->len : 1.0;
}

/* Returns 1 with a physical line, 0 at the end, -1 on a NUL byte. */
static int
read_physical (CrmVcardReader  *self,
               const char     **start,
               gsize           *len,
               GError         **error)
{
  const char *p = self->pos;

  if (p >= self->end)
    return 0;

  *start = p;
  while (*p != '\n' && *p != '\r' && *p != '\0')
    p++;

  if (*p == '\0' && p < self->end)
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_NUL_BYTE,
                   _("Line %llu contains a NUL byte. This is not a text file, "
                     "or it is UTF-16 text without a byte-order mark: export the contacts "
                     "again as vCard in UTF-8."),
                   (unsigned long long) self->line);
      return -1;
    }

  *len = p - *start;
  if (*p == '\r')
    {
      p++;
      if (*p == '\n')
        p++;
    }
  else if (*p == '\n')
    p++;

  self->pos = p;
  self->line++;

  return 1;
}

/* TRUE if the property part (before the first colon) asks for QP. */
static gboolean
is_quoted_printable (const char *line)
{
  static const char needle[] = "QUOTED-PRINTABLE";

  for (const char *p = line; *p && *p != ':'; p++)
    if ((*p == 'Q' || *p == 'q') && g_ascii_strncasecmp (p, needle, sizeof needle - 1) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_card_marker_line (const char *line)
{
  return g_ascii_strncasecmp (line, "END:VCARD", 9) == 0 ||
         g_ascii_strncasecmp (line, "BEGIN:VCARD", 11) == 0;
}

/* Returns 1 with a logical line in self->buf, 0 at the end, -1 on error. */
static int
next_logical (CrmVcardReader  *self,
              gboolean         keep_fold_space,
              GError         **error)
{
  const char *s;
  gsize n;
  int r;

  r = read_physical (self, &s, &n, error);
  if (r <= 0)
    return r;

  self->logical_line = self->line - 1;
  g_string_truncate (self->buf, 0);
  g_string_append_len (self->buf, s, n);

  for (;;)
    {
      /* A quoted-printable soft line break joins the next line as it is;
       * but a broken writer's stray "=" must not swallow END:VCARD. */
      if (self->buf->len > 0 && self->buf->str[self->buf->len - 1] == '=' &&
          self->pos < self->end && is_quoted_printable (self->buf->str) &&
          !is_card_marker_line (self->pos))
        {
          r = read_physical (self, &s, &n, error);
          if (r < 0)
            return -1;
          g_string_truncate (self->buf, self->buf->len - 1);
          g_string_append_len (self->buf, s, n);
          continue;
        }

      if (self->pos < self->end && (*self->pos == ' ' || *self->pos == '\t'))
        {
          r = read_physical (self, &s, &n, error);
          if (r < 0)
            return -1;
          if (keep_fold_space)
            g_string_append_len (self->buf, s, n);
          else
            g_string_append_len (self->buf, s + 1, n - 1);
          continue;
        }

      return 1;
    }
}

static char *
strip_quotes (char *value)
{
  gsize len = strlen (value);

  if (len >= 2 && value[0] == '"' && value[len - 1] == '"')
    {
      value[len - 1] = '\0';
      return value + 1;
    }

  return value;
}

static void
add_type (CrmVcardProperty   *prop,
          const char *type)
{
  g_autofree char *lower = g_ascii_strdown (type, -1);

  g_strstrip (lower);
  if (lower[0] == '\0')
    return;

  if (strcmp (lower, "pref") == 0)
    {
      prop->preferred = TRUE;
      return;
    }

  if (prop->types->len > 0)
    g_string_append_c (prop->types, ',');
  g_string_append (prop->types, lower);
}

static void
parse_param (CrmVcardProperty *prop,
             char     *param)
{
  char *eq = strchr (param, '=');

  if (eq == NULL)
    {
      /* vCard 2.1 writes bare parameters: WORK, PREF, QUOTED-PRINTABLE. */
      if (g_ascii_strcasecmp (param, "QUOTED-PRINTABLE") == 0)
        prop->encoding = CRM_VCARD_ENCODING_QP;
      else if (g_ascii_strcasecmp (param, "BASE64") == 0)
        prop->encoding = CRM_VCARD_ENCODING_BASE64;
      else if (g_ascii_strcasecmp (param, "8BIT") != 0 && g_ascii_strcasecmp (param, "7BIT") != 0)
        add_type (prop, param);
      return;
    }

  *eq = '\0';
  if (g_ascii_strcasecmp (param, "TYPE") == 0)
    {
      g_auto(GStrv) types = g_strsplit (strip_quotes (eq + 1), ",", -1);

      for (guint i = 0; types[i]; i++)
        add_type (prop, types[i]);
    }
  else if (g_ascii_strcasecmp (param, "PREF") == 0)
    prop->preferred = strcmp (strip_quotes (eq + 1), "1") == 0;
  else if (g_ascii_strcasecmp (param, "ENCODING") == 0)
    {
      const char *v = strip_quotes (eq + 1);

      if (g_ascii_strcasecmp (v, "QUOTED-PRINTABLE") == 0)
        prop->encoding = CRM_VCARD_ENCODING_QP;
      else if (g_ascii_strcasecmp (v, "B") == 0 || g_ascii_strcasecmp (v, "BASE64") == 0)
        prop->encoding = CRM_VCARD_ENCODING_BASE64;
    }
  else if (g_ascii_strcasecmp (param, "CHARSET") == 0)
    prop->charset = strip_quotes (eq + 1);
  else if (g_ascii_strcasecmp (param, "VALUE") == 0)
    prop->uri = g_ascii_strcasecmp (strip_quotes (eq + 1), "uri") == 0;
}

/* Splits a logical line into name, parameters and value, in place.
 * Returns FALSE for a line that is no property (no colon, no name). */
static gboolean
parse_property (char     *line,
                CrmVcardProperty *prop)
{
  char *colon = NULL;
  char *name_end, *dot, *p;
  gboolean quoted = FALSE;

  for (p = line; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ':' && !quoted)
        {
          colon = p;
          break;
        }
    }
  if (colon == NULL)
    return FALSE;

  *colon = '\0';
  prop->value = colon + 1;

  name_end = strchr (line, ';');
  if (name_end)
    *name_end = '\0';

  /* "item1.EMAIL": the group does not matter to us. */
  dot = strrchr (line, '.');
  prop->name = g_strstrip (dot ? dot + 1 : line);
  if (prop->name[0] == '\0')
    return FALSE;

  if (name_end)
    {
      char *param = name_end + 1;

      quoted = FALSE;
      for (p = param; ; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if ((*p == ';' && !quoted) || *p == '\0')
            {
              gboolean last = *p == '\0';

              *p = '\0';
              if (*param)
                parse_param (prop, param);
              if (last)
                break;
              param = p + 1;
            }
        }
    }

  return TRUE;
}

static void
set_string (char **field,
            char  *value)
{
  g_free (*field);
  *field = value;
}

static void
apply_property (CrmVcard *card,
                CrmVcardProperty *prop)
{
  const char *name = prop->name;
  const char *types = prop->types->len ? prop->types->str : NULL;

  if (g_ascii_strcasecmp (name, "VERSION") == 0)
    set_string (&card->version, crm_vcard_decode_component (prop, prop->value, strlen (prop->value)));
  else if (g_ascii_strcasecmp (name, "FN") == 0)
    set_string (&card->full_name, crm_vcard_decode_component (prop, prop->value, strlen (prop->value)));
  else if (g_ascii_strcasecmp (name, "UID") == 0)
    set_string (&card->uid, crm_vcard_decode_component (prop, prop->value, strlen (prop->value)));
  else if (g_ascii_strcasecmp (name, "TITLE") == 0)
    set_string (&card->title, crm_vcard_decode_component (prop, prop->value, strlen (prop->value)));
  else if (g_ascii_strcasecmp (name, "NOTE") == 0)
    set_string (&card->note, crm_vcard_decode_component (prop, prop->value, strlen (prop->value)));
  else if (g_ascii_strcasecmp (name, "N") == 0)
    {
      g_autoptr(GPtrArray) parts = crm_vcard_split_value (prop, prop->value, ';', 5);

      set_string (&card->family_name, g_steal_pointer (&parts->pdata[0]));
      set_string (&card->given_name, g_steal_pointer (&parts->pdata[1]));
      set_string (&card->additional_names, g_steal_pointer (&parts->pdata[2]));
      set_string (&card->prefix, g_steal_pointer (&parts->pdata[3]));
      set_string (&card->suffix, g_steal_pointer (&parts->pdata[4]));
    }
  else if (g_ascii_strcasecmp (name, "ORG") == 0)
    {
      g_autoptr(GPtrArray) parts = crm_vcard_split_value (prop, prop->value, ';', 1);

      set_string (&card->organization, g_steal_pointer (&parts->pdata[0]));
    }
  else if (g_ascii_strcasecmp (name, "EMAIL") == 0 || g_ascii_strcasecmp (name, "TEL") == 0)
    {
      g_autofree char *value = crm_vcard_decode_component (prop, prop->value, strlen (prop->value));
      gboolean email = g_ascii_toupper (name[0]) == 'E';
      const char *v = value;

      if (value == NULL)
        return;
      if (!email && g_ascii_strncasecmp (v, "tel:", 4) == 0)
        v += 4;
      else if (email && g_ascii_strncasecmp (v, "mailto:", 7) == 0)
        v += 7;

      if (email)
        crm_vcard_add_email (card, v, types, prop->preferred);
      else
        crm_vcard_add_phone (card, v, types, prop->preferred);
    }
  else if (g_ascii_strcasecmp (name, "ADR") == 0)
    {
      g_autoptr(GPtrArray) parts = crm_vcard_split_value (prop, prop->value, ';', 7);
      CrmVcardAddress *address = crm_vcard_add_address (card);
      const char *extended = parts->pdata[1];
      const char *street = parts->pdata[2];

      /* Box 0 is the PO box, 1 the extended address; both are rare and
       * end up in the street, where people would write them. */
      if (extended && street)
        address->street = g_strconcat (street, "\n", extended, NULL);
      else if (street || extended)
        address->street = g_strdup (street ? street : extended);
      if (parts->pdata[0] && address->street == NULL)
        address->street = g_strdup (parts->pdata[0]);
      address->city = g_steal_pointer (&parts->pdata[3]);
      address->region = g_steal_pointer (&parts->pdata[4]);
      address->postal_code = g_steal_pointer (&parts->pdata[5]);
      address->country = g_steal_pointer (&parts->pdata[6]);
      address->types = g_strdup (types);
      address->preferred = prop->preferred;
    }
  else if (g_ascii_strcasecmp (name, "CATEGORIES") == 0)
    {
      g_autoptr(GPtrArray) parts = crm_vcard_split_value (prop, prop->value, ',', 0);

      for (guint i = 0; i < parts->len; i++)
        if (parts->pdata[i])
          g_ptr_array_add (card->categories, g_steal_pointer (&parts->pdata[i]));
    }
}

static gboolean
is_vcard_marker (const CrmVcardProperty *prop,
                 const char     *name)
{
  g_autofree char *value = NULL;

  if (g_ascii_strcasecmp (prop->name, name) != 0)
    return FALSE;

  value = g_strstrip (g_strdup (prop->value));
  return g_ascii_strcasecmp (value, "VCARD") == 0;
}

static void
set_unterminated (CrmVcard *card)
{
  g_set_error (&card->error, CRM_IO_ERROR, CRM_IO_ERROR_SYNTAX,
               _("The card that starts on line %llu has no END:VCARD; "
                 "it is not imported."),
               (unsigned long long) card->line);
}

/**
 * crm_vcard_reader_next:
 * @self: a #CrmVcardReader
 * @card: (out) (transfer full): the next card
 * @error: a #GError
 *
 * Returns: %TRUE with a card (check its @error field: a card without
 *   END:VCARD comes back with it set); %FALSE without an error at the end;
 *   %FALSE with an error when the file cannot be read further
 */
gboolean
crm_vcard_reader_next (CrmVcardReader  *self,
                       CrmVcard       **card_out,
                       GError         **error)
{
  g_autoptr(CrmVcard) card = NULL;

  g_return_val_if_fail (CRM_IS_VCARD_READER (self), FALSE);
  g_return_val_if_fail (card_out != NULL, FALSE);

  *card_out = NULL;
  if (self->failed)
    return FALSE;

  card = g_steal_pointer (&self->pending);

  for (;;)
    {
      CrmVcardProperty prop = { 0, };
      gboolean v21 = card && card->version && strcmp (card->version, "2.1") == 0;
      int r;

      r = next_logical (self, v21, error);
      if (r < 0)
        {
          self->failed = TRUE;
          return FALSE;
        }

      if (r == 0)
        {
          if (card == NULL)
            return FALSE;
          set_unterminated (card);
          *card_out = g_steal_pointer (&card);
          return TRUE;
        }

      g_string_truncate (self->types, 0);
      prop.types = self->types;
      if (!parse_property (self->buf->str, &prop))
        continue;

      if (is_vcard_marker (&prop, "BEGIN"))
        {
          CrmVcard *next = crm_vcard_new ();

          next->line = self->logical_line;
          if (card == NULL)
            {
              card = next;
              continue;
            }

          set_unterminated (card);
          self->pending = next;
          *card_out = g_steal_pointer (&card);
          return TRUE;
        }

      if (card == NULL)
        continue;

      if (is_vcard_marker (&prop, "END"))
        {
          *card_out = g_steal_pointer (&card);
          return TRUE;
        }

      apply_property (card, &prop);
    }
}
