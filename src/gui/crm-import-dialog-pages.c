/* crm-import-dialog-pages.c: what the import dialog's pages show: a row
 * per CSV column to match it to a field, a row per previewed record with
 * what the import will do with it, and the summary's counts and failures.
 * The navigation, the file choosers and the running import are in
 * crm-import-dialog.c.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-import-dialog-private.h"

#define MAX_FAILURES_SHOWN 50
#define SAMPLE_CHARS 60

/* The mapping page. */

static GListModel *
field_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (CrmField field = CRM_FIELD_NONE; field <= CRM_FIELD_LAST; field++)
    gtk_string_list_append (list, crm_field_get_label (field));

  return G_LIST_MODEL (list);
}

/* The first value of @column in the previewed rows, shortened. */
static char *
sample_value (CrmImportDialog *self,
              guint            column)
{
  for (guint i = 0; self->preview != NULL && i < self->preview->len; i++)
    {
      CrmImportRow *row = self->preview->pdata[i];
      g_autofree char *value = NULL;

      if (row->raw == NULL || column >= g_strv_length (row->raw))
        continue;

      value = g_strstrip (g_strdup (row->raw[column]));
      if (value[0] == '\0')
        continue;

      /* One line, and not a whole note. */
      g_strdelimit (value, "\r\n\t", ' ');
      if (g_utf8_strlen (value, -1) > SAMPLE_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (value, 0, SAMPLE_CHARS);

          return g_strconcat (cut, "…", NULL);
        }

      return g_steal_pointer (&value);
    }

  return NULL;
}

static void sync_column_rows (CrmImportDialog *self);

static void
column_changed_cb (AdwComboRow     *row,
                   GParamSpec      *pspec,
                   CrmImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "crm-column"));
  CrmField field = adw_combo_row_get_selected (row);
  int previous = -1;
  guint n_columns = 0;
  const char * const *header;

  if (self->syncing || self->importer == NULL || field > CRM_FIELD_LAST)
    return;

  /* A field comes from one column at most: the column that had it loses it. */
  if (field != CRM_FIELD_NONE)
    for (guint i = 0; i < self->column_rows->len; i++)
      if (i != column && crm_importer_get_field (self->importer, i) == field)
        previous = i;

  crm_importer_set_field (self->importer, column, field);
  sync_column_rows (self);
  self->preview_dirty = TRUE;

  header = crm_importer_get_header (self->importer, &n_columns);
  if (previous >= 0 && (guint) previous < n_columns)
    {
      g_autofree char *message = NULL;

      /* Translators: %s are a field ("Email"), then two columns of the file */
      message = g_strdup_printf (_("%s now comes from “%s” instead of “%s”"),
                                 crm_field_get_label (field), header[column], header[previous]);
      crm_import_dialog_toast (self, message);
    }
}

/* Puts every row's choice back in line with the importer's mapping. */
static void
sync_column_rows (CrmImportDialog *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    {
      AdwComboRow *row = self->column_rows->pdata[i];
      CrmField field = crm_importer_get_field (self->importer, i);

      if (adw_combo_row_get_selected (row) != field)
        adw_combo_row_set_selected (row, field);
    }
  self->syncing = FALSE;
}

static void
clear_group (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *group = gtk_widget_get_ancestor (rows->pdata[i], ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), rows->pdata[i]);
    }
  g_ptr_array_set_size (rows, 0);
}

void
crm_import_dialog_build_columns (CrmImportDialog *self)
{
  g_autoptr(GListModel) fields = field_model ();
  const char * const *header;
  guint n_columns = 0;
  guint n_mapped = 0;
  g_autofree char *file_name = g_path_get_basename (crm_importer_get_path (self->importer));
  g_autofree char *recognised = NULL;

  clear_group (self->column_rows);

  header = crm_importer_get_header (self->importer, &n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *sample = sample_value (self, c);
      g_autofree char *title = NULL;

      if (header[c] == NULL || header[c][0] == '\0')
        /* Translators: a CSV column without a name in the header; %u is its number */
        title = g_strdup_printf (_("Column %u (no name)"), c + 1);
      else
        title = g_strdup (header[c]);

      /* Titles and values come from the file: never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (sample != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty in the first rows"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_combo_row_set_model (row, fields);
      adw_combo_row_set_selected (row, crm_importer_get_field (self->importer, c));
      if (crm_importer_get_field (self->importer, c) != CRM_FIELD_NONE)
        n_mapped++;

      g_object_set_data (G_OBJECT (row), "crm-column", GUINT_TO_POINTER (c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_changed_cb), self);

      /* Matched columns first, the others apart: they stay where they
       * are when the person changes them, so nothing jumps. */
      adw_preferences_group_add (crm_importer_get_field (self->importer, c) != CRM_FIELD_NONE
                                 ? self->columns_group : self->other_columns_group,
                                 GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), n_mapped > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->other_columns_group), n_mapped < n_columns);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->layout_row), file_name);
  if (n_mapped == 0)
    recognised = g_strdup (_("No column known to Clientele: match them below"));
  else
    /* Translators: the first %s is a kind of file ("Google Contacts", "Spreadsheet") */
    recognised = g_strdup_printf (ngettext ("Recognised as %s: %u of %u column matched",
                                            "Recognised as %s: %u of %u columns matched",
                                            n_columns),
                                  crm_importer_get_layout_label (self->importer),
                                  n_mapped, n_columns);
  adw_action_row_set_subtitle (self->layout_row, recognised);
}

/* The preview page. */

static const char *
action_label (CrmImportAction action)
{
  switch (action)
    {
    case CRM_IMPORT_ACTION_CREATE_CLIENT:
      /* Translators: what an import does with a row, on a small badge */
      return C_("import action", "New client");
    case CRM_IMPORT_ACTION_ADD_CONTACT:
      return C_("import action", "New contact");
    case CRM_IMPORT_ACTION_UPDATE:
      return C_("import action", "Update");
    case CRM_IMPORT_ACTION_SKIP:
      return C_("import action", "Skip");
    case CRM_IMPORT_ACTION_ERROR:
    default:
      return C_("import action", "Error");
    }
}

static const char *
action_class (CrmImportAction action)
{
  switch (action)
    {
    case CRM_IMPORT_ACTION_CREATE_CLIENT:
    case CRM_IMPORT_ACTION_ADD_CONTACT:
      return "action-new";
    case CRM_IMPORT_ACTION_UPDATE:
      return "action-update";
    case CRM_IMPORT_ACTION_SKIP:
      return "action-skip";
    case CRM_IMPORT_ACTION_ERROR:
    default:
      return "action-error";
    }
}

static GtkWidget *
preview_row_new (const CrmImportRow *row)
{
  GtkWidget *widget = adw_action_row_new ();
  GtkWidget *number;
  GtkWidget *badge;
  g_autofree char *title = NULL;
  g_autofree char *number_text = NULL;
  g_autoptr(GString) subtitle = g_string_new (row->message);

  if (row->client_name[0] && row->contact_name[0] &&
      !g_str_equal (row->client_name, row->contact_name))
    title = g_strdup_printf ("%s · %s", row->client_name, row->contact_name);
  else if (row->client_name[0] || row->contact_name[0])
    title = g_strdup (row->client_name[0] ? row->client_name : row->contact_name);
  else
    {
      /* A row in error names nobody yet: show what it holds. */
      g_autoptr(GPtrArray) values = g_ptr_array_new ();

      for (guint i = 0; row->raw != NULL && row->raw[i] != NULL && values->len < 3; i++)
        if (row->raw[i][0] != '\0')
          g_ptr_array_add (values, row->raw[i]);
      g_ptr_array_add (values, NULL);

      if (values->len > 1)
        title = g_strjoinv (", ", (char **) values->pdata);
      else
        /* Translators: a previewed row without a single value */
        title = g_strdup (_("Empty row"));
    }

  if (row->duplicate != NULL && g_strcmp0 (row->duplicate, row->message) != 0)
    {
      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, row->duplicate);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle->str);

  /* Translators: the number of a row of the imported file */
  number_text = g_strdup_printf (_("Row %llu"), (unsigned long long) row->number);
  number = gtk_label_new (number_text);
  gtk_label_set_width_chars (GTK_LABEL (number), 7);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "caption");
  gtk_widget_add_css_class (number, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (widget), number);

  if (row->duplicate != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, row->duplicate);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row->duplicate,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), icon);
    }

  badge = gtk_label_new (action_label (row->action));
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "import-action");
  gtk_widget_add_css_class (badge, action_class (row->action));
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), badge);

  return widget;
}

static void
describe_preview (CrmImportDialog *self)
{
  guint counts[CRM_IMPORT_ACTION_ERROR + 1] = { 0 };
  guint looks_alike = 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;
  guint n = self->preview->len;

  for (guint i = 0; i < n; i++)
    {
      CrmImportRow *row = self->preview->pdata[i];

      counts[row->action]++;
      if (row->duplicate != NULL)
        looks_alike++;
    }

  if (counts[CRM_IMPORT_ACTION_CREATE_CLIENT])
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u new client", "%u new clients",
                                                       counts[CRM_IMPORT_ACTION_CREATE_CLIENT]),
                                             counts[CRM_IMPORT_ACTION_CREATE_CLIENT]));
  if (counts[CRM_IMPORT_ACTION_ADD_CONTACT])
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u new contact", "%u new contacts",
                                                       counts[CRM_IMPORT_ACTION_ADD_CONTACT]),
                                             counts[CRM_IMPORT_ACTION_ADD_CONTACT]));
  if (counts[CRM_IMPORT_ACTION_UPDATE])
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u update", "%u updates",
                                                       counts[CRM_IMPORT_ACTION_UPDATE]),
                                             counts[CRM_IMPORT_ACTION_UPDATE]));
  if (counts[CRM_IMPORT_ACTION_SKIP])
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u skipped", "%u skipped",
                                                       counts[CRM_IMPORT_ACTION_SKIP]),
                                             counts[CRM_IMPORT_ACTION_SKIP]));
  if (counts[CRM_IMPORT_ACTION_ERROR])
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u with a problem", "%u with a problem",
                                                       counts[CRM_IMPORT_ACTION_ERROR]),
                                             counts[CRM_IMPORT_ACTION_ERROR]));
  if (looks_alike)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u look-alike", "%u look-alikes", looks_alike),
                                             looks_alike));
  g_ptr_array_add (parts, NULL);
  /* Translators: joins the parts of the preview's summary ("3 new clients, 1 update") */
  list = g_strjoinv (_(", "), (char **) parts->pdata);

  if (n == 0)
    text = g_strdup (_("The file has no rows to import."));
  else if (n < PREVIEW_ROWS)
    /* Translators: %u is a number of rows, %s the list of what they do */
    text = g_strdup_printf (ngettext ("The file’s %u row: %s.",
                                      "All %u rows of the file: %s.", n),
                            n, list);
  else
    text = g_strdup_printf (ngettext ("The first %u row: %s. Rows with a problem are left out; the rest are imported.",
                                      "The first %u rows: %s. Rows with a problem are left out; the rest are imported.",
                                      n),
                            n, list);

  adw_preferences_group_set_description (self->preview_group, text);
}

gboolean
crm_import_dialog_run_preview (CrmImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;
  gboolean looks_alike = FALSE;

  rows = crm_importer_preview (self->importer, PREVIEW_ROWS, &error);
  if (rows == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why the file could not be read */
      message = g_strdup_printf (_("This file cannot be imported: %s"), error->message);
      crm_import_dialog_show_error (self, message);
      return FALSE;
    }

  g_clear_pointer (&self->preview, g_ptr_array_unref);
  self->preview = rows;
  self->preview_dirty = FALSE;

  clear_group (self->preview_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CrmImportRow *row = rows->pdata[i];
      GtkWidget *widget = preview_row_new (row);

      if (row->duplicate != NULL)
        looks_alike = TRUE;
      adw_preferences_group_add (self->preview_group, widget);
      g_ptr_array_add (self->preview_rows, widget);
    }

  describe_preview (self);

  /* The choice only matters when something is stored to look like. */
  gtk_widget_set_visible (self->duplicates_group,
                          looks_alike || crm_store_has_clients (self->store));
  gtk_widget_set_sensitive (self->import_button, rows->len > 0);

  return TRUE;
}

void
crm_import_dialog_show_summary (CrmImportDialog *self)
{
  const CrmImportResult *result = self->result;
  g_autofree char *file_name = g_path_get_basename (crm_importer_get_path (self->importer));
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  guint shown = MIN (result->failures->len, MAX_FAILURES_SHOWN);

#define SET_COUNT(label, n) \
  G_STMT_START { \
    g_autofree char *s = g_strdup_printf ("%'" G_GUINT64_FORMAT, (guint64) (n)); \
    gtk_label_set_label ((label), s); \
  } G_STMT_END

  SET_COUNT (self->created_label, result->created);
  SET_COUNT (self->updated_label, result->updated);
  SET_COUNT (self->skipped_label, result->skipped);
  SET_COUNT (self->failed_label, result->failed);
#undef SET_COUNT

  if (result->failed > 0)
    {
      adw_status_page_set_icon_name (self->summary_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->summary_page, _("Imported, Except Some Rows"));
    }
  else
    {
      adw_status_page_set_icon_name (self->summary_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->summary_page, _("Import Complete"));
    }

  /* Translators: %'llu is a number of rows, %s a file name */
  text = g_strdup_printf (ngettext ("%'llu row read from “%s”.",
                                    "%'llu rows read from “%s”.",
                                    result->rows_read),
                          (unsigned long long) result->rows_read, file_name);
  if (result->failed > 0)
    description = g_strconcat (text, " ",
                               _("The failed rows were left out: save the error report to see each one with its reason."),
                               NULL);
  else
    description = g_strconcat (text, " ", _("Undo Import takes it all back if this is not what you wanted."), NULL);
  adw_status_page_set_description (self->summary_page, description);

  /* The first failures, each with its reason. */
  for (guint i = 0; i < self->failure_rows->len; i++)
    adw_expander_row_remove (self->failed_row, self->failure_rows->pdata[i]);
  g_ptr_array_set_size (self->failure_rows, 0);

  for (guint i = 0; i < shown; i++)
        {
          CrmImportRow *row = result->failures->pdata[i];
          GtkWidget *widget = adw_action_row_new ();
          g_autofree char *title = NULL;

          /* Translators: a failed row of the file, and the line where it starts */
          title = g_strdup_printf (_("Row %llu (line %llu)"),
                                   (unsigned long long) row->number, (unsigned long long) row->line);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), row->message);
          adw_expander_row_add_row (self->failed_row, widget);
          g_ptr_array_add (self->failure_rows, widget);
        }
  /* Nothing to unfold when nothing failed: a plain row says 0. */
  adw_expander_row_set_expanded (self->failed_row, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->failed_row), result->failed > 0);
  gtk_widget_set_visible (self->no_failures_row, result->failed == 0);

  gtk_widget_set_visible (self->counts_group, TRUE);
  gtk_widget_set_visible (self->report_button, result->failed > 0);
  gtk_widget_set_visible (self->undo_button,
                          result->batch_id != 0 && result->created + result->updated > 0);
  gtk_widget_set_sensitive (self->undo_button, TRUE);

  gtk_stack_set_visible_child_name (self->stack, "summary");
}
