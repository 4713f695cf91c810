/* crm-payment-dialog-private.h: the dialog's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-payment-dialog.h"

G_BEGIN_DECLS

struct _CrmPaymentDialog
{
  AdwWindow     parent_instance;

  /* The dialog's title over the client's name. */
  AdwWindowTitle *window_title;

  CrmStore     *store;
  CrmClient    *client;
  /* The invoices that can still take money, in the combo's order after
   * its first entry, "Not applied to an invoice". */
  GPtrArray    *invoices;

  AdwComboRow  *invoice_row;
  AdwEntryRow  *amount_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *paid_row;
  AdwEntryRow  *method_row;
  AdwEntryRow  *note_row;
  GtkLabel     *error_label;
};

G_END_DECLS
