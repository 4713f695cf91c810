/* crm-search-view.h: the results of the global search, grouped by kind.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-client-list.h"
#include "crm-search.h"

G_BEGIN_DECLS

#define CRM_TYPE_SEARCH_VIEW (crm_search_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmSearchView, crm_search_view, CRM, SEARCH_VIEW, GtkWidget)

void        crm_search_view_set_store        (CrmSearchView *self,
                                              CrmStore      *store);
void        crm_search_view_set_client_list  (CrmSearchView *self,
                                              CrmClientList *clients);
void        crm_search_view_set_text         (CrmSearchView *self,
                                              const char    *text);
const char *crm_search_view_get_text         (CrmSearchView *self);
gboolean    crm_search_view_get_loading      (CrmSearchView *self);
GListModel *crm_search_view_get_results      (CrmSearchView *self);
void        crm_search_view_set_natural_width (CrmSearchView *self,
                                               int            width);
gboolean    crm_search_view_activate_first   (CrmSearchView *self);
gboolean    crm_search_view_focus_first      (CrmSearchView *self);

G_END_DECLS
