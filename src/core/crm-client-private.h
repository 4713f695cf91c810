/* crm-client-private.h: what the store needs of CrmClient beyond its API.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-client.h"
#include "crm-contact.h"

G_BEGIN_DECLS

void        crm_client_set_id              (CrmClient          *self,
                                            gint64              id);
void        crm_client_set_created         (CrmClient          *self,
                                            GDateTime          *created);
void        crm_client_set_updated         (CrmClient          *self,
                                            GDateTime          *updated);
void        crm_client_set_trashed         (CrmClient          *self,
                                            gboolean            trashed);
void        crm_client_set_tags            (CrmClient          *self,
                                            const char * const *tags);
void        crm_client_set_primary_contact (CrmClient          *self,
                                            CrmContact         *contact);
GListStore *crm_client_get_contact_store   (CrmClient          *self);
void        crm_client_set_contact_store   (CrmClient          *self,
                                            GListStore         *store);
GListStore *crm_client_get_note_store      (CrmClient          *self);
void        crm_client_set_note_store      (CrmClient          *self,
                                            GListStore         *store);

G_END_DECLS
