/* crm-bookings-tab.h: the client card's Bookings tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_BOOKINGS_TAB (crm_bookings_tab_get_type ())

G_DECLARE_FINAL_TYPE (CrmBookingsTab, crm_bookings_tab, CRM, BOOKINGS_TAB, AdwBin)

GtkWidget *crm_bookings_tab_new        (void);
void       crm_bookings_tab_set_store  (CrmBookingsTab *self,
                                        CrmStore       *store);
void       crm_bookings_tab_set_client (CrmBookingsTab *self,
                                        CrmClient      *client);
void       crm_bookings_tab_set_read_only (CrmBookingsTab *self,
                                           gboolean        read_only);

G_END_DECLS
