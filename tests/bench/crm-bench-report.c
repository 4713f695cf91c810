/* crm-bench-report.c: the benchmark's table and JSON.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "crm-bench-report.h"

typedef struct {
  char   *key;
  char   *label;
  double  value;
  char   *unit;
  char   *note;
} Row;

struct _CrmBenchReport
{
  guint   clients;
  GArray *rows;
};

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->label);
  g_free (row->unit);
  g_free (row->note);
}

CrmBenchReport *
crm_bench_report_new (guint clients)
{
  CrmBenchReport *report = g_new0 (CrmBenchReport, 1);

  report->clients = clients;
  report->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (report->rows, row_clear);

  return report;
}

void
crm_bench_report_free (CrmBenchReport *report)
{
  g_array_unref (report->rows);
  g_free (report);
}

void
crm_bench_report_add (CrmBenchReport *report,
                      const char     *key,
                      const char     *label,
                      double          value,
                      const char     *unit,
                      const char     *note)
{
  Row row = { g_strdup (key), g_strdup (label), value, g_strdup (unit), g_strdup (note) };

  g_array_append_val (report->rows, row);

  /* Progress for whoever watches a long run. */
  g_printerr ("  %-44s %10.2f %s\n", label, value, unit);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

void
crm_bench_report_add_distribution (CrmBenchReport *report,
                                   const char     *key,
                                   const char     *label,
                                   GArray         *values,
                                   const char     *unit)
{
  g_autofree char *k50 = g_strconcat (key, "_p50", NULL);
  g_autofree char *k95 = g_strconcat (key, "_p95", NULL);
  g_autofree char *kmax = g_strconcat (key, "_max", NULL);
  g_autofree char *l50 = g_strconcat (label, ", p50", NULL);
  g_autofree char *l95 = g_strconcat (label, ", p95", NULL);
  g_autofree char *lmax = g_strconcat (label, ", max", NULL);
  g_autoptr(GArray) sorted = g_array_copy (values);
  guint n = sorted->len;

  g_return_if_fail (n > 0);

  g_array_sort (sorted, compare_doubles);
  crm_bench_report_add (report, k50, l50, g_array_index (sorted, double, (n - 1) / 2), unit, NULL);
  crm_bench_report_add (report, k95, l95, g_array_index (sorted, double, (guint) ((n - 1) * 0.95)), unit, NULL);
  crm_bench_report_add (report, kmax, lmax, g_array_index (sorted, double, n - 1), unit, NULL);
}

void
crm_bench_report_print (CrmBenchReport *report,
                        gboolean        json)
{
  if (json)
    {
      g_print ("{\n  \"clients\": %u", report->clients);
      for (guint i = 0; i < report->rows->len; i++)
        {
          Row *row = &g_array_index (report->rows, Row, i);
          g_print (",\n  \"%s\": %.3f", row->key, row->value);
        }
      g_print ("\n}\n");
      return;
    }

  g_print ("\nClientele benchmark: %u clients\n\n", report->clients);
  g_print ("| %-44s | %12s |\n", "figure", "value");
  g_print ("|%s|%s|\n", "----------------------------------------------", "--------------");
  for (guint i = 0; i < report->rows->len; i++)
    {
      Row *row = &g_array_index (report->rows, Row, i);
      g_autofree char *value = g_strdup_printf ("%.2f %s", row->value, row->unit);

      g_print ("| %-44s | %12s |%s%s\n", row->label, value,
               row->note ? " " : "", row->note ? row->note : "");
    }
}

double
crm_bench_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  if (line == NULL)
    return -1;

  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}
