/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-document.h"
#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_DOCUMENTS_PAGE (mv_documents_page_get_type ())

G_DECLARE_FINAL_TYPE (MvDocumentsPage, mv_documents_page, MV, DOCUMENTS_PAGE, MvSectionPage)

gboolean mv_documents_page_show_document (MvDocumentsPage *self,
                                          MvDocument      *document,
                                          int              page);
void     mv_documents_page_mark_words    (MvDocumentsPage *self,
                                          const char      *text);

G_END_DECLS
