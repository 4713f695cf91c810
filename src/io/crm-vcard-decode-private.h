/* crm-vcard-decode-private.h: how the vCard reader decodes property values.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CRM_VCARD_ENCODING_NONE,
  CRM_VCARD_ENCODING_QP,
  CRM_VCARD_ENCODING_BASE64,
} CrmVcardEncoding;

typedef struct {
  char          *name;
  char          *value;
  GString       *types;
  gboolean       preferred;
  gboolean       uri;
  CrmVcardEncoding  encoding;
  char          *charset;
} CrmVcardProperty;

char      *crm_vcard_decode_component (const CrmVcardProperty *prop,
                                       const char     *raw,
                                       gsize           len);
GPtrArray *crm_vcard_split_value      (const CrmVcardProperty *prop,
                                       const char     *value,
                                       char            separator,
                                       guint           min_parts);

G_END_DECLS
