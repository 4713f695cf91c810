/* crm-list-test.h: what the list tests compare the SQL lists with: the
 * same orders and matches, computed in C.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "crm-id-list.h"

/* SQLite's NOCASE: ASCII letters folded, every other byte compared as
 * is; NULL (or empty, which the store keeps as NULL) before any text. */
static inline int
nocase_cmp (const char *a,
            const char *b)
{
  gboolean a_null = a == NULL || a[0] == '\0';
  gboolean b_null = b == NULL || b[0] == '\0';
  size_t i;

  if (a_null || b_null)
    return b_null - a_null;

  for (i = 0; a[i] != '\0' && b[i] != '\0'; i++)
    {
      int ca = (guchar) g_ascii_tolower (a[i]);
      int cb = (guchar) g_ascii_tolower (b[i]);

      if (ca != cb)
        return ca - cb;
    }

  return (guchar) a[i] - (guchar) b[i];
}

/* Binary order, NULL or empty first: SQLite's default. */
static inline int
binary_cmp (const char *a,
            const char *b)
{
  gboolean a_null = a == NULL || a[0] == '\0';
  gboolean b_null = b == NULL || b[0] == '\0';

  if (a_null || b_null)
    return b_null - a_null;

  return strcmp (a, b);
}

static inline int
int64_cmp (gint64 a,
           gint64 b)
{
  return (a > b) - (a < b);
}

/* Lower case, accents taken off: how the FTS5 index sees a word. */
static inline char *
fold (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/* Whether @word (folded) starts a word of @text. */
static inline gboolean
starts_a_word (const char *text,
               const char *word)
{
  g_autofree char *folded = fold (text);
  size_t len = strlen (word);
  gboolean at_start = TRUE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gboolean is_word = g_unichar_isalnum (g_utf8_get_char (p));

      if (is_word && at_start && strncmp (p, word, len) == 0)
        return TRUE;
      at_start = !is_word;
    }

  return FALSE;
}

/* Whether every word of @search starts a word of one of @texts. */
static inline gboolean
all_words_match (const char         *search,
                 const char * const *texts,
                 guint               n_texts)
{
  g_autofree char *folded = fold (search);
  g_auto(GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", folded, G_REGEX_OPTIMIZE, 0);
  guint n_words = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = FALSE;

      if (words[w][0] == '\0')
        continue;
      n_words++;
      for (guint t = 0; t < n_texts && !found; t++)
        found = starts_a_word (texts[t], words[w]);
      if (!found)
        return FALSE;
    }

  return n_words > 0;
}

static inline void
wait_list (CrmIdList *list)
{
  guint spins = 0;

  while (crm_id_list_get_loading (list) && spins++ < 100000)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (crm_id_list_get_loading (list));
}

/* The list's ids, after its query has run, against @expected. */
static inline void
assert_ids (CrmIdList  *list,
            GArray     *expected,
            const char *what)
{
  g_autoptr(GArray) ids = NULL;

  wait_list (list);
  ids = crm_id_list_dup_ids (list);

  if (ids->len != expected->len)
    g_error ("%s: %u rows, expected %u", what, ids->len, expected->len);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) != g_array_index (expected, gint64, i))
      g_error ("%s: row %u is %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
               what, i, g_array_index (ids, gint64, i), g_array_index (expected, gint64, i));
}

/* SQLite's plan for @sql, one step a line. */
static inline char *
query_plan (const char *path,
            const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString *plan = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (plan, FALSE);
}

/* Whether SQLite reads the rows in the list's order from an index, or
 * sorts them all first. */
static inline gboolean
plan_sorts (const char *plan)
{
  return strstr (plan, "TEMP B-TREE") != NULL;
}
