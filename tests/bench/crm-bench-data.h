/* crm-bench-data.h: a deterministic, realistic data set of any size.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  guint clients;            /* how many clients */
  guint contacts_per_client;/* about this many contacts each (1..2x) */
  guint notes_per_client;   /* about this many notes each, and about one
                               booking, invoice, conversation entry each */
  guint big_card_records;   /* records of every kind on client 1, to time
                               a heavy card */
} CrmBenchSize;

gboolean crm_bench_generate_database (const char          *path,
                                      const CrmBenchSize  *size,
                                      GError             **error);
gboolean crm_bench_generate_csv      (const char          *path,
                                      const CrmBenchSize  *size,
                                      GError             **error);
gboolean crm_bench_generate_import_csv (const char        *path,
                                        guint64            rows,
                                        GError           **error);
char    *crm_bench_query             (guint                i);

G_END_DECLS
