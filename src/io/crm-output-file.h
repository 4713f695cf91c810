/* crm-output-file.h: write a file next to its target, rename it when complete.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CrmOutputFile CrmOutputFile;

CrmOutputFile *crm_output_file_new           (const char     *path,
                                              GError        **error);
const char    *crm_output_file_get_path      (CrmOutputFile  *self);
const char    *crm_output_file_get_temp_path (CrmOutputFile  *self);
gboolean       crm_output_file_write         (CrmOutputFile  *self,
                                              const char     *data,
                                              gsize           len,
                                              GError        **error);
gboolean       crm_output_file_close_temp    (CrmOutputFile  *self,
                                              GError        **error);
gboolean       crm_output_file_commit        (CrmOutputFile  *self,
                                              GError        **error);
void           crm_output_file_free          (CrmOutputFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmOutputFile, crm_output_file_free)

G_END_DECLS
