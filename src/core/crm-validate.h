/* crm-validate.h: the rules values must follow, shared by store and UI.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean crm_email_is_valid   (const char *email);
char    *crm_normalize_text   (const char *text);

G_END_DECLS
