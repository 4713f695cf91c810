/* crm-vcard-writer.c: writes contacts as vCard 4.0 (or 3.0).
 *
 * Values are escaped as RFC 6350 asks (\\ \n \, and \; in every text
 * value), lines end with CRLF and are folded before 75 octets, never
 * inside a UTF-8 sequence, with a single space starting each continuation.
 * TEL is written as free text (allowed by RFC 6350 for vCard 3 interop) so
 * that "+44 20 7946 0958" comes back as written; a tel: URI would have to
 * lose the spaces. FN is required, so a card without one gets a name made
 * of N, the organization or the email.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-io-error.h"
#include "crm-output-file.h"
#include "crm-vcard-writer.h"

#define FOLD_OCTETS 75
#define FLUSH_SIZE  (128 * 1024)

struct _CrmVcardWriter
{
  GObject          parent_instance;

  CrmOutputFile   *file;
  CrmVcardVersion  version;
  GString         *buf;
  guint64          n_cards;
};

G_DEFINE_FINAL_TYPE (CrmVcardWriter, crm_vcard_writer, G_TYPE_OBJECT)

static void
crm_vcard_writer_finalize (GObject *object)
{
  CrmVcardWriter *self = (CrmVcardWriter *) object;

  g_clear_pointer (&self->file, crm_output_file_free);
  g_string_free (self->buf, TRUE);

  G_OBJECT_CLASS (crm_vcard_writer_parent_class)->finalize (object);
}

static void
crm_vcard_writer_class_init (CrmVcardWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_vcard_writer_finalize;
}

static void
crm_vcard_writer_init (CrmVcardWriter *self)
{
  self->buf = g_string_sized_new (FLUSH_SIZE + 4096);
}

/**
 * crm_vcard_writer_new:
 * @path: the file to write
 * @version: #CrmVcardVersion
 * @error: a #GError
 *
 * Returns: (transfer full): a writer, or %NULL with %CRM_IO_ERROR_WRITE
 */
CrmVcardWriter *
crm_vcard_writer_new (const char       *path,
                      CrmVcardVersion   version,
                      GError          **error)
{
  g_autoptr(CrmVcardWriter) self = g_object_new (CRM_TYPE_VCARD_WRITER, NULL);

  g_return_val_if_fail (path != NULL, NULL);

  self->version = version;
  self->file = crm_output_file_new (path, error);
  if (self->file == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

static void
escape_into (GString    *out,
             const char *text)
{
  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case '\r':
          /* CRLF and a lone CR are one line break. */
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* Appends @line to @out folded at FOLD_OCTETS, with CRLF. */
static void
append_folded (GString    *out,
               const char *line,
               gsize       len)
{
  gsize limit = FOLD_OCTETS;
  gsize start = 0;

  while (len - start > limit)
    {
      gsize cut = start + limit;

      /* Step back to the start of a UTF-8 sequence. */
      while (cut > start && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, line + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      limit = FOLD_OCTETS - 1;   /* the space counts */
    }

  g_string_append_len (out, line + start, len - start);
  g_string_append (out, "\r\n");
}

static gboolean
is_empty (const char *s)
{
  return s == NULL || s[0] == '\0';
}

/* TYPE values come from data; keep only what a parameter may hold. */
static void
append_types (GString         *line,
              const char      *types,
              gboolean         preferred,
              CrmVcardVersion  version)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = types ? types : ""; *p; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || (*p == ',' && clean->len > 0 && clean->str[clean->len - 1] != ','))
      g_string_append_c (clean, g_ascii_tolower (*p));
  if (clean->len > 0 && clean->str[clean->len - 1] == ',')
    g_string_truncate (clean, clean->len - 1);

  if (version == CRM_VCARD_VERSION_3_0 && preferred)
    g_string_append (clean, clean->len ? ",pref" : "pref");

  if (clean->len > 0)
    {
      g_string_append (line, ";TYPE=");
      /* RFC 6350 quotes a list (TYPE="work,voice"); RFC 2426 examples
       * and the 3.0 readers in the wild expect it bare. */
      if (version == CRM_VCARD_VERSION_4_0 && strchr (clean->str, ','))
        g_string_append_printf (line, "\"%s\"", clean->str);
      else
        g_string_append (line, clean->str);
    }

  if (version == CRM_VCARD_VERSION_4_0 && preferred)
    g_string_append (line, ";PREF=1");
}

static void
emit (GString *out,
      GString *line)
{
  append_folded (out, line->str, line->len);
  g_string_truncate (line, 0);
}

static void
emit_text (GString    *out,
           GString    *line,
           const char *name,
           const char *value)
{
  if (is_empty (value))
    return;

  g_string_append (line, name);
  g_string_append_c (line, ':');
  escape_into (line, value);
  emit (out, line);
}

/**
 * crm_vcard_format:
 * @out: where to append
 * @card: the card
 * @version: #CrmVcardVersion
 *
 * Appends one complete card, BEGIN to END, with CRLF line ends.
 */
void
crm_vcard_format (GString         *out,
                  const CrmVcard  *card,
                  CrmVcardVersion  version)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *fn = crm_vcard_dup_display_name (card);

  g_string_append (out, "BEGIN:VCARD\r\n");
  g_string_append (out, version == CRM_VCARD_VERSION_3_0 ? "VERSION:3.0\r\n" : "VERSION:4.0\r\n");

  emit_text (out, line, "UID", card->uid);

  /* FN is required by both versions; N by 3.0. */
  g_string_append (line, "FN:");
  escape_into (line, fn);
  emit (out, line);

  if (!is_empty (card->family_name) || !is_empty (card->given_name) ||
      !is_empty (card->additional_names) || !is_empty (card->prefix) ||
      !is_empty (card->suffix) || version == CRM_VCARD_VERSION_3_0)
    {
      g_string_append (line, "N:");
      escape_into (line, card->family_name);
      g_string_append_c (line, ';');
      escape_into (line, card->given_name);
      g_string_append_c (line, ';');
      escape_into (line, card->additional_names);
      g_string_append_c (line, ';');
      escape_into (line, card->prefix);
      g_string_append_c (line, ';');
      escape_into (line, card->suffix);
      emit (out, line);
    }

  emit_text (out, line, "ORG", card->organization);
  emit_text (out, line, "TITLE", card->title);

  for (guint i = 0; i < card->emails->len; i++)
    {
      const CrmVcardValue *v = g_ptr_array_index (card->emails, i);

      if (is_empty (v->value))
        continue;
      g_string_append (line, "EMAIL");
      append_types (line, v->types, v->preferred, version);
      g_string_append_c (line, ':');
      escape_into (line, v->value);
      emit (out, line);
    }

  for (guint i = 0; i < card->phones->len; i++)
    {
      const CrmVcardValue *v = g_ptr_array_index (card->phones, i);

      if (is_empty (v->value))
        continue;
      g_string_append (line, "TEL");
      append_types (line, v->types, v->preferred, version);
      g_string_append_c (line, ':');
      escape_into (line, v->value);
      emit (out, line);
    }

  for (guint i = 0; i < card->addresses->len; i++)
    {
      const CrmVcardAddress *a = g_ptr_array_index (card->addresses, i);

      if (is_empty (a->street) && is_empty (a->city) && is_empty (a->region) &&
          is_empty (a->postal_code) && is_empty (a->country))
        continue;

      g_string_append (line, "ADR");
      append_types (line, a->types, a->preferred, version);
      g_string_append (line, ":;;");
      escape_into (line, a->street);
      g_string_append_c (line, ';');
      escape_into (line, a->city);
      g_string_append_c (line, ';');
      escape_into (line, a->region);
      g_string_append_c (line, ';');
      escape_into (line, a->postal_code);
      g_string_append_c (line, ';');
      escape_into (line, a->country);
      emit (out, line);
    }

  if (card->categories->len > 0)
    {
      gboolean first = TRUE;

      g_string_append (line, "CATEGORIES:");
      for (guint i = 0; i < card->categories->len; i++)
        {
          const char *category = g_ptr_array_index (card->categories, i);

          if (is_empty (category))
            continue;
          if (!first)
            g_string_append_c (line, ',');
          escape_into (line, category);
          first = FALSE;
        }
      if (first)
        g_string_truncate (line, 0);
      else
        emit (out, line);
    }

  emit_text (out, line, "NOTE", card->note);

  g_string_append (out, "END:VCARD\r\n");
}

/**
 * crm_vcard_writer_add:
 * @self: a #CrmVcardWriter
 * @card: the card to write
 * @error: a #GError
 *
 * Returns: %FALSE with %CRM_IO_ERROR_WRITE when the disk refused the data
 */
gboolean
crm_vcard_writer_add (CrmVcardWriter  *self,
                      const CrmVcard  *card,
                      GError         **error)
{
  g_return_val_if_fail (CRM_IS_VCARD_WRITER (self), FALSE);
  g_return_val_if_fail (card != NULL, FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  crm_vcard_format (self->buf, card, self->version);
  self->n_cards++;

  if (self->buf->len >= FLUSH_SIZE)
    {
      if (!crm_output_file_write (self->file, self->buf->str, self->buf->len, error))
        return FALSE;
      g_string_truncate (self->buf, 0);
    }

  return TRUE;
}

guint64
crm_vcard_writer_get_n_cards (CrmVcardWriter *self)
{
  g_return_val_if_fail (CRM_IS_VCARD_WRITER (self), 0);

  return self->n_cards;
}

/**
 * crm_vcard_writer_close:
 *
 * Finishes the file and puts it in place under its name.
 *
 * Returns: %TRUE when the complete file is in place
 */
gboolean
crm_vcard_writer_close (CrmVcardWriter  *self,
                        GError         **error)
{
  g_autoptr(CrmOutputFile) file = NULL;

  g_return_val_if_fail (CRM_IS_VCARD_WRITER (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  file = g_steal_pointer (&self->file);

  if (self->buf->len > 0 &&
      !crm_output_file_write (file, self->buf->str, self->buf->len, error))
    return FALSE;
  g_string_truncate (self->buf, 0);

  return crm_output_file_commit (file, error);
}
