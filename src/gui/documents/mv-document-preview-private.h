/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-document-preview.h"

G_BEGIN_DECLS

/* What the tests look at as a user would. */
GdkTexture *mv_document_preview_get_page_texture (MvDocumentPreview *self);
GListModel *mv_document_preview_get_thumbnails   (MvDocumentPreview *self);
GdkTexture *mv_document_preview_get_thumbnail    (MvDocumentPreview *self,
                                                  guint              index);
const char *mv_document_preview_get_page_label   (MvDocumentPreview *self);
const char *mv_document_preview_get_message      (MvDocumentPreview *self);
/* How many occurrences of the marked words the page shown has marked. */
guint       mv_document_preview_get_n_marked     (MvDocumentPreview *self);

G_END_DECLS
