/* crm-client-card-private.h: the card's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-client-card.h"
#include "crm-client-info.h"
#include "crm-bookings-tab.h"
#include "crm-conversations-tab.h"
#include "crm-documents-tab.h"
#include "crm-payments-tab.h"

G_BEGIN_DECLS

struct _CrmClientCard
{
  AdwBin           parent_instance;

  CrmStore        *store;
  CrmClient       *client;
  GListModel      *notes;

  /* What ties the header to the client; undone when the client changes. */
  GPtrArray       *watches;
  GBinding        *favorite_binding;
  gulong           tags_handler;
  gulong           status_handler;

  /* A booking to single out once the Bookings tab has loaded. */
  gint64           pending_booking;
  GObject         *bookings_loaded_list;
  gulong           bookings_loaded_handler;

  AdwAvatar       *avatar;
  GtkLabel        *name_label;
  GtkLabel        *status_label;
  GtkLabel        *contact_label;
  GtkToggleButton *favorite_button;
  GtkWidget       *delete_button;
  GtkMenuButton   *actions_button;
  GtkNotebook     *notebook;
  GtkWidget       *main_page;
  GtkFlowBox      *tags_box;
  GtkEntry        *tag_entry;
  GtkFlowBox      *suggestions_box;
  char           **known_tags;
  GtkTextView     *note_view;
  GtkWidget       *add_note_button;
  GtkListBox      *notes_list;
  GtkLabel        *notes_placeholder;
  CrmClientInfo   *info;
  CrmBookingsTab  *bookings;
  CrmPaymentsTab  *payments;
  CrmDocumentsTab *documents;
  CrmConversationsTab *conversations;
};

G_END_DECLS
