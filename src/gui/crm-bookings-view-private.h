/* crm-bookings-view-private.h: the view's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking-list.h"
#include "crm-bookings-view.h"

G_BEGIN_DECLS

struct _CrmBookingsView
{
  AdwBin          parent_instance;

  CrmStore       *store;
  CrmBookingList *bookings;
  GArray         *staff_ids; /* gint64, after "Anyone" */
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
  GtkListView    *list_view;
  GtkLabel       *count_label;
};

G_END_DECLS
