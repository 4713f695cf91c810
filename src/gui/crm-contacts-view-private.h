/* crm-contacts-view-private.h: the view's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-contact-list.h"
#include "crm-contacts-view.h"
#include "crm-list-keeper.h"

G_BEGIN_DECLS

typedef enum {
  CRM_CONTACTS_COLUMN_NAME,
  CRM_CONTACTS_COLUMN_CLIENT,
  CRM_CONTACTS_COLUMN_JOB_TITLE,
  CRM_CONTACTS_COLUMN_EMAIL,
  CRM_CONTACTS_COLUMN_PHONE,
  CRM_CONTACTS_COLUMN_PRIMARY,
  CRM_CONTACTS_COLUMN_INACTIVE,
  CRM_CONTACTS_N_COLUMNS
} CrmContactsColumn;

struct _CrmContactsView
{
  AdwBin              parent_instance;

  CrmStore           *store;
  CrmContactList     *contacts;
  CrmListKeeper      *keeper;
  GArray             *staff_ids; /* gint64, after "Anyone" */
  GStrv               tags;      /* after "Any tag" */

  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *staff_dropdown;
  GtkMenuButton      *filters_button;
  GtkDropDown        *tag_dropdown;
  GtkCheckButton     *favorites_check;
  GtkCheckButton     *spam_check;
  GtkCheckButton     *hide_inactive_check;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[CRM_CONTACTS_N_COLUMNS];
};

G_END_DECLS
