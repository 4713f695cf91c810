/* crm-booking-dialog.h: the New Booking and Edit Booking dialog.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_BOOKING_DIALOG (crm_booking_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmBookingDialog, crm_booking_dialog, CRM, BOOKING_DIALOG, AdwWindow)

CrmBookingDialog *crm_booking_dialog_new  (CrmStore         *store,
                                           CrmClient        *client,
                                           CrmBooking       *booking);
gboolean          crm_booking_dialog_save (CrmBookingDialog *self);

GDateTime        *crm_parse_date_time_text (const char      *text,
                                            GError         **error);
char             *crm_format_day_time      (GDateTime       *time);

G_END_DECLS
