/* crm-exporter.h: write clients and contacts to CSV, XLSX or vCard.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

typedef enum {
  CRM_EXPORT_FORMAT_CSV,
  CRM_EXPORT_FORMAT_XLSX,
  CRM_EXPORT_FORMAT_VCARD,
} CrmExportFormat;

/**
 * CrmExportFlags:
 * @CRM_EXPORT_FLAGS_NONE: defaults
 * @CRM_EXPORT_CSV_BOM: CSV starts with a byte-order mark, for Excel
 * @CRM_EXPORT_VCARD_3: vCard 3.0 instead of 4.0, for older address books
 */
typedef enum {
  CRM_EXPORT_FLAGS_NONE = 0,
  CRM_EXPORT_CSV_BOM    = 1 << 0,
  CRM_EXPORT_VCARD_3    = 1 << 1,
} CrmExportFlags;

gboolean crm_export_format_from_string (const char       *name,
                                        CrmExportFormat  *format);
gboolean crm_export_format_guess       (const char       *path,
                                        CrmExportFormat  *format);

guint64  crm_store_export              (CrmStore         *self,
                                        const char       *path,
                                        CrmExportFormat   format,
                                        CrmExportFlags    flags,
                                        GArray           *client_ids,
                                        GCancellable     *cancellable,
                                        GError          **error);
void     crm_store_export_async        (CrmStore            *self,
                                        const char          *path,
                                        CrmExportFormat      format,
                                        CrmExportFlags       flags,
                                        GArray              *client_ids,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
guint64  crm_store_export_finish       (CrmStore            *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
