/* crm-bookings-view.h: the top-level Bookings view: every client's
 * bookings, filtered.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_BOOKINGS_VIEW (crm_bookings_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmBookingsView, crm_bookings_view, CRM, BOOKINGS_VIEW, AdwBin)

/*
 * Signals: "client-activated" (gint64 client_id, gint64 booking_id): a
 *   booking was activated; the window shows that client's card on its
 *   Bookings tab with the booking selected.
 */
GtkWidget *crm_bookings_view_new       (void);
void       crm_bookings_view_set_store (CrmBookingsView *self,
                                        CrmStore        *store);
void       crm_bookings_view_show_client (CrmBookingsView *self,
                                          CrmClient       *client);

G_END_DECLS
