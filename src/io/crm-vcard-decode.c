/* crm-vcard-decode.c: how the vCard reader decodes property values.
 *
 * A value goes through, in order: the split into components at unescaped
 * separators (so that an encoded ";" cannot split a name), the transfer
 * encoding (quoted-printable or base64, then the CHARSET= of the bytes,
 * Windows-1252 when none is given and they are not UTF-8), the backslash
 * escapes, and line breaks made "\n".
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-text-decode.h"
#include "crm-vcard-decode-private.h"

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

static GString *
decode_quoted_printable (const char *raw,
                         gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      if (raw[i] == '=' && i + 2 < len &&
          hex_value (raw[i + 1]) >= 0 && hex_value (raw[i + 2]) >= 0)
        {
          g_string_append_c (out, (char) (hex_value (raw[i + 1]) * 16 + hex_value (raw[i + 2])));
          i += 2;
        }
      else if (raw[i] == '=' && i + 1 == len)
        {
          /* A soft break at the very end: nothing to add. */
        }
      else
        g_string_append_c (out, raw[i]);
    }

  return out;
}

/* Bytes from quoted-printable or base64 are in the card's CHARSET. */
static char *
bytes_to_utf8 (const char *bytes,
               gsize       len,
               const char *charset)
{
  if (charset && g_ascii_strcasecmp (charset, "UTF-8") != 0 && g_ascii_strcasecmp (charset, "UTF8") != 0)
    {
      char *converted = g_convert (bytes, len, "UTF-8", charset, NULL, NULL, NULL);

      if (converted && g_utf8_validate (converted, -1, NULL))
        return converted;
      g_free (converted);
    }

  if (g_utf8_validate_len (bytes, len, NULL))
    return g_strndup (bytes, len);

  return crm_text_windows_1252_to_utf8 (bytes, len, NULL);
}

static char *
unescape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 'n':
        case 'N':
          g_string_append_c (out, '\n');
          break;
        case ',':
        case ';':
        case ':':
        case '\\':
          g_string_append_c (out, *p);
          break;
        default:
          /* Not an escape we know ("C:\Users"): keep it as written. */
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* Line breaks inside values ("=0D=0A", "\\n") become "\n", as in the rest
 * of the app, whatever the writer used. In place: never longer. */
static void
normalize_newlines (char *text)
{
  char *w = text;

  for (const char *r = text; *r; r++)
    {
      if (*r == '\r')
        {
          *w++ = '\n';
          if (r[1] == '\n')
            r++;
        }
      else
        *w++ = *r;
    }
  *w = '\0';
}

/* Decodes one component of a value: transfer encoding, charset, escapes.
 * Returns NULL for an empty result, so absent and empty are one. */
char *
crm_vcard_decode_component (const CrmVcardProperty *prop,
                  const char     *raw,
                  gsize           len)
{
  g_autofree char *text = NULL;
  char *result;

  if (prop->encoding == CRM_VCARD_ENCODING_QP)
    {
      g_autoptr(GString) bytes = decode_quoted_printable (raw, len);

      text = bytes_to_utf8 (bytes->str, bytes->len, prop->charset);
    }
  else if (prop->encoding == CRM_VCARD_ENCODING_BASE64)
    {
      g_autofree char *copy = g_strndup (raw, len);
      g_autofree guchar *bytes = NULL;
      gsize n = 0;

      bytes = g_base64_decode (copy, &n);
      text = bytes_to_utf8 ((const char *) bytes, n, prop->charset);
    }
  else
    text = g_strndup (raw, len);

  result = unescape (text);
  normalize_newlines (result);
  g_strstrip (result);
  if (result[0] == '\0')
    g_clear_pointer (&result, g_free);

  return result;
}

/* Splits at unescaped @separator; each part decoded. The array holds
 * NULL for empty parts and always at least @min_parts entries. */
GPtrArray *
crm_vcard_split_value (const CrmVcardProperty *prop,
             const char     *value,
             char            separator,
             guint           min_parts)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = value;

  for (const char *p = value; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }

      if (*p == separator || *p == '\0')
        {
          g_ptr_array_add (parts, crm_vcard_decode_component (prop, start, p - start));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }

  while (parts->len < min_parts)
    g_ptr_array_add (parts, NULL);

  return parts;
}
