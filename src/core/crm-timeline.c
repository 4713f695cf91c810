/* crm-timeline.c: everything that happened with a client, newest first.
 *
 * One UNION ALL over messages, notes, bookings, invoices, payments and
 * documents, each branch served by its per-client index, returns one key
 * per row: the record's id times 8 plus its kind, so that the lazy id list
 * (CrmIdList, see crm-id-list.c) can hold it. Only the rows on screen are
 * turned into CrmTimelineItem, each from one indexed row.
 *
 * The time a row sorts by is a UTC instant, as every stored time is: when
 * a conversation took place, a note was written, a booking starts (or was
 * logged), a document was added. Invoices and payments have a calendar
 * date in the person's time zone, not an instant; they sort at the local
 * time of day they were recorded, on their date. Recorded on that very day,
 * that is simply when they were recorded. (Gluing the UTC time of day onto
 * the local date instead put a payment recorded early in the morning east
 * of Greenwich above everything else of that day.)
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-core-enums.h"
#include "crm-store-business-private.h"
#include "crm-timeline.h"

#define KIND_BITS 3
#define KIND_MASK 7

struct _CrmTimeline
{
  CrmIdList  parent_instance;

  gint64     client_id;
  int        kind_filter;
};

G_DEFINE_FINAL_TYPE (CrmTimeline, crm_timeline, CRM_TYPE_ID_LIST)

enum {
  PROP_0,
  PROP_CLIENT_ID,
  PROP_KIND_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The instant a date-only row sorts at: its date (a local calendar day)
 * at the local time of day of its created_at, back in UTC with created_at's
 * fraction of a second, so that it compares as text with the stored times.
 * SQLite's 'localtime' follows the same TZ as GLib's local time zone. */
#define DAY_AT_RECORDED_TIME(date) \
  "CASE WHEN date (created_at, 'localtime') = " date " THEN created_at" \
  " ELSE strftime ('%Y-%m-%dT%H:%M:%S', " date " || ' ' || time (created_at, 'localtime'), 'utc')" \
  "      || substr (created_at, 20) END"

/* ?1 client, ?2 kind or -1. */
static const char timeline_sql[] =
  "SELECT key FROM ("
  "  SELECT id * 8 + 0 AS key, occurred_at AS at FROM messages"
  "   WHERE client_id = ?1 AND ?2 IN (-1, 0)"
  "  UNION ALL"
  "  SELECT id * 8 + 1, created_at FROM notes"
  "   WHERE client_id = ?1 AND ?2 IN (-1, 1)"
  "  UNION ALL"
  "  SELECT id * 8 + 2, coalesce (starts_at, created_at) FROM bookings"
  "   WHERE client_id = ?1 AND deleted_at IS NULL AND ?2 IN (-1, 2)"
  "  UNION ALL"
  "  SELECT id * 8 + 3, " DAY_AT_RECORDED_TIME ("issued_on") " FROM invoices"
  "   WHERE client_id = ?1 AND ?2 IN (-1, 3)"
  "  UNION ALL"
  "  SELECT id * 8 + 4, " DAY_AT_RECORDED_TIME ("paid_on") " FROM payments"
  "   WHERE client_id = ?1 AND deleted_at IS NULL AND ?2 IN (-1, 4)"
  "  UNION ALL"
  "  SELECT id * 8 + 5, added_at FROM documents"
  "   WHERE client_id = ?1 AND deleted_at IS NULL AND ?2 IN (-1, 5)"
  ") ORDER BY at DESC, key DESC";

static CrmIdQuery *
crm_timeline_make_query (CrmIdList *list)
{
  CrmTimeline *self = CRM_TIMELINE (list);
  CrmIdQuery *query = crm_id_query_new (timeline_sql);

  crm_id_query_bind_int64 (query, 1, self->client_id);
  crm_id_query_bind_int64 (query, 2, self->kind_filter);

  return query;
}

/* The first line of a text, shortened for a one-line title. */
static char *
first_line (const char *text)
{
  g_autofree char *line = NULL;
  const char *end;

  if (text == NULL)
    return g_strdup ("");

  end = strchr (text, '\n');
  line = end ? g_strndup (text, end - text) : g_strdup (text);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > 80)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, 79);
      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&line);
}

static CrmTimelineItem *
message_item (CrmStore *store,
              gint64    id)
{
  g_autoptr(CrmMessage) message = crm_store_get_message (store, id, NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  CrmMessageChannel channel;

  if (message == NULL)
    return NULL;

  channel = crm_message_get_channel (message);
  title = first_line (*crm_message_get_subject (message) ? crm_message_get_subject (message)
                                                          : crm_message_get_body (message));
  if (crm_message_get_direction (message) == CRM_MESSAGE_DIRECTION_IN)
    /* Translators: a conversation entry: channel, then who logged it */
    subtitle = g_strdup_printf (_("%s from the client · logged by %s"),
                                crm_message_channel_to_label (channel),
                                crm_message_get_author_name (message));
  else
    /* Translators: a conversation entry: channel, then who logged it */
    subtitle = g_strdup_printf (_("%s to the client · logged by %s"),
                                crm_message_channel_to_label (channel),
                                crm_message_get_author_name (message));

  return crm_timeline_item_new (CRM_TIMELINE_KIND_MESSAGE, id, crm_message_get_client_id (message),
                                crm_message_get_occurred (message),
                                crm_message_channel_to_icon_name (channel), title, subtitle);
}

static CrmTimelineItem *
note_item (CrmStore *store,
           gint64    id)
{
  sqlite3_stmt *stmt;
  CrmTimelineItem *item = NULL;

  stmt = crm_store_prepare (store,
                            "SELECT n.client_id, n.body, n.created_at, coalesce (s.name, '')"
                            "  FROM notes n LEFT JOIN staff s ON s.id = n.author_id"
                            " WHERE n.id = ?1",
                            NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) created = crm_column_time (stmt, 2);
      g_autofree char *title = first_line (COL_TEXT (stmt, 1));
      /* Translators: %s is a staff member's name */
      g_autofree char *subtitle = g_strdup_printf (_("Note by %s"), COL_TEXT (stmt, 3));

      item = crm_timeline_item_new (CRM_TIMELINE_KIND_NOTE, id, sqlite3_column_int64 (stmt, 0),
                                    created, "document-edit-symbolic", title, subtitle);
    }
  sqlite3_reset (stmt);

  return item;
}

static CrmTimelineItem *
booking_item (CrmStore *store,
              gint64    id)
{
  g_autoptr(CrmBooking) booking = crm_store_get_booking (store, id, NULL);
  g_autofree char *subtitle = NULL;
  GDateTime *time;

  if (booking == NULL)
    return NULL;

  time = crm_booking_get_starts (booking) ? crm_booking_get_starts (booking)
                                          : crm_booking_get_created (booking);
  if (crm_booking_get_overdue (booking))
    /* Translators: a booking's status and priority, and that it is late */
    subtitle = g_strdup_printf (_("%s · %s priority · overdue"),
                                crm_booking_status_to_label (crm_booking_get_status (booking)),
                                crm_booking_priority_to_label (crm_booking_get_priority (booking)));
  else
    /* Translators: a booking's status and priority */
    subtitle = g_strdup_printf (_("%s · %s priority"),
                                crm_booking_status_to_label (crm_booking_get_status (booking)),
                                crm_booking_priority_to_label (crm_booking_get_priority (booking)));

  return crm_timeline_item_new (CRM_TIMELINE_KIND_BOOKING, id, crm_booking_get_client_id (booking),
                                time, "x-office-calendar-symbolic",
                                crm_booking_get_service (booking), subtitle);
}

static CrmTimelineItem *
invoice_item (CrmStore *store,
              gint64    id)
{
  g_autoptr(CrmInvoice) invoice = crm_store_get_invoice (store, id, NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = NULL;

  if (invoice == NULL)
    return NULL;

  amount = crm_money_format (crm_invoice_get_amount_minor (invoice), crm_invoice_get_currency (invoice));
  /* Translators: %s is an invoice number */
  title = g_strdup_printf (_("Invoice %s"), crm_invoice_get_number (invoice));
  subtitle = g_strdup_printf ("%s · %s", amount,
                              crm_invoice_status_to_label (crm_invoice_get_status (invoice)));

  return crm_timeline_item_new (CRM_TIMELINE_KIND_INVOICE, id, crm_invoice_get_client_id (invoice),
                                crm_invoice_get_issued_on (invoice), "x-office-document-symbolic",
                                title, subtitle);
}

static CrmTimelineItem *
payment_item (CrmStore *store,
              gint64    id)
{
  g_autoptr(CrmPayment) payment = crm_store_get_payment (store, id, NULL);
  g_autoptr(CrmInvoice) invoice = NULL;
  g_autofree char *title = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *subtitle = NULL;

  if (payment == NULL)
    return NULL;

  amount = crm_money_format (crm_payment_get_amount_minor (payment), crm_payment_get_currency (payment));
  /* Translators: %s is an amount of money */
  title = g_strdup_printf (_("Payment of %s"), amount);

  if (crm_payment_get_invoice_id (payment) != 0)
    invoice = crm_store_get_invoice (store, crm_payment_get_invoice_id (payment), NULL);
  if (invoice != NULL && *crm_payment_get_method (payment))
    /* Translators: how it was paid, then an invoice number */
    subtitle = g_strdup_printf (_("%s · for invoice %s"), crm_payment_get_method (payment),
                                crm_invoice_get_number (invoice));
  else if (invoice != NULL)
    /* Translators: %s is an invoice number */
    subtitle = g_strdup_printf (_("For invoice %s"), crm_invoice_get_number (invoice));
  else
    subtitle = g_strdup (crm_payment_get_method (payment));

  return crm_timeline_item_new (CRM_TIMELINE_KIND_PAYMENT, id, crm_payment_get_client_id (payment),
                                crm_payment_get_paid_on (payment), "emblem-ok-symbolic",
                                title, subtitle);
}

static CrmTimelineItem *
document_item (CrmStore *store,
               gint64    id)
{
  g_autoptr(CrmDocument) document = crm_store_get_document (store, id, NULL);
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;

  if (document == NULL)
    return NULL;

  /* The MIME type, not its description: the description loads GIO's
   * translated type catalogue, which the UI may do where it shows it. */
  size = g_format_size (crm_document_get_size (document));
  subtitle = g_strdup_printf ("%s · %s", crm_document_get_mime_type (document), size);

  return crm_timeline_item_new (CRM_TIMELINE_KIND_DOCUMENT, id, crm_document_get_client_id (document),
                                crm_document_get_added (document), "text-x-generic-symbolic",
                                crm_document_get_file_name (document), subtitle);
}

static gpointer
crm_timeline_get_item (CrmIdList *list,
                       gint64     key)
{
  CrmStore *store = crm_id_list_get_store (list);
  gint64 id = key >> KIND_BITS;

  switch ((CrmTimelineKind) (key & KIND_MASK))
    {
    case CRM_TIMELINE_KIND_MESSAGE:
      return message_item (store, id);
    case CRM_TIMELINE_KIND_NOTE:
      return note_item (store, id);
    case CRM_TIMELINE_KIND_BOOKING:
      return booking_item (store, id);
    case CRM_TIMELINE_KIND_INVOICE:
      return invoice_item (store, id);
    case CRM_TIMELINE_KIND_PAYMENT:
      return payment_item (store, id);
    case CRM_TIMELINE_KIND_DOCUMENT:
      return document_item (store, id);
    default:
      return NULL;
    }
}

static void
on_history_changed (CrmTimeline *self,
                    gint64       client_id,
                    CrmStore    *store)
{
  if (client_id == self->client_id)
    crm_id_list_refresh (CRM_ID_LIST (self));
}

static void
crm_timeline_constructed (GObject *object)
{
  CrmTimeline *self = (CrmTimeline *)object;

  G_OBJECT_CLASS (crm_timeline_parent_class)->constructed (object);

  crm_store_ensure_business_signals ();
  g_signal_connect_object (crm_id_list_get_store (CRM_ID_LIST (self)), "history-changed",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);

  crm_id_list_refresh (CRM_ID_LIST (self));
}

static void
crm_timeline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrmTimeline *self = CRM_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_KIND_FILTER:
      g_value_set_int (value, self->kind_filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_timeline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CrmTimeline *self = CRM_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CLIENT_ID:
      self->client_id = g_value_get_int64 (value);
      break;

    case PROP_KIND_FILTER:
      crm_timeline_set_kind_filter (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_timeline_class_init (CrmTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrmIdListClass *list_class = CRM_ID_LIST_CLASS (klass);

  object_class->constructed = crm_timeline_constructed;
  object_class->get_property = crm_timeline_get_property;
  object_class->set_property = crm_timeline_set_property;

  list_class->item_type = CRM_TYPE_TIMELINE_ITEM;
  list_class->make_query = crm_timeline_make_query;
  list_class->get_item = crm_timeline_get_item;

  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND_FILTER] =
    g_param_spec_int ("kind-filter", NULL, NULL, -1, CRM_TIMELINE_KIND_DOCUMENT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_timeline_init (CrmTimeline *self)
{
  self->kind_filter = -1;
}

/**
 * crm_timeline_new:
 * @store: the store
 * @client_id: the client whose history to list
 *
 * Returns: (transfer full): the client's timeline; the first query starts
 *   at once
 */
CrmTimeline *
crm_timeline_new (CrmStore *store,
                  gint64    client_id)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_TIMELINE, "store", store, "client-id", client_id, NULL);
}

gint64
crm_timeline_get_client_id (CrmTimeline *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE (self), 0);
  return self->client_id;
}

int
crm_timeline_get_kind_filter (CrmTimeline *self)
{
  g_return_val_if_fail (CRM_IS_TIMELINE (self), -1);
  return self->kind_filter;
}

/**
 * crm_timeline_set_kind_filter:
 * @kind: a #CrmTimelineKind, or -1 for every kind
 */
void
crm_timeline_set_kind_filter (CrmTimeline *self,
                              int          kind)
{
  g_return_if_fail (CRM_IS_TIMELINE (self));
  g_return_if_fail (kind >= -1 && kind <= CRM_TIMELINE_KIND_DOCUMENT);

  if (self->kind_filter != kind)
    {
      self->kind_filter = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_FILTER]);
      crm_id_list_refresh (CRM_ID_LIST (self));
    }
}
