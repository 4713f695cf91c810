/* crm-entity-private.h: small helpers shared by the entity classes.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Replaces *field with a copy of value ("" for NULL); TRUE when it changed. */
static inline gboolean
crm_set_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static inline gboolean
crm_set_date_time (GDateTime **field,
                   GDateTime  *value)
{
  if (*field == value || (*field && value && g_date_time_equal (*field, value)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  return TRUE;
}

G_END_DECLS
