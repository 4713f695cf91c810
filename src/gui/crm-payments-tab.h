/* crm-payments-tab.h: the client card's Payments tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_PAYMENTS_TAB (crm_payments_tab_get_type ())

G_DECLARE_FINAL_TYPE (CrmPaymentsTab, crm_payments_tab, CRM, PAYMENTS_TAB, AdwBin)

GtkWidget *crm_payments_tab_new        (void);
void       crm_payments_tab_set_store  (CrmPaymentsTab *self,
                                        CrmStore       *store);
void       crm_payments_tab_set_client (CrmPaymentsTab *self,
                                        CrmClient      *client);
void       crm_payments_tab_set_read_only (CrmPaymentsTab *self,
                                           gboolean        read_only);

G_END_DECLS
