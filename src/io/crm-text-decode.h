/* crm-text-decode.h: turn the bytes of an imported file into UTF-8.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CrmTextEncoding:
 * @CRM_TEXT_ENCODING_UTF8: UTF-8 without a byte-order mark (or plain ASCII)
 * @CRM_TEXT_ENCODING_UTF8_BOM: UTF-8 that starts with EF BB BF (Excel)
 * @CRM_TEXT_ENCODING_UTF16LE: UTF-16 little endian, with a byte-order mark
 * @CRM_TEXT_ENCODING_UTF16BE: UTF-16 big endian, with a byte-order mark
 * @CRM_TEXT_ENCODING_WINDOWS_1252: the bytes were not valid UTF-8, so they
 *   were read as Windows-1252 (what Excel and Outlook write on Western
 *   Windows systems; a superset of ISO-8859-1 for printable text)
 */
typedef enum {
  CRM_TEXT_ENCODING_UTF8,
  CRM_TEXT_ENCODING_UTF8_BOM,
  CRM_TEXT_ENCODING_UTF16LE,
  CRM_TEXT_ENCODING_UTF16BE,
  CRM_TEXT_ENCODING_WINDOWS_1252,
} CrmTextEncoding;

const char *crm_text_encoding_to_string (CrmTextEncoding encoding);

char       *crm_text_decode_take        (char             *data,
                                         gsize             len,
                                         gsize            *out_len,
                                         CrmTextEncoding  *encoding,
                                         GError          **error);
char       *crm_text_decode             (const char       *data,
                                         gsize             len,
                                         gsize            *out_len,
                                         CrmTextEncoding  *encoding,
                                         GError          **error);

gsize       crm_text_utf8_invalid_offset (const char      *data,
                                          gsize            len);
char       *crm_text_windows_1252_to_utf8 (const char     *data,
                                           gsize           len,
                                           gsize          *out_len);

G_END_DECLS
