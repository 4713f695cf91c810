/* crm-lists-test.h: what the tests of the Bookings and Contacts views
 * share: reading a view's cells and rows, and filling the store.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-tabs-test.h"

G_BEGIN_DECLS

/* What a view's "client-activated" said: the client, and the booking or
 * contact. */
static inline void
client_activated_cb (GtkWidget *view,
                     gint64     client_id,
                     gint64     item_id,
                     gint64    *out)
{
  out[0] = client_id;
  out[1] = item_id;
}

/* The text a column shows for the first row on screen. */
static inline const char *
first_cell_text (GtkColumnView *view,
                 guint          column)
{
  GtkWidget *child;

  crm_test_settle (3);
  /* The column view's children: the header, then the rows' list view. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        GtkWidget *row = gtk_widget_get_first_child (child);
        GtkWidget *cell = row ? gtk_widget_get_first_child (row) : NULL;

        for (guint i = 0; cell != NULL && i < column; i++)
          cell = gtk_widget_get_next_sibling (cell);
        if (cell == NULL)
          return NULL;
        cell = crm_test_find_by_type (cell, GTK_TYPE_LABEL, 0);
        return cell ? gtk_label_get_label (GTK_LABEL (cell)) : NULL;
      }

  return NULL;
}

/* Where @staff is in a staff drop-down (after "Anyone"). */
static inline guint
staff_position (GArray   *staff_ids,
                CrmStaff *staff)
{
  for (guint i = 0; i < staff_ids->len; i++)
    if (g_array_index (staff_ids, gint64, i) == crm_staff_get_id (staff))
      return i + 1;

  g_assert_not_reached ();
}

static inline CrmContact *
add_contact (CrmStore   *store,
             CrmClient  *client,
             const char *first,
             const char *last,
             const char *job,
             const char *email)
{
  g_autoptr(CrmContact) draft = crm_contact_new (first, last);
  CrmContact *contact;

  if (job != NULL)
    g_object_set (draft, "job-title", job, NULL);
  if (email != NULL)
    g_object_set (draft, "email", email, NULL);
  contact = crm_store_add_contact (store, client, draft, NULL);
  g_assert_nonnull (contact);

  return contact;
}

G_END_DECLS
