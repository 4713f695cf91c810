/* test-shortcuts.c: the Keyboard Shortcuts window lists what exists and
 * only that: every accelerator the application sets is listed by its
 * action; every action listed has an accelerator; every key the client
 * list and the note field handle is listed; and every key written in the
 * window is one GTK can read.
 *
 * Needs a display (the test command runs the suite under Xvfb).
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-application.h"
#include "crm-client-card-private.h"
#include "crm-gui-test.h"
#include "crm-window-private.h"

/* What the shortcuts window lists: action names, and keys as written. */
typedef struct {
  GPtrArray *actions;
  GPtrArray *accelerators;
} Listed;

static void
listed_free (Listed *listed)
{
  g_ptr_array_unref (listed->actions);
  g_ptr_array_unref (listed->accelerators);
  g_free (listed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Listed, listed_free)

static Listed *
read_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  Listed *listed = g_new0 (Listed, 1);

  listed->actions = g_ptr_array_new_with_free_func (g_free);
  listed->accelerators = g_ptr_array_new_with_free_func (g_free);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;

      g_object_get (l->data, "action-name", &action, "accelerator", &accelerator,
                    "title", &title, NULL);
      g_assert_true (title != NULL && *title != '\0');
      g_assert_true ((action != NULL && *action != '\0') ||
                     (accelerator != NULL && *accelerator != '\0'));

      if (action != NULL && *action != '\0')
        g_ptr_array_add (listed->actions, g_steal_pointer (&action));
      if (accelerator != NULL && *accelerator != '\0')
        {
          g_auto(GStrv) keys = g_strsplit (accelerator, " ", -1);

          for (guint i = 0; keys[i] != NULL; i++)
            g_ptr_array_add (listed->accelerators, g_strdup (keys[i]));
        }
    }

  /* Let the window be: its widgets belong to the builder's toplevel. */
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  return listed;
}

static gboolean
has_string (GPtrArray  *array,
            const char *text)
{
  return g_ptr_array_find_with_equal_func (array, text, g_str_equal, NULL);
}

/* Whether @keyval with @mods is one of the keys listed. Keypad keys count
 * as their main-keyboard twins, which the window shows. */
static gboolean
key_listed (Listed          *listed,
            guint            keyval,
            GdkModifierType  mods)
{
  if (keyval == GDK_KEY_KP_Delete)
    keyval = GDK_KEY_Delete;
  if (keyval == GDK_KEY_KP_Enter)
    keyval = GDK_KEY_Return;

  for (guint i = 0; i < listed->accelerators->len; i++)
    {
      guint listed_keyval = 0;
      GdkModifierType listed_mods = 0;

      if (gtk_accelerator_parse (g_ptr_array_index (listed->accelerators, i),
                                 &listed_keyval, &listed_mods) &&
          listed_keyval == keyval && listed_mods == mods)
        return TRUE;
    }

  return FALSE;
}

static void
test_keys_readable (void)
{
  g_autoptr(Listed) listed = read_help_overlay ();
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  /* Shown as the person sees it, for the screenshots. */
  gtk_window_set_default_size (window, 1100, 700);
  gtk_window_present (window);
  crm_test_settle (20);
  crm_test_shoot ("shortcuts");
  gtk_window_destroy (window);

  g_assert_cmpuint (listed->accelerators->len, >, 0);

  for (guint i = 0; i < listed->accelerators->len; i++)
    {
      const char *key = g_ptr_array_index (listed->accelerators, i);
      guint keyval = 0;
      GdkModifierType mods = 0;

      /* A range such as "a...z" stands for the keys typed into search. */
      if (strstr (key, "...") != NULL)
        continue;

      if (!gtk_accelerator_parse (key, &keyval, &mods))
        g_error ("the shortcuts window lists “%s”, which is not a key", key);
    }
}

/* The application's accelerators and the window's actions, both ways. */
static void
test_application_accels (void)
{
  g_autoptr(CrmApplication) app = crm_application_new ();
  g_autoptr(Listed) listed = read_help_overlay ();
  g_auto(GStrv) described = NULL;
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  described = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_nonnull (described[0]);
  for (guint i = 0; described[i] != NULL; i++)
    if (!has_string (listed->actions, described[i]))
      g_error ("%s has a shortcut that the shortcuts window does not list", described[i]);

  for (guint i = 0; i < listed->actions->len; i++)
    {
      const char *action = g_ptr_array_index (listed->actions, i);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

      if (accels == NULL || accels[0] == NULL)
        g_error ("the shortcuts window lists %s, which has no shortcut", action);
    }
}

/* Every key @widget's shortcut controllers answer is listed. */
static guint
assert_keys_listed (Listed    *listed,
                    GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      /* The keys GTK gives every widget of the class (a text view's
       * arrows) are not ours to list. */
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          g_strcmp0 (gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (controller)),
                     "gtk-widget-class-shortcuts") == 0)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          guint keyval;
          GdkModifierType mods;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;

          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          if (!key_listed (listed, keyval, mods))
            {
              g_autofree char *name = gtk_accelerator_name (keyval, mods);

              g_error ("%s on %s is not in the shortcuts window",
                       name, G_OBJECT_TYPE_NAME (widget));
            }
          n++;
        }
    }

  return n;
}

static void
test_widget_keys (void)
{
  g_autoptr(Listed) listed = read_help_overlay ();
  CrmTestDb db = { 0 };
  CrmWindow *window;

  crm_test_db_set_up (&db);
  window = crm_window_new (NULL, db.store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  crm_test_spin (20);

  /* Menu, Shift+F10, Delete (and the keypad's). */
  g_assert_cmpuint (assert_keys_listed (listed, GTK_WIDGET (window->column_view)), >=, 3);
  /* Ctrl+Return (and the keypad's). */
  g_assert_cmpuint (assert_keys_listed (listed, GTK_WIDGET (window->card->note_view)), >=, 1);

  /* The widgets' own keys: the notebook's tabs, the leaflet's Back. */
  g_assert_true (GTK_IS_NOTEBOOK (window->card->notebook));
  g_assert_true (key_listed (listed, GDK_KEY_Page_Down, GDK_CONTROL_MASK));
  g_assert_true (adw_leaflet_get_can_navigate_back (window->leaflet));
  g_assert_true (key_listed (listed, GDK_KEY_Left, GDK_ALT_MASK));

  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (20);
  crm_test_db_tear_down (&db);
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add_func ("/shortcuts/keys-readable", test_keys_readable);
  g_test_add_func ("/shortcuts/application-accels", test_application_accels);
  g_test_add_func ("/shortcuts/widget-keys", test_widget_keys);

  return g_test_run ();
}
