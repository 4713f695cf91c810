/* crm-csv-guard.h: the formula-injection guard shared by CSV export and import.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    crm_csv_cell_needs_guard (const char *cell);
const char *crm_csv_cell_unguard     (const char *cell);
gboolean    crm_csv_cell_is_phone    (const char *cell);

G_END_DECLS
