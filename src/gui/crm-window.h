/* crm-window.h: the main window, a client list beside the client card.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_WINDOW (crm_window_get_type ())

G_DECLARE_FINAL_TYPE (CrmWindow, crm_window, CRM, WINDOW, AdwApplicationWindow)

CrmWindow *crm_window_new             (GtkApplication *application,
                                       CrmStore       *store,
                                       GSettings      *settings);
CrmStore  *crm_window_get_store       (CrmWindow      *self);
void       crm_window_select_client   (CrmWindow      *self,
                                       gint64          client_id);
void       crm_window_add_toast       (CrmWindow      *self,
                                       AdwToast       *toast);

G_END_DECLS
