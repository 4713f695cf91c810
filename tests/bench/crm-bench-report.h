/* crm-bench-report.h: the benchmark's table and JSON.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CrmBenchReport CrmBenchReport;

CrmBenchReport *crm_bench_report_new              (guint           clients);
void            crm_bench_report_free             (CrmBenchReport *report);
void            crm_bench_report_add              (CrmBenchReport *report,
                                                   const char     *key,
                                                   const char     *label,
                                                   double          value,
                                                   const char     *unit,
                                                   const char     *note);
void            crm_bench_report_add_distribution (CrmBenchReport *report,
                                                   const char     *key,
                                                   const char     *label,
                                                   GArray         *values,
                                                   const char     *unit);
void            crm_bench_report_print            (CrmBenchReport *report,
                                                   gboolean        json);
double          crm_bench_rss_mb                  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmBenchReport, crm_bench_report_free)

G_END_DECLS
