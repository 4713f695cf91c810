/* crm-import-dialog.h: the import assistant (choose, match, preview, import,
 * summary).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_IMPORT_DIALOG (crm_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportDialog, crm_import_dialog, CRM, IMPORT_DIALOG, AdwWindow)

CrmImportDialog *crm_import_dialog_new       (GtkWindow       *parent,
                                              CrmStore        *store);
gboolean         crm_import_dialog_open_file (CrmImportDialog *self,
                                              GFile           *file);
void             crm_import_dialog_present   (GtkWindow       *parent,
                                              CrmStore        *store,
                                              GFile           *file);
/* The name of the main window's drop target (gtk_event_controller_get_name). */
#define CRM_IMPORT_DROP_TARGET_NAME "crm-import-drop"

GtkDropTarget   *crm_import_dialog_add_drop_target (GtkWindow *window,
                                                    CrmStore  *store);

G_END_DECLS
