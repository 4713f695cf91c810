/* crm-staff-private.h: how the store builds staff objects.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-staff.h"

G_BEGIN_DECLS

CrmStaff *crm_staff_new_stored (gint64      id,
                                const char *name,
                                const char *email);

G_END_DECLS
