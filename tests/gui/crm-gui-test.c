/* crm-gui-test.c: what the UI tests share.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-gui-test.h"
#include "crm-id-list.h"
#include "crm-window-private.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

/* In a sanitizer build, LeakSanitizer asks for this. Fontconfig keeps its
 * caches until exit on purpose; nothing of ours is listed. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds; FALSE if it never did. */
gboolean
crm_test_wait_for (CrmTestCondition condition,
                   gpointer         data)
{
  guint ticker = g_timeout_add (10, tick, NULL);
  gboolean ok = FALSE;

  for (guint i = 0; i < CRM_TEST_MAX_ITERATIONS; i++)
    {
      if (condition (data))
        {
          ok = TRUE;
          break;
        }
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (ticker);

  return ok;
}

/* Dispatches what is ready, @n times, without blocking. */
void
crm_test_spin (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets @n ticks of 10 ms pass, so frames are drawn and transitions end. */
void
crm_test_settle (guint n)
{
  guint ticker = g_timeout_add (10, tick, NULL);

  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (ticker);
}

static gboolean
id_list_loaded (gpointer data)
{
  return !crm_id_list_get_loading (CRM_ID_LIST (data));
}

/* Waits until the lazy list @id_list (a CrmIdList) has read its rows, and
 * lets the widgets showing it catch up; FALSE if it never finished. */
gboolean
crm_test_wait_loaded (gpointer id_list)
{
  gboolean ok = crm_test_wait_for (id_list_loaded, id_list);

  crm_test_spin (10);

  return ok;
}

void
crm_test_db_set_up (CrmTestDb *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  db->dir = g_dir_make_tmp ("clientele-gui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (db->dir, "clientele.db", NULL);
  db->store = crm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db->store);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) &&
          !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gboolean
no_list_reading (gpointer data)
{
  return crm_id_list_get_n_reading () == 0;
}

/**
 * crm_test_wait_lists_read:
 *
 * Waits until no list is reading the database: one deleted under a
 * reader fails it with an I/O error.
 */
void
crm_test_wait_lists_read (void)
{
  g_assert_true (crm_test_wait_for (no_list_reading, NULL));
}

void
crm_test_db_tear_down (CrmTestDb *db)
{
  g_clear_object (&db->store);
  crm_test_spin (100);
  crm_test_wait_lists_read ();

  remove_tree (db->dir);
  g_clear_pointer (&db->dir, g_free);
}

/* Writes @contents to @name in the database's folder; returns the path. */
char *
crm_test_db_write_file (CrmTestDb  *db,
                        const char *name,
                        const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (db->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

CrmClient *
crm_test_add_client (CrmStore   *store,
                     const char *name,
                     const char *first,
                     const char *last)
{
  g_autoptr(CrmClient) draft = crm_client_new (name);
  g_autoptr(CrmContact) contact = crm_contact_new (first, last);
  g_autoptr(GError) error = NULL;
  CrmClient *client;

  g_object_set (contact, "email", "someone@example.com", NULL);
  client = crm_store_create_client (store, draft, contact, &error);
  g_assert_no_error (error);

  return client;
}

/* Has the window's client list been read? A CrmTestCondition. */
gboolean
crm_test_list_loaded (gpointer data)
{
  CrmWindow *window = data;

  return !crm_client_list_get_loading (crm_window_get_client_list (window));
}

/* A main window on @store, shown, with its client list read. */
CrmWindow *
crm_test_open_window (CrmStore  *store,
                      GSettings *settings)
{
  CrmWindow *window = crm_window_new (NULL, store, settings);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (crm_test_wait_for (crm_test_list_loaded, window));
  crm_test_spin (50);

  return window;
}

void
crm_test_close_window (CrmWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  crm_test_spin (100);
}

/* How many rows the client list holds now. */
guint
crm_test_n_clients (CrmWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (crm_window_get_client_list (window)));
}

typedef struct {
  CrmWindow *window;
  guint      n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return crm_test_list_loaded (wait->window) && crm_test_n_clients (wait->window) == wait->n;
}

/* Waits until the client list is read and holds @n rows. */
void
crm_test_wait_for_count (CrmWindow *window,
                         guint      n)
{
  CountWait wait = { window, n };

  g_assert_true (crm_test_wait_for (count_is, &wait));
}

/* Does a mapped label showing @text live under @widget? */
gboolean
crm_test_find_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (crm_test_find_label (child, text))
      return TRUE;

  return FALSE;
}

typedef struct {
  GtkWidget  *widget;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return crm_test_find_label (wait->widget, wait->text);
}

void
crm_test_assert_shows (GtkWidget  *widget,
                       const char *text)
{
  LabelWait wait = { widget, text };

  if (!crm_test_wait_for (label_shown, &wait))
    g_error ("“%s” is not shown", text);
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type,
              guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      if (*nth == 0)
        return widget;
      (*nth)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type, nth);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The @nth widget of @type under @widget, depth first, or NULL. */
GtkWidget *
crm_test_find_by_type (GtkWidget *widget,
                       GType      type,
                       guint      nth)
{
  return find_by_type (widget, type, &nth);
}

static gboolean
button_is (GtkWidget  *widget,
           const char *text)
{
  const char *label;
  g_autofree char *tooltip = NULL;

  if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget))
    return FALSE;

  label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                                 : gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  tooltip = gtk_widget_get_tooltip_text (widget) != NULL
              ? g_strdup (gtk_widget_get_tooltip_text (widget)) : NULL;

  if (GTK_IS_BUTTON (widget) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget))))
    label = adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget))));

  return g_strcmp0 (label, text) == 0 || g_strcmp0 (tooltip, text) == 0;
}

/* The first button under @widget whose label (mnemonics included, as
 * written) or tooltip is @label_or_tooltip, or NULL. */
GtkWidget *
crm_test_find_button (GtkWidget  *widget,
                      const char *label_or_tooltip)
{
  if (button_is (widget, label_or_tooltip))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = crm_test_find_button (child, label_or_tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first open toplevel window of @type, or NULL. */
GtkWindow *
crm_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

void
crm_test_click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

void
crm_test_set_text (gpointer    editable,
                   const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* With CLIENTELE_SCREENSHOTS=DIR set, saves the screen as DIR/NAME.png
 * (ImageMagick's import of the whole screen), to look at it as a new user
 * would. Not a check: nothing is asserted here. */
void
crm_test_shoot (const char *name)
{
  const char *dir = g_getenv ("CLIENTELE_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "import", "-window", "root", NULL, NULL };

  if (dir == NULL)
    return;

  crm_test_settle (60);

  path = g_strdup_printf ("%s/%s.png", dir, name);
  argv[3] = path;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                     NULL, NULL, NULL, NULL, NULL, &error))
    g_printerr ("# could not take %s: %s\n", path, error->message);
}

/* Sets up GTest, GTK and Adwaita; without a display, reports the whole
 * test program as skipped and exits. */
void
crm_test_init (int    *argc,
               char ***argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display to open windows on\n");
      exit (0);
    }
  adw_init ();
}
