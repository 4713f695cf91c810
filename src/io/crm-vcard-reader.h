/* crm-vcard-reader.h: reads vCard 2.1, 3.0 and 4.0 files card by card.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "crm-text-decode.h"
#include "crm-vcard.h"

G_BEGIN_DECLS

#define CRM_VCARD_MAX_FILE_SIZE (G_GUINT64_CONSTANT (2) << 30) /* 2 GiB */

#define CRM_TYPE_VCARD_READER (crm_vcard_reader_get_type ())

G_DECLARE_FINAL_TYPE (CrmVcardReader, crm_vcard_reader, CRM, VCARD_READER, GObject)

CrmVcardReader  *crm_vcard_reader_new_for_path    (const char       *path,
                                                   GError          **error);
CrmVcardReader  *crm_vcard_reader_new_for_data    (const char       *data,
                                                   gsize             len,
                                                   GError          **error);
CrmVcardReader  *crm_vcard_reader_new_for_bytes   (GBytes           *bytes,
                                                   GError          **error);

CrmTextEncoding  crm_vcard_reader_get_encoding    (CrmVcardReader   *self);
guint64          crm_vcard_reader_get_bytes_read  (CrmVcardReader   *self);
guint64          crm_vcard_reader_get_total_bytes (CrmVcardReader   *self);
double           crm_vcard_reader_get_fraction    (CrmVcardReader   *self);

gboolean         crm_vcard_reader_next            (CrmVcardReader   *self,
                                                   CrmVcard        **card,
                                                   GError          **error);

G_END_DECLS
