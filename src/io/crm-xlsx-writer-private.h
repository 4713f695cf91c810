/* crm-xlsx-writer-private.h: what the tests need of the XLSX writer.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-xlsx-writer.h"

G_BEGIN_DECLS

/* Lets a test see the sheet roll-over without writing a million rows. */
void crm_xlsx_writer_set_max_rows_per_sheet (CrmXlsxWriter *self,
                                             guint64        max_rows);

G_END_DECLS
