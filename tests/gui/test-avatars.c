/* test-avatars.c: photos for clients and contacts, chosen, refused, removed
 * and brought back, in the window a person uses, on a real database in a
 * temporary folder.
 *
 * The native file chooser cannot be driven under Xvfb, so the tests hand
 * the chosen file to crm_avatar_button_set_file(), which is what the
 * chooser's response does.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-store-business.h"

#include "crm-gui-test.h"

#include "crm-avatar-button.h"
#include "crm-client-card-private.h"
#include "crm-client-info-private.h"
#include "crm-contact-dialog-private.h"
#include "crm-window-private.h"

typedef struct {
  CrmTestDb  db;
  CrmClient *client;
  CrmWindow *window;
  CrmClientInfo *info;
} Fixture;

static gboolean
list_loaded (gpointer data)
{
  CrmWindow *window = data;

  return !crm_client_list_get_loading (crm_window_get_client_list (window));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  crm_test_db_set_up (&f->db);
  f->client = crm_test_add_client (f->db.store, "Harbour Bakery", "Ada", "Lovelace");

  f->window = crm_window_new (NULL, f->db.store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (crm_test_wait_for (list_loaded, f->window));

  crm_window_select_client (f->window, crm_client_get_id (f->client));
  crm_test_spin (50);
  f->info = f->window->card->info;
  gtk_notebook_set_current_page (f->window->card->notebook,
                                 gtk_notebook_page_num (f->window->card->notebook,
                                                        GTK_WIDGET (f->info)));
  crm_test_spin (20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  crm_test_spin (100);
  g_clear_object (&f->client);
  crm_test_db_tear_down (&f->db);
}

/* A wide picture: red bands left and right, a landscape (sky, sun, sea)
 * in the square between them, so what survives the centre crop can be
 * told from what does not, and the screenshots show something like a
 * photo. */
static GFile *
write_wide_png (Fixture    *f,
                const char *name)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 2000, 1000);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->db.dir, name, NULL);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);

  for (int y = 0; y < 1000; y++)
    for (int x = 0; x < 2000; x++)
      {
        guint8 *p = pixels + y * stride + x * 3;
        int u = x - 500;
        double t;

        if (u < 0 || u >= 1000)
          {
            p[0] = 255, p[1] = 0, p[2] = 0;
            continue;
          }

        if ((u - 500) * (u - 500) + (y - 380) * (y - 380) < 150 * 150)
          p[0] = 250, p[1] = 200, p[2] = 60;
        else if (y < 600)
          t = y / 600.0, p[0] = 70 + 80 * t, p[1] = 150 + 50 * t, p[2] = 230 + 10 * t;
        else
          t = (y - 600) / 400.0, p[0] = 20 - 10 * t, p[1] = 90 - 30 * t, p[2] = 160 - 40 * t;
      }

  gdk_pixbuf_save (pixbuf, path, "png", &error, NULL);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GdkPixbuf *
decode (GBytes *png)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (png);
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, &error);

  g_assert_no_error (error);
  return pixbuf;
}

/* Blue (sky or sea), not the red of the bands the crop cuts off. */
static void
assert_not_red (GdkPixbuf *pixbuf,
                int        x,
                int        y)
{
  const guint8 *p = gdk_pixbuf_read_pixels (pixbuf)
                    + y * gdk_pixbuf_get_rowstride (pixbuf)
                    + x * gdk_pixbuf_get_n_channels (pixbuf);

  g_assert_cmpint (p[2], >, p[0] + 40);
}

static gboolean
not_loading (gpointer data)
{
  return !crm_avatar_button_get_loading (data);
}

static void
choose (CrmAvatarButton *button,
        GFile           *file)
{
  crm_avatar_button_set_file (button, file);
  g_assert_true (crm_avatar_button_get_loading (button));
  g_assert_true (crm_test_wait_for (not_loading, button));
  crm_test_spin (10);
}

static GBytes *
small_png (void)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 64);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize size;

  gdk_pixbuf_fill (pixbuf, 0x26a269ff);
  gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "png", &error, NULL);
  g_assert_no_error (error);

  return g_bytes_new_take (data, size);
}

static void
test_choose_photo (Fixture       *f,
                   gconstpointer  data)
{
  CrmAvatarButton *button = f->info->avatar_button;
  AdwAvatar *header = f->window->card->avatar;
  g_autoptr(GFile) file = write_wide_png (f, "shop front.png");
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  /* Initials first, on the Info tab and in the header. */
  g_assert_cmpstr (crm_avatar_button_get_text (button), ==, "Harbour Bakery");
  g_assert_false (crm_avatar_button_get_has_image (button));
  g_assert_null (adw_avatar_get_custom_image (header));
  crm_test_shoot ("avatars-info-initials");

  choose (button, file);

  /* Stored as a square, scaled down, under the store's limit, cropped to
   * the middle of the picture. */
  stored = crm_store_get_client_avatar (f->db.store, f->client);
  g_assert_nonnull (stored);
  g_assert_cmpuint (g_bytes_get_size (stored), <=, CRM_AVATAR_MAX_SIZE);
  pixbuf = decode (stored);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 256);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 256);
  assert_not_red (pixbuf, 0, 0);
  assert_not_red (pixbuf, 255, 0);
  assert_not_red (pixbuf, 0, 255);
  assert_not_red (pixbuf, 255, 255);

  /* Shown at once, in the Info tab and in the card's header. */
  g_assert_true (crm_avatar_button_get_has_image (button));
  g_assert_nonnull (adw_avatar_get_custom_image (header));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (button)));
  crm_test_shoot ("avatars-info-photo");

  /* The menu, as a person opens it. */
  {
    GtkMenuButton *menu_button = GTK_MENU_BUTTON (crm_test_find_by_type (GTK_WIDGET (button),
                                                                         GTK_TYPE_MENU_BUTTON, 0));

    gtk_menu_button_popup (menu_button);
    crm_test_shoot ("avatars-menu");
    gtk_menu_button_popdown (menu_button);
  }

  /* A photo stored elsewhere (another window) shows here too. */
  {
    g_autoptr(GBytes) green = small_png ();
    g_autoptr(GError) error = NULL;
    GdkTexture *texture;

    crm_store_set_client_avatar (f->db.store, f->client, green, &error);
    g_assert_no_error (error);
    texture = GDK_TEXTURE (adw_avatar_get_custom_image (crm_avatar_button_get_avatar (button)));
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 64);
    texture = GDK_TEXTURE (adw_avatar_get_custom_image (header));
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 64);
  }
}

static void
test_not_a_picture (Fixture       *f,
                    gconstpointer  data)
{
  CrmAvatarButton *button = f->info->avatar_button;
  g_autofree char *text_path = crm_test_db_write_file (&f->db, "x.txt", "Not a picture.\n");
  g_autofree char *broken_path = crm_test_db_write_file (&f->db, "broken.png",
                                                         "\x89PNG\r\n\x1a\n and then nothing");
  g_autofree char *missing_path = g_build_filename (f->db.dir, "gone.jpg", NULL);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GBytes) green = small_png ();
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;

  choose (button, text);
  crm_test_assert_shows (GTK_WIDGET (f->window), "“x.txt” is not a picture Clientele can read.");
  g_assert_null (crm_store_get_client_avatar (f->db.store, f->client));
  g_assert_false (crm_avatar_button_get_has_image (button));
  crm_test_shoot ("avatars-not-a-picture");

  /* A photo already there stays when the next choice fails. */
  crm_store_set_client_avatar (f->db.store, f->client, green, &error);
  g_assert_no_error (error);

  choose (button, broken);
  crm_test_assert_shows (GTK_WIDGET (f->window), "“broken.png” is not a picture Clientele can read.");
  choose (button, missing);
  crm_test_assert_shows (GTK_WIDGET (f->window), "“gone.jpg” no longer exists.");

  stored = crm_store_get_client_avatar (f->db.store, f->client);
  g_assert_true (g_bytes_equal (stored, green));
  g_assert_true (crm_avatar_button_get_has_image (button));
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  CrmAvatarButton *button = f->info->avatar_button;
  AdwAvatar *header = f->window->card->avatar;
  g_autoptr(GBytes) green = small_png ();
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *undo;

  /* Nothing to remove yet: nothing happens. */
  gtk_widget_activate_action (GTK_WIDGET (button), "avatar.remove", NULL);
  g_assert_false (crm_avatar_button_get_has_image (button));

  crm_store_set_client_avatar (f->db.store, f->client, green, &error);
  g_assert_no_error (error);
  g_assert_true (crm_avatar_button_get_has_image (button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (button), "avatar.remove", NULL));
  g_assert_null (crm_store_get_client_avatar (f->db.store, f->client));
  g_assert_false (crm_avatar_button_get_has_image (button));
  g_assert_null (adw_avatar_get_custom_image (header));

  crm_test_assert_shows (GTK_WIDGET (f->window), "Photo of “Harbour Bakery” removed");
  undo = crm_test_find_button (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  crm_test_click (undo);

  stored = crm_store_get_client_avatar (f->db.store, f->client);
  g_assert_true (g_bytes_equal (stored, green));
  g_assert_true (crm_avatar_button_get_has_image (button));
  g_assert_nonnull (adw_avatar_get_custom_image (header));
}

static AdwAvatar *
row_avatar (Fixture *f,
            guint    nth)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (f->info->contacts_list, nth);

  g_assert_nonnull (row);
  return ADW_AVATAR (crm_test_find_by_type (GTK_WIDGET (row), ADW_TYPE_AVATAR, 0));
}

static gboolean
dialog_closed (gpointer data)
{
  return crm_test_find_toplevel (CRM_TYPE_CONTACT_DIALOG) == NULL;
}

static CrmContactDialog *
open_dialog (Fixture *f,
             gint64   contact_id)
{
  CrmContactDialog *dialog;

  if (contact_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (f->info), "info.edit-contact", "x", contact_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (f->info), "info.new-contact", NULL);
  crm_test_spin (20);

  dialog = CRM_CONTACT_DIALOG (crm_test_find_toplevel (CRM_TYPE_CONTACT_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_contact_photo (Fixture       *f,
                    gconstpointer  data)
{
  CrmContact *ada = crm_client_get_primary_contact (f->client);
  g_autoptr(GFile) file = write_wide_png (f, "portrait.png");
  g_autoptr(GBytes) green = small_png ();
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(CrmContact) grace = NULL;
  CrmContactDialog *dialog;
  AdwAvatar *avatar;

  /* The row shows initials, then the photo as soon as it is stored. */
  avatar = row_avatar (f, 0);
  g_assert_cmpstr (adw_avatar_get_text (avatar), ==, "Ada Lovelace");
  g_assert_null (adw_avatar_get_custom_image (avatar));
  crm_test_shoot ("avatars-contact-initials");

  crm_store_set_contact_avatar (f->db.store, ada, green, &error);
  g_assert_no_error (error);
  g_assert_nonnull (adw_avatar_get_custom_image (avatar));

  /* In the dialog a photo is only written on Save: Cancel keeps the old. */
  dialog = open_dialog (f, crm_contact_get_id (ada));
  g_assert_true (crm_avatar_button_get_has_image (dialog->avatar_button));
  g_assert_cmpstr (crm_avatar_button_get_text (dialog->avatar_button), ==, "Ada Lovelace");
  choose (dialog->avatar_button, file);
  crm_test_shoot ("avatars-contact-dialog");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (crm_test_wait_for (dialog_closed, NULL));
  stored = crm_store_get_contact_avatar (f->db.store, ada);
  g_assert_true (g_bytes_equal (stored, green));
  g_clear_pointer (&stored, g_bytes_unref);

  /* Remove, then Save: back to initials in the row. */
  dialog = open_dialog (f, crm_contact_get_id (ada));
  crm_avatar_button_remove (dialog->avatar_button);
  g_assert_false (crm_avatar_button_get_has_image (dialog->avatar_button));
  g_assert_nonnull (crm_store_get_contact_avatar (f->db.store, ada));
  crm_test_click (dialog->save_button);
  g_assert_true (crm_test_wait_for (dialog_closed, NULL));
  g_assert_null (crm_store_get_contact_avatar (f->db.store, ada));
  g_assert_null (adw_avatar_get_custom_image (row_avatar (f, 0)));

  /* A new contact with a photo: written once the contact exists. */
  dialog = open_dialog (f, 0);
  crm_test_set_text (dialog->first_name_row, "Grace");
  crm_test_set_text (dialog->last_name_row, "Hopper");
  g_assert_cmpstr (crm_avatar_button_get_text (dialog->avatar_button), ==, "Grace Hopper");
  choose (dialog->avatar_button, file);
  g_assert_true (crm_avatar_button_get_has_image (dialog->avatar_button));
  crm_test_click (dialog->save_button);
  g_assert_true (crm_test_wait_for (dialog_closed, NULL));

  contacts = crm_store_get_contacts (f->db.store, f->client);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CrmContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (crm_contact_get_first_name (contact), "Grace") == 0)
        grace = g_steal_pointer (&contact);
    }
  g_assert_nonnull (grace);
  stored = crm_store_get_contact_avatar (f->db.store, grace);
  g_assert_nonnull (stored);
  g_assert_cmpuint (g_bytes_get_size (stored), <=, CRM_AVATAR_MAX_SIZE);

  /* Its row shows the photo; Ada's shows initials. */
  crm_store_set_contact_avatar (f->db.store, ada, NULL, &error);
  crm_test_spin (20);
  for (guint i = 0; i < 2; i++)
    {
      avatar = row_avatar (f, i);
      if (g_strcmp0 (adw_avatar_get_text (avatar), "Grace Hopper") == 0)
        g_assert_nonnull (adw_avatar_get_custom_image (avatar));
      else
        g_assert_null (adw_avatar_get_custom_image (avatar));
    }
  crm_test_shoot ("avatars-contact-rows");
}

int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  /* The looks the application adds (AdwApplication loads them itself). */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/avatars/choose-photo", Fixture, NULL,
              fixture_set_up, test_choose_photo, fixture_tear_down);
  g_test_add ("/avatars/not-a-picture", Fixture, NULL,
              fixture_set_up, test_not_a_picture, fixture_tear_down);
  g_test_add ("/avatars/remove-and-undo", Fixture, NULL,
              fixture_set_up, test_remove_and_undo, fixture_tear_down);
  g_test_add ("/avatars/contact-photo", Fixture, NULL,
              fixture_set_up, test_contact_photo, fixture_tear_down);

  return g_test_run ();
}
