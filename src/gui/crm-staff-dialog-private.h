/* crm-staff-dialog-private.h: the dialog's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-staff-dialog.h"

G_BEGIN_DECLS

struct _CrmStaffDialog
{
  AdwWindow     parent_instance;

  CrmStore     *store;
  CrmStaff     *staff;

  GtkWidget    *save_button;
  GtkRevealer  *error_revealer;
  GtkLabel     *error_label;
  AdwEntryRow  *name_row;
  GtkLabel     *name_message;
  AdwEntryRow  *email_row;
  GtkLabel     *email_message;
  AdwComboRow  *role_row;
};

G_END_DECLS
