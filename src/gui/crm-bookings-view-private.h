/* crm-bookings-view-private.h: the view's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking-list.h"
#include "crm-bookings-view.h"
#include "crm-list-keeper.h"

G_BEGIN_DECLS

typedef enum {
  CRM_BOOKINGS_COLUMN_DUE,
  CRM_BOOKINGS_COLUMN_SERVICE,
  CRM_BOOKINGS_COLUMN_CLIENT,
  CRM_BOOKINGS_COLUMN_CONTACT,
  CRM_BOOKINGS_COLUMN_STAFF,
  CRM_BOOKINGS_COLUMN_PRIORITY,
  CRM_BOOKINGS_COLUMN_STATUS,
  CRM_BOOKINGS_N_COLUMNS
} CrmBookingsColumn;

struct _CrmBookingsView
{
  AdwBin          parent_instance;

  CrmStore       *store;
  CrmBookingList *bookings;
  CrmListKeeper  *keeper;
  GArray         *staff_ids; /* gint64, after "Anyone" */
  GStrv           tags;      /* after "Any tag" */
  /* The one client asked for by crm_bookings_view_show_client(), exactly,
   * while the client entry still holds its name; 0: none. */
  gint64          client_id;
  char           *client_name;
  gboolean        showing_client;

  GtkSearchEntry *client_entry;
  GtkSearchEntry *contact_entry;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *staff_dropdown;
  GtkToggleButton *overdue_button;
  GtkMenuButton  *filters_button;
  GtkDropDown    *tag_dropdown;
  GtkDropDown    *client_status_dropdown;
  GtkCheckButton *favorites_check;
  GtkCheckButton *spam_check;
  GtkLabel       *count_label;
  GtkColumnView  *column_view;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[CRM_BOOKINGS_N_COLUMNS];
};

G_END_DECLS
