/* crm-booking-dialog-private.h: the dialog's parts, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-booking-dialog.h"

G_BEGIN_DECLS

struct _CrmBookingDialog
{
  AdwWindow     parent_instance;

  /* The dialog's title over the client's name. */
  AdwWindowTitle *window_title;

  CrmStore     *store;
  CrmClient    *client;
  CrmBooking   *booking;     /* NULL: a new booking */
  GPtrArray    *contact_ids; /* gint64 *, after "Nobody in particular" */
  GPtrArray    *staff_ids;

  AdwEntryRow  *service_row;
  AdwComboRow  *priority_row;
  AdwComboRow  *contact_row;
  AdwComboRow  *staff_row;
  AdwEntryRow  *starts_row;
  AdwEntryRow  *ends_row;
  AdwEntryRow  *due_row;
  AdwEntryRow  *notes_row;
  GtkLabel     *error_label;
};

G_END_DECLS
