/* crm-list-keeper.h: what the Contacts and Bookings views share about
 * their column views: headers that sort in SQL, and a selection and
 * scroll position that survive a refresh.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-id-list.h"

G_BEGIN_DECLS

GtkSorter *crm_list_header_sorter    (const int      *sort);
gboolean   crm_list_header_read_sort (GtkColumnView  *view,
                                      int            *sort,
                                      gboolean       *descending);
void       crm_list_header_show_only (GtkColumnView       *view,
                                      GtkColumnViewColumn *column,
                                      gboolean             descending);
gboolean   crm_list_header_is_updating (GtkColumnView      *view);
void       crm_list_filters_button_update (GtkMenuButton *button,
                                           guint          n_active);

typedef struct _CrmListKeeper CrmListKeeper;

CrmListKeeper *crm_list_keeper_new             (GtkColumnView      *view,
                                                GtkSingleSelection *selection,
                                                CrmIdList          *list,
                                                gint64            (*get_id) (gpointer item));
void           crm_list_keeper_free            (CrmListKeeper      *self);
gint64         crm_list_keeper_get_selected_id (CrmListKeeper      *self);
void           crm_list_keeper_scroll_to_top   (CrmListKeeper      *self);
gboolean       crm_list_header_follow          (GtkColumnView              *view,
                                                CrmListKeeper              *keeper,
                                                GtkColumnViewColumn * const *columns,
                                                const int                  *column_sorts,
                                                guint                       n_columns,
                                                int                         fallback,
                                                int                        *sort,
                                                gboolean                   *descending);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmListKeeper, crm_list_keeper_free)

G_END_DECLS
