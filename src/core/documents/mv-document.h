/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_DOCUMENT (mv_document_get_type ())

G_DECLARE_FINAL_TYPE (MvDocument, mv_document, MV, DOCUMENT, MvRecord)

const char  *mv_document_get_council_id (MvDocument *self);
const char  *mv_document_get_item_id    (MvDocument *self);
const char  *mv_document_get_meeting_id (MvDocument *self);
const char  *mv_document_get_file_name  (MvDocument *self);
const char  *mv_document_get_title      (MvDocument *self);
const char  *mv_document_get_mime_type  (MvDocument *self);
gint64       mv_document_get_size       (MvDocument *self);
const char  *mv_document_get_sha256     (MvDocument *self);
int          mv_document_get_page_count (MvDocument *self);
gboolean     mv_document_get_public     (MvDocument *self);
MvExemptBasis mv_document_get_exempt_basis (MvDocument *self);
gboolean     mv_document_get_encrypted  (MvDocument *self);
gboolean     mv_document_get_text_stored (MvDocument *self);

G_END_DECLS
