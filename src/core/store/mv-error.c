/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-error.h"

G_DEFINE_QUARK (mv-error-quark, mv_error)
