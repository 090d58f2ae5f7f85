/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-document.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What a user does with one case document, from any view that lists
 * documents. @widget is the view: errors and toasts go to its window. */

void     mv_document_open            (GtkWidget  *widget,
                                      MvStore    *store,
                                      MvDocument *document);
void     mv_document_save_copy       (GtkWidget  *widget,
                                      MvStore    *store,
                                      MvDocument *document);
gboolean mv_document_set_public      (GtkWidget  *widget,
                                      MvStore    *store,
                                      MvDocument *document,
                                      gboolean    public);
/* Keeps it exempt, on the legal basis @basis (an MvExemptBasis). */
gboolean mv_document_set_exempt_basis (GtkWidget    *widget,
                                       MvStore      *store,
                                       MvDocument   *document,
                                       MvExemptBasis basis);
gboolean mv_document_remove          (GtkWidget  *widget,
                                      MvStore    *store,
                                      MvDocument *document);
/* Asks for a new title, with Undo; returns the dialog (for the tests). */
GtkWidget *mv_document_change_title  (GtkWidget  *widget,
                                      MvStore    *store,
                                      MvDocument *document);
/* The dialog that asks for a document's title (its entry: data
 * "title-entry"), for attaching and for a new title. */
GtkWidget *mv_document_title_dialog_new (GtkWindow  *parent,
                                         const char *heading,
                                         const char *body,
                                         const char *accessible,
                                         const char *proposed,
                                         const char *accept,
                                         const char *accept_label);

/* The passwords of protected PDFs, in memory for this session only, so
 * that the preview does not ask again for one just attached or unlocked. */
void        mv_document_remember_password (MvDocument *document,
                                           const char *password);
const char *mv_document_lookup_password   (MvDocument *document);

/* "15 pages · 66.8 kB", for a row's subtitle. */
char    *mv_document_dup_description (MvDocument *document);

G_END_DECLS
