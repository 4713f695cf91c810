/* crm-payment-dialog.h: the Record Payment dialog of the Payments tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_PAYMENT_DIALOG (crm_payment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmPaymentDialog, crm_payment_dialog, CRM, PAYMENT_DIALOG, AdwWindow)

CrmPaymentDialog *crm_payment_dialog_new  (CrmStore         *store,
                                           CrmClient        *client,
                                           const char       *currency);
gboolean          crm_payment_dialog_save (CrmPaymentDialog *self);

G_END_DECLS
