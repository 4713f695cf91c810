/* crm-paged-list.h: a list box that makes rows for the first part of a
 * long model only, and more as the person scrolls to its end.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void           crm_paged_list_bind      (GtkListBox                 *box,
                                         GListModel                 *model,
                                         GtkListBoxCreateWidgetFunc  create,
                                         gpointer                    user_data);
GListModel    *crm_paged_list_get_model (GtkListBox                 *box);
GtkListBoxRow *crm_paged_list_reveal    (GtkListBox                 *box,
                                         guint                       position);

G_END_DECLS
