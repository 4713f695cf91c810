/* crm-window-private.h: the window's insides, shared by crm-window.c,
 * crm-window-list.c (the column view) and the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-bookings-view.h"
#include "crm-client-card.h"
#include "crm-contacts-view.h"
#include "crm-client-list.h"
#include "crm-search-view.h"
#include "crm-window.h"

G_BEGIN_DECLS

struct _CrmWindow
{
  AdwApplicationWindow  parent_instance;

  CrmStore             *store;
  CrmClientList        *clients;
  GSettings            *settings;

  /* Clients trashed from this window, by id, so Undo can bring them back. */
  GHashTable           *trashed;

  /* The client the card shows (0: none); the list selection follows it
   * whenever the client is in the list. */
  gint64                selected_id;
  guint                 reconciling : 1;

  /* Which sortable column the column view asked first (see crm-window-list.c). */
  int                   probed_sort;

  /* Search (crm-window-search.c): the text shows results, unless the
   * person asked for the list filtered by it. */
  guint                 list_requested : 1;
  char                 *tag_filter;

  /* Where the selected row was before a refresh replaced every row, to
   * keep it at the same place on screen after (G_MAXUINT: nothing kept). */
  guint                 kept_position;
  double                kept_scroll;
  guint                 restore_tick;
  guint                 restore_frames;
  double                restore_scroll;
  double                restore_rows;

  /* The "which clients" drop-down (crm-window-staff.c): what each of
   * its rows means, a staff id or a CRM_WINDOW_SCOPE_ value. */
  GArray               *scope_ids;
  guint                 filling_scope : 1;
  /* The person using the app is Read-only: nothing may be changed. */
  guint                 read_only : 1;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  CrmBookingsView      *bookings_view;
  CrmContactsView      *contacts_view;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *list_pane;
  GtkWidget            *card_pane;
  AdwWindowTitle       *list_title;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkSearchEntry       *search_entry;
  GtkWidget            *tag_filter_button;
  GtkLabel             *tag_filter_label;
  CrmSearchView        *search_view;
  GtkDropDown          *scope_dropdown;
  GtkDropDown          *status_dropdown;
  GtkToggleButton      *favorites_button;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *contact_column;
  GtkColumnViewColumn  *email_column;
  GtkColumnViewColumn  *phone_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *favorite_column;
  GtkStack             *card_stack;
  CrmClientCard        *card;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_add_button;
};

/* crm-window-list.c */
void           crm_window_setup_columns   (CrmWindow *self);
void           crm_window_list_set_read_only (CrmWindow *self);
char          *crm_window_status_label    (GObject   *this_object,
                                           int        status);
char         **crm_window_status_classes  (GObject   *this_object,
                                           int        status);
gboolean       crm_window_cell_query_tooltip (GtkLabel   *label,
                                              int         x,
                                              int         y,
                                              gboolean    keyboard_mode,
                                              GtkTooltip *tooltip);

/* crm-window-search.c */
void           crm_window_class_add_search   (GtkWidgetClass *widget_class);
void           crm_window_setup_search       (CrmWindow      *self);
void           crm_window_update_list_page   (CrmWindow      *self,
                                              guint           n_items);
gboolean       crm_window_has_tag_filter     (CrmWindow      *self);
void           crm_window_set_tag_filter     (CrmWindow      *self,
                                              const char     *tag);

/* crm-window-staff.c */
#define CRM_WINDOW_SCOPE_ALL  (-1)
#define CRM_WINDOW_SCOPE_MINE (-2)
#define CRM_WINDOW_SCOPE_SPAM (-3)

void           crm_window_class_add_scope    (GtkWidgetClass *widget_class);
void           crm_window_setup_scope        (CrmWindow      *self);
void           crm_window_set_scope          (CrmWindow      *self,
                                              gint64          scope);

/* For the UI tests. */
static inline CrmClientList *
crm_window_get_client_list (CrmWindow *self)
{
  return self->clients;
}

G_END_DECLS
