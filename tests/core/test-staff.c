/* test-staff.c: staff roles and the rules around them, assigning clients,
 * spam, and avatars; bad input changes nothing.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-client-list.h"
#include "crm-contact-list.h"
#include "crm-store-business.h"
#include "crm-test-util.h"

static void
on_staff_changed (CrmStore *store,
                  guint    *count)
{
  (*count)++;
}

static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  gint64 me = crm_staff_get_id (crm_store_get_current_staff (f->store));
  g_autoptr(CrmStaff) bea = NULL;
  g_autoptr(CrmStaff) changed = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  guint signals = 0;

  crm_store_business_init ();
  g_signal_connect (f->store, "staff-changed", G_CALLBACK (on_staff_changed), &signals);

  /* The first staff member of a new database is its admin. */
  g_assert_cmpint (crm_store_get_staff_role (f->store, me), ==, CRM_STAFF_ROLE_ADMIN);
  g_assert_true (crm_store_get_staff_active (f->store, me));

  bea = crm_store_add_staff (f->store, " Bea Booker ", "bea@example.com", CRM_STAFF_ROLE_STAFF, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_staff_get_name (bea), ==, "Bea Booker");
  g_assert_cmpint (crm_store_get_staff_role (f->store, crm_staff_get_id (bea)), ==, CRM_STAFF_ROLE_STAFF);
  all = crm_store_list_staff (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);

  /* Bad names and addresses. */
  g_assert_null (crm_store_add_staff (f->store, "  ", NULL, CRM_STAFF_ROLE_STAFF, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (crm_store_add_staff (f->store, "Cy", "not an address", CRM_STAFF_ROLE_STAFF, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM staff"), ==, 2);

  /* The only admin stays one, and stays active. */
  g_assert_null (crm_store_update_staff (f->store, me, "Me", NULL, CRM_STAFF_ROLE_STAFF, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (crm_store_get_staff_role (f->store, me), ==, CRM_STAFF_ROLE_ADMIN);

  /* Once Bea is an admin, I may become staff; my new name shows at once. */
  changed = crm_store_update_staff (f->store, crm_staff_get_id (bea), "Bea Booker",
                                    "bea@example.com", CRM_STAFF_ROLE_ADMIN, &error);
  g_assert_no_error (error);
  g_clear_object (&changed);
  changed = crm_store_update_staff (f->store, me, "Me Myself", NULL, CRM_STAFF_ROLE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_staff_get_name (crm_store_get_current_staff (f->store)), ==, "Me Myself");
  g_assert_cmpint (crm_store_get_staff_role (f->store, me), ==, CRM_STAFF_ROLE_READ_ONLY);

  /* The person using the app, and the last active admin, stay active. */
  g_assert_false (crm_store_set_staff_active (f->store, me, FALSE, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (crm_store_set_staff_active (f->store, crm_staff_get_id (bea), FALSE, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM staff WHERE active = 1"), ==, 2);

  g_assert_cmpuint (signals, ==, 3);
  g_signal_handlers_disconnect_by_data (f->store, &signals);
}

static void
test_assign (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmStaff) cy = crm_store_add_staff (f->store, "Cy", NULL, CRM_STAFF_ROLE_STAFF, NULL);
  g_autoptr(CrmBooking) draft = crm_booking_new ("Visit");
  g_autoptr(CrmBooking) booking = NULL;
  g_autoptr(GError) error = NULL;
  gint64 me = crm_staff_get_id (crm_store_get_current_staff (f->store));

  /* A new client is the creator's. */
  g_assert_cmpint (crm_store_get_client_staff_id (f->store, client), ==, me);

  g_assert_true (crm_store_assign_client (f->store, client, crm_staff_get_id (cy), &error));
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_get_client_staff_id (f->store, client), ==, crm_staff_get_id (cy));
  g_assert_true (crm_store_assign_client (f->store, client, 0, &error));
  g_assert_cmpint (crm_store_get_client_staff_id (f->store, client), ==, 0);

  /* Someone who left takes no new clients or bookings. */
  g_assert_true (crm_store_set_staff_active (f->store, crm_staff_get_id (cy), FALSE, &error));
  g_assert_false (crm_store_assign_client (f->store, client, crm_staff_get_id (cy), &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (crm_store_get_client_staff_id (f->store, client), ==, 0);

  g_object_set (draft, "staff-id", crm_staff_get_id (cy), NULL);
  booking = crm_store_create_booking (f->store, client, draft, &error);
  g_assert_null (booking);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_assert_cmpint (query_int64 (f->path, "SELECT count (*) FROM bookings"), ==, 0);

  g_assert_false (crm_store_assign_client (f->store, client, 4242, NULL));
}

static void
on_spam_changed (CrmStore  *store,
                 CrmClient *client,
                 guint     *count)
{
  (*count)++;
}

static void
test_spam (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Cheap Pills", "Spam", "Bot");
  g_autoptr(GError) error = NULL;
  guint signals = 0;

  crm_store_business_init ();
  g_signal_connect (f->store, "client-spam-changed", G_CALLBACK (on_spam_changed), &signals);

  g_assert_false (crm_store_get_client_spam (f->store, client));
  g_assert_true (crm_store_set_client_spam (f->store, client, TRUE, &error));
  g_assert_true (crm_store_get_client_spam (f->store, client));
  g_assert_cmpint (query_int64 (f->path, "SELECT spam FROM clients"), ==, 1);

  /* Twice is once. */
  g_assert_true (crm_store_set_client_spam (f->store, client, TRUE, &error));
  g_assert_cmpuint (signals, ==, 1);

  g_assert_true (crm_store_set_client_spam (f->store, client, FALSE, &error));
  g_assert_false (crm_store_get_client_spam (f->store, client));
  g_assert_cmpuint (signals, ==, 2);
  g_signal_handlers_disconnect_by_data (f->store, &signals);
}

static GBytes *
fake_png (gsize size)
{
  guchar *data = g_malloc0 (size);

  memcpy (data, "\x89PNG\r\n\x1a\n", 8);
  return g_bytes_new_take (data, size);
}

static void
test_avatars (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CrmClient) client = add_client (f->store, "Acme", "Ada", "Lovelace");
  CrmContact *ada = crm_client_get_primary_contact (client);
  g_autoptr(GBytes) png = fake_png (1000);
  g_autoptr(GBytes) big = fake_png (CRM_AVATAR_MAX_SIZE + 1);
  g_autoptr(GBytes) jpeg = g_bytes_new_static ("\xff\xd8\xff\xe0 JFIF", 10);
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (crm_store_get_client_avatar (f->store, client));

  g_assert_true (crm_store_set_client_avatar (f->store, client, png, &error));
  g_assert_no_error (error);
  stored = crm_store_get_client_avatar (f->store, client);
  g_assert_true (g_bytes_equal (stored, png));
  g_clear_pointer (&stored, g_bytes_unref);

  g_assert_true (crm_store_set_contact_avatar (f->store, ada, png, &error));
  stored = crm_store_get_contact_avatar (f->store, ada);
  g_assert_true (g_bytes_equal (stored, png));
  g_clear_pointer (&stored, g_bytes_unref);

  /* Too big, or not a PNG: refused, the old picture stays. */
  g_assert_false (crm_store_set_client_avatar (f->store, client, big, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  g_assert_false (crm_store_set_contact_avatar (f->store, ada, jpeg, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (f->path, "SELECT length (avatar) FROM clients"), ==, 1000);
  g_assert_cmpint (query_int64 (f->path, "SELECT length (avatar) FROM contacts"), ==, 1000);

  /* Back to initials. */
  g_assert_true (crm_store_set_client_avatar (f->store, client, NULL, &error));
  g_assert_null (crm_store_get_client_avatar (f->store, client));
}

static void
wait_loaded (CrmIdList *list)
{
  guint spins = 0;

  while (crm_id_list_get_loading (list) && spins++ < 100000)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (crm_id_list_get_loading (list));
}

/* The names the list shows, "First Last (Client)", joined by "; ". */
static char *
list_text (CrmStore       *store,
           CrmContactList *list)
{
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GString) out = g_string_new (NULL);

  wait_loaded (CRM_ID_LIST (list));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrmContact) contact = g_list_model_get_item (model, i);
      g_autoptr(CrmClient) client = crm_store_get_client (store, crm_contact_get_client_id (contact), NULL);

      g_string_append_printf (out, "%s%s (%s)", i ? "; " : "",
                              crm_contact_get_display_name (contact), crm_client_get_name (client));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_contact_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CrmClient) acme = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) bakery = add_client (f->store, "Bakery", "Bob", "Baker");
  g_autoptr(CrmClient) spam = add_client (f->store, "Cheap Pills", "Spam", "Bot");
  g_autoptr(CrmContact) carla = crm_contact_new ("Carla", "Abbott");
  g_autoptr(CrmContact) stored = NULL;
  g_autoptr(CrmContactList) list = NULL;
  g_autoptr(GError) error = NULL;
  char *text;

  g_object_set (carla, "email", "carla@acme.example", "inactive", TRUE, NULL);
  stored = crm_store_add_contact (f->store, acme, carla, &error);
  g_assert_no_error (error);
  g_assert_true (crm_store_set_client_spam (f->store, spam, TRUE, NULL));

  list = crm_contact_list_new (f->store);
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Carla Abbott (Acme); Bob Baker (Bakery); Ada Lovelace (Acme)");
  g_free (text);

  crm_contact_list_set_sort (list, CRM_CONTACT_SORT_CLIENT);
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Ada Lovelace (Acme); Carla Abbott (Acme); Bob Baker (Bakery)");
  g_free (text);

  /* By name, e-mail or client name; by client; active only. */
  crm_contact_list_set_search (list, "ACME.ex");
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Carla Abbott (Acme)");
  g_free (text);
  crm_contact_list_set_search (list, "bak");
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Bob Baker (Bakery)");
  g_free (text);
  crm_contact_list_set_search (list, NULL);
  crm_contact_list_set_client_id (list, crm_client_get_id (acme));
  crm_contact_list_set_hide_inactive (list, TRUE);
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Ada Lovelace (Acme)");
  g_free (text);

  /* A client taken out of spam shows its contacts again. */
  crm_contact_list_set_client_id (list, 0);
  g_assert_true (crm_store_set_client_spam (f->store, spam, FALSE, NULL));
  text = list_text (f->store, list);
  g_assert_cmpstr (text, ==, "Ada Lovelace (Acme); Bob Baker (Bakery); Spam Bot (Cheap Pills)");
  g_free (text);
}

static void
on_client_assigned (CrmStore  *store,
                    CrmClient *client,
                    guint     *count)
{
  (*count)++;
}

/* Who uses the app, and who looks after a client, reach the lists that
 * depend on them: "My clients" and a staff member's clients. */
static void
test_current_and_assigned (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CrmClient) acme = add_client (f->store, "Acme", "Ada", "Lovelace");
  g_autoptr(CrmClient) bakery = add_client (f->store, "Bakery", "Bob", "Baker");
  g_autoptr(CrmStaff) bea = crm_store_add_staff (f->store, "Bea", NULL, CRM_STAFF_ROLE_STAFF, NULL);
  g_autoptr(CrmClientList) list = crm_client_list_new (f->store);
  g_autoptr(CrmClient) first = NULL;
  g_autoptr(GError) error = NULL;
  gint64 me = crm_staff_get_id (crm_store_get_current_staff (f->store));
  guint staff_signals = 0;
  guint assigned = 0;

  crm_store_business_init ();
  g_signal_connect (f->store, "staff-changed", G_CALLBACK (on_staff_changed), &staff_signals);
  g_signal_connect (f->store, "client-assigned", G_CALLBACK (on_client_assigned), &assigned);

  /* Picking who you are says so once; picking the same again is quiet. */
  g_assert_true (crm_store_set_current_staff (f->store, crm_staff_get_id (bea), &error));
  g_assert_no_error (error);
  g_assert_true (crm_store_set_current_staff (f->store, crm_staff_get_id (bea), &error));
  g_assert_cmpuint (staff_signals, ==, 1);
  g_assert_cmpstr (crm_staff_get_name (crm_store_get_current_staff (f->store)), ==, "Bea");

  /* Nobody who does not exist; nothing changes. */
  g_assert_false (crm_store_set_current_staff (f->store, 4242, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (staff_signals, ==, 1);
  g_assert_cmpint (crm_staff_get_id (crm_store_get_current_staff (f->store)), ==, crm_staff_get_id (bea));

  /* Bea's clients: none yet (both are their creator's), then the one
   * assigned to her, without asking the list to refresh. */
  crm_client_list_set_staff_filter (list, crm_staff_get_id (bea));
  wait_loaded (CRM_ID_LIST (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  g_assert_true (crm_store_assign_client (f->store, bakery, crm_staff_get_id (bea), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assigned, ==, 1);
  wait_loaded (CRM_ID_LIST (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (crm_client_get_id (first), ==, crm_client_get_id (bakery));

  /* A refused assignment says nothing. */
  g_assert_false (crm_store_assign_client (f->store, acme, 4242, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (assigned, ==, 1);

  crm_client_list_set_staff_filter (list, me);
  wait_loaded (CRM_ID_LIST (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_signal_handlers_disconnect_by_data (f->store, &staff_signals);
  g_signal_handlers_disconnect_by_data (f->store, &assigned);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/staff/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("roles", test_roles);
  ADD ("assign", test_assign);
  ADD ("spam", test_spam);
  ADD ("avatars", test_avatars);
  ADD ("contact-list", test_contact_list);
  ADD ("current-and-assigned", test_current_and_assigned);

#undef ADD

  return g_test_run ();
}
