/* crm-client.h: an organization (or a person) the business works for.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Properties (all readable; set them on a draft from crm_client_new(), and on
 * a stored client only through crm_store_update_client()):
 *   "id" gint64 (0 for a draft), "name", "external-id", "additional-info",
 *   "status" CrmClientStatus (CRM_TYPE_CLIENT_STATUS), "favorite" gboolean,
 *   "phone", "email", "website", "street", "city", "region", "postal-code",
 *   "country" (strings, never NULL: "" when unset), "created", "updated"
 *   GDateTime (UTC), "trashed" gboolean, "tags" GStrv (sorted),
 *   "primary-contact" CrmContact (read-only; the live object).
 *
 * A stored client is one object per row: the store hands out the same
 * CrmClient to everyone who asks, and updates it in place, so a change shows
 * at once everywhere it is bound.
 */

typedef enum {
  CRM_CLIENT_STATUS_LEAD,
  CRM_CLIENT_STATUS_PROSPECT,
  CRM_CLIENT_STATUS_ACTIVE,
  CRM_CLIENT_STATUS_INACTIVE,
} CrmClientStatus;

#define CRM_TYPE_CLIENT (crm_client_get_type ())

G_DECLARE_FINAL_TYPE (CrmClient, crm_client, CRM, CLIENT, GObject)

typedef struct _CrmContact CrmContact;

CrmClient       *crm_client_new                 (const char *name);

gint64           crm_client_get_id              (CrmClient *self);
const char      *crm_client_get_name            (CrmClient *self);
const char      *crm_client_get_external_id     (CrmClient *self);
const char      *crm_client_get_additional_info (CrmClient *self);
CrmClientStatus  crm_client_get_status          (CrmClient *self);
gboolean         crm_client_get_favorite        (CrmClient *self);
const char      *crm_client_get_phone           (CrmClient *self);
const char      *crm_client_get_email           (CrmClient *self);
const char      *crm_client_get_website         (CrmClient *self);
const char      *crm_client_get_street          (CrmClient *self);
const char      *crm_client_get_city            (CrmClient *self);
const char      *crm_client_get_region          (CrmClient *self);
const char      *crm_client_get_postal_code     (CrmClient *self);
const char      *crm_client_get_country         (CrmClient *self);
GDateTime       *crm_client_get_created         (CrmClient *self);
GDateTime       *crm_client_get_updated         (CrmClient *self);
gboolean         crm_client_get_trashed         (CrmClient *self);
const char * const *crm_client_get_tags         (CrmClient *self);
CrmContact      *crm_client_get_primary_contact (CrmClient *self);

const char      *crm_client_status_to_label     (CrmClientStatus status);
const char      *crm_client_status_to_string    (CrmClientStatus status);
gboolean         crm_client_status_from_string  (const char      *str,
                                                 CrmClientStatus *status);

G_END_DECLS
