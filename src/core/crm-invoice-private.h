/* crm-invoice-private.h: how the store fills and changes invoices.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-invoice.h"

G_BEGIN_DECLS

void crm_invoice_set_stored     (CrmInvoice *self,
                                 gint64      id,
                                 gint64      client_id,
                                 const char *number,
                                 GDateTime  *created);
void crm_invoice_set_void       (CrmInvoice *self,
                                 gboolean    is_void);
void crm_invoice_set_paid_minor (CrmInvoice *self,
                                 gint64      paid_minor);

G_END_DECLS
