/* crm-csv-guard.c: the formula-injection guard shared by CSV export and import.
 *
 * A spreadsheet runs a cell that starts with = + - @ (and, in some, TAB or
 * CR) as a formula, so a contact named "=HYPERLINK(...)" could run code in
 * the spreadsheet of whoever opens our export. The usual guard (OWASP) is a
 * leading single quote, which spreadsheets show as "this is text".
 *
 * The guard must not cost a round trip, so it follows two rules:
 *
 *  - A plain phone number ("+44 20 7946 0958", "-1 (555) 010-0199") is
 *    left alone: only digits, spaces and + - ( ) . / can carry no function
 *    call and no cell reference, and phones must come back exactly.
 *  - The guard is reversible: a cell gets one more leading quote when,
 *    after the quotes it already has, a trigger character follows. Import
 *    removes exactly one quote under the same condition. So "=1" is written
 *    "'=1", and a cell that really was "'=1" is written "''=1"; both come
 *    back as they were. Cells like "'hello" are never touched.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-csv-guard.h"

static inline gboolean
is_trigger (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/**
 * crm_csv_cell_is_phone:
 * @cell: a cell
 *
 * Returns: %TRUE if @cell holds only digits, spaces and + - ( ) . / and
 *   at least one digit: text no spreadsheet can turn into a formula call
 */
gboolean
crm_csv_cell_is_phone (const char *cell)
{
  gboolean digit = FALSE;

  for (const char *p = cell; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p != ' ' && *p != '+' && *p != '-' && *p != '(' &&
               *p != ')' && *p != '.' && *p != '/')
        return FALSE;
    }

  return digit;
}

/**
 * crm_csv_cell_needs_guard:
 * @cell: a cell about to be written
 *
 * Returns: %TRUE if the writer must put one single quote before @cell
 */
gboolean
crm_csv_cell_needs_guard (const char *cell)
{
  const char *p = cell;

  while (*p == '\'')
    p++;

  if (!is_trigger (*p))
    return FALSE;

  /* Already quoted: add one so that import can take one away. */
  if (p != cell)
    return TRUE;

  return !crm_csv_cell_is_phone (cell);
}

/**
 * crm_csv_cell_unguard:
 * @cell: a cell as read from a file
 *
 * The inverse of the writer's guard: drops one leading quote when quotes
 * are followed by a trigger character.
 *
 * Returns: (transfer none): @cell or @cell + 1
 */
const char *
crm_csv_cell_unguard (const char *cell)
{
  const char *p = cell;

  if (*p != '\'')
    return cell;

  while (*p == '\'')
    p++;

  return is_trigger (*p) ? cell + 1 : cell;
}
