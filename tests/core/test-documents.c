/* test-documents.c: attached files are stored once by content, written
 * whole or not at all, and a file that cannot be read or has gone missing
 * is reported, not a crash.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-store-business.h"
#include "crm-test-util.h"

static GFile *
write_source (Fixture    *f,
              const char *name,
              const char *content)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, content, -1, NULL));
  return g_file_new_for_path (path);
}

/* The files in the documents folder, hidden ones (half-written) included. */
static guint
count_stored (Fixture *f)
{
  g_autofree char *dir = crm_store_get_documents_dir (f->store);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
test_attach_dedupe (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) other = add_client (f->store, "Other", "Olga", "Other");
  g_autoptr(GFile) source = write_source (f, "quote.txt", "Two boilers, one pump.\n");
  g_autoptr(GFile) same = write_source (f, "copy of quote.txt", "Two boilers, one pump.\n");
  g_autoptr(GFile) different = write_source (f, "notes.txt", "Something else.\n");
  g_autoptr(CrmDocument) first = NULL;
  g_autoptr(CrmDocument) second = NULL;
  g_autoptr(CrmDocument) third = NULL;
  g_autoptr(CrmDocument) fourth = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *path = NULL;
  g_autofree char *content = NULL;
  g_autofree char *expected_sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                                 "Two boilers, one pump.\n", -1);
  g_autoptr(GError) error = NULL;

  first = crm_store_attach_document (f->store, client, source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_document_get_file_name (first), ==, "quote.txt");
  g_assert_cmpstr (crm_document_get_mime_type (first), ==, "text/plain");
  g_assert_cmpuint (crm_document_get_size (first), ==, strlen ("Two boilers, one pump.\n"));
  g_assert_cmpstr (crm_document_get_sha256 (first), ==, expected_sha);
  g_assert_false (crm_document_get_shared_with_client (first));

  path = crm_store_get_document_path (f->store, first, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (path, expected_sha));
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "Two boilers, one pump.\n");

  /* The same bytes, by another name and for another client: one file. */
  second = crm_store_attach_document (f->store, client, same, NULL, &error);
  g_assert_no_error (error);
  third = crm_store_attach_document (f->store, other, source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_document_get_sha256 (second), ==, expected_sha);
  g_assert_cmpuint (count_stored (f), ==, 1);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM documents"), ==, 3);

  fourth = crm_store_attach_document (f->store, client, different, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_stored (f), ==, 2);

  list = crm_store_get_documents (f->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_clear_object (&list);

  /* Remove (the file stays for Undo), restore, share. */
  g_assert_true (crm_store_remove_document (f->store, second, &error));
  g_assert_true (crm_document_get_trashed (second));
  list = crm_store_get_documents (f->store, client);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);
  g_assert_cmpuint (count_stored (f), ==, 2);
  g_assert_true (crm_store_restore_document (f->store, second, &error));
  g_assert_false (crm_document_get_trashed (second));

  g_assert_true (crm_store_set_document_shared (f->store, first, TRUE, &error));
  g_assert_true (crm_document_get_shared_with_client (first));
  g_assert_cmpint (query_int64 (f->path, "SELECT shared_with_client FROM documents WHERE id = 1"), ==, 1);
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autofree char *missing_path = g_build_filename (f->dir, "no such file.pdf", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  GFile *sources[] = { missing, folder };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmDocument) document = NULL;

      document = crm_store_attach_document (f->store, client, sources[i], NULL, &error);
      g_assert_null (document);
      g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED);
      g_test_message ("refused: %s", error->message);
      g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM documents"), ==, 0);
      g_assert_cmpuint (count_stored (f), ==, 0);
    }
}

static void
test_missing_stored_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GFile) source = write_source (f, "plan.txt", "The plan.\n");
  g_autoptr(CrmDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  document = crm_store_attach_document (f->store, client, source, NULL, &error);
  g_assert_no_error (error);
  path = crm_store_get_document_path (f->store, document, &error);
  g_assert_no_error (error);

  /* Someone tidied the folder by hand. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  again = crm_store_get_document_path (f->store, document, &error);
  g_assert_null (again);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "plan.txt"));
  g_test_message ("reported: %s", error->message);
}

static void
on_attached (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  CrmDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = crm_store_attach_document_finish (CRM_STORE (object), result, &error);
  g_assert_no_error (error);
}

static void
test_attach_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(GFile) source = write_source (f, "photo.png", "\x89PNG\r\n\x1a\n not really");
  CrmDocument *document = NULL;

  crm_store_attach_document_async (f->store, client, source, NULL, on_attached, &document);
  while (document == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (crm_document_get_file_name (document), ==, "photo.png");
  g_assert_cmpstr (crm_document_get_mime_type (document), ==, "image/png");
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM documents"), ==, 1);
  g_object_unref (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/documents/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("attach-dedupe", test_attach_dedupe);
  ADD ("unreadable", test_unreadable);
  ADD ("missing-stored-file", test_missing_stored_file);
  ADD ("attach-async", test_attach_async);

#undef ADD

  return g_test_run ();
}
