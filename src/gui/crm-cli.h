/* crm-cli.h: the command line: import and export without a display.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *crm_cli_get_option_entries (void);
int                 crm_cli_handle_options     (GVariantDict *options,
                                                const char   *db_path);

G_END_DECLS
