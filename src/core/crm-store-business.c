/* crm-store-business.c: what the business parts of CrmStore share: the
 * identity maps of bookings, invoices, payments and documents, the store's
 * signals about them, and the conversions between stored text and
 * GDateTime.
 *
 * The identity maps hang off the store as object data, so that the core
 * store stays as it is; they hold weak references (GWeakRef), and an entry
 * whose object has gone is swept away from time to time.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "crm-store-business-private.h"

#define SWEEP_EVERY 256

typedef struct {
  GHashTable *maps[CRM_N_LIVE_KINDS];  /* id -> GWeakRef* */
  guint       inserts;
} LiveMaps;

enum {
  BOOKING_CHANGED,
  HISTORY_CHANGED,
  CONTACTS_CHANGED,
  CLIENT_SPAM_CHANGED,
  AVATAR_CHANGED,
  STAFF_CHANGED,
  CLIENT_ASSIGNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
live_maps_free (gpointer data)
{
  LiveMaps *live = data;

  for (guint i = 0; i < CRM_N_LIVE_KINDS; i++)
    g_hash_table_unref (live->maps[i]);
  g_free (live);
}

static LiveMaps *
get_live_maps (CrmStore *self)
{
  LiveMaps *live = g_object_get_data (G_OBJECT (self), "crm-live-maps");

  if (live == NULL)
    {
      live = g_new0 (LiveMaps, 1);
      for (guint i = 0; i < CRM_N_LIVE_KINDS; i++)
        live->maps[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                               g_free, weak_ref_free);
      g_object_set_data_full (G_OBJECT (self), "crm-live-maps", live, live_maps_free);
    }

  return live;
}

/**
 * crm_store_lookup_live:
 *
 * Returns: (transfer full) (nullable): the live object of that row, if
 *   someone still holds it
 */
gpointer
crm_store_lookup_live (CrmStore    *self,
                       CrmLiveKind  kind,
                       gint64       id)
{
  LiveMaps *live = get_live_maps (self);
  GWeakRef *ref = g_hash_table_lookup (live->maps[kind], &id);

  return ref ? g_weak_ref_get (ref) : NULL;
}

static gboolean
is_gone (gpointer key,
         gpointer value,
         gpointer user_data)
{
  g_autoptr(GObject) object = g_weak_ref_get (value);

  return object == NULL;
}

void
crm_store_remember_live (CrmStore    *self,
                         CrmLiveKind  kind,
                         gint64       id,
                         gpointer     object)
{
  LiveMaps *live = get_live_maps (self);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_assert (id > 0);

  g_weak_ref_init (ref, object);
  g_hash_table_replace (live->maps[kind], g_memdup2 (&id, sizeof id), ref);

  if (++live->inserts % SWEEP_EVERY == 0)
    for (guint i = 0; i < CRM_N_LIVE_KINDS; i++)
      g_hash_table_foreach_remove (live->maps[i], is_gone, NULL);
}

static void
add_signals (gpointer data)
{
  GType type = CRM_TYPE_STORE;

  signals[BOOKING_CHANGED] =
    g_signal_new ("booking-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_BOOKING);
  signals[HISTORY_CHANGED] =
    g_signal_new ("history-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CONTACTS_CHANGED] =
    g_signal_new ("contacts-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CLIENT_SPAM_CHANGED] =
    g_signal_new ("client-spam-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_CLIENT);
  signals[AVATAR_CHANGED] =
    g_signal_new ("avatar-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[STAFF_CHANGED] =
    g_signal_new ("staff-changed", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLIENT_ASSIGNED] =
    g_signal_new ("client-assigned", type, G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_CLIENT);
}

/* The signals are added to CrmStore the first time any part needs them,
 * so that crm-store.c need not know about them. */
void
crm_store_ensure_business_signals (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_type_class_unref (g_type_class_ref (CRM_TYPE_STORE));
      add_signals (NULL);
      g_once_init_leave (&done, 1);
    }
}

/**
 * crm_store_business_init:
 *
 * Makes the business signals of CrmStore ready, for code that connects to
 * them before using anything else of this API.
 */
void
crm_store_business_init (void)
{
  crm_store_ensure_business_signals ();
}

void
crm_store_emit_booking_changed (CrmStore   *self,
                                CrmBooking *booking)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[BOOKING_CHANGED], 0, booking);
  g_signal_emit (self, signals[HISTORY_CHANGED], 0, crm_booking_get_client_id (booking));
}

void
crm_store_emit_history_changed (CrmStore *self,
                                gint64    client_id)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[HISTORY_CHANGED], 0, client_id);
}

void
crm_store_emit_contacts_changed (CrmStore *self,
                                 gint64    client_id)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[CONTACTS_CHANGED], 0, client_id);
}

void
crm_store_emit_client_spam_changed (CrmStore  *self,
                                    CrmClient *client)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[CLIENT_SPAM_CHANGED], 0, client);
}

void
crm_store_emit_avatar_changed (CrmStore *self,
                               GObject  *owner)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[AVATAR_CHANGED], 0, owner);
}

void
crm_store_emit_staff_changed (CrmStore *self)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[STAFF_CHANGED], 0);
}

void
crm_store_emit_client_assigned (CrmStore  *self,
                                CrmClient *client)
{
  crm_store_ensure_business_signals ();
  g_signal_emit (self, signals[CLIENT_ASSIGNED], 0, client);
}

char *
crm_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;

  /* The width of crm_store_now(), so that stored times compare as text. */
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

/* A calendar date: the day the value names in its own time zone. */
char *
crm_format_date (GDateTime *date)
{
  int y, m, d;

  if (date == NULL)
    return NULL;

  g_date_time_get_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

GDateTime *
crm_parse_date (const char *text)
{
  int y, m, d;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;

  return g_date_time_new_local (y, m, d, 0, 0, 0);
}

GDateTime *
crm_column_time (sqlite3_stmt *stmt,
                 int           column)
{
  return crm_store_parse_time (COL_TEXT (stmt, column));
}

GDateTime *
crm_column_date (sqlite3_stmt *stmt,
                 int           column)
{
  return crm_parse_date (COL_TEXT (stmt, column));
}

void
crm_bind_time (sqlite3_stmt *stmt,
               int           index,
               GDateTime    *time)
{
  g_autofree char *text = crm_format_time (time);

  crm_bind_text_or_null (stmt, index, text);
}

void
crm_bind_id_or_null (sqlite3_stmt *stmt,
                     int           index,
                     gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* The client is stored and not in the trash: new records may join it. */
gboolean
crm_store_check_client (CrmStore   *self,
                        CrmClient  *client,
                        GError    **error)
{
  if (crm_client_get_id (client) <= 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("Save the client first."));
      return FALSE;
    }

  if (crm_client_get_trashed (client))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("“%s” is in the trash. Restore the client first."),
                   crm_client_get_name (client));
      return FALSE;
    }

  return TRUE;
}

gboolean
crm_store_check_contact_of (CrmStore    *self,
                            gint64       client_id,
                            gint64       contact_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (contact_id == 0)
    return TRUE;

  if (!(stmt = crm_store_prepare (self,
                                  "SELECT 1 FROM contacts WHERE id = ?1 AND client_id = ?2"
                                  " AND deleted_at IS NULL",
                                  error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, client_id);
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (!ok)
    g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                         _("The contact is not one of this client’s contacts. "
                           "Pick one of theirs, or none."));
  return ok;
}

gboolean
crm_store_check_staff (CrmStore  *self,
                       gint64     staff_id,
                       GError   **error)
{
  sqlite3_stmt *stmt;
  int active = -1;

  if (staff_id == 0)
    return TRUE;

  if (!(stmt = crm_store_prepare (self, "SELECT active FROM staff WHERE id = ?1", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    active = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (active < 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("That staff member no longer exists. Pick another."));
      return FALSE;
    }

  if (active == 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("That staff member is no longer active. Pick another, "
                             "or make them active again in Preferences."));
      return FALSE;
    }

  return TRUE;
}

