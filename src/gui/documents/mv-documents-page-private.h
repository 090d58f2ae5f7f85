/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-document-preview.h"
#include "mv-documents-page.h"

G_BEGIN_DECLS

/* The parts the tests look at as a user would. */
MvDocumentPreview *mv_documents_page_get_preview      (MvDocumentsPage *self);
GtkEditable       *mv_documents_page_get_filter_entry (MvDocumentsPage *self);
GtkCheckButton    *mv_documents_page_get_public_check (MvDocumentsPage *self);
GtkDropDown       *mv_documents_page_get_basis_dropdown (MvDocumentsPage *self);

G_END_DECLS
