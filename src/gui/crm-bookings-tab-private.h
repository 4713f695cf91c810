/* crm-bookings-tab-private.h: the tab's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking-list.h"
#include "crm-bookings-tab.h"

G_BEGIN_DECLS

struct _CrmBookingsTab
{
  AdwBin          parent_instance;

  CrmStore       *store;
  CrmClient      *client;
  /* The client's bookings, upcoming first then past, kept fresh by the
   * list itself when a booking changes. */
  CrmBookingList *bookings;

  GtkListBox     *list;
  gboolean        read_only;
};

GtkListBoxRow *crm_bookings_tab_find_row (CrmBookingsTab *self,
                                          gint64          booking_id);

G_END_DECLS
