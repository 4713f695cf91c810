/* crm-import-history.h: the Import History window (past imports, and undo).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_IMPORT_HISTORY (crm_import_history_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportHistory, crm_import_history, CRM, IMPORT_HISTORY, AdwWindow)

CrmImportHistory *crm_import_history_new     (GtkWindow *parent,
                                              CrmStore  *store);
void              crm_import_history_present (GtkWindow *parent,
                                              CrmStore  *store);

G_END_DECLS
