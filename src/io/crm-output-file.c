/* crm-output-file.c: write a file next to its target, rename it when complete.
 *
 * Every export goes through this, so that a failed or cancelled export
 * never leaves a half file under the name the person chose, and an
 * existing file there stays as it was until the new one is complete.
 *
 * The temporary file is ".NAME.XXXXXX" in the target's folder (a rename is
 * only atomic within one file system). Data is buffered, written with
 * write(2), synced with fsync(2) before the rename so that a power cut
 * cannot leave an empty file under the final name, and the temporary file
 * is removed on any failure and when the object is freed uncommitted.
 *
 * Writers that produce the file themselves (libxlsxwriter) use only the
 * temporary name: crm_output_file_close_temp() hands the name over.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "crm-io-error.h"
#include "crm-output-file.h"

#define BUFFER_SIZE (256 * 1024)

struct _CrmOutputFile
{
  char     *path;
  char     *temp_path;
  int       fd;
  char     *buffer;
  gsize     buffered;
  gboolean  committed;
  gboolean  failed;
};

static gboolean
fail (CrmOutputFile  *self,
      int             saved_errno,
      GError        **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  self->failed = TRUE;
  g_set_error (error, CRM_IO_ERROR, CRM_IO_ERROR_WRITE,
               _("Could not write “%s”: %s. Nothing was saved under that name; "
                 "check the free space and that you may write to that folder."),
               display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * crm_output_file_new:
 * @path: the file to write in the end
 * @error: a #GError
 *
 * Creates the temporary file beside @path. @path itself is not touched.
 *
 * Returns: (transfer full): the output file, or %NULL with
 *   %CRM_IO_ERROR_WRITE
 */
CrmOutputFile *
crm_output_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(CrmOutputFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (CrmOutputFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf (".%s.XXXXXX", base);
  self->temp_path = g_build_filename (dir, template, NULL);

  /* 0666 before the umask: the same mode any other new file would get. */
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      fail (self, saved_errno, error);
      return NULL;
    }

  self->buffer = g_malloc (BUFFER_SIZE);

  return g_steal_pointer (&self);
}

const char *
crm_output_file_get_path (CrmOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/**
 * crm_output_file_get_temp_path:
 *
 * Returns: the name of the temporary file, for writers that need a name
 */
const char *
crm_output_file_get_temp_path (CrmOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

static gboolean
flush_buffer (CrmOutputFile  *self,
              GError        **error)
{
  gsize done = 0;

  while (done < self->buffered)
    {
      gssize n = write (self->fd, self->buffer + done, self->buffered - done);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return fail (self, errno, error);
        }
      done += n;
    }

  self->buffered = 0;
  return TRUE;
}

/**
 * crm_output_file_write:
 * @self: an output file
 * @data: bytes
 * @len: how many
 * @error: a #GError
 *
 * Returns: %FALSE with %CRM_IO_ERROR_WRITE when the disk refused the data
 */
gboolean
crm_output_file_write (CrmOutputFile  *self,
                       const char     *data,
                       gsize           len,
                       GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  if (self->failed)
    return fail (self, EIO, error);

  if (self->buffered + len > BUFFER_SIZE)
    {
      if (!flush_buffer (self, error))
        return FALSE;

      if (len > BUFFER_SIZE)
        {
          gsize done = 0;

          while (done < len)
            {
              gssize n = write (self->fd, data + done, len - done);

              if (n < 0)
                {
                  if (errno == EINTR)
                    continue;
                  return fail (self, errno, error);
                }
              done += n;
            }
          return TRUE;
        }
    }

  memcpy (self->buffer + self->buffered, data, len);
  self->buffered += len;

  return TRUE;
}

/**
 * crm_output_file_close_temp:
 *
 * Closes our handle on the temporary file so that another writer can
 * write it by name; crm_output_file_commit() then only renames it.
 */
gboolean
crm_output_file_close_temp (CrmOutputFile  *self,
                            GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->fd >= 0)
    {
      if (!flush_buffer (self, error))
        return FALSE;
      if (close (self->fd) != 0)
        {
          self->fd = -1;
          return fail (self, errno, error);
        }
      self->fd = -1;
    }

  return TRUE;
}

/**
 * crm_output_file_commit:
 * @self: an output file
 * @error: a #GError
 *
 * Writes what is buffered, syncs, and renames the temporary file over the
 * target. On failure the target is unchanged and the temporary file gone.
 *
 * Returns: %TRUE when the target now holds the complete file
 */
gboolean
crm_output_file_commit (CrmOutputFile  *self,
                        GError        **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->failed)
    return fail (self, EIO, error);

  if (self->fd >= 0)
    {
      if (!flush_buffer (self, error))
        return FALSE;
      fd = self->fd;
    }
  else
    {
      /* Written by someone else: open it again to sync it. */
      fd = g_open (self->temp_path, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0)
        return fail (self, errno, error);
    }

  if (fsync (fd) != 0 && errno != EINVAL)
    {
      int saved_errno = errno;

      if (fd != self->fd)
        close (fd);
      return fail (self, saved_errno, error);
    }

  if (close (fd) != 0)
    {
      self->fd = -1;
      return fail (self, errno, error);
    }
  self->fd = -1;

  if (g_rename (self->temp_path, self->path) != 0)
    return fail (self, errno, error);

  self->committed = TRUE;
  return TRUE;
}

/**
 * crm_output_file_free:
 *
 * Frees @self; if it was not committed, the temporary file is removed and
 * the target stays as it was.
 */
void
crm_output_file_free (CrmOutputFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path)
    g_unlink (self->temp_path);

  g_free (self->buffer);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
