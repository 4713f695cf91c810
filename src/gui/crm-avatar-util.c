/* crm-avatar-util.c: turning picture files into stored avatars, and showing
 * stored avatars that follow the store.
 *
 * A chosen photo can be a 40-megapixel JPEG: it is decoded on a worker
 * thread, already scaled down by the loader (so the full-size picture never
 * sits in memory), turned upright by its EXIF orientation, cropped to the
 * centre square, and encoded as a PNG under CRM_AVATAR_MAX_SIZE, which is
 * what the store keeps.
 *
 * crm_avatar_follow() ties an AdwAvatar to a client or contact: it shows the
 * stored picture (a few kilobytes, one indexed row) and shows the new one
 * whenever the store says it changed.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "crm-avatar-util.h"

/* Reading more than this is not choosing a photo. */
#define MAX_FILE_SIZE (100 * 1024 * 1024)
/* Below this an avatar is no longer recognizable. */
#define MIN_SIDE 48

G_DEFINE_QUARK (crm-avatar-error-quark, crm_avatar_error)

static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  int side = MIN (width, height);
  double scale;

  if (side <= CRM_AVATAR_SIDE)
    return;

  /* The short side becomes the avatar's side; the long one is cropped
   * later, after the picture is turned upright. */
  scale = (double) CRM_AVATAR_SIDE / side;
  gdk_pixbuf_loader_set_size (loader,
                              MAX (CRM_AVATAR_SIDE, (int) ceil (width * scale)),
                              MAX (CRM_AVATAR_SIDE, (int) ceil (height * scale)));
}

static char *
display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

/* The system's messages name the full path and the call that failed;
 * a person wants to know which file and what to do about it. */
static void
set_read_error (GError     **error,
                const char  *name,
                GError      *cause)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    /* Translators: %s is a file name */
    g_set_error (error, cause->domain, cause->code, _("“%s” no longer exists."), name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    /* Translators: %s is a file name */
    g_set_error (error, cause->domain, cause->code,
                 _("Clientele is not allowed to read “%s”. Check the file’s permissions."), name);
  else
    /* Translators: %s is a file name, then the system's reason */
    g_set_error (error, cause->domain, cause->code, _("Could not read “%s”: %s"), name, cause->message);
}

static GdkPixbuf *
load_scaled (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  guchar buffer[64 * 1024];
  goffset total = 0;
  gboolean decoded = TRUE;
  gssize n;
  GdkPixbuf *pixbuf;

  if (!(stream = g_file_read (file, cancellable, &local_error)))
    {
      set_read_error (error, name, local_error);
      return NULL;
    }

  /* From here on, every way out closes the loader, as it wants. */
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), NULL);

  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                   cancellable, &local_error)) > 0)
    {
      total += n;
      if (total > MAX_FILE_SIZE)
        {
          gdk_pixbuf_loader_close (loader, NULL);
          g_set_error (error, CRM_AVATAR_ERROR, CRM_AVATAR_ERROR_TOO_LARGE,
                       /* Translators: %s is a file name */
                       _("“%s” is too large to be a photo (more than 100 MB)."), name);
          return NULL;
        }

      /* A failed write closes the loader itself. */
      if (!gdk_pixbuf_loader_write (loader, buffer, n, NULL))
        {
          decoded = FALSE;
          break;
        }
    }

  if (decoded && n < 0)
    {
      gdk_pixbuf_loader_close (loader, NULL);
      set_read_error (error, name, local_error);
      return NULL;
    }

  /* What the loader found wrong (unknown format, broken data) means the
   * same to a person: this file is not a picture we can use. */
  if (!decoded || !gdk_pixbuf_loader_close (loader, NULL) ||
      !(pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)))
    {
      g_set_error (error, CRM_AVATAR_ERROR, CRM_AVATAR_ERROR_NOT_A_PICTURE,
                   /* Translators: %s is a file name */
                   _("“%s” is not a picture Clientele can read."), name);
      return NULL;
    }

  return gdk_pixbuf_apply_embedded_orientation (pixbuf);
}

static GBytes *
encode_square (GdkPixbuf  *pixbuf,
               GError    **error)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int side = MIN (width, height);
  g_autoptr(GdkPixbuf) square = gdk_pixbuf_new_subpixbuf (pixbuf, (width - side) / 2,
                                                          (height - side) / 2, side, side);

  /* A picture full of fine noise can make a PNG larger than the store
   * takes; a smaller side always fits in the end. */
  for (int target = MIN (side, CRM_AVATAR_SIDE); target >= MIN (side, MIN_SIDE); target = target * 3 / 4)
    {
      g_autoptr(GdkPixbuf) scaled = NULL;
      g_autofree char *data = NULL;
      gsize size;

      scaled = target == side ? g_object_ref (square)
                              : gdk_pixbuf_scale_simple (square, target, target, GDK_INTERP_HYPER);
      if (!gdk_pixbuf_save_to_buffer (scaled, &data, &size, "png", error,
                                      "compression", "9", NULL))
        return NULL;

      if (size <= CRM_AVATAR_MAX_SIZE)
        return g_bytes_new_take (g_steal_pointer (&data), size);

    }

  g_set_error_literal (error, CRM_AVATAR_ERROR, CRM_AVATAR_ERROR_TOO_LARGE,
                       _("The picture could not be made small enough to keep."));
  return NULL;
}

static void
scale_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *name = display_name (file);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GError *error = NULL;
  GBytes *png;

  if (!(pixbuf = load_scaled (file, name, cancellable, &error)) ||
      !(png = encode_square (pixbuf, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, png, (GDestroyNotify) g_bytes_unref);
}

/**
 * crm_avatar_scale_async:
 * @file: a picture in any format gdk-pixbuf reads
 *
 * Makes a square PNG of at most %CRM_AVATAR_SIDE pixels a side and
 * %CRM_AVATAR_MAX_SIZE bytes from @file, on a worker thread.
 */
void
crm_avatar_scale_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, crm_avatar_scale_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, scale_thread);
}

/**
 * crm_avatar_scale_finish:
 *
 * Returns: (transfer full): the PNG, or %NULL with @error set to a message
 *   that names the file
 */
GBytes *
crm_avatar_scale_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * crm_avatar_texture_new:
 * @png: (nullable): stored avatar bytes
 *
 * Returns: (transfer full) (nullable): a texture, or %NULL when there is no
 *   picture or it cannot be decoded (initials are shown then)
 */
GdkTexture *
crm_avatar_texture_new (GBytes *png)
{
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  if (png == NULL)
    return NULL;

  if (!(texture = gdk_texture_new_from_bytes (png, &error)))
    g_debug ("Stored avatar not shown: %s", error->message);

  return texture;
}

/**
 * crm_avatar_get:
 * @owner: a #CrmClient or a #CrmContact
 *
 * Returns: (transfer full) (nullable): the stored PNG
 */
GBytes *
crm_avatar_get (CrmStore *store,
                GObject  *owner)
{
  if (CRM_IS_CLIENT (owner))
    return crm_store_get_client_avatar (store, CRM_CLIENT (owner));
  if (CRM_IS_CONTACT (owner))
    return crm_store_get_contact_avatar (store, CRM_CONTACT (owner));

  g_return_val_if_reached (NULL);
}

/**
 * crm_avatar_set:
 * @owner: a #CrmClient or a #CrmContact
 * @png: (nullable): the PNG, or %NULL for initials
 */
gboolean
crm_avatar_set (CrmStore  *store,
                GObject   *owner,
                GBytes    *png,
                GError   **error)
{
  if (CRM_IS_CLIENT (owner))
    return crm_store_set_client_avatar (store, CRM_CLIENT (owner), png, error);
  if (CRM_IS_CONTACT (owner))
    return crm_store_set_contact_avatar (store, CRM_CONTACT (owner), png, error);

  g_return_val_if_reached (FALSE);
}

/* Is it the same client or contact, whichever object stands for it? */
static gboolean
same_owner (GObject *a,
                       GObject *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  if (CRM_IS_CLIENT (a))
    return crm_client_get_id (CRM_CLIENT (a)) == crm_client_get_id (CRM_CLIENT (b));
  if (CRM_IS_CONTACT (a))
    return crm_contact_get_id (CRM_CONTACT (a)) == crm_contact_get_id (CRM_CONTACT (b));

  return FALSE;
}

#define FOLLOW_KEY "crm-avatar-follow"

typedef struct {
  CrmStore *store;
  GObject  *owner;
  gulong    handler;
} Follow;

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  if (follow->store != NULL)
    g_clear_signal_handler (&follow->handler, follow->store);
  g_clear_object (&follow->store);
  g_clear_object (&follow->owner);
  g_free (follow);
}

static void
show_stored (AdwAvatar *avatar,
             Follow    *follow)
{
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (follow->store != NULL && follow->owner != NULL)
    png = crm_avatar_get (follow->store, follow->owner);
  texture = crm_avatar_texture_new (png);

  adw_avatar_set_custom_image (avatar, texture ? GDK_PAINTABLE (texture) : NULL);
}

static void
avatar_changed_cb (CrmStore  *store,
                   GObject   *owner,
                   AdwAvatar *avatar)
{
  Follow *follow = g_object_get_data (G_OBJECT (avatar), FOLLOW_KEY);

  if (follow != NULL && same_owner (owner, follow->owner))
    show_stored (avatar, follow);
}

/**
 * crm_avatar_follow:
 * @avatar: the avatar that shows it; its text (the initials) stays the
 *   caller's to set
 * @store: (nullable): the store
 * @owner: (nullable): a #CrmClient or #CrmContact, or %NULL for none
 *
 * Shows @owner's stored picture in @avatar now and whenever it changes,
 * until the next call or until @avatar goes away.
 */
void
crm_avatar_follow (AdwAvatar *avatar,
                   CrmStore  *store,
                   GObject   *owner)
{
  Follow *follow;

  g_return_if_fail (ADW_IS_AVATAR (avatar));
  g_return_if_fail (!store || CRM_IS_STORE (store));
  g_return_if_fail (!owner || CRM_IS_CLIENT (owner) || CRM_IS_CONTACT (owner));

  follow = g_new0 (Follow, 1);
  follow->store = store ? g_object_ref (store) : NULL;
  follow->owner = owner ? g_object_ref (owner) : NULL;

  /* Plain g_signal_connect: follow_free disconnects, and it runs before
   * the avatar's memory goes. */
  if (store != NULL && owner != NULL)
    follow->handler = g_signal_connect (store, "avatar-changed",
                                        G_CALLBACK (avatar_changed_cb), avatar);

  g_object_set_data_full (G_OBJECT (avatar), FOLLOW_KEY, follow, follow_free);
  show_stored (avatar, follow);
}
