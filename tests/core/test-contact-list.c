/* test-contact-list.c: the Contacts view's list, every order and filter
 * against the same computed in C over generated contacts with accents,
 * case differences and ties.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-contact-list.h"
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
  gint64      staff_id;
  const char *tag;
} Client;

typedef struct {
  gint64      id;
  Client     *client;
  char       *first, *last, *job, *email, *phone;
  gboolean    primary;
  gboolean    inactive;
} Contact;

typedef struct {
  Fixture     f;
  GPtrArray  *clients;
  GPtrArray  *contacts;
  gint64      staff[3];
} ListFixture;

static const char * const client_names[] = {
  "Acme", "acme", "Müller & Söhne", "Zoë Café", "Ångström AB", "Bäckerei Núñez",
  "zebra", "Émile et Cie", "ACME North", "Oakridge",
};
static const char * const first_names[] = {
  "Anna", "anna", "Émile", "Zoë", "Zoe", "José", "Jürgen", "Chloé", "Bob", "Ana", "",
};
static const char * const last_names[] = {
  "Müller", "Muller", "müller", "Dubois", "Ängström", "Núñez", "Smith", "smith",
  "O'Brien", "García", "Zhang",
};
static const char * const slugs[] = { "anna", "emile", "zoe", "jose", "bob", "chloe" };
static const char * const jobs[] = { NULL, "Engineer", "engineer", "Directeur général", "CEO", "Ärztin" };
static const char * const tags[] = { NULL, "VIP", "Partner" };

static void
client_free (gpointer data)
{
  Client *c = data;

  g_free (c->name);
  g_free (c);
}

static void
contact_free (gpointer data)
{
  Contact *c = data;

  g_free (c->first);
  g_free (c->last);
  g_free (c->job);
  g_free (c->email);
  g_free (c->phone);
  g_free (c);
}

static Contact *
read_contact (CrmContact *contact,
              Client     *client)
{
  Contact *c = g_new0 (Contact, 1);

  c->id = crm_contact_get_id (contact);
  c->client = client;
  c->first = g_strdup (crm_contact_get_first_name (contact));
  c->last = g_strdup (crm_contact_get_last_name (contact));
  c->job = g_strdup (crm_contact_get_job_title (contact));
  c->email = g_strdup (crm_contact_get_email (contact));
  c->phone = g_strdup (crm_contact_get_phone (contact));
  c->primary = crm_contact_get_primary (contact);
  c->inactive = crm_contact_get_inactive (contact);

  return c;
}

static CrmContact *
make_draft (GRand *rand,
            guint  n)
{
  const char *first = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
  const char *last = last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))];
  const char *job = jobs[g_rand_int_range (rand, 0, G_N_ELEMENTS (jobs))];
  CrmContact *draft = crm_contact_new (first, last);

  if (job != NULL)
    g_object_set (draft, "job-title", job, NULL);
  /* Some without e-mail or phone, some sharing one. */
  if (g_rand_int_range (rand, 0, 4) != 0)
    {
      g_autofree char *email = g_strdup_printf ("%s%u@%s.example",
                                                slugs[g_rand_int_range (rand, 0, G_N_ELEMENTS (slugs))],
                                                g_rand_int_range (rand, 0, 30),
                                                g_rand_boolean (rand) ? "acme" : "Mail");
      g_object_set (draft, "email", email, NULL);
    }
  if (g_rand_int_range (rand, 0, 3) != 0)
    {
      g_autofree char *phone = g_strdup_printf ("+49 30 %04u", g_rand_int_range (rand, 0, 40));
      g_object_set (draft, "phone", phone, NULL);
    }
  if (n > 0 && g_rand_int_range (rand, 0, 5) == 0)
    g_object_set (draft, "inactive", TRUE, NULL);

  return draft;
}

static void
list_fixture_set_up (ListFixture   *lf,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  static const char * const staff_names[] = { "Émile", "anna", "Bob" };
  GError *error = NULL;

  fixture_set_up (&lf->f, data);
  crm_store_business_init ();
  lf->clients = g_ptr_array_new_with_free_func (client_free);
  lf->contacts = g_ptr_array_new_with_free_func (contact_free);

  for (guint i = 0; i < G_N_ELEMENTS (staff_names); i++)
    {
      g_autoptr(CrmStaff) staff = crm_store_add_staff (lf->f.store, staff_names[i], NULL,
                                                       CRM_STAFF_ROLE_STAFF, &error);

      g_assert_no_error (error);
      lf->staff[i] = crm_staff_get_id (staff);
    }

  while (lf->contacts->len < 200)
    {
      Client *c = g_new0 (Client, 1);
      g_autoptr(CrmClient) draft = crm_client_new (client_names[lf->clients->len % G_N_ELEMENTS (client_names)]);
      g_autoptr(CrmContact) first = make_draft (rand, 0);
      g_autoptr(CrmClient) client = NULL;
      g_autoptr(GListModel) contacts = NULL;
      guint n_more = g_rand_int_range (rand, 0, 8);

      c->status = g_rand_int_range (rand, CRM_CLIENT_STATUS_LEAD, CRM_CLIENT_STATUS_INACTIVE + 1);
      c->favorite = g_rand_int_range (rand, 0, 3) == 0;
      c->spam = g_rand_int_range (rand, 0, 8) == 0;
      c->tag = tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))];
      g_object_set (draft, "status", c->status, "favorite", c->favorite, NULL);
      client = crm_store_create_client (lf->f.store, draft, first, &error);
      g_assert_no_error (error);
      c->id = crm_client_get_id (client);
      c->name = g_strdup (crm_client_get_name (client));

      c->staff_id = g_rand_int_range (rand, 0, 4) == 3 ? 0 : lf->staff[g_rand_int_range (rand, 0, 3)];
      g_assert_true (crm_store_assign_client (lf->f.store, client, c->staff_id, &error));
      g_assert_no_error (error);
      if (c->tag != NULL)
        {
          g_assert_true (crm_store_add_tag (lf->f.store, client, c->tag, &error));
          g_assert_no_error (error);
        }
      if (c->spam)
        g_assert_true (crm_store_set_client_spam (lf->f.store, client, TRUE, NULL));

      for (guint n = 1; n <= n_more; n++)
        {
          g_autoptr(CrmContact) more = make_draft (rand, n);
          g_autoptr(CrmContact) added = crm_store_add_contact (lf->f.store, client, more, &error);

          g_assert_no_error (error);
        }

      /* Read back what the store kept (a later contact can be primary). */
      contacts = crm_store_get_contacts (lf->f.store, client);
      for (guint n = 0; n < g_list_model_get_n_items (contacts); n++)
        {
          g_autoptr(CrmContact) contact = g_list_model_get_item (contacts, n);

          g_ptr_array_add (lf->contacts, read_contact (contact, c));
        }
      g_ptr_array_add (lf->clients, c);
    }
}

static void
list_fixture_tear_down (ListFixture   *lf,
                        gconstpointer  data)
{
  g_ptr_array_unref (lf->contacts);
  g_ptr_array_unref (lf->clients);
  fixture_tear_down (&lf->f, data);
}

/* What the list is asked for. */
typedef struct {
  CrmContactSort  sort;
  gboolean        descending;
  const char     *search;
  gint64          client_id;
  gboolean        hide_inactive;
  gint64          staff_id;
  int             status;
  const char     *tag;
  gboolean        favorites_only;
  gboolean        spam;
} Query;

static int
name_cmp (const Contact *a,
          const Contact *b)
{
  int r;

  if ((r = nocase_cmp (a->last, b->last)) != 0)
    return r;
  if ((r = nocase_cmp (a->first, b->first)) != 0)
    return r;
  return int64_cmp (a->id, b->id);
}

static int
compare (gconstpointer pa,
         gconstpointer pb,
         gpointer      user_data)
{
  const Query *q = user_data;
  const Contact *a = *(Contact **) pa;
  const Contact *b = *(Contact **) pb;
  int r = 0;

  switch (q->sort)
    {
    case CRM_CONTACT_SORT_NAME:
      break;
    case CRM_CONTACT_SORT_CLIENT:
      if ((r = nocase_cmp (a->client->name, b->client->name)) == 0 &&
          (r = int64_cmp (a->client->id, b->client->id)) == 0)
        r = b->primary - a->primary;
      break;
    case CRM_CONTACT_SORT_JOB_TITLE:
      r = nocase_cmp (a->job, b->job);
      break;
    case CRM_CONTACT_SORT_EMAIL:
      r = nocase_cmp (a->email, b->email);
      break;
    case CRM_CONTACT_SORT_PHONE:
      r = binary_cmp (a->phone, b->phone);
      break;
    case CRM_CONTACT_SORT_PRIMARY:
      r = b->primary - a->primary;
      break;
    case CRM_CONTACT_SORT_INACTIVE:
      r = a->inactive - b->inactive;
      break;
    default:
      g_assert_not_reached ();
    }

  if (r == 0)
    r = name_cmp (a, b);

  /* Descending reverses every key, ties included. */
  return q->descending ? -r : r;
}

static gboolean
matches (const Query   *q,
         const Contact *c)
{
  if (c->client->spam != q->spam)
    return FALSE;
  if (q->search != NULL)
    {
      const char *own[] = { c->first, c->last, c->email, c->phone };
      const char *client[] = { c->client->name };

      if (!all_words_match (q->search, own, G_N_ELEMENTS (own)) &&
          !all_words_match (q->search, client, G_N_ELEMENTS (client)))
        return FALSE;
    }
  if (q->client_id != 0 && c->client->id != q->client_id)
    return FALSE;
  if (q->hide_inactive && c->inactive)
    return FALSE;
  if (q->staff_id != 0 && c->client->staff_id != q->staff_id)
    return FALSE;
  if (q->status >= 0 && c->client->status != q->status)
    return FALSE;
  if (q->tag != NULL && g_ascii_strcasecmp (q->tag, c->client->tag ? c->client->tag : "") != 0)
    return FALSE;
  if (q->favorites_only && !c->client->favorite)
    return FALSE;

  return TRUE;
}

static GArray *
expected_ids (ListFixture *lf,
              const Query *q)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < lf->contacts->len; i++)
    if (matches (q, g_ptr_array_index (lf->contacts, i)))
      g_ptr_array_add (rows, g_ptr_array_index (lf->contacts, i));

  g_qsort_with_data (rows->pdata, rows->len, sizeof (gpointer), compare, (gpointer) q);
  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (ids, ((Contact *) g_ptr_array_index (rows, i))->id);

  return ids;
}

static void
check (ListFixture    *lf,
       CrmContactList *list,
       const Query    *q)
{
  g_autoptr(GArray) expected = expected_ids (lf, q);
  g_autofree char *what = g_strdup_printf ("sort %d%s search '%s' staff %" G_GINT64_FORMAT
                                           " status %d tag %s fav %d spam %d inactive hidden %d",
                                           q->sort, q->descending ? " desc" : "", q->search,
                                           q->staff_id, q->status, q->tag, q->favorites_only,
                                           q->spam, q->hide_inactive);

  g_object_set (list,
                "sort", q->sort, "descending", q->descending, "search", q->search,
                "client-id", q->client_id, "hide-inactive", q->hide_inactive,
                "staff-id", q->staff_id, "status-filter", q->status, "tag", q->tag,
                "favorites-only", q->favorites_only, "spam", q->spam,
                NULL);
  assert_ids (CRM_ID_LIST (list), expected, what);
  g_test_message ("%s: %u rows", what, expected->len);
}

static void
test_sorts (ListFixture   *lf,
            gconstpointer  data)
{
  g_autoptr(CrmContactList) list = crm_contact_list_new (lf->f.store);

  for (int sort = CRM_CONTACT_SORT_NAME; sort <= CRM_CONTACT_SORT_INACTIVE; sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        Query q = { .sort = sort, .descending = descending, .status = -1 };

        check (lf, list, &q);
        /* The same order under filters. */
        q.hide_inactive = TRUE;
        q.staff_id = lf->staff[1];
        check (lf, list, &q);
        q.hide_inactive = FALSE;
        q.staff_id = 0;
        q.spam = TRUE;
        check (lf, list, &q);
      }
}

static void
test_filters (ListFixture   *lf,
              gconstpointer  data)
{
  g_autoptr(CrmContactList) list = crm_contact_list_new (lf->f.store);
  const char *searches[] = { NULL, "mul", "MÜLLER", "zoe", "anna mul", "caf", "acme", "acme.ex", "0012", "xyz" };
  guint checked = 0, non_empty = 0;

  /* Every combination of the client filters, each with a few searches. */
  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (int status = -1; status <= CRM_CLIENT_STATUS_INACTIVE; status += 2)
      for (guint staff = 0; staff < 2; staff++)
        for (guint tag = 0; tag < G_N_ELEMENTS (tags); tag++)
          for (int flags = 0; flags < 8; flags++)
            {
              Query q = {
                .sort = (s + flags) % (CRM_CONTACT_SORT_INACTIVE + 1),
                .descending = (flags + tag) % 2,
                .search = searches[s],
                .status = status,
                .staff_id = staff ? lf->staff[0] : 0,
                .tag = tags[tag],
                .favorites_only = flags & 1,
                .spam = (flags & 2) != 0,
                .hide_inactive = (flags & 4) != 0,
              };
              g_autoptr(GArray) expected = expected_ids (lf, &q);

              check (lf, list, &q);
              checked++;
              non_empty += expected->len > 0;
            }

  /* The data set is rich enough that the filters have something to show. */
  g_assert_cmpuint (non_empty, >, checked / 4);
}

static void
test_search_words (ListFixture   *lf,
                   gconstpointer  data)
{
  g_autoptr(CrmContactList) list = crm_contact_list_new (lf->f.store);
  Query q = { .sort = CRM_CONTACT_SORT_NAME, .status = -1, .search = "mul" };
  g_autoptr(GArray) expected = expected_ids (lf, &q);
  gboolean client_only = FALSE, accented = FALSE;

  /* "mul" finds Müller by name, and the contacts of Müller & Söhne. */
  for (guint i = 0; i < expected->len; i++)
    for (guint j = 0; j < lf->contacts->len; j++)
      {
        Contact *c = g_ptr_array_index (lf->contacts, j);

        if (c->id != g_array_index (expected, gint64, i))
          continue;
        accented |= g_strcmp0 (c->last, "Müller") == 0;
        client_only |= !starts_a_word (c->last, "mul") && !starts_a_word (c->first, "mul");
      }
  g_assert_true (accented);
  g_assert_true (client_only);
  check (lf, list, &q);

  /* One client's contacts. */
  q.search = NULL;
  q.client_id = ((Client *) g_ptr_array_index (lf->clients, 2))->id;
  check (lf, list, &q);
}

/* The rows follow the store: a contact edited to sort elsewhere moves. */
static void
test_follows_edits (ListFixture   *lf,
                    gconstpointer  data)
{
  g_autoptr(CrmContactList) list = crm_contact_list_new (lf->f.store);
  Query q = { .sort = CRM_CONTACT_SORT_JOB_TITLE, .status = -1 };
  Contact *c = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; c == NULL && i < lf->contacts->len; i++)
    if (!((Contact *) g_ptr_array_index (lf->contacts, i))->client->spam)
      c = g_ptr_array_index (lf->contacts, i);

  check (lf, list, &q);
  contact = crm_store_get_contact (lf->f.store, c->id, &error);
  g_assert_no_error (error);
  g_assert_true (crm_store_update_contact (lf->f.store, contact, &error, "job-title", "Aardvark keeper", NULL));
  g_assert_no_error (error);
  g_free (c->job);
  c->job = g_strdup ("Aardvark keeper");
  check (lf, list, &q);
}

/* At a million contacts, re-sorting must not sort the whole table: every
 * order, ascending or descending, spam or not, is read from an index. */
static void
test_index_order (ListFixture   *lf,
                  gconstpointer  data)
{
  g_autoptr(CrmContactList) list = crm_contact_list_new (lf->f.store);

  /* Not spam, not spam of one staff member's clients, spam. */
  for (int shape = 0; shape <= 2; shape++)
    for (int sort = CRM_CONTACT_SORT_NAME; sort <= CRM_CONTACT_SORT_INACTIVE; sort++)
      for (int descending = 0; descending <= 1; descending++)
        {
          g_autofree char *plan = NULL;

          g_object_set (list, "sort", sort, "descending", descending, "spam", shape == 2,
                        "staff-id", shape == 1 ? lf->staff[0] : 0, NULL);
          plan = query_plan (lf->f.path, crm_contact_list_get_sql (list));
          g_test_message ("sort %d%s shape %d:\n%s", sort, descending ? " desc" : "", shape, plan);
          g_assert_false (plan_sorts (plan));
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/contact-list/" name, ListFixture, NULL, list_fixture_set_up, func, list_fixture_tear_down)

  ADD ("sorts", test_sorts);
  ADD ("filters", test_filters);
  ADD ("search-words", test_search_words);
  ADD ("follows-edits", test_follows_edits);
  ADD ("index-order", test_index_order);

  return g_test_run ();
}
