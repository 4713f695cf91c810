/* crm-payment.h: money received from a client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Properties: "id", "client-id" gint64 (read-only); "invoice-id" gint64
 *   (0: not applied to an invoice); "amount-minor" gint64 and "currency"
 *   (ISO 4217); "paid-on" GDateTime (a calendar date, as on CrmInvoice);
 *   "method" ("Bank transfer", "Cash", … as typed), "note" (strings);
 *   read-only "created" GDateTime and "trashed" gboolean.
 *
 * A payment is recorded once and not edited: remove it and record another.
 */

#define CRM_TYPE_PAYMENT (crm_payment_get_type ())

G_DECLARE_FINAL_TYPE (CrmPayment, crm_payment, CRM, PAYMENT, GObject)

CrmPayment *crm_payment_new              (gint64      amount_minor,
                                          const char *currency);

gint64      crm_payment_get_id           (CrmPayment *self);
gint64      crm_payment_get_client_id    (CrmPayment *self);
gint64      crm_payment_get_invoice_id   (CrmPayment *self);
gint64      crm_payment_get_amount_minor (CrmPayment *self);
const char *crm_payment_get_currency     (CrmPayment *self);
GDateTime  *crm_payment_get_paid_on      (CrmPayment *self);
const char *crm_payment_get_method       (CrmPayment *self);
const char *crm_payment_get_note         (CrmPayment *self);
GDateTime  *crm_payment_get_created      (CrmPayment *self);
gboolean    crm_payment_get_trashed      (CrmPayment *self);

G_END_DECLS
