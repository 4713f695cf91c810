/* crm-contact-dialog-private.h: the dialog's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-avatar-button.h"
#include "crm-contact-dialog.h"

G_BEGIN_DECLS

struct _CrmContactDialog
{
  AdwWindow     parent_instance;

  CrmStore     *store;
  CrmClient    *client;
  CrmContact   *contact;

  GtkWidget    *save_button;
  GtkRevealer  *error_revealer;
  GtkLabel     *error_label;
  CrmAvatarButton *avatar_button;
  AdwEntryRow  *first_name_row;
  GtkLabel     *first_name_message;
  AdwEntryRow  *last_name_row;
  GtkLabel     *last_name_message;
  AdwEntryRow  *job_title_row;
  AdwActionRow *inactive_row;
  GtkSwitch    *inactive_switch;
  AdwEntryRow  *email_row;
  GtkLabel     *email_message;
  AdwEntryRow  *phone_row;
  AdwEntryRow  *street_row;
  AdwEntryRow  *city_row;
  AdwEntryRow  *region_row;
  AdwEntryRow  *postal_code_row;
  AdwEntryRow  *country_row;
};

G_END_DECLS
