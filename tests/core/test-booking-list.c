/* test-booking-list.c: the Bookings view's list, every header's order
 * and the client filters against the same computed in C over generated
 * bookings with accents, case differences and ties.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-booking-list.h"
#include "crm-list-sql-private.h"
#include "crm-store-business.h"
#include "crm-test-util.h"
#include "crm-list-test.h"

typedef struct {
  gint64      id;
  char       *name;
  int         status;
  gboolean    favorite;
  gboolean    spam;
  const char *tag;
  GPtrArray  *contacts; /* CrmContact */
} Client;

typedef struct {
  gint64      id;
  Client     *client;
  char       *service;
  gint64      due;      /* seconds */
  int         priority;
  int         status;
  gint64      contact_id;
  char       *contact_first, *contact_last;
  gint64      staff_id;
  const char *staff_name;
} Booking;

typedef struct {
  Fixture     f;
  GPtrArray  *clients;
  GPtrArray  *bookings;
  gint64      staff[3];
} ListFixture;

static const char * const client_names[] = {
  "Acme", "acme", "Müller & Söhne", "Zoë Café", "Ångström AB", "zebra", "Émile et Cie",
};
static const char * const services[] = {
  "Haircut", "haircut", "Éclairage", "Inspection", "Ölwechsel", "audit", "Zoning review",
};
static const char * const people[][2] = {
  { "Anna", "Müller" }, { "anna", "Muller" }, { "Émile", "Dubois" }, { "Zoë", "Ängström" },
  { "Bob", "smith" }, { "José", "Smith" },
};
static const char * const staff_names[] = { "Émile", "anna", "Bob" };
static const char * const tags[] = { NULL, "VIP", "Partner" };

static void
client_free (gpointer data)
{
  Client *c = data;

  g_free (c->name);
  g_ptr_array_unref (c->contacts);
  g_free (c);
}

static void
booking_free (gpointer data)
{
  Booking *b = data;

  g_free (b->service);
  g_free (b->contact_first);
  g_free (b->contact_last);
  g_free (b);
}

static void
list_fixture_set_up (ListFixture   *lf,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1127);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 base = g_date_time_to_unix (now) / 3600 * 3600;
  GError *error = NULL;

  fixture_set_up (&lf->f, data);
  crm_store_business_init ();
  lf->clients = g_ptr_array_new_with_free_func (client_free);
  lf->bookings = g_ptr_array_new_with_free_func (booking_free);

  for (guint i = 0; i < G_N_ELEMENTS (staff_names); i++)
    {
      g_autoptr(CrmStaff) staff = crm_store_add_staff (lf->f.store, staff_names[i], NULL,
                                                       CRM_STAFF_ROLE_STAFF, &error);

      g_assert_no_error (error);
      lf->staff[i] = crm_staff_get_id (staff);
    }

  for (guint i = 0; i < 30; i++)
    {
      Client *c = g_new0 (Client, 1);
      g_autoptr(CrmClient) draft = crm_client_new (client_names[i % G_N_ELEMENTS (client_names)]);
      guint p = g_rand_int_range (rand, 0, G_N_ELEMENTS (people));
      g_autoptr(CrmContact) first = crm_contact_new (people[p][0], people[p][1]);
      g_autoptr(CrmClient) client = NULL;
      g_autoptr(GListModel) contacts = NULL;

      c->status = g_rand_int_range (rand, CRM_CLIENT_STATUS_LEAD, CRM_CLIENT_STATUS_INACTIVE + 1);
      c->favorite = g_rand_int_range (rand, 0, 3) == 0;
      c->spam = g_rand_int_range (rand, 0, 6) == 0;
      c->tag = tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))];
      g_object_set (draft, "status", c->status, "favorite", c->favorite, NULL);
      client = crm_store_create_client (lf->f.store, draft, first, &error);
      g_assert_no_error (error);
      c->id = crm_client_get_id (client);
      c->name = g_strdup (crm_client_get_name (client));
      if (g_rand_boolean (rand))
        {
          g_autoptr(CrmContact) second = crm_contact_new (people[(p + 1) % G_N_ELEMENTS (people)][0],
                                                          people[(p + 1) % G_N_ELEMENTS (people)][1]);
          g_autoptr(CrmContact) added = crm_store_add_contact (lf->f.store, client, second, &error);

          g_assert_no_error (error);
        }
      contacts = crm_store_get_contacts (lf->f.store, client);
      c->contacts = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint n = 0; n < g_list_model_get_n_items (contacts); n++)
        g_ptr_array_add (c->contacts, g_list_model_get_item (contacts, n));
      if (c->tag != NULL)
        g_assert_true (crm_store_add_tag (lf->f.store, client, c->tag, NULL));
      if (c->spam)
        g_assert_true (crm_store_set_client_spam (lf->f.store, client, TRUE, NULL));

      for (guint n = g_rand_int_range (rand, 3, 11); n > 0; n--)
        {
          Booking *b = g_new0 (Booking, 1);
          const char *service = services[g_rand_int_range (rand, 0, G_N_ELEMENTS (services))];
          g_autoptr(CrmBooking) booking_draft = crm_booking_new (service);
          g_autoptr(CrmBooking) booking = NULL;
          g_autoptr(GDateTime) due = NULL;
          int staff = g_rand_int_range (rand, -1, 3);
          int contact = g_rand_int_range (rand, -1, c->contacts->len);

          b->client = c;
          b->service = g_strdup (service);
          /* Few distinct times: many ties. */
          b->due = base + 3600 * g_rand_int_range (rand, -40, 40);
          b->priority = g_rand_int_range (rand, 0, 4);
          b->status = g_rand_int_range (rand, 0, 5);
          b->staff_id = staff < 0 ? 0 : lf->staff[staff];
          b->staff_name = staff < 0 ? NULL : staff_names[staff];
          if (contact >= 0)
            {
              CrmContact *ct = g_ptr_array_index (c->contacts, contact);

              b->contact_id = crm_contact_get_id (ct);
              b->contact_first = g_strdup (crm_contact_get_first_name (ct));
              b->contact_last = g_strdup (crm_contact_get_last_name (ct));
            }
          due = g_date_time_new_from_unix_utc (b->due);
          g_object_set (booking_draft, "due", due, "priority", b->priority, "status", b->status,
                        "staff-id", b->staff_id, "contact-id", b->contact_id, NULL);
          booking = crm_store_create_booking (lf->f.store, client, booking_draft, &error);
          g_assert_no_error (error);
          b->id = crm_booking_get_id (booking);
          g_ptr_array_add (lf->bookings, b);
        }
      g_ptr_array_add (lf->clients, c);
    }
  g_assert_cmpuint (lf->bookings->len, >=, 150);
}

static void
list_fixture_tear_down (ListFixture   *lf,
                        gconstpointer  data)
{
  g_ptr_array_unref (lf->bookings);
  g_ptr_array_unref (lf->clients);
  fixture_tear_down (&lf->f, data);
}

typedef struct {
  CrmBookingSort  sort;
  gboolean        descending;
  int             status;
  gint64          staff_id;
  const char     *tag;
  int             client_status;
  gboolean        favorites_only;
  gboolean        spam;
} Query;

static int
due_cmp (const Booking *a,
         const Booking *b)
{
  int r = int64_cmp (a->due, b->due);

  return r != 0 ? r : int64_cmp (a->id, b->id);
}

static int
compare (gconstpointer pa,
         gconstpointer pb,
         gpointer      user_data)
{
  const Query *q = user_data;
  const Booking *a = *(Booking **) pa;
  const Booking *b = *(Booking **) pb;
  int sign = q->descending ? -1 : 1;
  int r;

  switch (q->sort)
    {
    case CRM_BOOKING_SORT_DUE:
      return sign * due_cmp (a, b);

    case CRM_BOOKING_SORT_SERVICE:
      /* The exact reverse, ties included. */
      r = nocase_cmp (a->service, b->service);
      return sign * (r != 0 ? r : due_cmp (a, b));

    case CRM_BOOKING_SORT_CLIENT:
      if ((r = nocase_cmp (a->client->name, b->client->name)) == 0)
        r = int64_cmp (a->client->id, b->client->id);
      break;

    case CRM_BOOKING_SORT_CONTACT:
      if ((r = nocase_cmp (a->contact_last, b->contact_last)) == 0 &&
          (r = nocase_cmp (a->contact_first, b->contact_first)) == 0)
        r = int64_cmp (a->contact_id, b->contact_id);
      break;

    case CRM_BOOKING_SORT_STAFF:
      if ((r = nocase_cmp (a->staff_name, b->staff_name)) == 0)
        r = int64_cmp (a->staff_id, b->staff_id);
      break;

    case CRM_BOOKING_SORT_PRIORITY:
      r = a->priority - b->priority;
      break;

    case CRM_BOOKING_SORT_STATUS:
      r = a->status - b->status;
      break;

    default:
      g_assert_not_reached ();
    }

  /* The other orders keep ties soonest first either way. */
  return r != 0 ? sign * r : due_cmp (a, b);
}

static gboolean
matches (const Query   *q,
         const Booking *b)
{
  return b->client->spam == q->spam &&
         (q->status < 0 || b->status == q->status) &&
         (q->staff_id == 0 || b->staff_id == q->staff_id) &&
         (q->tag == NULL || g_strcmp0 (q->tag, b->client->tag) == 0) &&
         (q->client_status < 0 || b->client->status == q->client_status) &&
         (!q->favorites_only || b->client->favorite);
}

static void
check (ListFixture    *lf,
       CrmBookingList *list,
       const Query    *q)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *what = g_strdup_printf ("sort %d%s status %d staff %" G_GINT64_FORMAT
                                           " tag %s client status %d fav %d spam %d",
                                           q->sort, q->descending ? " desc" : "", q->status,
                                           q->staff_id, q->tag, q->client_status,
                                           q->favorites_only, q->spam);

  for (guint i = 0; i < lf->bookings->len; i++)
    if (matches (q, g_ptr_array_index (lf->bookings, i)))
      g_ptr_array_add (rows, g_ptr_array_index (lf->bookings, i));
  g_qsort_with_data (rows->pdata, rows->len, sizeof (gpointer), compare, (gpointer) q);
  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (expected, ((Booking *) g_ptr_array_index (rows, i))->id);

  crm_booking_list_set_sort (list, q->sort, q->descending);
  g_object_set (list,
                "status-filter", q->status, "staff-id", q->staff_id, "tag", q->tag,
                "client-status", q->client_status, "favorites-only", q->favorites_only,
                "spam", q->spam, NULL);
  assert_ids (CRM_ID_LIST (list), expected, what);
}

static const CrmBookingSort header_sorts[] = {
  CRM_BOOKING_SORT_DUE, CRM_BOOKING_SORT_SERVICE, CRM_BOOKING_SORT_CLIENT,
  CRM_BOOKING_SORT_CONTACT, CRM_BOOKING_SORT_STAFF, CRM_BOOKING_SORT_PRIORITY,
  CRM_BOOKING_SORT_STATUS,
};

static void
test_sorts (ListFixture   *lf,
            gconstpointer  data)
{
  g_autoptr(CrmBookingList) list = crm_booking_list_new (lf->f.store);

  for (guint s = 0; s < G_N_ELEMENTS (header_sorts); s++)
    for (int descending = 0; descending <= 1; descending++)
      {
        Query q = { .sort = header_sorts[s], .descending = descending, .status = -1, .client_status = -1 };

        check (lf, list, &q);
        q.staff_id = lf->staff[0];
        q.status = CRM_BOOKING_STATUS_OPEN;
        check (lf, list, &q);
      }
}

static void
test_filters (ListFixture   *lf,
              gconstpointer  data)
{
  g_autoptr(CrmBookingList) list = crm_booking_list_new (lf->f.store);

  for (int client_status = -1; client_status <= CRM_CLIENT_STATUS_INACTIVE; client_status++)
    for (guint tag = 0; tag < G_N_ELEMENTS (tags); tag++)
      for (int flags = 0; flags < 8; flags++)
        {
          Query q = {
            .sort = header_sorts[(tag + flags) % G_N_ELEMENTS (header_sorts)],
            .descending = flags % 2,
            .status = (flags & 4) ? CRM_BOOKING_STATUS_SCHEDULED : -1,
            .staff_id = (flags & 4) ? 0 : lf->staff[1],
            .tag = tags[tag],
            .client_status = client_status,
            .favorites_only = (flags & 2) != 0,
            .spam = (flags & 1) != 0,
          };

          check (lf, list, &q);
        }
}

/* A spam client's own card still lists its bookings. */
static void
test_one_spam_client (ListFixture   *lf,
                      gconstpointer  data)
{
  g_autoptr(CrmBookingList) list = crm_booking_list_new (lf->f.store);
  Client *spam = NULL;
  guint n = 0;

  for (guint i = 0; spam == NULL && i < lf->clients->len; i++)
    if (((Client *) g_ptr_array_index (lf->clients, i))->spam)
      spam = g_ptr_array_index (lf->clients, i);
  g_assert_nonnull (spam);

  for (guint i = 0; i < lf->bookings->len; i++)
    n += ((Booking *) g_ptr_array_index (lf->bookings, i))->client == spam;

  crm_booking_list_set_client_id (list, spam->id);
  wait_list (CRM_ID_LIST (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
}

/* Re-sorting a big Bookings view reads an index for the orders of its
 * own columns (Due, Service, Client, Priority, Status); by contact or
 * staff member it sorts: their names are in other tables, and a booking
 * may have neither. */
static void
test_index_order (ListFixture   *lf,
                  gconstpointer  data)
{
  g_autoptr(CrmBookingList) list = crm_booking_list_new (lf->f.store);

  for (guint s = 0; s < G_N_ELEMENTS (header_sorts); s++)
    for (int descending = 0; descending <= 1; descending++)
      {
        gboolean by_index = header_sorts[s] != CRM_BOOKING_SORT_CONTACT &&
                            header_sorts[s] != CRM_BOOKING_SORT_STAFF;
        g_autofree char *plan = NULL;

        crm_booking_list_set_sort (list, header_sorts[s], descending);
        plan = query_plan (lf->f.path, crm_booking_list_get_sql (list));
        g_test_message ("sort %d%s:\n%s", header_sorts[s], descending ? " desc" : "", plan);
        g_assert_cmpint (plan_sorts (plan), ==, !by_index);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/booking-list/" name, ListFixture, NULL, list_fixture_set_up, func, list_fixture_tear_down)

  ADD ("sorts", test_sorts);
  ADD ("filters", test_filters);
  ADD ("one-spam-client", test_one_spam_client);
  ADD ("index-order", test_index_order);

  return g_test_run ();
}
