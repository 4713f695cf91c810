/* crm-new-client-dialog-private.h: the dialog's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-new-client-dialog.h"

G_BEGIN_DECLS

struct _CrmNewClientDialog
{
  AdwWindow      parent_instance;

  CrmStore      *store;

  GtkWidget     *add_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  AdwEntryRow   *name_row;
  GtkLabel      *name_message;
  AdwEntryRow   *external_id_row;
  GtkTextView   *info_view;
  AdwEntryRow   *first_name_row;
  GtkLabel      *first_name_message;
  AdwEntryRow   *last_name_row;
  GtkLabel      *last_name_message;
  AdwEntryRow   *email_row;
  GtkLabel      *email_message;
  AdwEntryRow   *phone_row;
};

G_END_DECLS
