/* crm-text-decode.c: turn the bytes of an imported file into UTF-8.
 *
 * People bring files from Excel (UTF-8 with a BOM, or Windows-1252), from
 * Outlook (Windows-1252 or UTF-16), from Google and Salesforce (UTF-8). We
 * look at the byte-order mark first; without one, text that is valid UTF-8
 * is UTF-8 and anything else is read as Windows-1252, which can decode any
 * byte sequence.
 *
 * Windows-1252 uses our own table rather than iconv: glibc's CP1252 refuses
 * the five bytes the code page leaves undefined (81 8D 8F 90 9D), which
 * would make a whole file fail for one stray byte; like the WHATWG encoding
 * standard we map them to the C1 controls of the same value.
 *
 * NUL bytes pass through untouched: the readers report them with the line
 * where they are, which says more than an offset here could.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "crm-io-error.h"
#include "crm-text-decode.h"

/* Code points of the bytes 0x80..0x9F in Windows-1252; 0xA0..0xFF are the
 * same as their Unicode code points. */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/**
 * crm_text_encoding_to_string:
 * @encoding: a #CrmTextEncoding
 *
 * Returns: the name people know the encoding by, for messages and logs
 */
const char *
crm_text_encoding_to_string (CrmTextEncoding encoding)
{
  switch (encoding)
    {
    case CRM_TEXT_ENCODING_UTF8:
      return "UTF-8";
    case CRM_TEXT_ENCODING_UTF8_BOM:
      return "UTF-8 (BOM)";
    case CRM_TEXT_ENCODING_UTF16LE:
      return "UTF-16LE";
    case CRM_TEXT_ENCODING_UTF16BE:
      return "UTF-16BE";
    case CRM_TEXT_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    default:
      g_return_val_if_reached ("?");
    }
}

/**
 * crm_text_utf8_invalid_offset:
 * @data: bytes
 * @len: how many
 *
 * Checks UTF-8 as strictly as g_utf8_validate() (no overlong forms, no
 * surrogates, nothing past U+10FFFF) but lets NUL through, and skips ASCII
 * eight bytes at a time: import files are mostly ASCII and can be 100 MB.
 *
 * Returns: the offset of the first byte that is not valid UTF-8, or @len
 */
gsize
crm_text_utf8_invalid_offset (const char *data,
                              gsize       len)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + len;

  while (p < end)
    {
      guint32 c;
      guint n, i;

      /* Fast path: eight ASCII bytes at once. */
      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, 8);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          p += 8;
        }
      if (p >= end)
        break;

      if (*p < 0x80)
        {
          p++;
          continue;
        }

      if (*p >= 0xC2 && *p <= 0xDF)
        n = 1, c = *p & 0x1F;
      else if (*p >= 0xE0 && *p <= 0xEF)
        n = 2, c = *p & 0x0F;
      else if (*p >= 0xF0 && *p <= 0xF4)
        n = 3, c = *p & 0x07;
      else
        return p - (const guchar *) data;

      if ((gsize) (end - p) <= n)
        return p - (const guchar *) data;

      for (i = 1; i <= n; i++)
        {
          if ((p[i] & 0xC0) != 0x80)
            return p - (const guchar *) data;
          c = (c << 6) | (p[i] & 0x3F);
        }

      if ((n == 2 && c < 0x800) ||
          (n == 3 && (c < 0x10000 || c > 0x10FFFF)) ||
          (c >= 0xD800 && c <= 0xDFFF))
        return p - (const guchar *) data;

      p += n + 1;
    }

  return len;
}

/**
 * crm_text_windows_1252_to_utf8:
 * @data: Windows-1252 bytes
 * @len: how many
 * @out_len: (out) (optional): length of the result
 *
 * Returns: (transfer full): NUL-terminated UTF-8; never fails
 */
char *
crm_text_windows_1252_to_utf8 (const char *data,
                               gsize       len,
                               gsize      *out_len)
{
  /* Each byte becomes at most three bytes of UTF-8. */
  char *out = g_malloc (len * 3 + 1);
  char *w = out;

  for (gsize i = 0; i < len; i++)
    {
      guchar b = (guchar) data[i];

      if (b < 0x80)
        *w++ = (char) b;
      else
        w += g_unichar_to_utf8 (b < 0xA0 ? windows_1252_c1[b - 0x80] : b, w);
    }
  *w = '\0';

  if (out_len)
    *out_len = w - out;

  return g_realloc (out, (w - out) + 1);
}

static char *
decode_utf16 (const char       *data,
              gsize             len,
              const char       *charset,
              gsize            *out_len,
              GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  char *out;

  out = g_convert (data, len, "UTF-8", charset, &bytes_read, out_len, &local_error);
  if (out == NULL)
    {
      g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_ENCODING,
                   /* Translators: %s is UTF-16LE or UTF-16BE */
                   _("The file says it is %s text but byte %lu is not valid %s. "
                     "Save it again as UTF-8 and import that copy."),
                   charset, (unsigned long) (bytes_read + 2), charset);
      return NULL;
    }

  return out;
}

/**
 * crm_text_decode_take:
 * @data: (transfer full): bytes from g_malloc() with room for one more byte
 *   at @data[@len] (as g_file_get_contents() leaves them)
 * @len: length of @data
 * @out_len: (out): length of the UTF-8 result, without the NUL
 * @encoding: (out) (optional): the encoding that was found
 * @error: a #GError
 *
 * Like crm_text_decode(), but reuses @data when it already is UTF-8, so a
 * 100 MB file is not copied. @data is consumed even on error.
 *
 * Returns: (transfer full): NUL-terminated UTF-8 without a BOM, or %NULL
 */
char *
crm_text_decode_take (char             *data,
                      gsize             len,
                      gsize            *out_len,
                      CrmTextEncoding  *encoding,
                      GError          **error)
{
  const guchar *u = (const guchar *) data;
  CrmTextEncoding found;
  char *out;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);

  if (data == NULL)
    data = g_malloc0 (1);

  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
    {
      gboolean le = u[0] == 0xFF;

      found = le ? CRM_TEXT_ENCODING_UTF16LE : CRM_TEXT_ENCODING_UTF16BE;
      out = decode_utf16 (data + 2, len - 2, le ? "UTF-16LE" : "UTF-16BE", out_len, error);
      g_free (data);
      if (out == NULL)
        return NULL;
    }
  else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF &&
           crm_text_utf8_invalid_offset (data + 3, len - 3) == len - 3)
    {
      found = CRM_TEXT_ENCODING_UTF8_BOM;
      memmove (data, data + 3, len - 3);
      data[len - 3] = '\0';
      *out_len = len - 3;
      out = data;
    }
  else if (crm_text_utf8_invalid_offset (data, len) == len)
    {
      found = CRM_TEXT_ENCODING_UTF8;
      data[len] = '\0';
      *out_len = len;
      out = data;
    }
  else
    {
      /* A UTF-8 BOM before bytes that are not UTF-8: a tool glued them
       * together; the BOM itself is no text. */
      gsize skip = (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ? 3 : 0;

      found = CRM_TEXT_ENCODING_WINDOWS_1252;
      out = crm_text_windows_1252_to_utf8 (data + skip, len - skip, out_len);
      g_free (data);
    }

  if (encoding)
    *encoding = found;

  return out;
}

/**
 * crm_text_decode:
 * @data: the bytes of a file
 * @len: length of @data
 * @out_len: (out): length of the UTF-8 result, without the NUL
 * @encoding: (out) (optional): the encoding that was found
 * @error: a #GError
 *
 * Decodes UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and falls
 * back to Windows-1252 when the bytes are not valid UTF-8. The only error
 * is %CRM_IO_ERROR_ENCODING, for UTF-16 that is not valid.
 *
 * Returns: (transfer full): NUL-terminated UTF-8 without a BOM, or %NULL
 */
char *
crm_text_decode (const char       *data,
                 gsize             len,
                 gsize            *out_len,
                 CrmTextEncoding  *encoding,
                 GError          **error)
{
  char *copy = g_malloc (len + 1);

  if (len > 0)
    memcpy (copy, data, len);
  copy[len] = '\0';

  return crm_text_decode_take (copy, len, out_len, encoding, error);
}
