/* crm-contact-dialog.h: add a person to a client, or edit one.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTACT_DIALOG (crm_contact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmContactDialog, crm_contact_dialog, CRM, CONTACT_DIALOG, AdwWindow)

CrmContactDialog *crm_contact_dialog_new (GtkWindow  *parent,
                                          CrmStore   *store,
                                          CrmClient  *client,
                                          CrmContact *contact);

G_END_DECLS
