/* crm-client-info.h: the Info tab of the client card.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CLIENT_INFO (crm_client_info_get_type ())

G_DECLARE_FINAL_TYPE (CrmClientInfo, crm_client_info, CRM, CLIENT_INFO, AdwBin)

void crm_client_info_set_store  (CrmClientInfo *self,
                                 CrmStore      *store);
void crm_client_info_set_client (CrmClientInfo *self,
                                 CrmClient     *client);

G_END_DECLS
