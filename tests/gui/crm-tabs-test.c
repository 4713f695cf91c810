/* crm-tabs-test.c: what the tests of the card's tabs share.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-tabs-test.h"

#include <glib/gstdio.h>
#include <string.h>

void
crm_tabs_fixture_set_up (CrmTabsFixture *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CrmClient) draft = crm_client_new ("Harbour Bakery");
  g_autoptr(CrmContact) contact = crm_contact_new ("Ada", "Lovelace");
  GtkWidget *overlay;

  f->dir = g_dir_make_tmp ("clientele-tabs-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "clientele.db", NULL);
  f->store = crm_store_open (path, &error);
  g_assert_no_error (error);

  f->client = crm_store_create_client (f->store, draft, contact, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (adw_window_new ());
  /* The size of a card in a window on a laptop: toasts and rows get room. */
  gtk_window_set_default_size (f->window, 900, 700);
  overlay = adw_toast_overlay_new ();
  /* Side by side, all shown: a tab's list makes its rows once it is on
   * screen (crm-paged-list.c), as when a person opens the tab. */
  f->tabs = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_box_set_homogeneous (f->tabs, TRUE);
  f->tab = CRM_PAYMENTS_TAB (crm_payments_tab_new ());
  f->bookings = CRM_BOOKINGS_TAB (crm_bookings_tab_new ());
  f->documents = CRM_DOCUMENTS_TAB (crm_documents_tab_new ());
  f->conversations = CRM_CONVERSATIONS_TAB (crm_conversations_tab_new ());
  gtk_box_append (f->tabs, GTK_WIDGET (f->tab));
  gtk_box_append (f->tabs, GTK_WIDGET (f->bookings));
  gtk_box_append (f->tabs, GTK_WIDGET (f->documents));
  gtk_box_append (f->tabs, GTK_WIDGET (f->conversations));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->tabs));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_present (f->window);

  crm_payments_tab_set_store (f->tab, f->store);
  crm_payments_tab_set_client (f->tab, f->client);
  crm_bookings_tab_set_store (f->bookings, f->store);
  crm_bookings_tab_set_client (f->bookings, f->client);
  crm_documents_tab_set_store (f->documents, f->store);
  crm_documents_tab_set_client (f->documents, f->client);
  crm_conversations_tab_set_store (f->conversations, f->store);
  crm_conversations_tab_set_client (f->conversations, f->client);
  crm_test_spin (20);
}

void
crm_tabs_fixture_tear_down (CrmTabsFixture *f,
                            gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (f->window);
  crm_test_spin (20);
  g_clear_object (&f->client);
  g_clear_object (&f->store);
  crm_test_spin (20);
  crm_test_wait_lists_read ();

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Leaves @tab alone on screen, as the card shows it (screenshots). */
void
crm_tabs_show_only (CrmTabsFixture *f,
                    gpointer        tab)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->tabs));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, child == tab);
}

guint
crm_tabs_count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      n++;

  return n;
}

AdwActionRow *
crm_tabs_nth_row (GtkListBox *list,
                  guint       n)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, n));
}

const char *
crm_tabs_row_title (GtkListBox *list,
                    guint       n)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (crm_tabs_nth_row (list, n)));
}

GDateTime *
crm_tabs_day (int y, int m, int d)
{
  return g_date_time_new_local (y, m, d, 0, 0, 0);
}

CrmInvoice *
crm_tabs_add_invoice (CrmTabsFixture *f,
                      gint64      minor,
                      const char *currency)
{
  g_autoptr(CrmInvoice) draft = crm_invoice_new (minor, currency);
  g_autoptr(GDateTime) issued = crm_tabs_day (2026, 3, 1);
  g_autoptr(GDateTime) due = crm_tabs_day (2026, 3, 31);
  g_autoptr(GError) error = NULL;
  CrmInvoice *invoice;

  g_object_set (draft, "issued-on", issued, "due-on", due, "description", "Bread for March", NULL);
  invoice = crm_store_create_invoice (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return invoice;
}

CrmPayment *
crm_tabs_add_payment (CrmTabsFixture *f,
                      CrmInvoice *invoice,
                      gint64      minor)
{
  g_autoptr(CrmPayment) draft = crm_payment_new (minor, crm_invoice_get_currency (invoice));
  g_autoptr(GError) error = NULL;
  CrmPayment *payment;

  g_object_set (draft, "invoice-id", crm_invoice_get_id (invoice), "method", "Cash", NULL);
  payment = crm_store_record_payment (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return payment;
}

CrmBooking *
crm_tabs_add_booking (CrmTabsFixture *f,
                      const char *service,
                      GDateTime  *starts,
                      GDateTime  *due)
{
  g_autoptr(CrmBooking) draft = crm_booking_new (service);
  g_autoptr(GError) error = NULL;
  CrmBooking *booking;

  g_object_set (draft, "starts", starts, "due", due, NULL);
  booking = crm_store_create_booking (f->store, f->client, draft, &error);
  g_assert_no_error (error);

  return booking;
}

void
crm_tabs_assert_label_has (GtkLabel   *label,
                           const char *text)
{
  const char *shown = gtk_label_get_label (label);

  if (strstr (shown, text) == NULL)
    g_error ("“%s” does not show “%s”", shown, text);
}

GtkWidget *
crm_tabs_find_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = crm_tabs_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* With CRM_SCREENSHOT_DIR set, saves what the window shows as NAME.png there:
 * the screenshots are of the widgets the tests drive. */
void
crm_tabs_screenshot (GtkWindow  *window,
                     const char *name)
{
  const char *dir = g_getenv ("CRM_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  /* Let the window take its size and draw, a few frames. */
  crm_test_settle (60);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}
