/* crm-message-dialog-private.h: the dialog's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-message-dialog.h"

G_BEGIN_DECLS

struct _CrmMessageDialog
{
  AdwWindow     parent_instance;

  /* The dialog's title over the client's name. */
  AdwWindowTitle *window_title;

  CrmStore     *store;
  CrmClient    *client;
  GArray       *contact_ids; /* gint64, after "Nobody in particular" */

  AdwComboRow  *channel_row;
  AdwComboRow  *direction_row;
  AdwComboRow  *contact_row;
  AdwEntryRow  *subject_row;
  AdwEntryRow  *occurred_row;
  GtkTextView  *body_view;
  GtkLabel     *error_label;
};

G_END_DECLS
