/* crm-payments-tab-private.h: the tab's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-payments-tab.h"

G_BEGIN_DECLS

struct _CrmPaymentsTab
{
  AdwBin       parent_instance;

  CrmStore    *store;
  CrmClient   *client;
  gulong       history_handler;

  GtkLabel    *totals_label;
  GtkBox      *figures_box;
  GtkListBox  *invoices_list;
  GtkListBox  *payments_list;
  GListModel  *invoices;      /* CrmInvoice, newest first */
  GListModel  *payments;      /* CrmPayment, newest first */
  gboolean     read_only;
  gboolean     stale;         /* read again when next shown */
};

void           crm_payments_tab_reload           (CrmPaymentsTab *self);
GtkListBoxRow *crm_payments_tab_find_invoice_row (CrmPaymentsTab *self,
                                                  gint64          invoice_id);
GtkListBoxRow *crm_payments_tab_find_payment_row (CrmPaymentsTab *self,
                                                  gint64          payment_id);

G_END_DECLS
