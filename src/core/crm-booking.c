/* crm-booking.c: a job or an appointment for a client.
 *
 * A plain value object, like CrmClient: drafts are filled with
 * g_object_set(), stored bookings are owned by the store (one live object
 * per row) and changed in place after each write. "overdue" is derived from
 * the status and the due time each time it is read.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-booking-private.h"
#include "crm-core-enums.h"
#include "crm-entity-private.h"

struct _CrmBooking
{
  GObject             parent_instance;

  gint64              id;
  gint64              client_id;
  gint64              contact_id;
  gint64              staff_id;
  char               *service;
  char               *notes;
  CrmBookingPriority  priority;
  CrmBookingStatus    status;
  GDateTime          *starts;
  GDateTime          *ends;
  GDateTime          *due;
  GDateTime          *created;
  GDateTime          *updated;
  gboolean            trashed;
};

G_DEFINE_FINAL_TYPE (CrmBooking, crm_booking, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_CONTACT_ID,
  PROP_STAFF_ID,
  PROP_SERVICE,
  PROP_NOTES,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_STARTS,
  PROP_ENDS,
  PROP_DUE,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_TRASHED,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_booking_finalize (GObject *object)
{
  CrmBooking *self = (CrmBooking *)object;

  g_free (self->service);
  g_free (self->notes);
  g_clear_pointer (&self->starts, g_date_time_unref);
  g_clear_pointer (&self->ends, g_date_time_unref);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->updated, g_date_time_unref);

  G_OBJECT_CLASS (crm_booking_parent_class)->finalize (object);
}

static void
crm_booking_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrmBooking *self = CRM_BOOKING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_SERVICE:
      g_value_set_string (value, self->service);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_PRIORITY:
      g_value_set_enum (value, self->priority);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_STARTS:
      g_value_set_boxed (value, self->starts);
      break;

    case PROP_ENDS:
      g_value_set_boxed (value, self->ends);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_boxed (value, self->updated);
      break;

    case PROP_TRASHED:
      g_value_set_boolean (value, self->trashed);
      break;

    case PROP_OVERDUE:
      g_value_set_boolean (value, crm_booking_get_overdue (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id_field (CrmBooking   *self,
              gint64       *field,
              gint64        value,
              GParamSpec   *pspec)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), pspec);
    }
}

static void
crm_booking_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrmBooking *self = CRM_BOOKING (object);

  switch (prop_id)
    {
    case PROP_CONTACT_ID:
      set_id_field (self, &self->contact_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_STAFF_ID:
      set_id_field (self, &self->staff_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_SERVICE:
      if (crm_set_string (&self->service, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_NOTES:
      if (crm_set_string (&self->notes, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_PRIORITY:
      if (self->priority != (CrmBookingPriority) g_value_get_enum (value))
        {
          self->priority = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_STATUS:
      if (self->status != (CrmBookingStatus) g_value_get_enum (value))
        {
          self->status = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_OVERDUE]);
        }
      break;

    case PROP_STARTS:
      if (crm_set_date_time (&self->starts, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_ENDS:
      if (crm_set_date_time (&self->ends, g_value_get_boxed (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DUE:
      if (crm_set_date_time (&self->due, g_value_get_boxed (value)))
        {
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_OVERDUE]);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_booking_class_init (CrmBookingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = crm_booking_finalize;
  object_class->get_property = crm_booking_get_property;
  object_class->set_property = crm_booking_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SERVICE] = g_param_spec_string ("service", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL, CRM_TYPE_BOOKING_PRIORITY,
                       CRM_BOOKING_PRIORITY_NORMAL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_BOOKING_STATUS,
                       CRM_BOOKING_STATUS_OPEN, rw);
  properties[PROP_STARTS] = g_param_spec_boxed ("starts", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_ENDS] = g_param_spec_boxed ("ends", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_DUE] = g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_UPDATED] = g_param_spec_boxed ("updated", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_TRASHED] = g_param_spec_boolean ("trashed", NULL, NULL, FALSE, ro);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_booking_init (CrmBooking *self)
{
  self->service = g_strdup ("");
  self->notes = g_strdup ("");
  self->priority = CRM_BOOKING_PRIORITY_NORMAL;
}

/**
 * crm_booking_new:
 * @service: (nullable): what is to be done
 *
 * Returns: (transfer full): a draft booking, normal priority, open, with
 *   no times (the store computes the due time from the client's SLA)
 */
CrmBooking *
crm_booking_new (const char *service)
{
  return g_object_new (CRM_TYPE_BOOKING, "service", service, NULL);
}

/**
 * crm_booking_copy:
 *
 * A draft with the values of @self, for an edit form whose changes are
 * handed to crm_store_update_booking() (and dropped on Cancel).
 *
 * Returns: (transfer full): a new draft
 */
CrmBooking *
crm_booking_copy (CrmBooking *self)
{
  CrmBooking *copy;

  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);

  copy = g_object_new (CRM_TYPE_BOOKING, NULL);
  crm_booking_apply (copy, self);
  return copy;
}

gint64
crm_booking_get_id (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), 0);
  return self->id;
}

gint64
crm_booking_get_client_id (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), 0);
  return self->client_id;
}

gint64
crm_booking_get_contact_id (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), 0);
  return self->contact_id;
}

gint64
crm_booking_get_staff_id (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), 0);
  return self->staff_id;
}

const char *
crm_booking_get_service (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->service;
}

const char *
crm_booking_get_notes (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->notes;
}

CrmBookingPriority
crm_booking_get_priority (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), CRM_BOOKING_PRIORITY_NORMAL);
  return self->priority;
}

CrmBookingStatus
crm_booking_get_status (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), CRM_BOOKING_STATUS_OPEN);
  return self->status;
}

/**
 * crm_booking_get_starts:
 *
 * Returns: (transfer none) (nullable): when the appointment starts
 */
GDateTime *
crm_booking_get_starts (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->starts;
}

/**
 * crm_booking_get_ends:
 *
 * Returns: (transfer none) (nullable): when the appointment ends
 */
GDateTime *
crm_booking_get_ends (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->ends;
}

/**
 * crm_booking_get_due:
 *
 * Returns: (transfer none) (nullable): when the job must be done; never
 *   %NULL on a stored booking
 */
GDateTime *
crm_booking_get_due (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->due;
}

/**
 * crm_booking_get_created:
 *
 * Returns: (transfer none) (nullable): when the booking was logged, in UTC
 */
GDateTime *
crm_booking_get_created (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->created;
}

/**
 * crm_booking_get_updated:
 *
 * Returns: (transfer none) (nullable): when the booking last changed, in UTC
 */
GDateTime *
crm_booking_get_updated (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), NULL);
  return self->updated;
}

gboolean
crm_booking_get_trashed (CrmBooking *self)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), FALSE);
  return self->trashed;
}

/**
 * crm_booking_is_overdue_at:
 * @now: the time to compare the due time with
 *
 * Returns: %TRUE when the booking is still to be done (open or scheduled)
 *   and its due time is before @now
 */
gboolean
crm_booking_is_overdue_at (CrmBooking *self,
                           GDateTime  *now)
{
  g_return_val_if_fail (CRM_IS_BOOKING (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (self->status != CRM_BOOKING_STATUS_OPEN &&
      self->status != CRM_BOOKING_STATUS_SCHEDULED)
    return FALSE;

  return self->due != NULL && g_date_time_compare (self->due, now) < 0;
}

/**
 * crm_booking_get_overdue:
 *
 * As crm_booking_is_overdue_at() against the current time. Time passing
 * does not notify; lists read it again when they refresh.
 *
 * Returns: %TRUE when the booking is overdue now
 */
gboolean
crm_booking_get_overdue (CrmBooking *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return crm_booking_is_overdue_at (self, now);
}

void
crm_booking_set_stored (CrmBooking *self,
                        gint64      id,
                        gint64      client_id,
                        GDateTime  *created)
{
  g_object_freeze_notify (G_OBJECT (self));
  set_id_field (self, &self->id, id, properties[PROP_ID]);
  set_id_field (self, &self->client_id, client_id, properties[PROP_CLIENT_ID]);
  if (crm_set_date_time (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
crm_booking_set_updated (CrmBooking *self,
                         GDateTime  *updated)
{
  if (crm_set_date_time (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

void
crm_booking_set_trashed (CrmBooking *self,
                         gboolean    trashed)
{
  if (self->trashed != !!trashed)
    {
      self->trashed = !!trashed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRASHED]);
    }
}

/* Copies the values a person edits from @from. */
void
crm_booking_apply (CrmBooking *self,
                   CrmBooking *from)
{
  g_object_set (self,
                "contact-id", from->contact_id,
                "staff-id", from->staff_id,
                "service", from->service,
                "notes", from->notes,
                "priority", from->priority,
                "status", from->status,
                "starts", from->starts,
                "ends", from->ends,
                "due", from->due,
                NULL);
}

/**
 * crm_booking_priority_to_label:
 *
 * Returns: the translated name of @priority
 */
const char *
crm_booking_priority_to_label (CrmBookingPriority priority)
{
  switch (priority)
    {
    case CRM_BOOKING_PRIORITY_LOW:
      /* Translators: a booking priority */
      return _("Low");
    case CRM_BOOKING_PRIORITY_NORMAL:
      /* Translators: a booking priority */
      return _("Normal");
    case CRM_BOOKING_PRIORITY_HIGH:
      /* Translators: a booking priority */
      return _("High");
    case CRM_BOOKING_PRIORITY_URGENT:
      /* Translators: a booking priority */
      return _("Urgent");
    default:
      return "";
    }
}

/**
 * crm_booking_status_to_label:
 *
 * Returns: the translated name of @status
 */
const char *
crm_booking_status_to_label (CrmBookingStatus status)
{
  switch (status)
    {
    case CRM_BOOKING_STATUS_OPEN:
      /* Translators: a booking status */
      return _("Open");
    case CRM_BOOKING_STATUS_SCHEDULED:
      /* Translators: a booking status */
      return _("Scheduled");
    case CRM_BOOKING_STATUS_COMPLETED:
      /* Translators: a booking status */
      return _("Completed");
    case CRM_BOOKING_STATUS_CANCELLED:
      /* Translators: a booking status */
      return _("Cancelled");
    case CRM_BOOKING_STATUS_NO_SHOW:
      /* Translators: a booking status: the client did not come */
      return _("No-show");
    default:
      return "";
    }
}

/**
 * crm_booking_status_to_string:
 *
 * Returns: the untranslated token for @status ("open", "no-show", …), as
 *   used in files
 */
const char *
crm_booking_status_to_string (CrmBookingStatus status)
{
  static const char * const tokens[] = {
    "open", "scheduled", "completed", "cancelled", "no-show",
  };

  if ((guint) status < G_N_ELEMENTS (tokens))
    return tokens[status];
  return NULL;
}

gboolean
crm_booking_status_from_string (const char       *str,
                                CrmBookingStatus *status)
{
  g_autofree char *folded = NULL;

  if (str == NULL)
    return FALSE;

  folded = g_utf8_casefold (g_strstrip (g_strdup (str)), -1);

  for (CrmBookingStatus s = CRM_BOOKING_STATUS_OPEN; s <= CRM_BOOKING_STATUS_NO_SHOW; s++)
    {
      g_autofree char *label = g_utf8_casefold (crm_booking_status_to_label (s), -1);

      if (g_str_equal (folded, crm_booking_status_to_string (s)) ||
          g_str_equal (folded, label))
        {
          *status = s;
          return TRUE;
        }
    }

  return FALSE;
}
