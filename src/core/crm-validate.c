/* crm-validate.c: the rules values must follow, shared by store and UI.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-validate.h"

/**
 * crm_email_is_valid:
 * @email: (nullable): an address as typed
 *
 * A deliberately modest check: one "@", something before it, a dotted
 * domain after it, no spaces. It catches typing slips without refusing the
 * odd but real addresses people have.
 *
 * Returns: %TRUE when @email looks like an e-mail address
 */
gboolean
crm_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0')
    return FALSE;

  if (!g_utf8_validate (email, -1, NULL))
    return FALSE;

  for (const char *p = email; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  if (dot == NULL || dot == at + 1 || dot[1] == '\0')
    return FALSE;

  if (strstr (at + 1, "..") != NULL)
    return FALSE;

  return TRUE;
}

/**
 * crm_normalize_text:
 * @text: (nullable): a value as typed or read from a file
 *
 * Returns: (transfer full) (nullable): @text without surrounding white
 *   space, or %NULL when nothing is left (the store keeps NULL for "unset")
 */
char *
crm_normalize_text (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}
