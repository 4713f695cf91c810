/* crm-export-dialog-private.h: the export dialog's insides, for the UI tests.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-export-dialog.h"
#include "crm-exporter.h"

G_BEGIN_DECLS

struct _CrmExportDialog
{
  AdwWindow             parent_instance;

  CrmStore             *store;
  GArray               *shown_ids;
  GCancellable         *cancellable;
  GtkNativeDialog      *chooser;

  /* The outcome of the last export, for the tests: the toast's text, or
   * the error shown. */
  char                 *message;
  guint                 finished : 1;
  guint                 disposed : 1;

  /* Template children */
  GtkWidget            *cancel_button;
  GtkWidget            *export_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *stack;
  AdwComboRow          *format_row;
  GtkWidget            *bom_row;
  GtkSwitch            *bom_switch;
  GtkWidget            *vcard3_row;
  GtkSwitch            *vcard3_switch;
  GtkWidget            *scope_group;
  AdwActionRow         *shown_row;
  GtkCheckButton       *shown_check;
  AdwActionRow         *all_row;
  GtkCheckButton       *all_check;
  AdwStatusPage        *running_page;
};

/* What the save chooser does on Save, for the tests. */
void crm_export_dialog_export_to (CrmExportDialog *self,
                                  GFile           *file);

G_END_DECLS
