/* crm-booking-private.h: how the store fills and changes bookings.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking.h"

G_BEGIN_DECLS

void crm_booking_set_stored  (CrmBooking *self,
                              gint64      id,
                              gint64      client_id,
                              GDateTime  *created);
void crm_booking_set_updated (CrmBooking *self,
                              GDateTime  *updated);
void crm_booking_set_trashed (CrmBooking *self,
                              gboolean    trashed);
void crm_booking_apply       (CrmBooking *self,
                              CrmBooking *from);

G_END_DECLS
