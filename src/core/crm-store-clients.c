/* crm-store-clients.c: clients, contacts, tags and notes in CrmStore.
 *
 * Every write validates first, then runs in one transaction, and only when
 * it is committed updates the live objects (one per row, kept in the
 * store's identity maps), so a failed write changes nothing anywhere.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>

#include "crm-client-private.h"
#include "crm-contact-private.h"
#include "crm-core-enums.h"
#include "crm-note-private.h"
#include "crm-store-business-private.h"
#include "crm-store-private.h"
#include "crm-validate.h"

#define MAX_TAG_LENGTH 100

typedef enum {
  FIELD_TEXT,
  FIELD_REQUIRED,
  FIELD_EMAIL,
  FIELD_EXTERNAL_ID,
  FIELD_STATUS,
  FIELD_BOOL,
} FieldKind;

typedef struct {
  const char *property;
  FieldKind   kind;
  const char *sql;   /* ?1 value, ?2 updated_at, ?3 id */
} Field;

static const Field client_fields[] = {
  { "name", FIELD_REQUIRED, "UPDATE clients SET name = ?1, updated_at = ?2 WHERE id = ?3" },
  { "external-id", FIELD_EXTERNAL_ID, "UPDATE clients SET external_id = ?1, updated_at = ?2 WHERE id = ?3" },
  { "additional-info", FIELD_TEXT, "UPDATE clients SET additional_info = ?1, updated_at = ?2 WHERE id = ?3" },
  { "phone", FIELD_TEXT, "UPDATE clients SET phone = ?1, updated_at = ?2 WHERE id = ?3" },
  { "email", FIELD_EMAIL, "UPDATE clients SET email = ?1, updated_at = ?2 WHERE id = ?3" },
  { "website", FIELD_TEXT, "UPDATE clients SET website = ?1, updated_at = ?2 WHERE id = ?3" },
  { "street", FIELD_TEXT, "UPDATE clients SET street = ?1, updated_at = ?2 WHERE id = ?3" },
  { "city", FIELD_TEXT, "UPDATE clients SET city = ?1, updated_at = ?2 WHERE id = ?3" },
  { "region", FIELD_TEXT, "UPDATE clients SET region = ?1, updated_at = ?2 WHERE id = ?3" },
  { "postal-code", FIELD_TEXT, "UPDATE clients SET postal_code = ?1, updated_at = ?2 WHERE id = ?3" },
  { "country", FIELD_TEXT, "UPDATE clients SET country = ?1, updated_at = ?2 WHERE id = ?3" },
  { "status", FIELD_STATUS, "UPDATE clients SET status = ?1, updated_at = ?2 WHERE id = ?3" },
  { "favorite", FIELD_BOOL, "UPDATE clients SET favorite = ?1, updated_at = ?2 WHERE id = ?3" },
};

static const Field contact_fields[] = {
  { "first-name", FIELD_TEXT, "UPDATE contacts SET first_name = coalesce (?1, ''), updated_at = ?2 WHERE id = ?3" },
  { "last-name", FIELD_TEXT, "UPDATE contacts SET last_name = coalesce (?1, ''), updated_at = ?2 WHERE id = ?3" },
  { "job-title", FIELD_TEXT, "UPDATE contacts SET job_title = ?1, updated_at = ?2 WHERE id = ?3" },
  { "email", FIELD_EMAIL, "UPDATE contacts SET email = ?1, updated_at = ?2 WHERE id = ?3" },
  { "phone", FIELD_TEXT, "UPDATE contacts SET phone = ?1, updated_at = ?2 WHERE id = ?3" },
  { "street", FIELD_TEXT, "UPDATE contacts SET street = ?1, updated_at = ?2 WHERE id = ?3" },
  { "city", FIELD_TEXT, "UPDATE contacts SET city = ?1, updated_at = ?2 WHERE id = ?3" },
  { "region", FIELD_TEXT, "UPDATE contacts SET region = ?1, updated_at = ?2 WHERE id = ?3" },
  { "postal-code", FIELD_TEXT, "UPDATE contacts SET postal_code = ?1, updated_at = ?2 WHERE id = ?3" },
  { "country", FIELD_TEXT, "UPDATE contacts SET country = ?1, updated_at = ?2 WHERE id = ?3" },
  { "external-id", FIELD_EXTERNAL_ID, "UPDATE contacts SET external_id = ?1, updated_at = ?2 WHERE id = ?3" },
  { "inactive", FIELD_BOOL, "UPDATE contacts SET inactive = ?1, updated_at = ?2 WHERE id = ?3" },
};

#define CLIENT_SELECT \
  "SELECT c.id, c.name, c.external_id, c.additional_info, c.phone, c.email," \
  "       c.website, c.street, c.city, c.region, c.postal_code, c.country," \
  "       c.status, c.favorite, c.created_at, c.updated_at, c.deleted_at," \
  "       (SELECT group_concat (t.name, char (31)) FROM client_tags ct" \
  "          JOIN tags t ON t.id = ct.tag_id WHERE ct.client_id = c.id)," \
  "       p.id" \
  "  FROM clients c LEFT JOIN contacts p ON p.client_id = c.id AND p.is_primary = 1 "

static const char * const contact_value_props[] = {
  "job-title", "email", "phone", "street", "city", "region",
  "postal-code", "country", "external-id",
};

void
crm_contact_values_clear (ContactValues *values)
{
  g_free (values->first_name);
  g_free (values->last_name);
  for (guint i = 0; i < G_N_ELEMENTS (values->strings); i++)
    g_free (values->strings[i]);
}

/* Which record already holds an external id, for a message that names it. */
static char *
find_external_id_owner (CrmStore   *self,
                        gboolean    contacts,
                        const char *external_id,
                        gint64      except_id)
{
  sqlite3_stmt *stmt;
  char *owner = NULL;

  if (contacts)
    stmt = crm_store_prepare (self,
                              "SELECT trim (first_name || ' ' || last_name) FROM contacts"
                              " WHERE external_id = ?1 AND id != ?2",
                              NULL);
  else
    stmt = crm_store_prepare (self,
                              "SELECT name FROM clients WHERE external_id = ?1 AND id != ?2",
                              NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, external_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    owner = g_strdup (COL_TEXT (stmt, 0));
  sqlite3_reset (stmt);

  return owner;
}

static gboolean
check_external_id (CrmStore    *self,
                   gboolean     contacts,
                   const char  *external_id,
                   gint64       except_id,
                   GError     **error)
{
  g_autofree char *owner = NULL;

  if (external_id == NULL)
    return TRUE;

  owner = find_external_id_owner (self, contacts, external_id, except_id);
  if (owner == NULL)
    return TRUE;

  if (contacts)
    g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DUPLICATE,
                 _("The external ID “%s” is already used by the contact “%s”."),
                 external_id, owner);
  else
    g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DUPLICATE,
                 _("The external ID “%s” is already used by the client “%s”."),
                 external_id, owner);
  return FALSE;
}

static gboolean
check_email (const char  *email,
             GError     **error)
{
  if (email == NULL || crm_email_is_valid (email))
    return TRUE;

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               _("“%s” is not a valid e-mail address."), email);
  return FALSE;
}

static gboolean
check_client_name (const char  *name,
                   GError     **error)
{
  if (name != NULL)
    return TRUE;

  g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                       _("A client needs a name."));
  return FALSE;
}

static gboolean
check_contact_name (const char  *first_name,
                    const char  *last_name,
                    GError     **error)
{
  if (first_name != NULL || last_name != NULL)
    return TRUE;

  g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                       _("A contact needs a first or a last name."));
  return FALSE;
}

static void
apply_contact_row (CrmContact   *contact,
                   sqlite3_stmt *stmt)
{
  g_object_freeze_notify (G_OBJECT (contact));
  g_object_set (contact,
                "first-name", COL_TEXT (stmt, 2),
                "last-name", COL_TEXT (stmt, 3),
                "job-title", COL_TEXT (stmt, 4),
                "email", COL_TEXT (stmt, 5),
                "phone", COL_TEXT (stmt, 6),
                "street", COL_TEXT (stmt, 7),
                "city", COL_TEXT (stmt, 8),
                "region", COL_TEXT (stmt, 9),
                "postal-code", COL_TEXT (stmt, 10),
                "country", COL_TEXT (stmt, 11),
                "external-id", COL_TEXT (stmt, 12),
                "inactive", sqlite3_column_int (stmt, 14) != 0,
                NULL);
  crm_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
  crm_contact_set_client_id (contact, sqlite3_column_int64 (stmt, 1));
  crm_contact_set_primary (contact, sqlite3_column_int (stmt, 13) != 0);
  g_object_thaw_notify (G_OBJECT (contact));
}

CrmContact *
crm_store_contact_from_row (CrmStore     *self,
                            sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  CrmContact *contact;

  contact = g_hash_table_lookup (self->contacts, &id);
  if (contact != NULL)
    return g_object_ref (contact);

  contact = g_object_new (CRM_TYPE_CONTACT, NULL);
  apply_contact_row (contact, stmt);
  crm_store_remember_contact (self, contact);

  return contact;
}

/**
 * crm_store_get_contact:
 * @id: the contact's id
 *
 * Returns: (transfer full): the live contact, or %NULL with @error set
 */
CrmContact *
crm_store_get_contact (CrmStore  *self,
                       gint64     id,
                       GError   **error)
{
  CrmContact *contact;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  contact = g_hash_table_lookup (self->contacts, &id);
  if (contact != NULL)
    return g_object_ref (contact);

  if (!(stmt = crm_store_prepare (self, CONTACT_SELECT "WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The contact no longer exists."));
      return NULL;
    }

  contact = crm_store_contact_from_row (self, stmt);
  sqlite3_reset (stmt);

  return contact;
}

static void
apply_client_row (CrmClient    *client,
                  sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_auto(GStrv) tags = NULL;

  g_object_freeze_notify (G_OBJECT (client));
  g_object_set (client,
                "name", COL_TEXT (stmt, 1),
                "external-id", COL_TEXT (stmt, 2),
                "additional-info", COL_TEXT (stmt, 3),
                "phone", COL_TEXT (stmt, 4),
                "email", COL_TEXT (stmt, 5),
                "website", COL_TEXT (stmt, 6),
                "street", COL_TEXT (stmt, 7),
                "city", COL_TEXT (stmt, 8),
                "region", COL_TEXT (stmt, 9),
                "postal-code", COL_TEXT (stmt, 10),
                "country", COL_TEXT (stmt, 11),
                "status", sqlite3_column_int (stmt, 12),
                "favorite", sqlite3_column_int (stmt, 13) != 0,
                NULL);

  created = crm_store_parse_time (COL_TEXT (stmt, 14));
  updated = crm_store_parse_time (COL_TEXT (stmt, 15));
  crm_client_set_id (client, sqlite3_column_int64 (stmt, 0));
  crm_client_set_created (client, created);
  crm_client_set_updated (client, updated);
  crm_client_set_trashed (client, sqlite3_column_type (stmt, 16) != SQLITE_NULL);

  if (sqlite3_column_type (stmt, 17) != SQLITE_NULL)
    tags = g_strsplit (COL_TEXT (stmt, 17), "\x1f", -1);
  crm_client_set_tags (client, (const char * const *) tags);
  g_object_thaw_notify (G_OBJECT (client));
}

static CrmClient *
client_from_row (CrmStore     *self,
                 sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  CrmClient *client;

  client = g_hash_table_lookup (self->clients, &id);
  if (client != NULL)
    return g_object_ref (client);

  client = g_object_new (CRM_TYPE_CLIENT, NULL);
  apply_client_row (client, stmt);
  crm_store_remember_client (self, client);

  return client;
}

static CrmClient *
load_client (CrmStore    *self,
             const char  *sql,
             gint64       id,
             const char  *text,
             GError     **error)
{
  g_autoptr(CrmClient) client = NULL;
  g_autoptr(CrmContact) primary = NULL;
  sqlite3_stmt *stmt;
  gint64 primary_id = 0;

  if (!(stmt = crm_store_prepare (self, sql, error)))
    return NULL;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The client no longer exists."));
      return NULL;
    }

  client = client_from_row (self, stmt);
  primary_id = sqlite3_column_int64 (stmt, 18);
  sqlite3_reset (stmt);

  if (primary_id != 0 && crm_client_get_primary_contact (client) == NULL)
    {
      if (!(primary = crm_store_get_contact (self, primary_id, error)))
        return NULL;
      crm_client_set_primary_contact (client, primary);
    }

  return g_steal_pointer (&client);
}

/* Reads the clients with @ids, and their primary contacts, into objects
 * nobody else sees yet. Runs on a worker thread with that thread's
 * connection @db: it touches no store. Ids no longer listed are left out.
 *
 * Returns: (transfer full): a table of id → CrmClient, or %NULL */
GHashTable *
crm_store_read_clients (sqlite3      *db,
                        const gint64 *ids,
                        guint         n_ids)
{
  g_autoptr(GHashTable) clients = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, g_object_unref);
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GString) primaries = g_string_new ("[");
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  if (sqlite3_prepare_v2 (db, CLIENT_SELECT "WHERE c.id IN (SELECT value FROM json_each (?1))",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CrmClient *client = g_object_new (CRM_TYPE_CLIENT, NULL);
      gint64 id;

      apply_client_row (client, stmt);
      id = crm_client_get_id (client);
      g_hash_table_insert (clients, g_memdup2 (&id, sizeof id), client);

      if (sqlite3_column_type (stmt, 18) != SQLITE_NULL)
        g_string_append_printf (primaries, "%s%" G_GINT64_FORMAT,
                                primaries->len > 1 ? "," : "",
                                (gint64) sqlite3_column_int64 (stmt, 18));
    }
  sqlite3_finalize (stmt);
  g_string_append_c (primaries, ']');

  if (sqlite3_prepare_v2 (db, CONTACT_SELECT "WHERE id IN (SELECT value FROM json_each (?1))",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  sqlite3_bind_text (stmt, 1, primaries->str, primaries->len, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmContact) contact = g_object_new (CRM_TYPE_CONTACT, NULL);
      gint64 client_id;
      CrmClient *client;

      apply_contact_row (contact, stmt);
      client_id = crm_contact_get_client_id (contact);
      if ((client = g_hash_table_lookup (clients, &client_id)) != NULL)
        crm_client_set_primary_contact (client, contact);
    }
  sqlite3_finalize (stmt);

  return g_steal_pointer (&clients);
}

/* Makes @fresh, read by crm_store_read_clients(), the live client of its
 * id, with its primary contact; or gives the live one if there is one
 * already (the one on screen wins: it may have changed since).
 *
 * Returns: (transfer full): the live client */
CrmClient *
crm_store_adopt_client (CrmStore  *self,
                        CrmClient *fresh)
{
  gint64 id = crm_client_get_id (fresh);
  CrmClient *live = g_hash_table_lookup (self->clients, &id);
  CrmContact *primary;

  if (live != NULL)
    return g_object_ref (live);

  if ((primary = crm_client_get_primary_contact (fresh)) != NULL)
    {
      gint64 contact_id = crm_contact_get_id (primary);
      CrmContact *live_contact = g_hash_table_lookup (self->contacts, &contact_id);

      if (live_contact != NULL)
        crm_client_set_primary_contact (fresh, live_contact);
      else
        crm_store_remember_contact (self, primary);
    }

  crm_store_remember_client (self, fresh);

  return g_object_ref (fresh);
}

/**
 * crm_store_get_client:
 * @id: the client's id
 *
 * Returns: (transfer full): the live client (trashed or not), or %NULL
 *   with @error set
 */
CrmClient *
crm_store_get_client (CrmStore  *self,
                      gint64     id,
                      GError   **error)
{
  CrmClient *client;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  client = g_hash_table_lookup (self->clients, &id);
  if (client != NULL)
    return g_object_ref (client);

  return load_client (self, CLIENT_SELECT "WHERE c.id = ?1", id, NULL, error);
}

/**
 * crm_store_find_client_by_external_id:
 *
 * Returns: (transfer full) (nullable): the client with that external id
 */
CrmClient *
crm_store_find_client_by_external_id (CrmStore   *self,
                                      const char *external_id)
{
  g_autofree char *key = crm_normalize_text (external_id);

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  if (key == NULL)
    return NULL;

  return load_client (self, CLIENT_SELECT "WHERE c.external_id = ?1", 0, key, NULL);
}

/**
 * crm_store_count_clients:
 *
 * Returns: how many clients are not in the trash
 */
guint
crm_store_count_clients (CrmStore *self)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (CRM_IS_STORE (self), 0);

  stmt = crm_store_prepare (self, "SELECT count (*) FROM clients WHERE deleted_at IS NULL", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return count;
}

/**
 * crm_store_has_clients:
 *
 * A bounded check for the empty state, fast on any number of rows.
 *
 * Returns: %TRUE when at least one client is not in the trash
 */
gboolean
crm_store_has_clients (CrmStore *self)
{
  sqlite3_stmt *stmt;
  gboolean has = FALSE;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  stmt = crm_store_prepare (self,
                            "SELECT EXISTS (SELECT 1 FROM clients WHERE deleted_at IS NULL)",
                            NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    has = sqlite3_column_int (stmt, 0) != 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return has;
}


gboolean
crm_store_read_contact_draft (CrmStore       *self,
                    CrmContact     *draft,
                    ContactValues  *values,
                    GError        **error)
{
  if (crm_contact_get_id (draft) != 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("“%s” already belongs to a client. Add a new contact instead."),
                   crm_contact_get_display_name (draft));
      return FALSE;
    }

  values->first_name = crm_normalize_text (crm_contact_get_first_name (draft));
  values->last_name = crm_normalize_text (crm_contact_get_last_name (draft));
  for (guint i = 0; i < G_N_ELEMENTS (contact_value_props); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (draft, contact_value_props[i], &value, NULL);
      values->strings[i] = crm_normalize_text (value);
    }

  return check_contact_name (values->first_name, values->last_name, error) &&
         check_email (values->strings[CV_EMAIL], error) &&
         check_external_id (self, TRUE, values->strings[CV_EXTERNAL_ID], 0, error);
}

gboolean
crm_store_insert_contact (CrmStore       *self,
                gint64          client_id,
                ContactValues  *values,
                gboolean        primary,
                gboolean        inactive,
                const char     *now,
                gint64         *id,
                GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (self,
                            "INSERT INTO contacts (client_id, first_name, last_name, job_title,"
                            " email, phone, street, city, region, postal_code, country,"
                            " external_id, is_primary, inactive, created_at, updated_at)"
                            " VALUES (?1, coalesce (?2, ''), coalesce (?3, ''), ?4, ?5, ?6,"
                            " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, client_id);
  crm_bind_text_or_null (stmt, 2, values->first_name);
  crm_bind_text_or_null (stmt, 3, values->last_name);
  for (guint i = 0; i < G_N_ELEMENTS (contact_value_props); i++)
    crm_bind_text_or_null (stmt, 4 + i, values->strings[i]);
  sqlite3_bind_int (stmt, 13, primary);
  sqlite3_bind_int (stmt, 14, inactive);
  sqlite3_bind_text (stmt, 15, now, -1, SQLITE_TRANSIENT);

  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* After the commit: the draft becomes the live object of its row. */
void
crm_store_adopt_contact (CrmStore      *self,
               CrmContact    *draft,
               ContactValues *values,
               gint64         id,
               gint64         client_id,
               gboolean       primary)
{
  g_object_freeze_notify (G_OBJECT (draft));
  g_object_set (draft,
                "first-name", values->first_name,
                "last-name", values->last_name,
                NULL);
  for (guint i = 0; i < G_N_ELEMENTS (contact_value_props); i++)
    g_object_set (draft, contact_value_props[i], values->strings[i], NULL);
  crm_contact_set_id (draft, id);
  crm_contact_set_client_id (draft, client_id);
  crm_contact_set_primary (draft, primary);
  g_object_thaw_notify (G_OBJECT (draft));

  crm_store_remember_contact (self, draft);
}

/**
 * crm_store_create_client:
 * @draft: a client from crm_client_new()
 * @first_contact: a contact from crm_contact_new(); it becomes the primary
 * @error: return location for a #CrmStoreError
 *
 * Stores a new client together with its first contact, in one transaction.
 * On success @draft and @first_contact become the live objects of their
 * rows (their values trimmed as stored).
 *
 * Returns: (transfer full): @draft, stored; or %NULL with @error set and
 *   nothing written
 */
CrmClient *
crm_store_create_client (CrmStore    *self,
                         CrmClient   *draft,
                         CrmContact  *first_contact,
                         GError     **error)
{
  static const char * const client_props[] = {
    "name", "external-id", "additional-info", "phone", "email", "website",
    "street", "city", "region", "postal-code", "country",
  };
  g_auto(ContactValues) contact_values = { 0 };
  g_autofree char *now = NULL;
  char *values[G_N_ELEMENTS (client_props)] = { 0 };
  g_autoptr(GDateTime) created = NULL;
  sqlite3_stmt *stmt;
  gint64 client_id = 0;
  gint64 contact_id = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (CRM_IS_CLIENT (draft), NULL);
  g_return_val_if_fail (CRM_IS_CONTACT (first_contact), NULL);
  g_return_val_if_fail (crm_client_get_id (draft) == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (client_props); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (draft, client_props[i], &value, NULL);
      values[i] = crm_normalize_text (value);
    }

  if (!check_client_name (values[0], error) ||
      !check_email (values[4], error) ||
      !check_external_id (self, FALSE, values[1], 0, error) ||
      !crm_store_read_contact_draft (self, first_contact, &contact_values, error))
    goto out;

  now = crm_store_now ();

  if (!crm_store_begin (self, error))
    goto out;

  stmt = crm_store_prepare (self,
                            "INSERT INTO clients (name, external_id, additional_info, phone,"
                            " email, website, street, city, region, postal_code, country,"
                            " status, favorite, staff_id, created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                            " ?14, ?15, ?15)",
                            error);
  if (stmt == NULL)
    goto rollback;

  for (guint i = 0; i < G_N_ELEMENTS (client_props); i++)
    crm_bind_text_or_null (stmt, 1 + i, values[i]);
  sqlite3_bind_int (stmt, 12, crm_client_get_status (draft));
  sqlite3_bind_int (stmt, 13, crm_client_get_favorite (draft));
  if (self->current_staff != NULL)
    sqlite3_bind_int64 (stmt, 14, crm_staff_get_id (self->current_staff));
  sqlite3_bind_text (stmt, 15, now, -1, SQLITE_TRANSIENT);

  if (!crm_store_step_done (self, stmt, error))
    goto rollback;

  client_id = sqlite3_last_insert_rowid (self->db);

  if (!crm_store_insert_contact (self, client_id, &contact_values, TRUE,
                       crm_contact_get_inactive (first_contact), now,
                       &contact_id, error))
    goto rollback;

  if (!crm_store_commit (self, error))
    goto out;

  created = crm_store_parse_time (now);

  g_object_freeze_notify (G_OBJECT (draft));
  for (guint i = 0; i < G_N_ELEMENTS (client_props); i++)
    g_object_set (draft, client_props[i], values[i], NULL);
  crm_client_set_id (draft, client_id);
  crm_client_set_created (draft, created);
  crm_client_set_updated (draft, created);
  crm_store_adopt_contact (self, first_contact, &contact_values, contact_id, client_id, TRUE);
  crm_client_set_primary_contact (draft, first_contact);
  g_object_thaw_notify (G_OBJECT (draft));

  crm_store_remember_client (self, draft);
  crm_store_emit_client_added (self, draft);
  ok = TRUE;
  goto out;

rollback:
  crm_store_rollback (self);

out:
  for (guint i = 0; i < G_N_ELEMENTS (client_props); i++)
    g_free (values[i]);

  return ok ? g_object_ref (draft) : NULL;
}

typedef struct {
  const Field *field;
  GValue       value;
} Change;

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_value_unset (&change->value);
}

/* Gathers "property", value, … pairs, normalizes and validates them. */
static GArray *
collect_changes (CrmStore     *self,
                 GObject      *object,
                 const Field  *fields,
                 guint         n_fields,
                 gboolean      contacts,
                 gint64        id,
                 const char   *first_property,
                 va_list       args,
                 GError      **error)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (Change));
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  g_array_set_clear_func (changes, change_clear);

  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      const Field *field = NULL;
      g_autofree char *collect_error = NULL;
      Change change = { 0 };

      for (guint i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].property, name))
          field = &fields[i];

      if (pspec == NULL || field == NULL)
        {
          g_critical ("%s: “%s” is not a property the store can change on %s",
                      G_STRFUNC, name, G_OBJECT_TYPE_NAME (object));
          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                       "Unknown property “%s”", name);
          return NULL;
        }

      G_VALUE_COLLECT_INIT (&change.value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s: %s", G_STRFUNC, collect_error);
          g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED, collect_error);
          return NULL;
        }

      change.field = field;
      g_array_append_val (changes, change);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      if (G_VALUE_HOLDS_STRING (&change->value))
        g_value_take_string (&change->value,
                             crm_normalize_text (g_value_get_string (&change->value)));

      switch (change->field->kind)
        {
        case FIELD_REQUIRED:
          if (!check_client_name (g_value_get_string (&change->value), error))
            return NULL;
          break;

        case FIELD_EMAIL:
          if (!check_email (g_value_get_string (&change->value), error))
            return NULL;
          break;

        case FIELD_EXTERNAL_ID:
          if (!check_external_id (self, contacts, g_value_get_string (&change->value), id, error))
            return NULL;
          break;

        case FIELD_STATUS:
        case FIELD_BOOL:
        case FIELD_TEXT:
        default:
          break;
        }
    }

  return g_steal_pointer (&changes);
}

static const char *
change_string (GArray     *changes,
               const char *property,
               const char *current)
{
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      if (g_str_equal (change->field->property, property))
        return g_value_get_string (&change->value);
    }

  return current && *current ? current : NULL;
}

static gboolean
write_changes (CrmStore    *self,
               GArray      *changes,
               gint64       id,
               const char  *now,
               GError     **error)
{
  if (!crm_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);
      sqlite3_stmt *stmt;

      if (!(stmt = crm_store_prepare (self, change->field->sql, error)))
        goto rollback;

      if (G_VALUE_HOLDS_STRING (&change->value))
        crm_bind_text_or_null (stmt, 1, g_value_get_string (&change->value));
      else if (G_VALUE_HOLDS_BOOLEAN (&change->value))
        sqlite3_bind_int (stmt, 1, g_value_get_boolean (&change->value));
      else if (G_VALUE_HOLDS_ENUM (&change->value))
        sqlite3_bind_int (stmt, 1, g_value_get_enum (&change->value));
      else
        g_assert_not_reached ();

      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, id);

      if (!crm_store_step_done (self, stmt, error))
        goto rollback;

      if (sqlite3_changes (self->db) != 1)
        {
          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                       _("The record no longer exists."));
          goto rollback;
        }
    }

  return crm_store_commit (self, error);

rollback:
  crm_store_rollback (self);
  return FALSE;
}

static void
apply_changes (GObject *object,
               GArray  *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      g_object_set_property (object, change->field->property, &change->value);
    }
}

/**
 * crm_store_update_client:
 * @client: a stored client
 * @error: return location for a #CrmStoreError
 * @first_property: the name of the first property to change, then its
 *   value, then more pairs, ending with %NULL (as g_object_set())
 *
 * Validates and writes the changes in one transaction, then updates the
 * live object. On error nothing is written and @client is unchanged.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_update_client (CrmStore    *self,
                         CrmClient   *client,
                         GError     **error,
                         const char  *first_property,
                         ...)
{
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *now = NULL;
  va_list args;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (crm_client_get_id (client) > 0, FALSE);

  va_start (args, first_property);
  changes = collect_changes (self, G_OBJECT (client), client_fields,
                             G_N_ELEMENTS (client_fields), FALSE,
                             crm_client_get_id (client), first_property, args, error);
  va_end (args);

  if (changes == NULL)
    return FALSE;

  now = crm_store_now ();
  if (!write_changes (self, changes, crm_client_get_id (client), now, error))
    return FALSE;

  updated = crm_store_parse_time (now);
  g_object_freeze_notify (G_OBJECT (client));
  apply_changes (G_OBJECT (client), changes);
  crm_client_set_updated (client, updated);
  g_object_thaw_notify (G_OBJECT (client));

  return TRUE;
}

/**
 * crm_store_update_contact:
 * @contact: a stored contact
 * @error: return location for a #CrmStoreError
 * @first_property: property name / value pairs ending with %NULL
 *
 * As crm_store_update_client(), for a contact. The contact must keep a
 * first or a last name.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_update_contact (CrmStore    *self,
                          CrmContact  *contact,
                          GError     **error,
                          const char  *first_property,
                          ...)
{
  g_autoptr(GArray) changes = NULL;
  g_autofree char *now = NULL;
  va_list args;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (crm_contact_get_id (contact) > 0, FALSE);

  va_start (args, first_property);
  changes = collect_changes (self, G_OBJECT (contact), contact_fields,
                             G_N_ELEMENTS (contact_fields), TRUE,
                             crm_contact_get_id (contact), first_property, args, error);
  va_end (args);

  if (changes == NULL)
    return FALSE;

  if (!check_contact_name (change_string (changes, "first-name",
                                          crm_contact_get_first_name (contact)),
                           change_string (changes, "last-name",
                                          crm_contact_get_last_name (contact)),
                           error))
    return FALSE;

  now = crm_store_now ();
  if (!write_changes (self, changes, crm_contact_get_id (contact), now, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (contact));
  apply_changes (G_OBJECT (contact), changes);
  g_object_thaw_notify (G_OBJECT (contact));

  crm_store_emit_contacts_changed (self, crm_contact_get_client_id (contact));

  return TRUE;
}

static gboolean
set_trashed (CrmStore    *self,
             CrmClient   *client,
             gboolean     trashed,
             GError     **error)
{
  g_autofree char *now = crm_store_now ();
  sqlite3_stmt *stmt;

  if (trashed)
    stmt = crm_store_prepare (self,
                              "UPDATE clients SET deleted_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NULL",
                              error);
  else
    stmt = crm_store_prepare (self,
                              "UPDATE clients SET deleted_at = NULL, updated_at = ?1"
                              " WHERE id = ?2 AND deleted_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, crm_client_get_id (client));

  if (!crm_store_step_done (self, stmt, error))
    return FALSE;

  /* Already where it was asked to be: nothing to do, and no signal. */
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  crm_client_set_trashed (client, trashed);
  if (trashed)
    crm_store_emit_client_trashed (self, client);
  else
    crm_store_emit_client_restored (self, client);

  return TRUE;
}

/**
 * crm_store_trash_client:
 *
 * Moves @client to the trash: it leaves every list, and
 * crm_store_restore_client() brings it back as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_trash_client (CrmStore   *self,
                        CrmClient  *client,
                        GError    **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  return set_trashed (self, client, TRUE, error);
}

/**
 * crm_store_restore_client:
 *
 * Takes @client back from the trash.
 *
 * Returns: %TRUE on success
 */
gboolean
crm_store_restore_client (CrmStore   *self,
                          CrmClient  *client,
                          GError    **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CLIENT (client), FALSE);

  return set_trashed (self, client, FALSE, error);
}

static void
refill (GListStore *list,
        GPtrArray  *items)
{
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
}

static GPtrArray *
hold_values (GHashTable *table)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (values, g_object_ref (value));

  return values;
}

/**
 * crm_store_reload:
 *
 * Reads every live object again from the database, after another
 * connection (an import, an undo) has written to it, and tells the lists
 * to run their queries again ("reloaded").
 */
void
crm_store_reload (CrmStore *self)
{
  g_autoptr(GPtrArray) clients = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  sqlite3_stmt *stmt;

  g_return_if_fail (CRM_IS_STORE (self));

  /* Hold them: reloading may drop the last other reference. */
  clients = hold_values (self->clients);
  contacts = hold_values (self->contacts);

  for (guint i = 0; i < contacts->len; i++)
    {
      if (!(stmt = crm_store_prepare (self, CONTACT_SELECT "WHERE id = ?1", NULL)))
        return;
      sqlite3_bind_int64 (stmt, 1, crm_contact_get_id (contacts->pdata[i]));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        apply_contact_row (contacts->pdata[i], stmt);
      sqlite3_reset (stmt);
    }

  for (guint i = 0; i < clients->len; i++)
    {
      CrmClient *client = clients->pdata[i];
      gint64 primary_id = 0;

      if (!(stmt = crm_store_prepare (self, CLIENT_SELECT "WHERE c.id = ?1", NULL)))
        return;
      sqlite3_bind_int64 (stmt, 1, crm_client_get_id (client));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          apply_client_row (client, stmt);
          primary_id = sqlite3_column_int64 (stmt, 18);
        }
      else
        crm_client_set_trashed (client, TRUE);  /* purged: gone for good */
      sqlite3_reset (stmt);

      if (primary_id != 0)
        {
          g_autoptr(CrmContact) primary = crm_store_get_contact (self, primary_id, NULL);
          crm_client_set_primary_contact (client, primary);
        }

      if (crm_client_get_contact_store (client) != NULL)
        {
          g_autoptr(GListStore) old = g_object_ref (crm_client_get_contact_store (client));
          g_autoptr(GListModel) fresh = NULL;
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          crm_client_set_contact_store (client, NULL);
          fresh = crm_store_get_contacts (self, client);
          for (guint j = 0; j < g_list_model_get_n_items (fresh); j++)
            g_ptr_array_add (items, g_list_model_get_item (fresh, j));
          refill (old, items);
          crm_client_set_contact_store (client, old);
        }

      if (crm_client_get_note_store (client) != NULL)
        {
          g_autoptr(GListStore) old = g_object_ref (crm_client_get_note_store (client));
          g_autoptr(GListModel) fresh = NULL;
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          crm_client_set_note_store (client, NULL);
          fresh = crm_store_get_notes (self, client);
          for (guint j = 0; j < g_list_model_get_n_items (fresh); j++)
            g_ptr_array_add (items, g_list_model_get_item (fresh, j));
          refill (old, items);
          crm_client_set_note_store (client, old);
        }
    }

  crm_store_emit_reloaded (self);
}
