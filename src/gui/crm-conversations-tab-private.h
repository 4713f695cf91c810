/* crm-conversations-tab-private.h: the tab's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-conversations-tab.h"
#include "crm-timeline.h"

G_BEGIN_DECLS

struct _CrmConversationsTab
{
  AdwBin       parent_instance;

  CrmStore    *store;
  CrmClient   *client;
  /* Everything that happened with the client, newest first; it refreshes
   * itself when the client's history changes. */
  CrmTimeline *timeline;

  GtkDropDown *kind_dropdown;
  GtkListBox  *list;
};

G_END_DECLS
