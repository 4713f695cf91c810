/* crm-message-dialog.h: the Log Conversation dialog.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_MESSAGE_DIALOG (crm_message_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmMessageDialog, crm_message_dialog, CRM, MESSAGE_DIALOG, AdwWindow)

CrmMessageDialog *crm_message_dialog_new  (CrmStore         *store,
                                           CrmClient        *client);
gboolean          crm_message_dialog_save (CrmMessageDialog *self);

G_END_DECLS
