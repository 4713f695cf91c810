/* crm-store-business-private.h: what the business parts of CrmStore
 * (bookings, money, documents, messages, staff) share among themselves.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store-business.h"
#include "crm-store-private.h"

G_BEGIN_DECLS

/* The kinds of record kept as live objects, one per row. */
typedef enum {
  CRM_LIVE_BOOKING,
  CRM_LIVE_INVOICE,
  CRM_LIVE_PAYMENT,
  CRM_LIVE_DOCUMENT,
  CRM_N_LIVE_KINDS
} CrmLiveKind;

gpointer    crm_store_lookup_live          (CrmStore    *self,
                                            CrmLiveKind  kind,
                                            gint64       id);
void        crm_store_remember_live        (CrmStore    *self,
                                            CrmLiveKind  kind,
                                            gint64       id,
                                            gpointer     object);

void        crm_store_ensure_business_signals (void);
void        crm_store_emit_booking_changed (CrmStore    *self,
                                            CrmBooking  *booking);
void        crm_store_emit_history_changed (CrmStore    *self,
                                            gint64       client_id);
void        crm_store_emit_contacts_changed (CrmStore   *self,
                                            gint64       client_id);
void        crm_store_emit_client_spam_changed (CrmStore  *self,
                                            CrmClient   *client);
void        crm_store_emit_avatar_changed  (CrmStore    *self,
                                            GObject     *owner);
void        crm_store_emit_staff_changed   (CrmStore    *self);
void        crm_store_emit_client_assigned (CrmStore    *self,
                                            CrmClient   *client);

/* Times are stored as UTC ISO 8601 text, dates as YYYY-MM-DD. */
char       *crm_format_time                (GDateTime   *time);
char       *crm_format_date                (GDateTime   *date);
GDateTime  *crm_parse_date                 (const char  *text);
GDateTime  *crm_column_time                (sqlite3_stmt *stmt,
                                            int          column);
GDateTime  *crm_column_date                (sqlite3_stmt *stmt,
                                            int          column);
void        crm_bind_time                  (sqlite3_stmt *stmt,
                                            int          index,
                                            GDateTime   *time);
void        crm_bind_id_or_null            (sqlite3_stmt *stmt,
                                            int          index,
                                            gint64       id);

gboolean    crm_store_check_client         (CrmStore    *self,
                                            CrmClient   *client,
                                            GError     **error);
gboolean    crm_store_check_contact_of     (CrmStore    *self,
                                            gint64       client_id,
                                            gint64       contact_id,
                                            GError     **error);
gboolean    crm_store_check_staff          (CrmStore    *self,
                                            gint64       staff_id,
                                            GError     **error);

/* For LIKE: the text matched literally anywhere, or NULL for no filter. */

G_END_DECLS
