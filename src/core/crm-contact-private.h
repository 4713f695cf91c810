/* crm-contact-private.h: what the store needs of CrmContact beyond its API.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-contact.h"

G_BEGIN_DECLS

void crm_contact_set_id        (CrmContact *self,
                                gint64      id);
void crm_contact_set_client_id (CrmContact *self,
                                gint64      client_id);
void crm_contact_set_primary   (CrmContact *self,
                                gboolean    primary);

G_END_DECLS
