/* crm-search.c: global search over every kind of record.
 *
 * The text a person types becomes an FTS5 query of word prefixes, all of
 * which must match ("ada love" finds Ada Lovelace). Accents and case are
 * folded by the index's tokenizer. Each kind is asked for at most a page
 * of hits, in the index's own order, so a one-letter query costs no more
 * than a long one. It all runs on a worker thread with that thread's own
 * read connection; a newer query cancels the older one.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-core-enums.h"
#include "crm-search.h"
#include "crm-store-private.h"

struct _CrmSearchResult
{
  GObject        parent_instance;

  CrmSearchKind  kind;
  char          *title;
  char          *subtitle;
  gint64         client_id;
  gint64         item_id;
};

G_DEFINE_FINAL_TYPE (CrmSearchResult, crm_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ICON_NAME,
  PROP_CLIENT_ID,
  PROP_ITEM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_search_result_finalize (GObject *object)
{
  CrmSearchResult *self = (CrmSearchResult *)object;

  g_free (self->title);
  g_free (self->subtitle);

  G_OBJECT_CLASS (crm_search_result_parent_class)->finalize (object);
}

static void
crm_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmSearchResult *self = CRM_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, crm_search_result_get_icon_name (self));
      break;

    case PROP_CLIENT_ID:
      g_value_set_int64 (value, self->client_id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_search_result_class_init (CrmSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_search_result_finalize;
  object_class->get_property = crm_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CRM_TYPE_SEARCH_KIND, CRM_SEARCH_KIND_CLIENT,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_search_result_init (CrmSearchResult *self)
{
}

static CrmSearchResult *
crm_search_result_new (CrmSearchKind  kind,
                       const char    *title,
                       const char    *subtitle,
                       gint64         client_id,
                       gint64         item_id)
{
  CrmSearchResult *self = g_object_new (CRM_TYPE_SEARCH_RESULT, NULL);

  self->kind = kind;
  self->title = g_strdup (title ? title : "");
  self->subtitle = g_strdup (subtitle ? subtitle : "");
  self->client_id = client_id;
  self->item_id = item_id;

  return self;
}

CrmSearchKind
crm_search_result_get_kind (CrmSearchResult *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), 0);
  return self->kind;
}

const char *
crm_search_result_get_title (CrmSearchResult *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

const char *
crm_search_result_get_subtitle (CrmSearchResult *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), NULL);
  return self->subtitle;
}

const char *
crm_search_result_get_icon_name (CrmSearchResult *self)
{
  static const char * const icons[] = {
    [CRM_SEARCH_KIND_CLIENT] = "system-users-symbolic",
    [CRM_SEARCH_KIND_CONTACT] = "avatar-default-symbolic",
    [CRM_SEARCH_KIND_TAG] = "tag-symbolic",
    [CRM_SEARCH_KIND_NOTE] = "document-edit-symbolic",
    [CRM_SEARCH_KIND_BOOKING] = "x-office-calendar-symbolic",
    [CRM_SEARCH_KIND_MESSAGE] = "mail-unread-symbolic",
    [CRM_SEARCH_KIND_INVOICE] = "accessories-text-editor-symbolic",
    [CRM_SEARCH_KIND_PAYMENT] = "emblem-ok-symbolic",
    [CRM_SEARCH_KIND_DOCUMENT] = "text-x-generic-symbolic",
  };

  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), NULL);
  return icons[self->kind];
}

gint64
crm_search_result_get_client_id (CrmSearchResult *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), 0);
  return self->client_id;
}

gint64
crm_search_result_get_item_id (CrmSearchResult *self)
{
  g_return_val_if_fail (CRM_IS_SEARCH_RESULT (self), 0);
  return self->item_id;
}

/**
 * crm_search_kind_to_label:
 *
 * Returns: the translated heading for a group of results
 */
const char *
crm_search_kind_to_label (CrmSearchKind kind)
{
  switch (kind)
    {
    case CRM_SEARCH_KIND_CLIENT:
      return _("Clients");
    case CRM_SEARCH_KIND_CONTACT:
      return _("Contacts");
    case CRM_SEARCH_KIND_TAG:
      return _("Tags");
    case CRM_SEARCH_KIND_NOTE:
      return _("Notes");
    case CRM_SEARCH_KIND_BOOKING:
      return _("Bookings");
    case CRM_SEARCH_KIND_MESSAGE:
      return _("Conversations");
    case CRM_SEARCH_KIND_INVOICE:
      return _("Invoices");
    case CRM_SEARCH_KIND_PAYMENT:
      return _("Payments");
    case CRM_SEARCH_KIND_DOCUMENT:
      return _("Documents");
    default:
      return "";
    }
}

/**
 * crm_search_build_query:
 * @text: what the person typed
 *
 * Splits @text into words (letters and digits; anything else separates
 * them, so "ada@acme" is two words, as the index sees it) and makes each a
 * quoted prefix term. Quoting keeps FTS5's syntax (AND, NEAR, "*", ":")
 * from being taken out of the person's text.
 *
 * Returns: (transfer full) (nullable): an FTS5 query, or %NULL when @text
 *   has no word in it
 */
char *
crm_search_build_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          /* Words hold no quote characters, so no escaping is needed. */
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * crm_search_build_column_query:
 * @columns: the columns to look in, as FTS5 writes them: `name`, or
 *   `{first_name last_name}`
 * @text: what the person typed
 *
 * The lists' search: word prefixes, any case, any accent ("mul" finds
 * Müller & Söhne), as global search matches, in @columns only.
 *
 * Returns: (transfer full) (nullable): an FTS5 query, or %NULL when @text
 *   has no word in it
 */
char *
crm_search_build_column_query (const char *columns,
                               const char *text)
{
  g_autofree char *query = crm_search_build_query (text);

  if (query == NULL)
    return NULL;

  return g_strconcat (columns, " : (", query, ")", NULL);
}

typedef struct {
  char  *path;
  char  *text;
  guint  limit;
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_free (data->path);
  g_free (data->text);
  g_free (data);
}

typedef enum {
  BIND_FTS,     /* ?1 is the FTS5 query */
  BIND_LIKE,    /* ?1 is a LIKE prefix */
  BIND_AMOUNT,  /* ?1 is an amount in minor units; skipped when the text is not one */
} BindKind;

typedef struct {
  CrmSearchKind  kind;
  const char    *sql;  /* ?1 query, prefix or amount; ?2 limit;
                        * columns: title, subtitle, client id, item id */
  BindKind       bind;
} KindQuery;

static const KindQuery kind_queries[] = {
  { CRM_SEARCH_KIND_CLIENT,
    "SELECT c.name, p.first_name || ' ' || p.last_name, c.id, c.id"
    "  FROM clients_fts f"
    "  JOIN clients c ON c.id = f.rowid"
    "  LEFT JOIN contacts p ON p.client_id = c.id AND p.is_primary = 1"
    " WHERE clients_fts MATCH ?1 AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  { CRM_SEARCH_KIND_CONTACT,
    "SELECT trim (p.first_name || ' ' || p.last_name),"
    "       c.name || coalesce (' · ' || p.email, ''), c.id, p.id"
    "  FROM contacts_fts f"
    "  JOIN contacts p ON p.id = f.rowid"
    "  JOIN clients c ON c.id = p.client_id"
    " WHERE contacts_fts MATCH ?1 AND p.deleted_at IS NULL AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  { CRM_SEARCH_KIND_TAG,
    /* Counted from the index alone (clients in the trash included): a
     * tag on a hundred thousand clients must not cost a table scan. */
    "SELECT t.name, (SELECT count (*) FROM client_tags ct WHERE ct.tag_id = t.id) AS n, 0, t.id"
    "  FROM tags t"
    " WHERE t.name LIKE ?1 ESCAPE '\\' AND n > 0"
    " ORDER BY t.name COLLATE NOCASE LIMIT ?2",
    BIND_LIKE },
  { CRM_SEARCH_KIND_NOTE,
    "SELECT snippet (notes_fts, 0, '', '', '…', 10), c.name, c.id, n.id"
    "  FROM notes_fts f"
    "  JOIN notes n ON n.id = f.rowid"
    "  JOIN clients c ON c.id = n.client_id"
    " WHERE notes_fts MATCH ?1 AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  /* By the service or the notes, or as a booking of a client or contact
   * found above (?3, ?4: their ids as JSON arrays), so a booking is found
   * by its contact's name without searching the names twice. */
  { CRM_SEARCH_KIND_BOOKING,
    "SELECT b.service,"
    "       c.name || coalesce (' · ' || nullif (trim (p.first_name || ' ' || p.last_name), ''), ''),"
    "       c.id, b.id"
    "  FROM bookings b"
    "  JOIN clients c ON c.id = b.client_id"
    "  LEFT JOIN contacts p ON p.id = b.contact_id"
    " WHERE b.id IN (SELECT rowid FROM (SELECT rowid FROM bookings_fts WHERE bookings_fts MATCH ?1 LIMIT 1000)"
    "                UNION SELECT id FROM bookings WHERE contact_id IN (SELECT value FROM json_each (?4))"
    "                UNION SELECT id FROM bookings WHERE deleted_at IS NULL"
    "                                       AND client_id IN (SELECT value FROM json_each (?3)))"
    "   AND b.deleted_at IS NULL AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  { CRM_SEARCH_KIND_MESSAGE,
    "SELECT coalesce (nullif (m.subject, ''), snippet (messages_fts, 1, '', '', '…', 10)),"
    "       c.name, c.id, m.id"
    "  FROM messages_fts f"
    "  JOIN messages m ON m.id = f.rowid"
    "  JOIN clients c ON c.id = m.client_id"
    " WHERE messages_fts MATCH ?1 AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  { CRM_SEARCH_KIND_INVOICE,
    "SELECT i.number, c.name, c.id, i.id"
    "  FROM invoices_fts f"
    "  JOIN invoices i ON i.id = f.rowid"
    "  JOIN clients c ON c.id = i.client_id"
    " WHERE invoices_fts MATCH ?1 AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
  { CRM_SEARCH_KIND_INVOICE,
    "SELECT i.number, c.name, c.id, i.id"
    "  FROM invoices i JOIN clients c ON c.id = i.client_id"
    " WHERE i.amount_minor = ?1 AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_AMOUNT },
  { CRM_SEARCH_KIND_PAYMENT,
    "SELECT p.paid_on || coalesce (' · ' || nullif (p.method, ''), ''), c.name, c.id, p.id"
    "  FROM payments p JOIN clients c ON c.id = p.client_id"
    " WHERE p.amount_minor = ?1 AND p.deleted_at IS NULL AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_AMOUNT },
  { CRM_SEARCH_KIND_DOCUMENT,
    "SELECT d.file_name, c.name, c.id, d.id"
    "  FROM documents_fts f"
    "  JOIN documents d ON d.id = f.rowid"
    "  JOIN clients c ON c.id = d.client_id"
    " WHERE documents_fts MATCH ?1 AND d.deleted_at IS NULL AND c.deleted_at IS NULL"
    " LIMIT ?2",
    BIND_FTS },
};

/* "120.50", "120,5" or "1 200": an amount in minor units, assuming two
 * decimals (the common case; a search, not a booking of money). */
static gboolean
parse_amount (const char *text,
              gint64     *minor)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  int decimals = -1;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          if (decimals >= 0)
            decimals++;
        }
      else if ((*p == '.' || *p == ',') && decimals < 0 && p[1] != '\0')
        decimals = 0;
      else if (*p != ' ')
        return FALSE;
    }

  if (digits->len == 0 || digits->len > 15 || decimals > 2)
    return FALSE;

  *minor = g_ascii_strtoll (digits->str, NULL, 10);
  for (int i = MAX (decimals, 0); i < 2; i++)
    *minor *= 10;

  return *minor > 0;
}

static char *
make_like_prefix (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GString *pattern = g_string_new (NULL);

  for (const char *p = stripped; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

static GListModel *
run_search (const char    *path,
            const char    *text,
            guint          limit,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GListStore) results = g_list_store_new (CRM_TYPE_SEARCH_RESULT);
  g_autofree char *query = crm_search_build_query (text);
  g_autofree char *prefix = NULL;
  g_autoptr(GString) client_ids = g_string_new ("[");
  g_autoptr(GString) contact_ids = g_string_new ("[");
  sqlite3 *db;

  gint64 amount = 0;
  gboolean is_amount;

  if (query == NULL)
    return G_LIST_MODEL (g_steal_pointer (&results));

  if (!(db = crm_store_thread_connection (path, error)))
    return NULL;

  prefix = make_like_prefix (text);
  is_amount = parse_amount (text, &amount);

  for (guint k = 0; k < G_N_ELEMENTS (kind_queries); k++)
    {
      const KindQuery *kq = &kind_queries[k];
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      rc = sqlite3_prepare_v3 (db, kq->sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          crm_set_sqlite_error (error, db, rc, path);
          return NULL;
        }

      if (kq->bind == BIND_AMOUNT)
        {
          if (!is_amount)
            {
              sqlite3_finalize (stmt);
              continue;
            }
          sqlite3_bind_int64 (stmt, 1, amount);
        }
      else
        sqlite3_bind_text (stmt, 1, kq->bind == BIND_LIKE ? prefix : query, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, limit);
      if (kq->kind == CRM_SEARCH_KIND_BOOKING)
        {
          g_string_append_c (client_ids, ']');
          g_string_append_c (contact_ids, ']');
          sqlite3_bind_text (stmt, 3, client_ids->str, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, contact_ids->str, -1, SQLITE_STATIC);
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autoptr(CrmSearchResult) result = NULL;
          g_autofree char *subtitle = NULL;

          if (kq->kind == CRM_SEARCH_KIND_TAG)
            subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d client", "%d clients",
                                                     sqlite3_column_int (stmt, 1)),
                                        sqlite3_column_int (stmt, 1));
          else
            subtitle = g_strstrip (g_strdup (COL_TEXT (stmt, 1) ? COL_TEXT (stmt, 1) : ""));

          if (kq->kind == CRM_SEARCH_KIND_CLIENT || kq->kind == CRM_SEARCH_KIND_CONTACT)
            {
              GString *ids = kq->kind == CRM_SEARCH_KIND_CLIENT ? client_ids : contact_ids;

              g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 1 ? "," : "",
                                      (gint64) sqlite3_column_int64 (stmt, 3));
            }

          result = crm_search_result_new (kq->kind,
                                          COL_TEXT (stmt, 0),
                                          subtitle,
                                          sqlite3_column_int64 (stmt, 2),
                                          (gint64) sqlite3_column_int64 (stmt, 3));
          g_list_store_append (results, result);
        }

      if (rc != SQLITE_DONE)
        crm_set_sqlite_error (error, db, sqlite3_extended_errcode (db), path);
      sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE)
        return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&results));
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *data = task_data;
  g_autoptr(GError) error = NULL;
  GListModel *results;

  results = run_search (data->path, data->text, data->limit, cancellable, &error);
  if (results == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, results, g_object_unref);
}

/**
 * crm_store_search_async:
 * @text: what the person typed
 * @limit_per_kind: at most this many results of each kind
 *
 * Searches clients, contacts, tags and notes on a worker thread.
 */
void
crm_store_search_async (CrmStore            *self,
                        const char          *text,
                        guint                limit_per_kind,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data;

  g_return_if_fail (CRM_IS_STORE (self));

  data = g_new0 (SearchData, 1);
  data->path = g_strdup (crm_store_get_path (self));
  data->text = g_strdup (text ? text : "");
  data->limit = limit_per_kind;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, crm_store_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, search_thread);
}

/**
 * crm_store_search_finish:
 *
 * Returns: (transfer full): a #GListModel of #CrmSearchResult, grouped by
 *   kind in #CrmSearchKind order, or %NULL with @error set
 */
GListModel *
crm_store_search_finish (CrmStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * crm_store_search_sync:
 *
 * The same search, on the calling thread (for the command line and the
 * benchmark; the UI uses crm_store_search_async()).
 *
 * Returns: (transfer full): the results, or %NULL with @error set
 */
GListModel *
crm_store_search_sync (CrmStore      *self,
                       const char    *text,
                       guint          limit_per_kind,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  return run_search (crm_store_get_path (self), text, limit_per_kind, cancellable, error);
}
