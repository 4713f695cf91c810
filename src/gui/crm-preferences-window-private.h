/* crm-preferences-window-private.h: the window's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-preferences-window.h"

G_BEGIN_DECLS

struct _CrmPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  CrmStore             *store;
  GSettings            *settings;

  /* The ids of the active staff members, in the order of you_row's rows. */
  GArray               *you_ids;
  guint                 filling : 1;

  AdwComboRow          *you_row;
  AdwPreferencesGroup  *staff_group;
  GtkWidget            *add_button;
  GtkListBox           *staff_list;
};

G_END_DECLS
