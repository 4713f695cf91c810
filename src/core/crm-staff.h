/* crm-staff.h: a person of the business who uses Clientele.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CRM_TYPE_STAFF (crm_staff_get_type ())

G_DECLARE_FINAL_TYPE (CrmStaff, crm_staff, CRM, STAFF, GObject)

gint64      crm_staff_get_id    (CrmStaff *self);
const char *crm_staff_get_name  (CrmStaff *self);
const char *crm_staff_get_email (CrmStaff *self);

G_END_DECLS
