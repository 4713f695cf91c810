/* crm-client-info-private.h: the Info tab's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-avatar-button.h"
#include "crm-client-info.h"

G_BEGIN_DECLS

/* The entry rows, in the order of field_properties in crm-client-info.c. */
enum {
  CRM_INFO_FIELD_NAME,
  CRM_INFO_FIELD_EXTERNAL_ID,
  CRM_INFO_FIELD_PHONE,
  CRM_INFO_FIELD_EMAIL,
  CRM_INFO_FIELD_WEBSITE,
  CRM_INFO_FIELD_STREET,
  CRM_INFO_FIELD_CITY,
  CRM_INFO_FIELD_REGION,
  CRM_INFO_FIELD_POSTAL_CODE,
  CRM_INFO_FIELD_COUNTRY,
  CRM_INFO_N_FIELDS
};

/* The SLA rows, one per CrmBookingPriority. */
#define CRM_INFO_N_SLA 4

struct _CrmClientInfo
{
  AdwBin          parent_instance;

  CrmStore       *store;
  CrmClient      *client;
  GListModel     *contacts;
  GPtrArray      *bindings;
  gulong          info_handler;

  CrmAvatarButton *avatar_button;

  AdwEntryRow    *rows[CRM_INFO_N_FIELDS];
  AdwComboRow    *status_row;
  /* crm-client-info-staff.c: "Assigned To", its staff ids in row order. */
  AdwComboRow    *staff_row;
  GArray         *staff_ids;
  gulong          staff_handlers[2];
  guint           filling_staff : 1;
  /* crm-client-info-sla.c: "Service Level", in CrmBookingPriority order. */
  AdwPreferencesGroup *sla_group;
  AdwActionRow   *sla_rows[CRM_INFO_N_SLA];
  GtkSpinButton  *sla_spins[CRM_INFO_N_SLA];
  guint           filling_sla : 1;
  GtkTextView    *info_view;
  GtkListBox     *contacts_list;
  GtkWidget      *new_contact_button;
};

void crm_client_info_init_staff    (CrmClientInfo *self);
void crm_client_info_show_staff    (CrmClientInfo *self);
void crm_client_info_dispose_staff (CrmClientInfo *self);
void crm_client_info_set_read_only (CrmClientInfo *self,
                                    gboolean       read_only);

void crm_client_info_init_sla          (CrmClientInfo *self);
void crm_client_info_show_sla          (CrmClientInfo *self);
void crm_client_info_set_sla_read_only (CrmClientInfo *self,
                                        gboolean       read_only);

G_END_DECLS
