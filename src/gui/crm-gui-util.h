/* crm-gui-util.h: small helpers the widgets share.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-validate.h"

G_BEGIN_DECLS

GtkWidget *crm_favorite_button_new   (void);
void       crm_favorite_button_sync  (GtkToggleButton *button);
void       crm_add_shortcut          (GtkWidget       *widget,
                                      guint            keyval,
                                      GdkModifierType  modifiers,
                                      const char      *action_name);
void       crm_row_set_error         (GtkWidget       *row,
                                      const char      *message);
char      *crm_format_date_time      (GDateTime       *utc);
void       crm_toast_error           (GtkWidget       *widget,
                                      const GError    *error);

/* Unbinds and drops a binding we hold a reference to. */
static inline void
crm_clear_binding (GBinding **binding)
{
  if (*binding != NULL)
    {
      g_binding_unbind (*binding);
      g_clear_object (binding);
    }
}

G_END_DECLS
