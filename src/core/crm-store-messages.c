/* crm-store-messages.c: conversation entries (mails, calls, meetings, …)
 * logged on a client, with the staff member who logged them.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-message-private.h"
#include "crm-store-business-private.h"
#include "crm-validate.h"

/**
 * crm_store_get_message:
 *
 * Returns: (transfer full): the entry, or %NULL with @error set
 */
CrmMessage *
crm_store_get_message (CrmStore  *self,
                       gint64     id,
                       GError   **error)
{
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) created = NULL;
  sqlite3_stmt *stmt;
  CrmMessage *message;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if (!(stmt = crm_store_prepare (self,
                                  "SELECT m.id, m.client_id, m.contact_id, m.author_id,"
                                  "       coalesce (s.name, ''), m.channel, m.direction,"
                                  "       m.subject, m.body, m.occurred_at, m.created_at"
                                  "  FROM messages m LEFT JOIN staff s ON s.id = m.author_id"
                                  " WHERE m.id = ?1",
                                  error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The conversation entry no longer exists."));
      return NULL;
    }

  occurred = crm_column_time (stmt, 9);
  created = crm_column_time (stmt, 10);
  message = g_object_new (CRM_TYPE_MESSAGE,
                          "contact-id", sqlite3_column_int64 (stmt, 2),
                          "channel", sqlite3_column_int (stmt, 5),
                          "direction", sqlite3_column_int (stmt, 6),
                          "subject", COL_TEXT (stmt, 7),
                          "body", COL_TEXT (stmt, 8),
                          "occurred", occurred,
                          NULL);
  crm_message_set_stored (message, id, sqlite3_column_int64 (stmt, 1),
                          sqlite3_column_int64 (stmt, 3), COL_TEXT (stmt, 4), created);
  sqlite3_reset (stmt);

  return message;
}

/**
 * crm_store_log_message:
 * @client: a stored client, not in the trash
 * @draft: an entry from crm_message_new()
 * @error: return location for a #CrmStoreError
 *
 * Stores a conversation entry, written by the current staff member. It
 * needs a subject or a body; its contact, if any, must be the client's.
 *
 * Returns: (transfer full): @draft, stored; or %NULL with @error set and
 *   nothing written
 */
CrmMessage *
crm_store_log_message (CrmStore    *self,
                       CrmClient   *client,
                       CrmMessage  *draft,
                       GError     **error)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *occurred_text = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) created = NULL;
  CrmStaff *author;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CRM_IS_MESSAGE (draft), NULL);
  g_return_val_if_fail (crm_message_get_id (draft) == 0, NULL);

  subject = crm_normalize_text (crm_message_get_subject (draft));
  body = crm_normalize_text (crm_message_get_body (draft));

  if (!crm_store_check_client (self, client, error))
    return NULL;

  if (subject == NULL && body == NULL)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("Write a subject or a few words of what was said."));
      return NULL;
    }

  if ((guint) crm_message_get_channel (draft) > CRM_MESSAGE_CHANNEL_OTHER ||
      (guint) crm_message_get_direction (draft) > CRM_MESSAGE_DIRECTION_OUT)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("Pick how the conversation took place and who started it."));
      return NULL;
    }

  if (!crm_store_check_contact_of (self, crm_client_get_id (client),
                                   crm_message_get_contact_id (draft), error))
    return NULL;

  now = crm_store_now ();
  created = crm_store_parse_time (now);
  occurred_text = crm_message_get_occurred (draft) ?
                  crm_format_time (crm_message_get_occurred (draft)) : g_strdup (now);
  occurred = crm_store_parse_time (occurred_text);
  author = self->current_staff;

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO messages (client_id, contact_id, author_id,"
                                  " channel, direction, subject, body, occurred_at, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                  error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  crm_bind_id_or_null (stmt, 2, crm_message_get_contact_id (draft));
  crm_bind_id_or_null (stmt, 3, author ? crm_staff_get_id (author) : 0);
  sqlite3_bind_int (stmt, 4, crm_message_get_channel (draft));
  sqlite3_bind_int (stmt, 5, crm_message_get_direction (draft));
  crm_bind_text_or_null (stmt, 6, subject);
  crm_bind_text_or_null (stmt, 7, body);
  sqlite3_bind_text (stmt, 8, occurred_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  id = sqlite3_last_insert_rowid (self->db);

  g_object_freeze_notify (G_OBJECT (draft));
  g_object_set (draft, "subject", subject, "body", body, "occurred", occurred, NULL);
  crm_message_set_stored (draft, id, crm_client_get_id (client),
                          author ? crm_staff_get_id (author) : 0,
                          author ? crm_staff_get_name (author) : "", created);
  g_object_thaw_notify (G_OBJECT (draft));

  crm_store_emit_history_changed (self, crm_client_get_id (client));

  return g_object_ref (draft);
}
