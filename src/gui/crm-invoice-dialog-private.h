/* crm-invoice-dialog-private.h: the dialog's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-invoice-dialog.h"

G_BEGIN_DECLS

struct _CrmInvoiceDialog
{
  AdwWindow     parent_instance;

  /* The dialog's title over the client's name. */
  AdwWindowTitle *window_title;

  CrmStore     *store;
  CrmClient    *client;

  AdwEntryRow  *amount_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *description_row;
  AdwEntryRow  *issued_row;
  AdwEntryRow  *due_row;
  GtkLabel     *error_label;
};

G_END_DECLS
