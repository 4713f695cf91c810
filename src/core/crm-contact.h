/* crm-contact.h: a person who works for a client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Properties: "id" gint64 (0 for a draft), "client-id" gint64,
 *   "first-name", "last-name", "display-name" (read-only, "First Last"),
 *   "job-title", "email", "phone", "street", "city", "region",
 *   "postal-code", "country", "external-id" (strings, "" when unset),
 *   "primary" gboolean (read-only: use crm_store_set_primary_contact()),
 *   "inactive" gboolean.
 * Stored contacts are live objects, one per row, like CrmClient.
 */

#define CRM_TYPE_CONTACT (crm_contact_get_type ())

G_DECLARE_FINAL_TYPE (CrmContact, crm_contact, CRM, CONTACT, GObject)

CrmContact *crm_contact_new              (const char *first_name,
                                          const char *last_name);

gint64      crm_contact_get_id           (CrmContact *self);
gint64      crm_contact_get_client_id    (CrmContact *self);
const char *crm_contact_get_first_name   (CrmContact *self);
const char *crm_contact_get_last_name    (CrmContact *self);
const char *crm_contact_get_display_name (CrmContact *self);
const char *crm_contact_get_job_title    (CrmContact *self);
const char *crm_contact_get_email        (CrmContact *self);
const char *crm_contact_get_phone        (CrmContact *self);
const char *crm_contact_get_street       (CrmContact *self);
const char *crm_contact_get_city         (CrmContact *self);
const char *crm_contact_get_region       (CrmContact *self);
const char *crm_contact_get_postal_code  (CrmContact *self);
const char *crm_contact_get_country      (CrmContact *self);
const char *crm_contact_get_external_id  (CrmContact *self);
gboolean    crm_contact_get_primary      (CrmContact *self);
gboolean    crm_contact_get_inactive     (CrmContact *self);

G_END_DECLS
