/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "mv-document-bytes.h"

G_BEGIN_DECLS

gboolean mv_pdf_inspect (GBytes          *bytes,
                         const char      *password,
                         MvDocumentInfo **info,
                         GError         **error);

/* Pages drawn for the screen. A renderer holds one PopplerDocument: use
 * it from one thread at a time, and make one per worker from the same
 * bytes. */
typedef struct _MvPdfRenderer MvPdfRenderer;

MvPdfRenderer   *mv_pdf_renderer_new           (GBytes         *bytes,
                                                const char     *password,
                                                GError        **error);
void             mv_pdf_renderer_free          (MvPdfRenderer  *self);
int              mv_pdf_renderer_get_n_pages   (MvPdfRenderer  *self);
gboolean         mv_pdf_renderer_get_page_size (MvPdfRenderer  *self,
                                                int             index,
                                                double         *width,
                                                double         *height);
cairo_surface_t *mv_pdf_renderer_render        (MvPdfRenderer  *self,
                                                int             index,
                                                double          scale,
                                                GError        **error);

/* Where @words occur on a page (each as a substring, in any case): an
 * array of cairo_rectangle_t in points from the page's top left. */
GArray          *mv_pdf_renderer_find_words    (MvPdfRenderer  *self,
                                                int             index,
                                                const char * const *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvPdfRenderer, mv_pdf_renderer_free)

G_END_DECLS
