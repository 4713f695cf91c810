/* crm-invoice-dialog.h: the New Invoice dialog of the Payments tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_INVOICE_DIALOG (crm_invoice_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmInvoiceDialog, crm_invoice_dialog, CRM, INVOICE_DIALOG, AdwWindow)

CrmInvoiceDialog *crm_invoice_dialog_new      (CrmStore         *store,
                                               CrmClient        *client,
                                               const char       *currency);
gboolean          crm_invoice_dialog_save     (CrmInvoiceDialog *self);

GDateTime        *crm_parse_date_text         (const char       *text,
                                               GError          **error);
char             *crm_format_day              (GDateTime        *date);

G_END_DECLS
