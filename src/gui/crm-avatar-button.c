/* crm-avatar-button.c: a client's or contact's avatar, with a menu to
 * choose or remove its photo.
 *
 * The avatar shows initials of its text until a photo is stored. "Choose
 * Photo…" opens a file chooser; the chosen file goes through
 * crm_avatar_button_set_file(), which scales it on a worker thread
 * (crm-avatar-util.c) and stores it. "Remove Photo" goes back to initials,
 * with Undo in a toast. The picture shown follows the store, so a photo
 * chosen elsewhere shows here too.
 *
 * In a dialog with Save and Cancel the button is "deferred": it keeps what
 * was chosen or removed and writes it only when the dialog calls
 * crm_avatar_button_apply().
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "crm-avatar-button.h"
#include "crm-avatar-util.h"
#include "crm-gui-util.h"

struct _CrmAvatarButton
{
  AdwBin        parent_instance;

  CrmStore     *store;
  GObject      *owner;
  gboolean      deferred;

  /* Deferred only: the picture to write (NULL for initials), if any. */
  GBytes       *pending;
  gboolean      pending_set;

  GCancellable *cancellable;
  guint         loading;

  GtkWidget    *menu_button;
  AdwAvatar    *avatar;
  GtkWidget    *badge;
  gboolean      read_only;
};

G_DEFINE_FINAL_TYPE (CrmAvatarButton, crm_avatar_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SIZE,
  PROP_DEFERRED,
  PROP_LOADING,
  PROP_HAS_IMAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Smaller avatars (in rows) carry no pencil badge: it would hide the face. */
#define BADGE_MIN_SIZE 64

GtkWidget *
crm_avatar_button_new (void)
{
  return g_object_new (CRM_TYPE_AVATAR_BUTTON, NULL);
}

static gboolean
can_edit (CrmAvatarButton *self)
{
  return !self->read_only &&
         (self->deferred || (self->store != NULL && self->owner != NULL));
}

static void
update_actions (CrmAvatarButton *self)
{
  gboolean idle = self->loading == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "avatar.choose",
                                 idle && can_edit (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "avatar.remove",
                                 idle && can_edit (self) && crm_avatar_button_get_has_image (self));
}

static void
set_loading (CrmAvatarButton *self,
             guint            loading)
{
  gboolean was = self->loading > 0;

  self->loading = loading;
  if (was != (loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  update_actions (self);
}

static void
show_picture (CrmAvatarButton *self,
              GBytes          *png)
{
  g_autoptr(GdkTexture) texture = crm_avatar_texture_new (png);

  adw_avatar_set_custom_image (self->avatar, texture ? GDK_PAINTABLE (texture) : NULL);
}

/* Shows what is stored for the owner: followed live when changes are
 * written at once, read once when they wait for apply(). */
static void
show_owner (CrmAvatarButton *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_loading (self, 0);
  g_clear_pointer (&self->pending, g_bytes_unref);
  self->pending_set = FALSE;

  if (!self->deferred)
    {
      crm_avatar_follow (self->avatar, self->store, self->owner);
      return;
    }

  crm_avatar_follow (self->avatar, NULL, NULL);
  if (self->store != NULL && self->owner != NULL)
    {
      g_autoptr(GBytes) png = crm_avatar_get (self->store, self->owner);

      show_picture (self, png);
    }
}

void
crm_avatar_button_set_store (CrmAvatarButton *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));
  g_return_if_fail (!store || CRM_IS_STORE (store));

  if (g_set_object (&self->store, store))
    show_owner (self);
}

/**
 * crm_avatar_button_set_owner:
 * @owner: (nullable): the #CrmClient or #CrmContact whose photo this is;
 *   %NULL for one not stored yet (deferred buttons only keep a choice then)
 *
 * Drops whatever was chosen for the previous owner and not stored.
 */
void
crm_avatar_button_set_owner (CrmAvatarButton *self,
                             GObject         *owner)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));
  g_return_if_fail (!owner || CRM_IS_CLIENT (owner) || CRM_IS_CONTACT (owner));

  if (g_set_object (&self->owner, owner))
    show_owner (self);
  update_actions (self);
}

/**
 * crm_avatar_button_get_owner:
 *
 * Returns: (transfer none) (nullable): the client or contact
 */
GObject *
crm_avatar_button_get_owner (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), NULL);

  return self->owner;
}

void
crm_avatar_button_set_text (CrmAvatarButton *self,
                            const char      *text)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));

  if (g_strcmp0 (text, adw_avatar_get_text (self->avatar)) == 0)
    return;

  adw_avatar_set_text (self->avatar, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
crm_avatar_button_get_text (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), NULL);

  return adw_avatar_get_text (self->avatar);
}

void
crm_avatar_button_set_size (CrmAvatarButton *self,
                            int              size)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));

  if (size == adw_avatar_get_size (self->avatar))
    return;

  adw_avatar_set_size (self->avatar, size);
  gtk_widget_set_visible (self->badge, size >= BADGE_MIN_SIZE && !self->read_only);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

/**
 * crm_avatar_button_set_read_only:
 * @read_only: %TRUE while the person using the app is Read-only
 *
 * Shows the picture only: no menu, no pencil badge.
 */
void
crm_avatar_button_set_read_only (CrmAvatarButton *self,
                                 gboolean         read_only)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));

  self->read_only = !!read_only;
  /* Not insensitive, which would grey the face out: it just takes no
   * clicks and no focus. */
  gtk_widget_set_can_target (self->menu_button, !read_only);
  gtk_widget_set_focusable (self->menu_button, !read_only);
  gtk_widget_set_tooltip_text (self->menu_button, read_only ? NULL : _("Change Photo"));
  gtk_widget_set_visible (self->badge,
                          adw_avatar_get_size (self->avatar) >= BADGE_MIN_SIZE && !read_only);
  update_actions (self);
}

int
crm_avatar_button_get_size (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), 0);

  return adw_avatar_get_size (self->avatar);
}

void
crm_avatar_button_set_deferred (CrmAvatarButton *self,
                                gboolean         deferred)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));

  deferred = !!deferred;
  if (deferred == self->deferred)
    return;

  self->deferred = deferred;
  show_owner (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFERRED]);
}

gboolean
crm_avatar_button_get_deferred (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), FALSE);

  return self->deferred;
}

/* Is a picture being read and scaled? */
gboolean
crm_avatar_button_get_loading (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), FALSE);

  return self->loading > 0;
}

/* Does it show a photo rather than initials? */
gboolean
crm_avatar_button_get_has_image (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), FALSE);

  return adw_avatar_get_custom_image (self->avatar) != NULL;
}

/**
 * crm_avatar_button_get_avatar:
 *
 * Returns: (transfer none): the avatar inside
 */
AdwAvatar *
crm_avatar_button_get_avatar (CrmAvatarButton *self)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), NULL);

  return self->avatar;
}

static void
scaled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(CrmAvatarButton) self = user_data;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;

  png = crm_avatar_scale_finish (result, &error);

  /* Cancelled: the owner changed or the widget went away, and the
   * loading count was reset then. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, self->loading - 1);

  if (png == NULL)
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  if (self->deferred)
    {
      g_clear_pointer (&self->pending, g_bytes_unref);
      self->pending = g_bytes_ref (png);
      self->pending_set = TRUE;
      show_picture (self, png);
      update_actions (self);
      return;
    }

  /* The avatar follows the store: it shows the picture once written. */
  if (!crm_avatar_set (self->store, self->owner, png, &error))
    crm_toast_error (GTK_WIDGET (self), error);
}

/**
 * crm_avatar_button_set_file:
 * @file: the picture a person chose
 *
 * What "Choose Photo…" does with the chosen file: scales it on a worker
 * thread, then stores it (or keeps it, when deferred). A file that is not a
 * picture, or cannot be read, gets a message and changes nothing.
 */
void
crm_avatar_button_set_file (CrmAvatarButton *self,
                            GFile           *file)
{
  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!can_edit (self))
    return;

  /* The last choice wins. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_loading (self, 1);

  crm_avatar_scale_async (file, self->cancellable, scaled_cb, g_object_ref (self));
}

typedef struct {
  CrmStore  *store;
  GObject   *owner;
  GBytes    *png;
  GtkWidget *overlay;
} UndoRemove;

static void
undo_remove_free (gpointer  data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->owner);
  g_clear_pointer (&undo->png, g_bytes_unref);
  g_clear_object (&undo->overlay);
  g_free (undo);
}

static void
undo_remove_cb (AdwToast   *toast,
                UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;

  if (!crm_avatar_set (undo->store, undo->owner, undo->png, &error))
    crm_toast_error (undo->overlay, error);
}

/**
 * crm_avatar_button_remove:
 *
 * What "Remove Photo" does: back to initials, with Undo in a toast when
 * there is a toast overlay around (or, when deferred, at the next apply).
 */
void
crm_avatar_button_remove (CrmAvatarButton *self)
{
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  UndoRemove *undo;
  AdwToast *toast;

  g_return_if_fail (CRM_IS_AVATAR_BUTTON (self));

  if (!can_edit (self))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_loading (self, 0);

  if (self->deferred)
    {
      g_clear_pointer (&self->pending, g_bytes_unref);
      self->pending_set = TRUE;
      show_picture (self, NULL);
      update_actions (self);
      return;
    }

  if (!(old = crm_avatar_get (self->store, self->owner)))
    return;

  if (!crm_avatar_set (self->store, self->owner, NULL, &error))
    {
      crm_toast_error (GTK_WIDGET (self), error);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  /* Toast titles are markup. */
  name = g_markup_escape_text (crm_avatar_button_get_text (self) ?: "", -1);
  /* Translators: %s is the name of a client or a person */
  title = g_strdup_printf (_("Photo of “%s” removed"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));

  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (self->store);
  undo->owner = g_object_ref (self->owner);
  undo->png = g_steal_pointer (&old);
  undo->overlay = g_object_ref (overlay);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         undo, undo_remove_free, 0);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * crm_avatar_button_apply:
 * @owner: (nullable): the contact or client to write to, when the button
 *   had none (a contact just added); %NULL for the button's own
 *
 * Writes what a deferred button kept: the chosen photo, or its removal.
 * Does nothing when nothing was chosen.
 *
 * Returns: %FALSE with @error set when the store refused
 */
gboolean
crm_avatar_button_apply (CrmAvatarButton  *self,
                         GObject          *owner,
                         GError          **error)
{
  g_return_val_if_fail (CRM_IS_AVATAR_BUTTON (self), FALSE);
  g_return_val_if_fail (!owner || CRM_IS_CLIENT (owner) || CRM_IS_CONTACT (owner), FALSE);

  if (owner == NULL)
    owner = self->owner;

  if (!self->pending_set || owner == NULL || self->store == NULL)
    return TRUE;

  if (!crm_avatar_set (self->store, owner, self->pending, error))
    return FALSE;

  self->pending_set = FALSE;
  return TRUE;
}

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CrmAvatarButton *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        crm_avatar_button_set_file (self, file);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Photo"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Pictures"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  crm_avatar_button_remove (CRM_AVATAR_BUTTON (widget));
}

static void
custom_image_changed_cb (CrmAvatarButton *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_IMAGE]);
}

static void
crm_avatar_button_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmAvatarButton *self = CRM_AVATAR_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, crm_avatar_button_get_text (self));
      break;

    case PROP_SIZE:
      g_value_set_int (value, crm_avatar_button_get_size (self));
      break;

    case PROP_DEFERRED:
      g_value_set_boolean (value, self->deferred);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, crm_avatar_button_get_loading (self));
      break;

    case PROP_HAS_IMAGE:
      g_value_set_boolean (value, crm_avatar_button_get_has_image (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_avatar_button_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmAvatarButton *self = CRM_AVATAR_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      crm_avatar_button_set_text (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      crm_avatar_button_set_size (self, g_value_get_int (value));
      break;

    case PROP_DEFERRED:
      crm_avatar_button_set_deferred (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_avatar_button_dispose (GObject *object)
{
  CrmAvatarButton *self = CRM_AVATAR_BUTTON (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->avatar != NULL)
    crm_avatar_follow (self->avatar, NULL, NULL);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_object (&self->owner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_avatar_button_parent_class)->dispose (object);
}

static void
crm_avatar_button_class_init (CrmAvatarButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_avatar_button_dispose;
  object_class->get_property = crm_avatar_button_get_property;
  object_class->set_property = crm_avatar_button_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE] =
    g_param_spec_int ("size", NULL, NULL, 0, G_MAXINT, 96,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFERRED] =
    g_param_spec_boolean ("deferred", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_IMAGE] =
    g_param_spec_boolean ("has-image", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "avatar.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "avatar.remove", NULL, remove_action);
}

static void
crm_avatar_button_init (CrmAvatarButton *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *overlay = gtk_overlay_new ();

  g_menu_append (menu, _("_Choose Photo…"), "avatar.choose");
  g_menu_append (menu, _("_Remove Photo"), "avatar.remove");

  self->avatar = ADW_AVATAR (adw_avatar_new (96, NULL, TRUE));
  g_signal_connect_swapped (self->avatar, "notify::custom-image",
                            G_CALLBACK (custom_image_changed_cb), self);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->menu_button), GTK_WIDGET (self->avatar));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (self->menu_button), FALSE);
  gtk_widget_add_css_class (self->menu_button, "avatar-button");
  gtk_widget_set_tooltip_text (self->menu_button, _("Change Photo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Change photo"),
                                  -1);

  /* A pencil on the avatar says it can be changed; clicks go through it
   * to the button. */
  self->badge = gtk_image_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_halign (self->badge, GTK_ALIGN_END);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_END);
  gtk_widget_set_can_target (self->badge, FALSE);
  gtk_widget_add_css_class (self->badge, "avatar-badge");

  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->menu_button);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->badge);
  gtk_widget_set_halign (overlay, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (overlay, GTK_ALIGN_CENTER);
  adw_bin_set_child (ADW_BIN (self), overlay);

  update_actions (self);
}
