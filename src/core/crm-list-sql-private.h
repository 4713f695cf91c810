/* crm-list-sql-private.h: the statements the Contacts and Bookings lists
 * run, for the tests that check SQLite reads them in index order.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking-list.h"
#include "crm-contact-list.h"

G_BEGIN_DECLS

const char *crm_contact_list_get_sql (CrmContactList *self);
const char *crm_booking_list_get_sql (CrmBookingList *self);

G_END_DECLS
