/* crm-documents-tab.h: the client card's Documents tab.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store-business.h"

G_BEGIN_DECLS

#define CRM_TYPE_DOCUMENTS_TAB (crm_documents_tab_get_type ())

G_DECLARE_FINAL_TYPE (CrmDocumentsTab, crm_documents_tab, CRM, DOCUMENTS_TAB, AdwBin)

GtkWidget *crm_documents_tab_new        (void);
void       crm_documents_tab_set_store  (CrmDocumentsTab *self,
                                         CrmStore        *store);
void       crm_documents_tab_set_client (CrmDocumentsTab *self,
                                         CrmClient       *client);
void       crm_documents_tab_set_read_only (CrmDocumentsTab *self,
                                            gboolean         read_only);
void       crm_documents_tab_attach     (CrmDocumentsTab *self,
                                         GFile           *file);

G_END_DECLS
