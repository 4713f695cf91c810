/* crm-payment-private.h: how the store fills payments.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-payment.h"

G_BEGIN_DECLS

void crm_payment_set_stored  (CrmPayment *self,
                              gint64      id,
                              gint64      client_id,
                              GDateTime  *created);
void crm_payment_set_trashed (CrmPayment *self,
                              gboolean    trashed);

G_END_DECLS
