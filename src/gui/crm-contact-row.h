/* crm-contact-row.h: a person in the Contacts list of a client's Info tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

GtkWidget *crm_contact_row_new (CrmStore   *store,
                                CrmContact *contact);

G_END_DECLS
