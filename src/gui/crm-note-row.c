/* crm-note-row.c: a note in a client's list of notes: who wrote it and
 * when (in local time) above the text. Notes do not change once written,
 * so the row is filled once.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-gui-util.h"
#include "crm-note-row.h"

/**
 * crm_note_row_new:
 *
 * Returns: (transfer floating): a GtkListBoxRow showing @note
 */
GtkWidget *
crm_note_row_new (CrmNote *note)
{
  g_autofree char *when = crm_format_date_time (crm_note_get_created (note));
  g_autofree char *byline = NULL;
  const char *author = crm_note_get_author_name (note);
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *meta;
  GtkWidget *text;

  if (author != NULL && author[0] != '\0')
    /* Translators: "<author> · <date and time>" above a note */
    byline = g_strdup_printf (_("%s · %s"), author, when);
  else
    byline = g_strdup (when);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  meta = gtk_label_new (byline);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_box_append (GTK_BOX (box), meta);

  text = gtk_label_new (crm_note_get_text (note));
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}
