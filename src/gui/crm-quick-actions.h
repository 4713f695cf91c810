/* crm-quick-actions.h: what can be done for one client from its card's
 * header or its row in the client list.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GMenu *crm_quick_actions_menu_new      (gint64          client_id);
void   crm_quick_actions_install       (GtkWidgetClass *window_class);

G_END_DECLS
