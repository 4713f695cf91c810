/* crm-cli.c: the command line: import and export without a display.
 *
 *   clientele [--db PATH] --import FILE [--dry-run]
 *   clientele [--db PATH] --export FILE [--format csv|xlsx|vcf] [--bom] [--vcard3]
 *
 * Handled in handle-local-options, before GTK starts, so it runs on a
 * server or in a script. The same pipeline as the import dialog; the
 * summary goes to standard output, problems to standard error, and the
 * exit status is non-zero when anything failed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "crm-cli.h"
#include "crm-exporter.h"
#include "crm-importer.h"
#include "crm-store.h"

static const GOptionEntry cli_entries[] = {
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import clients and contacts from a CSV or vCard file, then quit"), N_("FILE") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: report what would happen, change nothing"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export every client and contact to a file, then quit"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: csv, xlsx or vcf (default: from the file name)"), N_("FORMAT") },
  { "bom", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export to CSV: start with a byte-order mark, for Excel"), NULL },
  { "vcard3", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export to vCard: write vCard 3.0 instead of 4.0"), NULL },
  { NULL }
};

/**
 * crm_cli_get_option_entries:
 *
 * Returns: (transfer none): the options to add to the application
 */
const GOptionEntry *
crm_cli_get_option_entries (void)
{
  return cli_entries;
}

static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  g_autofree char *raw = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_variant_dict_lookup (options, name, "^ay", &raw) || raw[0] == '\0')
    return NULL;

  file = g_file_new_for_commandline_arg (raw);
  return g_file_get_path (file);
}

static int
run_import (CrmStore   *store,
            const char *path,
            gboolean    dry_run)
{
  g_autoptr(CrmImporter) importer = NULL;
  g_autoptr(CrmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (!(importer = crm_importer_new (store, path, &error)) ||
      !(result = crm_importer_run (importer, dry_run, NULL, &error)))
    {
      g_printerr (_("Import failed, nothing was changed: %s\n"), error->message);
      return EXIT_FAILURE;
    }

  summary = crm_import_result_to_string (result);
  if (dry_run)
    g_print ("%s\n", _("Dry run: nothing was changed."));
  g_print ("%s", summary);

  return result->failed > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}

static int
run_export (CrmStore     *store,
            const char   *path,
            GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  CrmExportFormat format;
  CrmExportFlags flags = CRM_EXPORT_FLAGS_NONE;
  guint64 rows;

  if (g_variant_dict_lookup (options, "format", "s", &format_name))
    {
      if (!crm_export_format_from_string (format_name, &format))
        {
          g_printerr (_("Unknown format “%s”: use csv, xlsx or vcf.\n"), format_name);
          return EXIT_FAILURE;
        }
    }
  else if (!crm_export_format_guess (path, &format))
    {
      g_printerr (_("Cannot tell the format from “%s”: name the file .csv, .xlsx or .vcf, or give --format.\n"),
                  path);
      return EXIT_FAILURE;
    }

  if (g_variant_dict_contains (options, "bom"))
    flags |= CRM_EXPORT_CSV_BOM;
  if (g_variant_dict_contains (options, "vcard3"))
    flags |= CRM_EXPORT_VCARD_3;

  rows = crm_store_export (store, path, format, flags, NULL, NULL, &error);
  if (error != NULL)
    {
      g_printerr (_("Export failed: %s\n"), error->message);
      return EXIT_FAILURE;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %llu contact to %s\n",
                        "Exported %llu contacts to %s\n", rows),
           (unsigned long long) rows, path);
  return EXIT_SUCCESS;
}

/**
 * crm_cli_handle_options:
 * @db_path: the database to use
 *
 * Returns: an exit status when the command line asked for an import or an
 *   export (done), or -1 to go on and start the app
 */
int
crm_cli_handle_options (GVariantDict *options,
                        const char   *db_path)
{
  g_autofree char *import_path = lookup_path (options, "import");
  g_autofree char *export_path = lookup_path (options, "export");
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (import_path == NULL && export_path == NULL)
    return -1;

  if (import_path != NULL && export_path != NULL)
    {
      g_printerr ("%s\n", _("Give --import or --export, not both."));
      return EXIT_FAILURE;
    }

  if (!(store = crm_store_open (db_path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (import_path != NULL)
    return run_import (store, import_path, g_variant_dict_contains (options, "dry-run"));

  return run_export (store, export_path, options);
}
