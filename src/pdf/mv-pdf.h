/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-store.h"

G_BEGIN_DECLS

gboolean mv_pdf_inspect (GBytes          *bytes,
                         const char      *password,
                         MvDocumentInfo **info,
                         GError         **error);

G_END_DECLS
