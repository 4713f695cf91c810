/* crm-application.c: option handling, app actions, opening the store.
 *
 * The application opens the database on activate and shows CrmWindow over it.
 * If the database cannot be opened it shows a window that explains why
 * instead, and never creates a fresh database in place of an unreadable one
 * (the store refuses to, and we do not retry with another path).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-store.h"

#include "crm-application.h"
#include "crm-import-dialog.h"
#include "crm-cli.h"
#include "crm-window.h"

struct _CrmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *db_path;
  CrmStore       *store;
};

G_DEFINE_FINAL_TYPE (CrmApplication, crm_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the default one"), N_("PATH") },
  { NULL }
};

CrmApplication *
crm_application_new (void)
{
  return g_object_new (CRM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * crm_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL when the
 *   GSettings schema is not installed (the app then runs without memory)
 */
GSettings *
crm_application_get_settings (CrmApplication *self)
{
  g_return_val_if_fail (CRM_IS_APPLICATION (self), NULL);

  return self->settings;
}

static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      /* Running from a build tree without the schema installed is normal
       * while developing: say it once and go on without remembering. */
      g_warning ("The GSettings schema %s is not installed; window size and "
                 "the selected client will not be remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static gint
crm_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  CrmApplication *self = CRM_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db) && db[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (db);

      g_free (self->db_path);
      self->db_path = g_file_get_path (file);
    }

  /* --import and --export run here, before GTK starts: no display needed. */
  {
    g_autofree char *path = self->db_path ? g_strdup (self->db_path)
                                          : crm_store_get_default_path ();

    return crm_cli_handle_options (options, path);
  }
}

static void
show_open_error (CrmApplication *self,
                 const char     *path,
                 const GError   *error)
{
  g_autofree char *description = NULL;
  const char *hint;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *status;
  GtkWidget *button;

  if (g_error_matches (error, CRM_STORE_ERROR, CRM_STORE_ERROR_TOO_NEW))
    hint = _("Install a newer version of Clientele to open it.");
  else if (g_error_matches (error, CRM_STORE_ERROR, CRM_STORE_ERROR_BUSY))
    hint = _("Close the other program that uses it, then start Clientele again.");
  else if (g_error_matches (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY))
    hint = _("Check that you may write to the file and to its folder.");
  else
    hint = _("Clientele left the file as it is.");

  /* The store's messages usually name the file; say which one if not. */
  if (strstr (error->message, path) != NULL)
    description = g_markup_printf_escaped ("%s\n\n%s", error->message, hint);
  else
    description = g_markup_printf_escaped ("%s\n\n%s\n\n<small>%s</small>",
                                           error->message, hint, path);

  window = adw_application_window_new (GTK_APPLICATION (self));
  gtk_window_set_title (GTK_WINDOW (window), _("Clientele"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Could Not Open the Database"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_set_vexpand (status, TRUE);

  button = gtk_button_new_with_mnemonic (_("_Quit"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.quit");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);

  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

static void open_and_show (CrmApplication *self,
                           const char     *path);

/* While an older database is brought up to date (a large one can take a
 * minute), a window says so instead of the app seeming not to start. */
static GtkWidget *
show_upgrading (CrmApplication *self)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Clientele"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Updating Your Database"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("This version of Clientele keeps a few more things. "
                                     "Your clients will be back in a moment."));
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), spinner);
  gtk_widget_set_vexpand (status, TRUE);

  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
upgrade_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrmApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *waiting = g_object_get_data (G_OBJECT (self), "crm-upgrading");
  const char *path = g_object_get_data (G_OBJECT (self), "crm-upgrade-path");

  if (!crm_store_upgrade_finish (result, &error))
    show_open_error (self, path, error);
  else
    open_and_show (self, path);

  if (waiting != NULL)
    gtk_window_destroy (waiting);
  g_object_set_data (G_OBJECT (self), "crm-upgrading", NULL);
  g_object_set_data (G_OBJECT (self), "crm-upgrade-path", NULL);
  g_application_release (G_APPLICATION (self));
}

static void
crm_application_activate (GApplication *app)
{
  CrmApplication *self = CRM_APPLICATION (app);
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = self->db_path ? g_strdup (self->db_path) : crm_store_get_default_path ();

  if (self->store == NULL && crm_store_needs_upgrade (path))
    {
      g_object_set_data (G_OBJECT (self), "crm-upgrading", show_upgrading (self));
      g_object_set_data_full (G_OBJECT (self), "crm-upgrade-path", g_strdup (path), g_free);
      g_application_hold (app);
      crm_store_upgrade_async (path, NULL, upgrade_done, g_object_ref (self));
      return;
    }

  open_and_show (self, path);
}

static void
open_and_show (CrmApplication *self,
               const char     *path)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (self->store == NULL)
    self->store = crm_store_open (path, &error);

  if (self->store == NULL)
    {
      show_open_error (self, path, error);
      return;
    }

  if (self->settings != NULL)
    {
      gint64 staff_id = g_settings_get_int64 (self->settings, "current-staff");
      g_autoptr(GError) staff_error = NULL;

      /* A staff member remembered from another database may not exist here:
       * then the store keeps its own choice. */
      if (staff_id > 0 &&
          !crm_store_set_current_staff (self->store, staff_id, &staff_error))
        g_debug ("Keeping the default staff member: %s", staff_error->message);
    }

  window = GTK_WINDOW (crm_window_new (GTK_APPLICATION (self), self->store, self->settings));
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Clientele developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Clientele"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Clientele developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep your clients, the people who work for them, and everything that happens around them."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
activate_on_window (GtkApplication *app,
                    const char     *action_name)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), action_name, NULL);
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  activate_on_window (GTK_APPLICATION (user_data), "win.show-help-overlay");
}

static void
new_client_activated (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  activate_on_window (GTK_APPLICATION (user_data), "win.new-client");
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  activate_on_window (GTK_APPLICATION (user_data), "win.preferences");
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "shortcuts", shortcuts_activated },
  { "new-client", new_client_activated },
  { "preferences", preferences_activated },
};

static void
crm_application_startup (GApplication *app)
{
  CrmApplication *self = CRM_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *import_accels[] = { "<Control>i", NULL };
  static const char *export_accels[] = { "<Control><Shift>e", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (crm_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-client", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.import", import_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  self->settings = lookup_settings ();
}

static void
crm_application_dispose (GObject *object)
{
  CrmApplication *self = CRM_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_application_parent_class)->dispose (object);
}

static void
crm_application_finalize (GObject *object)
{
  CrmApplication *self = CRM_APPLICATION (object);

  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (crm_application_parent_class)->finalize (object);
}

/* Files opened with Clientele (from the file manager, or as arguments):
 * each opens the import dialog over the window. */
static void
crm_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  CrmApplication *self = CRM_APPLICATION (app);
  GtkWindow *window;

  crm_application_activate (app);

  /* Still upgrading the database, or it could not be opened: the window
   * that says so is all there is. */
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (self->store == NULL || window == NULL)
    return;

  for (int i = 0; i < n_files; i++)
    crm_import_dialog_present (window, self->store, files[i]);
}

static void
crm_application_class_init (CrmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = crm_application_dispose;
  object_class->finalize = crm_application_finalize;

  app_class->handle_local_options = crm_application_handle_local_options;
  app_class->startup = crm_application_startup;
  app_class->activate = crm_application_activate;
  app_class->open = crm_application_open;
}

static void
crm_application_init (CrmApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), crm_cli_get_option_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep your clients and their contacts."));
}
