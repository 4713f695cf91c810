/* crm-contacts-view.h: the top-level Contacts view: every contact of
 * every client.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTACTS_VIEW (crm_contacts_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmContactsView, crm_contacts_view, CRM, CONTACTS_VIEW, AdwBin)

/*
 * Signals: "client-activated" (gint64 client_id, gint64 contact_id): a
 *   contact was activated; the window shows that client's card with the
 *   contact selected.
 */
GtkWidget *crm_contacts_view_new       (void);
void       crm_contacts_view_set_store (CrmContactsView *self,
                                        CrmStore        *store);

G_END_DECLS
