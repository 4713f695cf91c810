/* crm-io-error.h: the error domain of the readers and writers in src/io.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CRM_IO_ERROR (crm_io_error_quark ())

/**
 * CrmIoError:
 * @CRM_IO_ERROR_ENCODING: the bytes are not text in an encoding we read
 * @CRM_IO_ERROR_NUL_BYTE: the text holds a NUL byte (a binary file, or
 *   UTF-16 without a byte-order mark)
 * @CRM_IO_ERROR_SYNTAX: the file breaks the format (an unclosed quote, a
 *   vCard without END:VCARD, no vCard at all)
 * @CRM_IO_ERROR_TOO_LARGE: a field, a row or the file is over a limit
 * @CRM_IO_ERROR_EMPTY: the file holds nothing to read
 * @CRM_IO_ERROR_RAGGED: a row has more or fewer fields than the header
 * @CRM_IO_ERROR_HEADER: the header row is missing or unusable
 * @CRM_IO_ERROR_WRITE: writing the output failed; the target is untouched
 * @CRM_IO_ERROR_INVALID: the caller passed a value a writer cannot store
 *
 * Every message names the place (line, row, column) and says what to do.
 */
typedef enum {
  CRM_IO_ERROR_ENCODING,
  CRM_IO_ERROR_NUL_BYTE,
  CRM_IO_ERROR_SYNTAX,
  CRM_IO_ERROR_TOO_LARGE,
  CRM_IO_ERROR_EMPTY,
  CRM_IO_ERROR_RAGGED,
  CRM_IO_ERROR_HEADER,
  CRM_IO_ERROR_WRITE,
  CRM_IO_ERROR_INVALID,
} CrmIoError;

GQuark crm_io_error_quark (void);

G_END_DECLS
