/* crm-store-staff.c: staff members and their roles, who looks after which
 * client, spam, and avatars.
 *
 * CrmStaff objects are small snapshots (the store's staff list is built
 * afresh each time); a change to the person using the app replaces the
 * store's current staff object. The rules: there is always an active
 * admin, and the person using the app stays active.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-staff-private.h"
#include "crm-store-business-private.h"
#include "crm-validate.h"

/**
 * crm_staff_role_to_label:
 *
 * Returns: the translated name of @role
 */
const char *
crm_staff_role_to_label (CrmStaffRole role)
{
  switch (role)
    {
    case CRM_STAFF_ROLE_ADMIN:
      /* Translators: a staff role: may change everything */
      return _("Admin");
    case CRM_STAFF_ROLE_STAFF:
      /* Translators: a staff role */
      return _("Staff");
    case CRM_STAFF_ROLE_READ_ONLY:
      /* Translators: a staff role: may look but not change */
      return _("Read-only");
    default:
      return "";
    }
}

/**
 * crm_store_get_staff:
 *
 * Returns: (transfer full): the staff member, or %NULL with @error set
 */
CrmStaff *
crm_store_get_staff (CrmStore  *self,
                     gint64     id,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  CrmStaff *staff;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if (!(stmt = crm_store_prepare (self, "SELECT id, name, email FROM staff WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("That staff member no longer exists."));
      return NULL;
    }

  staff = crm_staff_new_stored (sqlite3_column_int64 (stmt, 0), COL_TEXT (stmt, 1), COL_TEXT (stmt, 2));
  sqlite3_reset (stmt);

  return staff;
}

static gint64
query_staff_int (CrmStore   *self,
                 const char *sql,
                 gint64      id,
                 gint64      fallback)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, sql, NULL);
  gint64 value = fallback;

  if (stmt == NULL)
    return fallback;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

CrmStaffRole
crm_store_get_staff_role (CrmStore *self,
                          gint64    staff_id)
{
  g_return_val_if_fail (CRM_IS_STORE (self), CRM_STAFF_ROLE_READ_ONLY);

  return (CrmStaffRole) query_staff_int (self, "SELECT role FROM staff WHERE id = ?1",
                                         staff_id, CRM_STAFF_ROLE_READ_ONLY);
}

gboolean
crm_store_get_staff_active (CrmStore *self,
                            gint64    staff_id)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  return query_staff_int (self, "SELECT active FROM staff WHERE id = ?1", staff_id, 0) != 0;
}

/* The other active admins than @staff_id: one must remain. */
static gboolean
check_other_admin (CrmStore    *self,
                   gint64       staff_id,
                   GError     **error)
{
  g_autoptr(CrmStaff) staff = NULL;

  if (crm_store_get_staff_role (self, staff_id) != CRM_STAFF_ROLE_ADMIN ||
      !crm_store_get_staff_active (self, staff_id))
    return TRUE;

  if (query_staff_int (self,
                       "SELECT count (*) FROM staff WHERE role = 0 AND active = 1 AND id != ?1",
                       staff_id, 0) > 0)
    return TRUE;

  staff = crm_store_get_staff (self, staff_id, NULL);
  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               _("%s is the only admin. Make someone else an admin first."),
               staff ? crm_staff_get_name (staff) : "");
  return FALSE;
}

static gboolean
read_staff (const char    *name,
            const char    *email,
            CrmStaffRole   role,
            char         **out_name,
            char         **out_email,
            GError       **error)
{
  g_autofree char *n = crm_normalize_text (name);
  g_autofree char *e = crm_normalize_text (email);

  if (n == NULL)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("A staff member needs a name."));
      return FALSE;
    }

  if (e != NULL && !crm_email_is_valid (e))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("“%s” is not a valid e-mail address."), e);
      return FALSE;
    }

  if ((guint) role > CRM_STAFF_ROLE_READ_ONLY)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("%d is not a staff role."), (int) role);
      return FALSE;
    }

  *out_name = g_steal_pointer (&n);
  *out_email = g_steal_pointer (&e);
  return TRUE;
}

/**
 * crm_store_add_staff:
 * @name: the person's name
 * @email: (nullable): their e-mail address
 * @role: what they may do
 *
 * Returns: (transfer full): the new staff member, or %NULL with @error set
 */
CrmStaff *
crm_store_add_staff (CrmStore      *self,
                     const char    *name,
                     const char    *email,
                     CrmStaffRole   role,
                     GError       **error)
{
  g_autofree char *n = NULL;
  g_autofree char *e = NULL;
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if (!read_staff (name, email, role, &n, &e, error))
    return NULL;

  if (!(stmt = crm_store_prepare (self,
                                  "INSERT INTO staff (name, email, role, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, n, -1, SQLITE_TRANSIENT);
  crm_bind_text_or_null (stmt, 2, e);
  sqlite3_bind_int (stmt, 3, role);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  id = sqlite3_last_insert_rowid (self->db);
  crm_store_emit_staff_changed (self);

  return crm_staff_new_stored (id, n, e);
}

/**
 * crm_store_update_staff:
 * @staff_id: the staff member to change
 * @name: their name
 * @email: (nullable): their e-mail address
 * @role: what they may do; the last active admin stays one
 *
 * Returns: (transfer full): the staff member as now stored, or %NULL with
 *   @error set and nothing changed
 */
CrmStaff *
crm_store_update_staff (CrmStore      *self,
                        gint64         staff_id,
                        const char    *name,
                        const char    *email,
                        CrmStaffRole   role,
                        GError       **error)
{
  g_autofree char *n = NULL;
  g_autofree char *e = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if (!read_staff (name, email, role, &n, &e, error))
    return NULL;

  if (role != CRM_STAFF_ROLE_ADMIN && !check_other_admin (self, staff_id, error))
    return NULL;

  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE staff SET name = ?1, email = ?2, role = ?3 WHERE id = ?4",
                                  error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, n, -1, SQLITE_TRANSIENT);
  crm_bind_text_or_null (stmt, 2, e);
  sqlite3_bind_int (stmt, 3, role);
  sqlite3_bind_int64 (stmt, 4, staff_id);
  if (!crm_store_step_done (self, stmt, error))
    return NULL;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("That staff member no longer exists."));
      return NULL;
    }

  /* The app shows who is using it: give it the new name. */
  if (self->current_staff != NULL && crm_staff_get_id (self->current_staff) == staff_id)
    crm_store_set_current_staff (self, staff_id, NULL);

  crm_store_emit_staff_changed (self);

  return crm_staff_new_stored (staff_id, n, e);
}

/**
 * crm_store_set_staff_active:
 * @active: %FALSE when the person left: they keep their name on what they
 *   wrote but can no longer be picked
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_staff_active (CrmStore  *self,
                            gint64     staff_id,
                            gboolean   active,
                            GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  if (!active)
    {
      if (self->current_staff != NULL && crm_staff_get_id (self->current_staff) == staff_id)
        {
          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                       _("%s is the person using Clientele now. Pick who you are "
                         "in Preferences first."),
                       crm_staff_get_name (self->current_staff));
          return FALSE;
        }

      if (!check_other_admin (self, staff_id, error))
        return FALSE;
    }

  if (!(stmt = crm_store_prepare (self, "UPDATE staff SET active = ?1 WHERE id = ?2", error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, !!active);
  sqlite3_bind_int64 (stmt, 2, staff_id);
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("That staff member no longer exists."));
      return FALSE;
    }

  crm_store_emit_staff_changed (self);
  return TRUE;
}

/**
 * crm_store_assign_client:
 * @client: a stored client
 * @staff_id: the active staff member who looks after it, or 0 for nobody
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_assign_client (CrmStore   *self,
                         CrmClient  *client,
                         gint64      staff_id,
                         GError    **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  if (!crm_store_check_staff (self, staff_id, error))
    return FALSE;

  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE clients SET staff_id = ?1, updated_at = ?2 WHERE id = ?3",
                                  error)))
    return FALSE;

  crm_bind_id_or_null (stmt, 1, staff_id);
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

  crm_store_emit_client_assigned (self, client);
  return TRUE;
}

/**
 * crm_store_get_client_staff_id:
 *
 * Returns: the staff member who looks after @client, or 0
 */
gint64
crm_store_get_client_staff_id (CrmStore  *self,
                               CrmClient *client)
{
  g_return_val_if_fail (CRM_IS_STORE (self), 0);
  g_return_val_if_fail (CRM_IS_CLIENT (client), 0);

  return query_staff_int (self, "SELECT coalesce (staff_id, 0) FROM clients WHERE id = ?1",
                          crm_client_get_id (client), 0);
}

/**
 * crm_store_set_client_spam:
 * @spam: %TRUE to hide the client from the normal lists into the Spam
 *   filter, %FALSE to bring it back
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_client_spam (CrmStore   *self,
                           CrmClient  *client,
                           gboolean    spam,
                           GError    **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  if (!(stmt = crm_store_prepare (self,
                                  "UPDATE clients SET spam = ?1, updated_at = ?2"
                                  " WHERE id = ?3 AND spam != ?1",
                                  error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, !!spam);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, crm_client_get_id (client));
  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 1)
    crm_store_emit_client_spam_changed (self, client);

  return TRUE;
}

gboolean
crm_store_get_client_spam (CrmStore  *self,
                           CrmClient *client)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  return query_staff_int (self, "SELECT spam FROM clients WHERE id = ?1",
                          crm_client_get_id (client), 0) != 0;
}

static gboolean
check_png (GBytes  *png,
           GError **error)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const guchar *data;

  if (png == NULL)
    return TRUE;

  data = g_bytes_get_data (png, &size);

  if (size < sizeof signature || memcmp (data, signature, sizeof signature) != 0)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("The picture is not a PNG image."));
      return FALSE;
    }

  if (size > CRM_AVATAR_MAX_SIZE)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("The picture is too large (%lu KiB; at most %d KiB). "
                     "Scale it down first."),
                   (unsigned long) ((size + 1023) / 1024), CRM_AVATAR_MAX_SIZE / 1024);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_avatar (CrmStore    *self,
            const char  *sql,
            gint64       id,
            GObject     *owner,
            GBytes      *png,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!check_png (png, error))
    return FALSE;

  if (!(stmt = crm_store_prepare (self, sql, error)))
    return FALSE;

  if (png != NULL)
    sqlite3_bind_blob64 (stmt, 1, g_bytes_get_data (png, NULL), g_bytes_get_size (png),
                         SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, id);

  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("The record no longer exists."));
      return FALSE;
    }

  crm_store_emit_avatar_changed (self, owner);
  return TRUE;
}

static GBytes *
get_avatar (CrmStore   *self,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, sql, NULL);
  GBytes *bytes = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_BLOB)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);

  return bytes;
}

/**
 * crm_store_set_client_avatar:
 * @png: (nullable): a PNG of at most %CRM_AVATAR_MAX_SIZE bytes, or %NULL
 *   to go back to initials
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_set_client_avatar (CrmStore   *self,
                             CrmClient  *client,
                             GBytes     *png,
                             GError    **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  return set_avatar (self, "UPDATE clients SET avatar = ?1 WHERE id = ?2",
                     crm_client_get_id (client), G_OBJECT (client), png, error);
}

/**
 * crm_store_get_client_avatar:
 *
 * Returns: (transfer full) (nullable): the client's PNG, if it has one
 */
GBytes *
crm_store_get_client_avatar (CrmStore  *self,
                             CrmClient *client)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (client), NULL);

  return get_avatar (self, "SELECT avatar FROM clients WHERE id = ?1", crm_client_get_id (client));
}

gboolean
crm_store_set_contact_avatar (CrmStore    *self,
                              CrmContact  *contact,
                              GBytes      *png,
                              GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);

  return set_avatar (self, "UPDATE contacts SET avatar = ?1 WHERE id = ?2",
                     crm_contact_get_id (contact), G_OBJECT (contact), png, error);
}

/**
 * crm_store_get_contact_avatar:
 *
 * Returns: (transfer full) (nullable): the contact's PNG, if it has one
 */
GBytes *
crm_store_get_contact_avatar (CrmStore   *self,
                              CrmContact *contact)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), NULL);

  return get_avatar (self, "SELECT avatar FROM contacts WHERE id = ?1", crm_contact_get_id (contact));
}
