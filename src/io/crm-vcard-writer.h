/* crm-vcard-writer.h: writes contacts as vCard 4.0 (or 3.0).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "crm-vcard.h"

G_BEGIN_DECLS

/**
 * CrmVcardVersion:
 * @CRM_VCARD_VERSION_4_0: RFC 6350, the default
 * @CRM_VCARD_VERSION_3_0: RFC 2426, for older address books
 */
typedef enum {
  CRM_VCARD_VERSION_4_0,
  CRM_VCARD_VERSION_3_0,
} CrmVcardVersion;

#define CRM_TYPE_VCARD_WRITER (crm_vcard_writer_get_type ())

G_DECLARE_FINAL_TYPE (CrmVcardWriter, crm_vcard_writer, CRM, VCARD_WRITER, GObject)

CrmVcardWriter *crm_vcard_writer_new         (const char       *path,
                                              CrmVcardVersion   version,
                                              GError          **error);
gboolean        crm_vcard_writer_add         (CrmVcardWriter   *self,
                                              const CrmVcard   *card,
                                              GError          **error);
guint64         crm_vcard_writer_get_n_cards (CrmVcardWriter   *self);
gboolean        crm_vcard_writer_close       (CrmVcardWriter   *self,
                                              GError          **error);

void            crm_vcard_format             (GString          *out,
                                              const CrmVcard   *card,
                                              CrmVcardVersion   version);

G_END_DECLS
