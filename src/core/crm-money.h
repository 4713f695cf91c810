/* crm-money.h: amounts as integer minor units of an ISO 4217 currency,
 * read and written in the person's locale.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * How numbers look in a locale: the decimal point, the thousands separator
 * ("" for none) and the grouping as localeconv() gives it ("\3" for groups
 * of three, "" for none).
 */
typedef struct {
  const char *decimal_point;
  const char *thousands_sep;
  const char *grouping;
} CrmNumberFormat;

gboolean  crm_currency_is_valid     (const char             *code);
guint     crm_currency_get_digits   (const char             *code);

void      crm_number_format_get_locale (CrmNumberFormat     *format);

char     *crm_money_format_amount   (gint64                  minor,
                                     const char             *currency);
char     *crm_money_format          (gint64                  minor,
                                     const char             *currency);
gboolean  crm_money_parse           (const char             *text,
                                     const char             *currency,
                                     gint64                 *minor,
                                     GError                **error);

char     *crm_money_format_with     (const CrmNumberFormat  *format,
                                     gint64                  minor,
                                     const char             *currency);
gboolean  crm_money_parse_with      (const CrmNumberFormat  *format,
                                     const char             *text,
                                     const char             *currency,
                                     gint64                 *minor,
                                     GError                **error);

G_END_DECLS
