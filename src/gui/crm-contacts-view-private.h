/* crm-contacts-view-private.h: the view's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-contact-list.h"
#include "crm-contacts-view.h"

G_BEGIN_DECLS

struct _CrmContactsView
{
  AdwBin           parent_instance;

  CrmStore        *store;
  CrmContactList  *contacts;

  GtkSearchEntry  *search_entry;
  GtkToggleButton *hide_inactive_button;
  GtkDropDown     *sort_dropdown;
  GtkListView     *list_view;
  GtkLabel        *count_label;
};

G_END_DECLS
