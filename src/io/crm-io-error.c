/* crm-io-error.c: the error domain of the readers and writers in src/io.
 *
 * Copyright 2026 The Clientele developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-io-error.h"

G_DEFINE_QUARK (crm-io-error-quark, crm_io_error)
