/* crm-export-dialog.h: the Export dialog (CSV, XLSX or vCard; the clients
 * shown or all).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_EXPORT_DIALOG (crm_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmExportDialog, crm_export_dialog, CRM, EXPORT_DIALOG, AdwWindow)

CrmExportDialog *crm_export_dialog_new     (GtkWindow *parent,
                                            CrmStore  *store,
                                            GArray    *shown_ids);
void             crm_export_dialog_present (GtkWindow *parent,
                                            CrmStore  *store,
                                            GArray    *shown_ids);

G_END_DECLS
