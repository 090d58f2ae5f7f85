/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-document.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_DOCUMENT_PREVIEW (mv_document_preview_get_type ())

G_DECLARE_FINAL_TYPE (MvDocumentPreview, mv_document_preview, MV, DOCUMENT_PREVIEW, GtkWidget)

/* A PDF page by page, drawn in a worker at the screen's scale: page
 * navigation, zoom (fit width, fit page, 100 %), thumbnails, and the keys
 * Page Up/Down, Ctrl+plus/minus and Ctrl+0. */

GtkWidget  *mv_document_preview_new          (void);
void        mv_document_preview_set_document (MvDocumentPreview *self,
                                              MvStore           *store,
                                              MvDocument        *document);
MvDocument *mv_document_preview_get_document (MvDocumentPreview *self);
int         mv_document_preview_get_page     (MvDocumentPreview *self);
void        mv_document_preview_set_page     (MvDocumentPreview *self,
                                              int                page);
void        mv_document_preview_mark_words   (MvDocumentPreview *self,
                                              const char        *text);

G_END_DECLS
