/* test-documents-tab.c: the client card's Documents tab (attach, refuse, share, remove)
 * and its Conversations tab (the timeline of everything, logging a
 * conversation, the kind filter).
 *
 * Needs a display (the test command runs the suite under Xvfb). With
 * CRM_SCREENSHOT_DIR set, the screenshot cases save PNGs there.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-message-dialog-private.h"
#include "crm-tabs-test.h"

static gboolean
attached (gpointer data)
{
  CrmDocumentsTab *tab = data;

  return tab->n_attaching == 0;
}

static void
wait_attached (CrmDocumentsTab *tab)
{
  g_assert_true (crm_test_wait_for (attached, tab));
  crm_test_spin (10);
}

static GFile *
write_file (CrmTabsFixture *f,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Attaching a file lists it with its name, type and size; a file that
 * does not exist is refused with a message in the tab; removing takes it
 * off the list and Undo's restore brings it back; the shared switch
 * writes through. */
static void
test_documents (CrmTabsFixture *f,
                gconstpointer  data)
{
  g_autoptr(GFile) quote = write_file (f, "quote-march.txt", "Two ovens, one fridge.\n");
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/contract.pdf");
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(CrmDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  GtkWidget *toggle;

  g_assert_cmpuint (crm_tabs_count_rows (f->documents->list), ==, 0);

  crm_documents_tab_attach (f->documents, quote);
  wait_attached (f->documents);
  g_assert_cmpuint (crm_tabs_count_rows (f->documents->list), ==, 1);
  g_assert_cmpstr (crm_tabs_row_title (f->documents->list, 0), ==, "quote-march.txt");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (crm_tabs_nth_row (f->documents->list, 0)), "23 bytes"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->documents->error_label)));

  crm_documents_tab_attach (f->documents, missing);
  wait_attached (f->documents);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->documents->error_label)));
  g_test_message ("refused: %s", gtk_label_get_label (f->documents->error_label));
  g_assert_cmpuint (crm_tabs_count_rows (f->documents->list), ==, 1);

  documents = crm_store_get_documents (f->store, f->client);
  document = g_list_model_get_item (documents, 0);

  toggle = crm_test_find_by_type (GTK_WIDGET (crm_tabs_nth_row (f->documents->list, 0)), GTK_TYPE_SWITCH, 0);
  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (crm_document_get_shared_with_client (document));

  button = crm_test_find_button (GTK_WIDGET (f->documents->list), "Remove Document");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  crm_test_spin (10);
  g_assert_cmpuint (crm_tabs_count_rows (f->documents->list), ==, 0);

  g_assert_true (crm_store_restore_document (f->store, document, &error));
  crm_test_spin (10);
  g_assert_cmpuint (crm_tabs_count_rows (f->documents->list), ==, 1);
}

static gboolean
timeline_loaded (CrmConversationsTab *tab)
{
  return crm_test_wait_loaded (tab->timeline);
}

/* The timeline shows notes, invoices and conversations newest first; Log
 * Conversation adds one; an empty entry is refused with the store's
 * message; the filter narrows to one kind. */
static void
test_conversations (CrmTabsFixture *f,
                    gconstpointer  data)
{
  g_autoptr(CrmInvoice) invoice = crm_tabs_add_invoice (f, 5000, "EUR");
  g_autoptr(CrmNote) note = crm_store_add_note (f->store, f->client, "Prefers calls after 3 pm", NULL);
  g_autoptr(CrmMessageDialog) dialog = NULL;
  g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (timeline_loaded (f->conversations));
  n = crm_tabs_count_rows (f->conversations->list);
  g_assert_cmpuint (n, >=, 2);

  g_assert_null (crm_store_log_message (f->store, f->client, draft, &error));

  dialog = g_object_ref_sink (crm_message_dialog_new (f->store, f->client));
  gtk_window_present (GTK_WINDOW (dialog));
  adw_combo_row_set_selected (dialog->channel_row, CRM_MESSAGE_CHANNEL_PHONE);
  g_assert_false (crm_message_dialog_save (dialog));
  g_assert_cmpstr (gtk_label_get_label (dialog->error_label), ==, error->message);

  gtk_editable_set_text (GTK_EDITABLE (dialog->occurred_row), "yesterday");
  gtk_editable_set_text (GTK_EDITABLE (dialog->subject_row), "Asked about Sunday deliveries");
  g_assert_false (crm_message_dialog_save (dialog));
  crm_tabs_assert_label_has (dialog->error_label, "yesterday");

  gtk_editable_set_text (GTK_EDITABLE (dialog->occurred_row), "");
  g_assert_true (crm_message_dialog_save (dialog));

  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (crm_tabs_count_rows (f->conversations->list), ==, n + 1);
  g_assert_nonnull (crm_tabs_find_label (GTK_WIDGET (crm_tabs_nth_row (f->conversations->list, 0)),
                                         "Asked about Sunday deliveries"));

  gtk_drop_down_set_selected (f->conversations->kind_dropdown, 1 + CRM_TIMELINE_KIND_MESSAGE);
  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (crm_tabs_count_rows (f->conversations->list), ==, 1);

  gtk_drop_down_set_selected (f->conversations->kind_dropdown, 0);
  g_assert_true (timeline_loaded (f->conversations));
  g_assert_cmpuint (crm_tabs_count_rows (f->conversations->list), ==, n + 1);
}

/* Realistic documents and history for the screenshots. */
static void
test_documents_and_history_screenshots (CrmTabsFixture *f,
                                        gconstpointer  data)
{
  const struct { const char *name; const char *text; } files[] = {
    { "Supply contract 2026.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n" },
    { "Oven quote March.txt", "Two deck ovens, installation included: 8 400 EUR.\n" },
    { "Kitchen floor plan.png", "\x89PNG\r\n\x1a\n" },
  };
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autoptr(CrmPayment) payment = NULL;
  g_autoptr(CrmNote) note = NULL;

  if (g_getenv ("CRM_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("CRM_SCREENSHOT_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = write_file (f, files[i].name, files[i].text);

      crm_documents_tab_attach (f->documents, file);
      wait_attached (f->documents);
    }

  invoice = crm_tabs_add_invoice (f, 184000, "EUR");
  payment = crm_tabs_add_payment (f, invoice, 184000);
  note = crm_store_add_note (f->store, f->client, "Prefers calls after 3 pm; deliveries through the back door.", NULL);
  {
    g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_PHONE, CRM_MESSAGE_DIRECTION_IN);
    g_autoptr(CrmMessage) message = NULL;

    g_object_set (draft, "subject", "Asked about Sunday deliveries",
                  "body", "Wants bread on Sundays from April; call back with a price.", NULL);
    message = crm_store_log_message (f->store, f->client, draft, NULL);
  }
  {
    g_autoptr(CrmMessage) draft = crm_message_new (CRM_MESSAGE_CHANNEL_EMAIL, CRM_MESSAGE_DIRECTION_OUT);
    g_autoptr(CrmMessage) message = NULL;

    g_object_set (draft, "subject", "Sunday delivery price",
                  "body", "Sent the price list for Sunday deliveries.", NULL);
    message = crm_store_log_message (f->store, f->client, draft, NULL);
  }

  gtk_window_set_default_size (f->window, 900, 520);
  crm_tabs_show_only (f, f->documents);
  crm_tabs_screenshot (f->window, "card-documents");

  gtk_window_set_default_size (f->window, 900, 700);
  crm_tabs_show_only (f, f->conversations);
  g_assert_true (timeline_loaded (f->conversations));
  crm_tabs_screenshot (f->window, "card-conversations");
}



int
main (int   argc,
      char *argv[])
{
  crm_test_init (&argc, &argv);

  g_test_add ("/card-tabs/documents", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_documents, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/conversations", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_conversations, crm_tabs_fixture_tear_down);
  g_test_add ("/card-tabs/documents-and-history/screenshots", CrmTabsFixture, NULL,
              crm_tabs_fixture_set_up, test_documents_and_history_screenshots, crm_tabs_fixture_tear_down);

  return g_test_run ();
}
