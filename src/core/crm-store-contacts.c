/* crm-store-contacts.c: a client's contacts, tags and notes in CrmStore.
 *
 * The rules: every client keeps at least one contact and exactly one
 * primary contact. They are checked here with messages for people, and
 * held again by the schema (a unique index and triggers) for any other
 * path that writes the tables.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-client-private.h"
#include "crm-contact-private.h"
#include "crm-note-private.h"
#include "crm-store-business-private.h"
#include "crm-store-private.h"
#include "crm-validate.h"

#define MAX_TAG_LENGTH 100
#define WAS_PRIMARY_KEY "crm-was-primary"

static CrmClient *
lookup_live_client (CrmStore *self,
                    gint64    client_id)
{
  return g_hash_table_lookup (self->clients, &client_id);
}

/**
 * crm_store_get_contacts:
 * @client: a stored client
 *
 * The client's contacts, primary first, kept up to date by the store as
 * contacts are added, removed and restored.
 *
 * Returns: (transfer full): a #GListModel of #CrmContact
 */
GListModel *
crm_store_get_contacts (CrmStore  *self,
                        CrmClient *client)
{
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  if (crm_client_get_contact_store (client) != NULL)
    return g_object_ref (G_LIST_MODEL (crm_client_get_contact_store (client)));

  list = g_list_store_new (CRM_TYPE_CONTACT);
  stmt = crm_store_prepare (self,
                            CONTACT_SELECT
                            "WHERE client_id = ?1 AND deleted_at IS NULL"
                            " ORDER BY is_primary DESC, id",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(CrmContact) contact = crm_store_contact_from_row (self, stmt);
          g_list_store_append (list, contact);
        }
      sqlite3_reset (stmt);
    }

  crm_client_set_contact_store (client, list);

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * crm_store_add_contact:
 * @client: a stored client
 * @draft: a contact from crm_contact_new()
 *
 * Returns: (transfer full): @draft, now stored; or %NULL with @error set
 */
CrmContact *
crm_store_add_contact (CrmStore    *self,
                       CrmClient   *client,
                       CrmContact  *draft,
                       GError     **error)
{
  g_auto(ContactValues) values = { 0 };
  g_autofree char *now = NULL;
  GListStore *list;
  gint64 id = 0;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);
  g_return_val_if_fail (CRM_IS_CONTACT (draft), NULL);
  g_return_val_if_fail (crm_client_get_id (client) > 0, NULL);

  if (!crm_store_read_contact_draft (self, draft, &values, error))
    return NULL;

  now = crm_store_now ();
  if (!crm_store_begin (self, error))
    return NULL;

  if (!crm_store_insert_contact (self, crm_client_get_id (client), &values, FALSE,
                                 crm_contact_get_inactive (draft), now, &id, error))
    {
      crm_store_rollback (self);
      return NULL;
    }

  if (!crm_store_commit (self, error))
    return NULL;

  crm_store_adopt_contact (self, draft, &values, id, crm_client_get_id (client), FALSE);

  if ((list = crm_client_get_contact_store (client)))
    g_list_store_append (list, draft);

  crm_store_emit_contacts_changed (self, crm_client_get_id (client));

  return g_object_ref (draft);
}

static gboolean
exec_bound (CrmStore    *self,
            const char  *sql,
            gint64       a,
            gint64       b,
            const char  *text,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = crm_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  /* Binding a number the statement does not use is harmless. */
  if (text != NULL)
    sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);

  return crm_store_step_done (self, stmt, error);
}

/* Moves the primary mark to @contact_id, in the open transaction. */
static gboolean
move_primary (CrmStore    *self,
              gint64       client_id,
              gint64       contact_id,
              GError     **error)
{
  if (!exec_bound (self,
                   "UPDATE contacts SET is_primary = 0 WHERE client_id = ?1 AND is_primary = 1",
                   client_id, 0, NULL, error))
    return FALSE;

  if (!exec_bound (self,
                   "UPDATE contacts SET is_primary = 1 WHERE client_id = ?1 AND id = ?2"
                   " AND deleted_at IS NULL",
                   client_id, contact_id, NULL, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The contact is no longer one of this client’s contacts."));
      return FALSE;
    }

  return TRUE;
}

/* After the commit: the live objects follow the primary mark. */
static void
show_primary (CrmStore   *self,
              gint64      client_id,
              CrmContact *primary)
{
  CrmClient *client = lookup_live_client (self, client_id);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->contacts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (crm_contact_get_client_id (value) == client_id && value != primary)
      crm_contact_set_primary (value, FALSE);

  crm_contact_set_primary (primary, TRUE);

  if (client != NULL)
    {
      GListStore *list = crm_client_get_contact_store (client);
      guint position;

      crm_client_set_primary_contact (client, primary);

      /* Keep the primary first, as a fresh load would. */
      if (list != NULL && g_list_store_find (list, primary, &position) && position != 0)
        {
          g_list_store_remove (list, position);
          g_list_store_insert (list, 0, primary);
        }
    }
}

/**
 * crm_store_set_primary_contact:
 * @contact: a stored contact, not removed
 *
 * Makes @contact the primary contact of its client; the previous primary
 * stays as an ordinary contact.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_primary_contact (CrmStore    *self,
                               CrmContact  *contact,
                               GError     **error)
{
  gint64 client_id;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);

  if (crm_contact_get_id (contact) == 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Add “%s” to a client before making them its primary contact."),
                   crm_contact_get_display_name (contact));
      return FALSE;
    }

  if (crm_contact_get_primary (contact))
    return TRUE;

  client_id = crm_contact_get_client_id (contact);

  if (!crm_store_begin (self, error))
    return FALSE;

  if (!move_primary (self, client_id, crm_contact_get_id (contact), error))
    {
      crm_store_rollback (self);
      return FALSE;
    }

  if (!crm_store_commit (self, error))
    return FALSE;

  show_primary (self, client_id, contact);
  crm_store_emit_contacts_changed (self, client_id);
  return TRUE;
}

/**
 * crm_store_remove_contact:
 * @contact: a stored contact
 *
 * Moves @contact to the trash. The last contact of a client cannot be
 * removed. When @contact was the primary, the oldest other contact becomes
 * primary; crm_store_restore_contact() gives the mark back.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_remove_contact (CrmStore    *self,
                          CrmContact  *contact,
                          GError     **error)
{
  g_autofree char *now = crm_store_now ();
  g_autoptr(CrmContact) successor = NULL;
  gint64 client_id, successor_id = 0;
  gboolean was_primary;
  sqlite3_stmt *stmt;
  CrmClient *client;
  GListStore *list;
  guint position;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (crm_contact_get_id (contact) > 0, FALSE);

  client_id = crm_contact_get_client_id (contact);
  was_primary = crm_contact_get_primary (contact);

  if (!(stmt = crm_store_prepare (self,
                                  "SELECT id FROM contacts WHERE client_id = ?1 AND id != ?2"
                                  " AND deleted_at IS NULL ORDER BY inactive, id LIMIT 1",
                                  error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, client_id);
  sqlite3_bind_int64 (stmt, 2, crm_contact_get_id (contact));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    successor_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (successor_id == 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_LAST_CONTACT,
                   _("“%s” is the only contact of this client, and every client "
                     "keeps at least one. Add another contact first."),
                   crm_contact_get_display_name (contact));
      return FALSE;
    }

  if (!crm_store_begin (self, error))
    return FALSE;

  if ((was_primary && !move_primary (self, client_id, successor_id, error)) ||
      !exec_bound (self,
                   "UPDATE contacts SET deleted_at = ?3, updated_at = ?3"
                   " WHERE id = ?1 AND client_id = ?2 AND deleted_at IS NULL",
                   crm_contact_get_id (contact), client_id, now, error))
    {
      crm_store_rollback (self);
      return FALSE;
    }

  if (!crm_store_commit (self, error))
    return FALSE;

  if (was_primary)
    {
      successor = crm_store_get_contact (self, successor_id, NULL);
      if (successor != NULL)
        show_primary (self, client_id, successor);
    }

  g_object_set_data (G_OBJECT (contact), WAS_PRIMARY_KEY, GINT_TO_POINTER (was_primary));

  client = lookup_live_client (self, client_id);
  if (client != NULL &&
      (list = crm_client_get_contact_store (client)) != NULL &&
      g_list_store_find (list, contact, &position))
    g_list_store_remove (list, position);

  crm_store_emit_contacts_changed (self, client_id);
  return TRUE;
}

/**
 * crm_store_restore_contact:
 * @contact: a contact removed with crm_store_remove_contact()
 *
 * Takes @contact back from the trash, as primary again when it was.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_restore_contact (CrmStore    *self,
                           CrmContact  *contact,
                           GError     **error)
{
  g_autofree char *now = crm_store_now ();
  gboolean was_primary;
  gint64 client_id;
  CrmClient *client;
  GListStore *list;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (crm_contact_get_id (contact) > 0, FALSE);

  client_id = crm_contact_get_client_id (contact);
  was_primary = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (contact), WAS_PRIMARY_KEY));

  if (!crm_store_begin (self, error))
    return FALSE;

  if (!exec_bound (self,
                   "UPDATE contacts SET deleted_at = NULL, updated_at = ?3"
                   " WHERE id = ?1 AND client_id = ?2 AND deleted_at IS NOT NULL",
                   crm_contact_get_id (contact), client_id, now, error) ||
      (was_primary && !move_primary (self, client_id, crm_contact_get_id (contact), error)))
    {
      crm_store_rollback (self);
      return FALSE;
    }

  if (!crm_store_commit (self, error))
    return FALSE;

  g_object_set_data (G_OBJECT (contact), WAS_PRIMARY_KEY, NULL);

  client = lookup_live_client (self, client_id);
  if (client != NULL && (list = crm_client_get_contact_store (client)) != NULL &&
      !g_list_store_find (list, contact, NULL))
    g_list_store_append (list, contact);

  if (was_primary)
    show_primary (self, client_id, contact);

  crm_store_emit_contacts_changed (self, client_id);
  return TRUE;
}

static char **
load_client_tags (CrmStore *self,
                  gint64    client_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (self,
                            "SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id"
                            " WHERE ct.client_id = ?1",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, client_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, COL_TEXT (stmt, 0));
      sqlite3_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

static char *
check_tag (const char  *tag,
           GError     **error)
{
  g_autofree char *name = crm_normalize_text (tag);

  if (name == NULL)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("A tag needs a name."));
      return NULL;
    }

  if (g_utf8_strlen (name, -1) > MAX_TAG_LENGTH)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("A tag can be at most %d characters long."), MAX_TAG_LENGTH);
      return NULL;
    }

  return g_steal_pointer (&name);
}

/**
 * crm_store_add_tag:
 * @client: a stored client
 * @tag: the tag's name; an existing tag is matched without regard to case
 *
 * Returns: %TRUE on success (also when @client already had @tag)
 */
gboolean
crm_store_add_tag (CrmStore    *self,
                   CrmClient   *client,
                   const char  *tag,
                   GError     **error)
{
  g_autofree char *name = NULL;
  g_auto(GStrv) tags = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  if (!(name = check_tag (tag, error)))
    return FALSE;

  if (!crm_store_begin (self, error))
    return FALSE;

  if (!(stmt = crm_store_prepare (self, "INSERT OR IGNORE INTO tags (name) VALUES (?1)", error)))
    goto rollback;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    goto rollback;

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT OR IGNORE INTO client_tags (client_id, tag_id)"
                                  " SELECT ?1, id FROM tags WHERE name = ?2",
                                  error)))
    goto rollback;
  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    goto rollback;

  if (!crm_store_commit (self, error))
    return FALSE;

  tags = load_client_tags (self, crm_client_get_id (client));
  crm_client_set_tags (client, (const char * const *) tags);
  return TRUE;

rollback:
  crm_store_rollback (self);
  return FALSE;
}

/**
 * crm_store_remove_tag:
 * @client: a stored client
 * @tag: the tag's name
 *
 * Returns: %TRUE on success (also when @client did not have @tag)
 */
gboolean
crm_store_remove_tag (CrmStore    *self,
                      CrmClient   *client,
                      const char  *tag,
                      GError     **error)
{
  g_autofree char *name = NULL;
  g_auto(GStrv) tags = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  if (!(name = check_tag (tag, error)))
    return FALSE;

  if (!(stmt = crm_store_prepare (self,
                                  "DELETE FROM client_tags WHERE client_id = ?1"
                                  " AND tag_id = (SELECT id FROM tags WHERE name = ?2)",
                                  error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  tags = load_client_tags (self, crm_client_get_id (client));
  crm_client_set_tags (client, (const char * const *) tags);
  return TRUE;
}

/**
 * crm_store_list_tags:
 *
 * Returns: (transfer full): every tag in use, sorted, for completion
 */
char **
crm_store_list_tags (CrmStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  stmt = crm_store_prepare (self,
                            "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM client_tags)"
                            " ORDER BY name COLLATE NOCASE",
                            NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, COL_TEXT (stmt, 0));
      sqlite3_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

static CrmNote *
note_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) created = crm_store_parse_time (COL_TEXT (stmt, 3));

  return crm_note_new_stored (sqlite3_column_int64 (stmt, 0),
                              sqlite3_column_int64 (stmt, 1),
                              COL_TEXT (stmt, 2),
                              COL_TEXT (stmt, 4),
                              created);
}

/**
 * crm_store_get_notes:
 * @client: a stored client
 *
 * Returns: (transfer full): the client's notes as a #GListModel of
 *   #CrmNote, newest first, kept up to date as notes are added
 */
GListModel *
crm_store_get_notes (CrmStore  *self,
                     CrmClient *client)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  if (crm_client_get_note_store (client) != NULL)
    return g_object_ref (G_LIST_MODEL (crm_client_get_note_store (client)));

  list = g_list_store_new (CRM_TYPE_NOTE);
  notes = g_ptr_array_new_with_free_func (g_object_unref);
  stmt = crm_store_prepare (self,
                            "SELECT n.id, n.client_id, n.body, n.created_at, s.name"
                            "  FROM notes n LEFT JOIN staff s ON s.id = n.author_id"
                            " WHERE n.client_id = ?1"
                            " ORDER BY n.created_at DESC, n.id DESC",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (notes, note_from_row (stmt));
      sqlite3_reset (stmt);
    }

  g_list_store_splice (list, 0, 0, notes->pdata, notes->len);
  crm_client_set_note_store (client, list);

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * crm_store_add_note:
 * @client: a stored client
 * @text: what the note says
 *
 * Adds a note written now by the current staff member.
 *
 * Returns: (transfer full): the note, or %NULL with @error set
 */
CrmNote *
crm_store_add_note (CrmStore    *self,
                    CrmClient   *client,
                    const char  *text,
                    GError     **error)
{
  g_autofree char *body = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) created = NULL;
  sqlite3_stmt *stmt;
  CrmNote *note;
  GListStore *list;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  if (!(body = crm_normalize_text (text)))
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("A note cannot be empty."));
      return NULL;
    }

  now = crm_store_now ();
  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO notes (client_id, author_id, body, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
  if (self->current_staff != NULL)
    sqlite3_bind_int64 (stmt, 2, crm_staff_get_id (self->current_staff));
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  created = crm_store_parse_time (now);
  note = crm_note_new_stored (sqlite3_last_insert_rowid (self->db),
                              crm_client_get_id (client), body,
                              self->current_staff ? crm_staff_get_name (self->current_staff) : NULL,
                              created);

  if ((list = crm_client_get_note_store (client)))
    g_list_store_insert (list, 0, note);

  crm_store_emit_history_changed (self, crm_client_get_id (client));

  return note;
}
