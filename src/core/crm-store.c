/* crm-store.c: opening the database, migrations, errors, staff.
 *
 * CrmStore owns the write connection and runs every write of the app as a
 * short transaction on the main thread. Worker threads (list queries,
 * import, export) open connections of their own with
 * crm_store_open_connection(); SQLite objects never cross threads.
 *
 * Clients, contacts, tags and notes are in crm-store-clients.c.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "crm-staff-private.h"
#include "crm-store-business-private.h"

#define MIGRATIONS_PATH RESOURCE_PREFIX "/sql"
#define BUSY_TIMEOUT_MS 5000
/* While an import holds the write lock: long enough for a reader's
 * checkpoint, short enough not to be felt. */
#define IMPORT_BUSY_TIMEOUT_MS 100

/* Bytes of write-ahead log kept on disk between transactions (64 MiB). */
#define WAL_SIZE_LIMIT 67108864

/* A log left this large by a crash is copied into the database at once,
 * on a worker, rather than searched by every read. */
#define WAL_CHECKPOINT_AT_OPEN 16777216

G_DEFINE_FINAL_TYPE (CrmStore, crm_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (crm-store-error-quark, crm_store_error)

enum {
  PROP_0,
  PROP_IMPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLIENT_ADDED,
  CLIENT_TRASHED,
  CLIENT_RESTORED,
  RELOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void client_gone  (gpointer  data,
                          GObject  *where_the_object_was);
static void contact_gone (gpointer  data,
                          GObject  *where_the_object_was);

static gboolean
forget_client (gpointer key,
               gpointer value,
               gpointer user_data)
{
  g_object_weak_unref (value, client_gone, user_data);
  return TRUE;
}

static gboolean
forget_contact (gpointer key,
                gpointer value,
                gpointer user_data)
{
  g_object_weak_unref (value, contact_gone, user_data);
  return TRUE;
}

static void
crm_store_dispose (GObject *object)
{
  CrmStore *self = (CrmStore *)object;

  /* The live objects may outlive the store: stop them from telling it. */
  if (self->clients != NULL)
    g_hash_table_foreach_remove (self->clients, forget_client, self);
  if (self->contacts != NULL)
    g_hash_table_foreach_remove (self->contacts, forget_contact, self);
  g_clear_pointer (&self->clients, g_hash_table_unref);
  g_clear_pointer (&self->contacts, g_hash_table_unref);
  g_clear_object (&self->current_staff);

  G_OBJECT_CLASS (crm_store_parent_class)->dispose (object);
}

static void
crm_store_finalize (GObject *object)
{
  CrmStore *self = (CrmStore *)object;

  if (self->checkpointer != NULL)
    g_thread_join (g_steal_pointer (&self->checkpointer));
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* The workers' read connections stay open until their threads end,
       * so this is not the last connection and SQLite would leave the log
       * behind: copy it into the database now, without waiting on a reader,
       * so the next start has nothing to replay. */
      sqlite3_busy_timeout (self->db, 0);
      sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
      sqlite3_close_v2 (self->db);
    }
  g_free (self->path);

  G_OBJECT_CLASS (crm_store_parent_class)->finalize (object);
}

static void
crm_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrmStore *self = CRM_STORE (object);

  switch (prop_id)
    {
    case PROP_IMPORTING:
      g_value_set_boolean (value, crm_store_get_importing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_store_class_init (CrmStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_store_dispose;
  object_class->finalize = crm_store_finalize;
  object_class->get_property = crm_store_get_property;

  /**
   * CrmStore:importing:
   *
   * An import is running: it holds the database's write lock until it
   * commits, so changes wait until then.
   */
  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrmStore::client-added:
   * @client: the new client
   *
   * A client was created (lists re-run their query to place it).
   */
  signals[CLIENT_ADDED] =
    g_signal_new ("client-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_CLIENT);

  /**
   * CrmStore::client-trashed:
   * @client: the client moved to the trash
   */
  signals[CLIENT_TRASHED] =
    g_signal_new ("client-trashed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_CLIENT);

  /**
   * CrmStore::client-restored:
   * @client: the client taken back from the trash
   */
  signals[CLIENT_RESTORED] =
    g_signal_new ("client-restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_CLIENT);

  /**
   * CrmStore::reloaded:
   *
   * Many rows changed at once (an import, an undo): lists run their
   * queries again. Live objects have been read again already.
   */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
crm_store_init (CrmStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            NULL, finalize_statement);
  self->clients = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* The identity maps hold weak references: an entry goes when the last user
 * of the object lets go, and the next request loads the row again. */
static void
client_gone (gpointer  data,
             GObject  *where_the_object_was)
{
  CrmStore *self = data;
  gint64 id = crm_client_get_id (CRM_CLIENT (where_the_object_was));

  g_hash_table_remove (self->clients, &id);
}

static void
contact_gone (gpointer  data,
              GObject  *where_the_object_was)
{
  CrmStore *self = data;
  gint64 id = crm_contact_get_id (CRM_CONTACT (where_the_object_was));

  g_hash_table_remove (self->contacts, &id);
}

void
crm_store_remember_client (CrmStore  *self,
                           CrmClient *client)
{
  gint64 id = crm_client_get_id (client);

  g_assert (id > 0);
  g_assert (!g_hash_table_contains (self->clients, &id));

  g_hash_table_insert (self->clients, g_memdup2 (&id, sizeof id), client);
  g_object_weak_ref (G_OBJECT (client), client_gone, self);
}

void
crm_store_remember_contact (CrmStore   *self,
                            CrmContact *contact)
{
  gint64 id = crm_contact_get_id (contact);

  g_assert (id > 0);
  g_assert (!g_hash_table_contains (self->contacts, &id));

  g_hash_table_insert (self->contacts, g_memdup2 (&id, sizeof id), contact);
  g_object_weak_ref (G_OBJECT (contact), contact_gone, self);
}

void
crm_set_sqlite_error (GError     **error,
                      sqlite3     *db,
                      int          rc,
                      const char  *path)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  g_autofree char *name = path ? g_filename_display_name (path) : g_strdup ("");

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Clientele database, or it is damaged. "
                     "Open another file with --db, or restore this one from a backup."),
                   name);
      break;

    case SQLITE_READONLY:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY,
                   _("The database “%s” cannot be changed. Check that you may "
                     "write to the file and to its folder."),
                   name);
      break;

    case SQLITE_FULL:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DISK_FULL,
                   _("The disk is full, so nothing was saved. Free some space "
                     "and try again."));
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_BUSY,
                   _("The database is in use by another task or program. "
                     "Try again in a moment."));
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                   _("Could not open the database “%s”. Check that its folder "
                     "exists and that you may use it."),
                   name);
      break;

    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_DUPLICATE,
                     _("This value is already used by another record (%s)."),
                     detail);
      else if (rc == SQLITE_CONSTRAINT_TRIGGER && strstr (detail, "at least one contact") != NULL)
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_LAST_CONTACT,
                     _("A client must keep at least one contact."));
      else
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                     _("The change breaks a rule of the database (%s)."),
                     detail);
      break;

    case SQLITE_IOERR:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                   _("Could not read or write the database “%s” (%s). Check "
                     "the disk and try again."),
                   name, detail);
      break;

    default:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"),
                   name, detail);
      break;
    }
}

void
crm_store_set_error (CrmStore  *self,
                     sqlite3   *db,
                     int        rc,
                     GError   **error)
{
  crm_set_sqlite_error (error, db, rc, self->path);
}

sqlite3_stmt *
crm_store_prepare (CrmStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Statements are keyed by the address of their literal text. */
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      crm_store_set_error (self, self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Steps a statement that returns no rows and resets it. */
gboolean
crm_store_step_done (CrmStore      *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      crm_store_set_error (self, self->db, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
exec (CrmStore    *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      crm_store_set_error (self, self->db, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  return TRUE;
}

gboolean
crm_store_begin (CrmStore  *self,
                 GError   **error)
{
  return exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
crm_store_commit (CrmStore  *self,
                  GError   **error)
{
  if (!exec (self, "COMMIT", error))
    {
      crm_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
crm_store_rollback (CrmStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

char *
crm_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* Microseconds: "changed since" compares these, and a person can edit a
   * record within the second an import wrote it. */
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

GDateTime *
crm_store_parse_time (const char *text)
{
  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

void
crm_bind_text_or_null (sqlite3_stmt *stmt,
                       int           index,
                       const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/**
 * crm_store_get_default_path:
 *
 * Returns: (transfer full): the database to open when none is given:
 *   $CLIENTELE_DB, or clientele.db in the user's data folder
 */
char *
crm_store_get_default_path (void)
{
  const char *env = g_getenv ("CLIENTELE_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "clientele", "clientele.db", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/* The migrations are the resources NNNN-name.sql, applied in order. */
static char **
list_migrations (void)
{
  char **names = g_resources_enumerate_children (MIGRATIONS_PATH,
                                                 G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                 NULL);

  g_assert (names != NULL);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  /* The number in the name is the version the migration leads to; a gap
   * would give a version two meanings. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *expected = g_strdup_printf ("%04u-", i + 1);

      if (!g_str_has_prefix (names[i], expected))
        g_error ("Migration “%s” is out of sequence: expected %s…", names[i], expected);
    }

  return names;
}

/**
 * crm_store_get_latest_version:
 *
 * Returns: the schema version this build of Clientele creates and knows
 */
guint
crm_store_get_latest_version (void)
{
  g_auto(GStrv) names = list_migrations ();

  return g_strv_length (names);
}

/* Once, before SQLite's first use in the process. SQLite counts every
 * allocation under one global mutex; with an import and its search index
 * built on two threads, that lock is taken millions of times a second and
 * the threads spend a sixth of their time waking each other. Nothing here
 * reads those counts. */
static void
configure_sqlite (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      sqlite3_initialize ();
      g_once_init_leave (&done, 1);
    }
}

sqlite3 *
crm_store_open_connection (const char  *path,
                           gboolean     read_only,
                           GError     **error)
{
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc;

  configure_sqlite ();

  flags |= read_only ? SQLITE_OPEN_READONLY
                     : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      crm_set_sqlite_error (error, db, rc, path);
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  /* After a big import has been checkpointed, give the disk back: without a
   * limit the write-ahead log keeps the size of the largest transaction. */
  sqlite3_exec (db, "PRAGMA journal_size_limit = " G_STRINGIFY (WAL_SIZE_LIMIT), NULL, NULL, NULL);

  return db;
}

typedef struct {
  char    *path;
  sqlite3 *db;
} ThreadConnection;

static void
thread_connection_free (gpointer data)
{
  ThreadConnection *tc = data;

  sqlite3_close_v2 (tc->db);
  g_free (tc->path);
  g_free (tc);
}

static GPrivate thread_connection = G_PRIVATE_INIT (thread_connection_free);

/**
 * crm_store_thread_connection:
 * @path: the database file
 *
 * A read-only connection for the calling worker thread, kept open between
 * tasks so that a query pays no open and schema parse. Each thread has its
 * own; it must not be handed to another thread.
 *
 * Returns: (transfer none): the connection, or %NULL with @error set
 */
sqlite3 *
crm_store_thread_connection (const char  *path,
                             GError     **error)
{
  ThreadConnection *tc = g_private_get (&thread_connection);

  if (tc != NULL && g_str_equal (tc->path, path))
    return tc->db;

  tc = g_new0 (ThreadConnection, 1);
  if (!(tc->db = crm_store_open_connection (path, TRUE, error)))
    {
      g_free (tc);
      return NULL;
    }
  tc->path = g_strdup (path);

  /* Replacing the value closes the previous database's connection. */
  g_private_replace (&thread_connection, tc);

  return tc->db;
}

static gboolean
query_int (CrmStore    *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = crm_store_prepare (self, sql, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      crm_store_set_error (self, self->db, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* A passive checkpoint, on a connection of the thread's own. */
static gpointer
checkpointer_run (gpointer data)
{
  g_autofree char *path = data;
  sqlite3 *db;

  if ((db = crm_store_open_connection (path, FALSE, NULL)) != NULL)
    {
      sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
      sqlite3_close_v2 (db);
    }

  return NULL;
}

gboolean
crm_store_get_importing (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  return self->n_imports > 0;
}

/**
 * crm_store_hold_for_import:
 * @importing: %TRUE when an import starts, %FALSE when it has ended
 *
 * Counts the imports running on this store's file (main thread). While
 * one runs, a change on the main thread gives up after a moment with
 * CRM_STORE_ERROR_BUSY instead of freezing the window for the whole busy
 * timeout; the window stops offering changes meanwhile.
 */
void
crm_store_hold_for_import (CrmStore *self,
                           gboolean  importing)
{
  gboolean was = self->n_imports > 0;

  g_return_if_fail (CRM_IS_STORE (self));
  g_return_if_fail (importing || self->n_imports > 0);

  self->n_imports += importing ? 1 : -1;
  if (was == (self->n_imports > 0))
    return;

  sqlite3_busy_timeout (self->db, self->n_imports > 0 ? IMPORT_BUSY_TIMEOUT_MS : BUSY_TIMEOUT_MS);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
}

/**
 * crm_store_checkpoint_in_background:
 *
 * Moves the log into the database and makes it durable, on a thread:
 * readers go on, and a writer's own checkpoint finds this one busy and
 * leaves it be instead of waiting. For a log a large write left behind
 * on a connection of its own (an import, so that its summary need not
 * wait for the copy), or a crash in one (every read first looks for its
 * page in the log, which can then hold a gigabyte). The store waits for
 * it before it closes.
 */
void
crm_store_checkpoint_in_background (CrmStore *self)
{
  g_return_if_fail (CRM_IS_STORE (self));

  /* One at a time; an earlier one has had a whole import to finish in. */
  if (self->checkpointer != NULL)
    g_thread_join (g_steal_pointer (&self->checkpointer));
  self->checkpointer = g_thread_new ("crm-checkpoint", checkpointer_run, g_strdup (self->path));
}

static gboolean
migrate (CrmStore  *self,
         GError   **error)
{
  g_auto(GStrv) names = list_migrations ();
  guint latest = g_strv_length (names);

  for (guint i = self->version; i < latest; i++)
    {
      g_autofree char *path = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      g_autofree char *set_version = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      gsize len;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));

      /* user_version cannot be bound; it is a number we format ourselves. */
      set_version = g_strdup_printf ("PRAGMA user_version = %u", i + 1);

      if (!crm_store_begin (self, error))
        return FALSE;

      if (!exec (self, sql, error) ||
          !exec (self, set_version, error))
        {
          g_prefix_error (error, _("Could not update the database to version %u: "), i + 1);
          crm_store_rollback (self);
          return FALSE;
        }

      if (!crm_store_commit (self, error))
        return FALSE;

      self->version = i + 1;
    }

  return TRUE;
}

static gboolean
ensure_staff (CrmStore  *self,
              GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (!query_int (self, "SELECT coalesce (min (id), 0) FROM staff", &id, error))
    return FALSE;

  /* On first run the person using the app becomes the first staff member. */
  if (id == 0)
    {
      const char *name = g_get_real_name ();
      g_autofree char *now = crm_store_now ();

      if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
        name = g_get_user_name ();

      if (!(stmt = crm_store_prepare (self,
                                      "INSERT INTO staff (name, created_at) VALUES (?1, ?2)",
                                      error)))
        return FALSE;

      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      if (!crm_store_step_done (self, stmt, error))
        return FALSE;

      id = sqlite3_last_insert_rowid (self->db);
    }

  return crm_store_set_current_staff (self, id, error);
}

/**
 * crm_store_open:
 * @path: the database file; it is created when missing
 * @error: return location for a #CrmStoreError
 *
 * Opens the database, brings its schema up to date and makes sure there is
 * a staff member. A file that is not a Clientele database, one made by a
 * newer Clientele, or one that cannot be written is refused with a clear
 * error and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
CrmStore *
crm_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(CrmStore) self = NULL;
  g_autofree char *dir = NULL;
  gint64 value = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                   _("Could not create the folder “%s” for the database: %s"),
                   name, g_strerror (saved_errno));
      return NULL;
    }

  /* SQLite would open a write-protected file read-only and fail later, at
   * the first change; say so now, before anything else. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      crm_set_sqlite_error (error, NULL, SQLITE_READONLY, path);
      return NULL;
    }

  self = g_object_new (CRM_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!(self->db = crm_store_open_connection (path, FALSE, error)))
    return NULL;

  /* The first read tells whether this is a database at all. */
  if (!query_int (self, "PRAGMA user_version", &value, error))
    return NULL;
  self->version = (guint) value;

  if (self->version > crm_store_get_latest_version ())
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was made by a newer version of Clientele "
                     "(schema %u; this one knows %u). Update Clientele to open it."),
                   name, self->version, crm_store_get_latest_version ());
      return NULL;
    }

  if (self->version == 0)
    {
      /* A fresh file has no tables; one with tables but no version belongs
       * to another program, and we do not write into it. */
      if (!query_int (self, "SELECT count (*) FROM sqlite_schema", &value, error))
        return NULL;

      if (value > 0)
        {
          g_autofree char *name = g_filename_display_name (path);

          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_DATABASE,
                       _("“%s” is a database of another program, not of Clientele. "
                         "Open another file with --db."),
                       name);
          return NULL;
        }
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      crm_store_set_error (self, self->db, SQLITE_READONLY, error);
      return NULL;
    }

  if (!exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  if (!ensure_staff (self, error))
    return NULL;

  /* What a crash in a big import left in the log: into the database. */
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    GStatBuf buf;

    if (g_stat (wal, &buf) == 0 && buf.st_size >= WAL_CHECKPOINT_AT_OPEN)
      crm_store_checkpoint_in_background (self);
  }

  /* The business signals (bookings, history, contacts…) exist before
   * anyone asks to connect to them. */
  crm_store_business_init ();

  return g_steal_pointer (&self);
}

const char *
crm_store_get_path (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  return self->path;
}

/**
 * crm_store_get_version:
 *
 * Returns: the schema version of the open database
 */
guint
crm_store_get_version (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), 0);
  return self->version;
}

static CrmStaff *
staff_from_row (sqlite3_stmt *stmt)
{
  return crm_staff_new_stored (sqlite3_column_int64 (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2));
}

/**
 * crm_store_get_current_staff:
 *
 * Returns: (transfer none): the staff member using the app, the author of
 *   new notes
 */
CrmStaff *
crm_store_get_current_staff (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  return self->current_staff;
}

gboolean
crm_store_set_current_staff (CrmStore  *self,
                             gint64     staff_id,
                             GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean changed;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  if (!(stmt = crm_store_prepare (self, "SELECT id, name, email FROM staff WHERE id = ?1 AND active = 1", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("There is no staff member with the number %lld."),
                   (long long) staff_id);
      return FALSE;
    }

  changed = self->current_staff == NULL || crm_staff_get_id (self->current_staff) != staff_id;
  g_clear_object (&self->current_staff);
  self->current_staff = staff_from_row (stmt);
  sqlite3_reset (stmt);

  /* "My clients" and what the person may do follow who they are. */
  if (changed)
    crm_store_emit_staff_changed (self);

  return TRUE;
}

/**
 * crm_store_list_staff:
 *
 * Returns: (transfer full): a #GListModel of #CrmStaff, by name
 */
GListModel *
crm_store_list_staff (CrmStore *self)
{
  GListStore *list = g_list_store_new (CRM_TYPE_STAFF);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  stmt = crm_store_prepare (self,
                            "SELECT id, name, email FROM staff ORDER BY name COLLATE NOCASE, id",
                            NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CrmStaff) staff = staff_from_row (stmt);
      g_list_store_append (list, staff);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

void
crm_store_emit_client_added (CrmStore  *self,
                             CrmClient *client)
{
  g_signal_emit (self, signals[CLIENT_ADDED], 0, client);
}

void
crm_store_emit_client_trashed (CrmStore  *self,
                               CrmClient *client)
{
  g_signal_emit (self, signals[CLIENT_TRASHED], 0, client);
}

void
crm_store_emit_client_restored (CrmStore  *self,
                                CrmClient *client)
{
  g_signal_emit (self, signals[CLIENT_RESTORED], 0, client);
}

void
crm_store_emit_reloaded (CrmStore *self)
{
  g_signal_emit (self, signals[RELOADED], 0);
}

/**
 * crm_store_needs_upgrade:
 * @path: a database file
 *
 * A bounded check, for the UI thread: whether opening @path will first
 * bring its schema up to date, which on a large database can take a
 * while (crm_store_upgrade_async() does it on a worker thread).
 *
 * Returns: %TRUE when @path is a Clientele database of an older schema
 */
gboolean
crm_store_needs_upgrade (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 version = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  configure_sqlite ();
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  return version > 0 && version < crm_store_get_latest_version ();
}

static void
upgrade_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(CrmStore) store = NULL;
  GError *error = NULL;

  /* Opening migrates; this store lives and dies on this thread. */
  store = crm_store_open (task_data, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * crm_store_upgrade_async:
 * @path: a database file
 *
 * Brings the schema of @path up to date on a worker thread, so that the
 * window can say what is happening; crm_store_open() is quick afterwards.
 */
void
crm_store_upgrade_async (const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, crm_store_upgrade_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, upgrade_thread);
}

gboolean
crm_store_upgrade_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
