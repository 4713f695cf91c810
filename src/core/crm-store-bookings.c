/* crm-store-bookings.c: bookings (jobs and appointments) and the SLA hours
 * that give a new booking its due time.
 *
 * A booking without a due time is due the client's SLA hours for its
 * priority after it is logged. It is overdue while open or scheduled past
 * that time; the lists compute that in SQL, the object on reading.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-private.h"
#include "crm-store-business-private.h"
#include "crm-validate.h"

#define BOOKING_SELECT \
  "SELECT id, client_id, contact_id, staff_id, service, priority, starts_at," \
  "       ends_at, due_at, status, notes, created_at, updated_at, deleted_at" \
  "  FROM bookings "

static const char * const sla_updates[] = {
  [CRM_BOOKING_PRIORITY_LOW] = "UPDATE clients SET sla_low_hours = ?1, updated_at = ?2 WHERE id = ?3",
  [CRM_BOOKING_PRIORITY_NORMAL] = "UPDATE clients SET sla_normal_hours = ?1, updated_at = ?2 WHERE id = ?3",
  [CRM_BOOKING_PRIORITY_HIGH] = "UPDATE clients SET sla_high_hours = ?1, updated_at = ?2 WHERE id = ?3",
  [CRM_BOOKING_PRIORITY_URGENT] = "UPDATE clients SET sla_urgent_hours = ?1, updated_at = ?2 WHERE id = ?3",
};

static CrmBooking *
booking_from_row (CrmStore     *self,
                  sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  CrmBooking *booking;

  if ((booking = crm_store_lookup_live (self, CRM_LIVE_BOOKING, id)))
    return booking;

  starts = crm_column_time (stmt, 6);
  ends = crm_column_time (stmt, 7);
  due = crm_column_time (stmt, 8);
  created = crm_column_time (stmt, 11);
  updated = crm_column_time (stmt, 12);

  booking = g_object_new (CRM_TYPE_BOOKING,
                          "contact-id", sqlite3_column_int64 (stmt, 2),
                          "staff-id", sqlite3_column_int64 (stmt, 3),
                          "service", COL_TEXT (stmt, 4),
                          "priority", sqlite3_column_int (stmt, 5),
                          "starts", starts,
                          "ends", ends,
                          "due", due,
                          "status", sqlite3_column_int (stmt, 9),
                          "notes", COL_TEXT (stmt, 10),
                          NULL);
  crm_booking_set_stored (booking, id, sqlite3_column_int64 (stmt, 1), created);
  crm_booking_set_updated (booking, updated);
  crm_booking_set_trashed (booking, sqlite3_column_type (stmt, 13) != SQLITE_NULL);
  crm_store_remember_live (self, CRM_LIVE_BOOKING, id, booking);

  return booking;
}

/**
 * crm_store_get_booking:
 * @id: the booking's id
 *
 * Returns: (transfer full): the live booking (trashed or not), or %NULL
 *   with @error set
 */
CrmBooking *
crm_store_get_booking (CrmStore  *self,
                       gint64     id,
                       GError   **error)
{
  CrmBooking *booking;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if ((booking = crm_store_lookup_live (self, CRM_LIVE_BOOKING, id)))
    return booking;

  if (!(stmt = crm_store_prepare (self, BOOKING_SELECT "WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The booking no longer exists."));
      return NULL;
    }

  booking = booking_from_row (self, stmt);
  sqlite3_reset (stmt);

  return booking;
}

/**
 * crm_store_get_client_sla_hours:
 * @client: a stored client
 * @priority: the priority of a booking
 *
 * Returns: how many hours after it is logged a booking of @priority is due
 */
guint
crm_store_get_client_sla_hours (CrmStore           *self,
                                CrmClient          *client,
                                CrmBookingPriority  priority)
{
  sqlite3_stmt *stmt;
  guint hours = 24;

  g_return_val_if_fail (CRM_IS_STORE (self), 0);
  g_return_val_if_fail (CRM_IS_CLIENT (client), 0);

  stmt = crm_store_prepare (self,
                            "SELECT CASE ?2 WHEN 0 THEN sla_low_hours"
                            "              WHEN 1 THEN sla_normal_hours"
                            "              WHEN 2 THEN sla_high_hours"
                            "              ELSE sla_urgent_hours END"
                            "  FROM clients WHERE id = ?1",
                            NULL);
  if (stmt == NULL)
    return hours;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  sqlite3_bind_int (stmt, 2, priority);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    hours = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return hours;
}

/**
 * crm_store_set_client_sla_hours:
 * @client: a stored client
 * @priority: which SLA to set
 * @hours: 1 to %CRM_SLA_MAX_HOURS
 *
 * Sets the hours new bookings of @priority get until they are due. Stored
 * bookings keep their due times.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_client_sla_hours (CrmStore           *self,
                                CrmClient          *client,
                                CrmBookingPriority  priority,
                                guint               hours,
                                GError            **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (priority <= CRM_BOOKING_PRIORITY_URGENT, FALSE);

  if (hours < 1 || hours > CRM_SLA_MAX_HOURS)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("An SLA time is between 1 and %u hours; %u is not."),
                   CRM_SLA_MAX_HOURS, hours);
      return FALSE;
    }

  if (!(stmt = crm_store_prepare (self, sla_updates[priority], error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, (int) hours);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, crm_client_get_id (client));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The client no longer exists."));
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_store_compute_due:
 * @client: a stored client
 * @priority: the booking's priority
 * @from: (nullable): when the clock starts; now when %NULL
 *
 * Returns: (transfer full): the due time the client's SLA gives, in UTC
 */
GDateTime *
crm_store_compute_due (CrmStore           *self,
                       CrmClient          *client,
                       CrmBookingPriority  priority,
                       GDateTime          *from)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *text = NULL;
  guint hours;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  hours = crm_store_get_client_sla_hours (self, client, priority);
  start = from ? g_date_time_ref (from) : g_date_time_new_now_utc ();
  due = g_date_time_add_hours (start, (int) hours);

  /* As it will be stored: UTC, to the microsecond. */
  text = crm_format_time (due);
  return crm_store_parse_time (text);
}

/* The values of @draft as they will be stored, checked. */
typedef struct {
  char      *service;
  char      *notes;
  char      *starts;
  char      *ends;
  char      *due;
} BookingValues;

static void
booking_values_clear (BookingValues *values)
{
  g_free (values->service);
  g_free (values->notes);
  g_free (values->starts);
  g_free (values->ends);
  g_free (values->due);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BookingValues, booking_values_clear)

static gboolean
read_booking (CrmStore       *self,
              CrmClient      *client,
              CrmBooking     *draft,
              GDateTime      *sla_from,
              BookingValues  *values,
              GError        **error)
{
  values->service = crm_normalize_text (crm_booking_get_service (draft));
  values->notes = crm_normalize_text (crm_booking_get_notes (draft));
  values->starts = crm_format_time (crm_booking_get_starts (draft));
  values->ends = crm_format_time (crm_booking_get_ends (draft));

  if (values->service == NULL)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("A booking needs a service: say what is to be done."));
      return FALSE;
    }

  if (values->ends != NULL && values->starts == NULL)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("The booking has an end but no start. Give the start "
                             "time too, or leave the end empty."));
      return FALSE;
    }

  if (values->ends != NULL &&
      g_date_time_compare (crm_booking_get_ends (draft), crm_booking_get_starts (draft)) < 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("The booking ends before it starts. Check the start and "
                             "end times."));
      return FALSE;
    }

  if (!crm_store_check_contact_of (self, crm_client_get_id (client),
                                   crm_booking_get_contact_id (draft), error) ||
      !crm_store_check_staff (self, crm_booking_get_staff_id (draft), error))
    return FALSE;

  if (crm_booking_get_due (draft) != NULL)
    values->due = crm_format_time (crm_booking_get_due (draft));
  else
    {
      g_autoptr(GDateTime) due = crm_store_compute_due (self, client,
                                                        crm_booking_get_priority (draft),
                                                        sla_from);
      values->due = crm_format_time (due);
    }

  return TRUE;
}

/* After the commit: the live object shows what was stored. */
static void
show_values (CrmBooking    *booking,
             CrmBooking    *from,
             BookingValues *values)
{
  g_autoptr(GDateTime) starts = crm_store_parse_time (values->starts);
  g_autoptr(GDateTime) ends = crm_store_parse_time (values->ends);
  g_autoptr(GDateTime) due = crm_store_parse_time (values->due);

  if (from != booking)
    crm_booking_apply (booking, from);

  g_object_set (booking,
                "service", values->service,
                "notes", values->notes,
                "starts", starts,
                "ends", ends,
                "due", due,
                NULL);
}

/**
 * crm_store_create_booking:
 * @client: a stored client, not in the trash
 * @draft: a booking from crm_booking_new()
 * @error: return location for a #CrmStoreError
 *
 * Stores a new booking. Without a due time it is due the client's SLA
 * hours for its priority from now. On success @draft becomes the live
 * object of the new row.
 *
 * Returns: (transfer full): @draft, stored; or %NULL with @error set and
 *   nothing written
 */
CrmBooking *
crm_store_create_booking (CrmStore    *self,
                          CrmClient   *client,
                          CrmBooking  *draft,
                          GError     **error)
{
  g_auto(BookingValues) values = { 0 };
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CRM_IS_BOOKING (draft), NULL);
  g_return_val_if_fail (crm_booking_get_id (draft) == 0, NULL);

  now = crm_store_now ();
  created = crm_store_parse_time (now);

  if (!crm_store_check_client (self, client, error) ||
      !read_booking (self, client, draft, created, &values, error))
    return NULL;

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO bookings (client_id, contact_id, staff_id,"
                                  " service, priority, starts_at, ends_at, due_at, status,"
                                  " notes, created_at, updated_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                                  error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  crm_bind_id_or_null (stmt, 2, crm_booking_get_contact_id (draft));
  crm_bind_id_or_null (stmt, 3, crm_booking_get_staff_id (draft));
  sqlite3_bind_text (stmt, 4, values.service, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, crm_booking_get_priority (draft));
  crm_bind_text_or_null (stmt, 6, values.starts);
  crm_bind_text_or_null (stmt, 7, values.ends);
  sqlite3_bind_text (stmt, 8, values.due, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 9, crm_booking_get_status (draft));
  crm_bind_text_or_null (stmt, 10, values.notes);
  sqlite3_bind_text (stmt, 11, now, -1, SQLITE_TRANSIENT);

  /* One statement: SQLite makes it atomic without a transaction. */
  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  id = sqlite3_last_insert_rowid (self->db);

  g_object_freeze_notify (G_OBJECT (draft));
  show_values (draft, draft, &values);
  crm_booking_set_stored (draft, id, crm_client_get_id (client), created);
  crm_booking_set_updated (draft, created);
  g_object_thaw_notify (G_OBJECT (draft));

  crm_store_remember_live (self, CRM_LIVE_BOOKING, id, draft);
  crm_store_emit_booking_changed (self, draft);

  return g_object_ref (draft);
}

/**
 * crm_store_update_booking:
 * @booking: a stored booking
 * @edited: a draft with the new values, from crm_booking_copy()
 * @error: return location for a #CrmStoreError
 *
 * Writes the values of @edited to @booking. A %NULL "due" on @edited
 * computes the due time again from the SLA, counted from when the booking
 * was logged (so a changed priority can move it).
 *
 * Returns: %TRUE on success; on error nothing changed
 */
gboolean
crm_store_update_booking (CrmStore    *self,
                          CrmBooking  *booking,
                          CrmBooking  *edited,
                          GError     **error)
{
  g_auto(BookingValues) values = { 0 };
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_BOOKING (booking), FALSE);
  g_return_val_if_fail (CRM_IS_BOOKING (edited), FALSE);
  g_return_val_if_fail (crm_booking_get_id (booking) > 0, FALSE);

  if (!(client = crm_store_get_client (self, crm_booking_get_client_id (booking), error)) ||
      !read_booking (self, client, edited, crm_booking_get_created (booking), &values, error))
    return FALSE;

  now = crm_store_now ();
  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE bookings SET contact_id = ?1, staff_id = ?2,"
                                  " service = ?3, priority = ?4, starts_at = ?5, ends_at = ?6,"
                                  " due_at = ?7, status = ?8, notes = ?9, updated_at = ?10"
                                  " WHERE id = ?11",
                                  error)))
    return FALSE;

  crm_bind_id_or_null (stmt, 1, crm_booking_get_contact_id (edited));
  crm_bind_id_or_null (stmt, 2, crm_booking_get_staff_id (edited));
  sqlite3_bind_text (stmt, 3, values.service, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, crm_booking_get_priority (edited));
  crm_bind_text_or_null (stmt, 5, values.starts);
  crm_bind_text_or_null (stmt, 6, values.ends);
  sqlite3_bind_text (stmt, 7, values.due, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, crm_booking_get_status (edited));
  crm_bind_text_or_null (stmt, 9, values.notes);
  sqlite3_bind_text (stmt, 10, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 11, crm_booking_get_id (booking));

  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The booking no longer exists."));
      return FALSE;
    }

  updated = crm_store_parse_time (now);
  g_object_freeze_notify (G_OBJECT (booking));
  show_values (booking, edited, &values);
  crm_booking_set_updated (booking, updated);
  g_object_thaw_notify (G_OBJECT (booking));

  crm_store_emit_booking_changed (self, booking);

  return TRUE;
}

/**
 * crm_store_set_booking_status:
 * @booking: a stored booking
 * @status: its new status
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_booking_status (CrmStore          *self,
                              CrmBooking        *booking,
                              CrmBookingStatus   status,
                              GError           **error)
{
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_BOOKING (booking), FALSE);

  if (status > CRM_BOOKING_STATUS_NO_SHOW)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("%d is not a booking status."), (int) status);
      return FALSE;
    }

  if (crm_booking_get_status (booking) == status)
    return TRUE;

  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE bookings SET status = ?1, updated_at = ?2 WHERE id = ?3",
                                  error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, status);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, crm_booking_get_id (booking));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The booking no longer exists."));
      return FALSE;
    }

  updated = crm_store_parse_time (now);
  g_object_freeze_notify (G_OBJECT (booking));
  g_object_set (booking, "status", status, NULL);
  crm_booking_set_updated (booking, updated);
  g_object_thaw_notify (G_OBJECT (booking));

  crm_store_emit_booking_changed (self, booking);

  return TRUE;
}

static gboolean
set_trashed (CrmStore    *self,
             CrmBooking  *booking,
             gboolean     trashed,
             GError     **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  if (trashed)
    stmt = crm_store_prepare (self,
                              "UPDATE bookings SET deleted_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NULL",
                              error);
  else
    stmt = crm_store_prepare (self,
                              "UPDATE bookings SET deleted_at = NULL, updated_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, crm_booking_get_id (booking));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  /* Already where it was asked to be: nothing to tell. */
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  crm_booking_set_trashed (booking, trashed);
  crm_store_emit_booking_changed (self, booking);

  return TRUE;
}

/**
 * crm_store_trash_booking:
 *
 * Moves @booking to the trash: it leaves every list, and
 * crm_store_restore_booking() brings it back.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_trash_booking (CrmStore    *self,
                         CrmBooking  *booking,
                         GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_BOOKING (booking), FALSE);

  return set_trashed (self, booking, TRUE, error);
}

gboolean
crm_store_restore_booking (CrmStore    *self,
                           CrmBooking  *booking,
                           GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_BOOKING (booking), FALSE);

  return set_trashed (self, booking, FALSE, error);
}
