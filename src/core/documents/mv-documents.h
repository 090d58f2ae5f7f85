/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-document-bytes.h"
#include "mv-document.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* Case documents: read a file in a worker (no store), store it on the
 * store's thread. A PDF's text goes page by page into search; other files
 * (DOCX, XLSX, ODT, images) are stored and listed without pages. */

/* 100 MB, as g_format_size() counts them. */
#define MV_DOCUMENTS_DEFAULT_SIZE_LIMIT ((guint64) 100 * 1000 * 1000)

/* @inspect reads a PDF: pass mv_pdf_inspect() from src/pdf (core does not
 * link poppler). It runs in the worker with a PopplerDocument of its own.
 * @size_limit: bytes; 0 means MV_DOCUMENTS_DEFAULT_SIZE_LIMIT. */
gboolean  mv_documents_inspect_bytes       (const char       *file_name,
                                            GBytes           *bytes,
                                            const char       *password,
                                            guint64           size_limit,
                                            MvInspectFunc     inspect,
                                            char            **mime_type,
                                            MvDocumentInfo  **info,
                                            GError          **error);
gboolean  mv_documents_inspect_file        (GFile            *file,
                                            const char       *password,
                                            guint64           size_limit,
                                            MvInspectFunc     inspect,
                                            GCancellable     *cancellable,
                                            char            **mime_type,
                                            MvDocumentInfo  **info,
                                            GBytes          **bytes,
                                            GError          **error);

/* The title a document gets when nobody names it: the PDF's own title,
 * unless that says nothing the file name does not ("Microsoft Word -
 * x.docx", the file name, "Untitled"); else its first heading
 * (MvDocumentInfo.heading); else the file name without its extension. What
 * the attach dialog proposes, and what mv_documents_attach() stores for a
 * %NULL or blank title. An encrypted PDF's own title counts only with
 * @with_text (it was read with the password), its heading never (a title
 * stays when the text is taken out of the file again). */
char       *mv_documents_propose_title     (const char       *file_name,
                                            const MvDocumentInfo *info,
                                            gboolean          with_text);

/* An encrypted PDF's text is stored (and searchable, and readable in the
 * file without the password) only with MV_ATTACH_FLAGS_STORE_TEXT; the
 * functions without flags never store it. */
MvDocument *mv_documents_attach            (MvStore          *store,
                                            MvRecord         *owner,
                                            const char       *file_name,
                                            const char       *title,
                                            const char       *mime_type,
                                            GBytes           *bytes,
                                            const MvDocumentInfo *info,
                                            GError          **error);
MvDocument *mv_documents_attach_full       (MvStore          *store,
                                            MvRecord         *owner,
                                            const char       *file_name,
                                            const char       *title,
                                            const char       *mime_type,
                                            GBytes           *bytes,
                                            const MvDocumentInfo *info,
                                            MvAttachFlags     flags,
                                            GError          **error);

/* Called on the caller's main context after each file: @document is the
 * stored one (transfer none), or %NULL and @error says why. */
typedef void (*MvDocumentsProgressFunc) (GFile        *file,
                                         guint         index,
                                         guint         n_files,
                                         MvDocument   *document,
                                         const GError *error,
                                         gpointer      user_data);

void      mv_documents_attach_files_async  (MvStore                 *store,
                                            MvRecord                *owner,
                                            GFile                  **files,
                                            guint                    n_files,
                                            const char              *password,
                                            guint64                  size_limit,
                                            MvInspectFunc            inspect,
                                            GCancellable            *cancellable,
                                            MvDocumentsProgressFunc  progress,
                                            gpointer                 progress_data,
                                            GDestroyNotify           progress_destroy,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
void      mv_documents_attach_files_full_async (MvStore             *store,
                                                MvRecord            *owner,
                                                GFile              **files,
                                                guint                n_files,
                                                const char          *password,
                                                MvAttachFlags        flags,
                                                guint64              size_limit,
                                                MvInspectFunc        inspect,
                                                GCancellable        *cancellable,
                                                MvDocumentsProgressFunc progress,
                                                gpointer             progress_data,
                                                GDestroyNotify       progress_destroy,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
void      mv_documents_attach_file_async   (MvStore                 *store,
                                            MvRecord                *owner,
                                            GFile                   *file,
                                            const char              *title,
                                            const char              *password,
                                            MvAttachFlags            flags,
                                            guint64                  size_limit,
                                            MvInspectFunc            inspect,
                                            GCancellable            *cancellable,
                                            MvDocumentsProgressFunc  progress,
                                            gpointer                 progress_data,
                                            GDestroyNotify           progress_destroy,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
gboolean  mv_documents_attach_files_finish (MvStore                 *store,
                                            GAsyncResult            *result,
                                            GPtrArray              **documents,
                                            GError                 **error);

/* The documents of an item, of a meeting (its own and its items'), or all. */
GPtrArray *mv_documents_list               (MvStore          *store,
                                            MvRecord         *owner);

/* Whether a document may go out with the public version of the papers, and
 * removing one (a soft delete); each can be undone. */
gboolean  mv_documents_set_public          (MvStore          *store,
                                            MvDocument       *document,
                                            gboolean          public,
                                            MvUndo          **undo,
                                            GError          **error);
/* The same, and the legal basis (an MvExemptBasis, −1 keeps it) cited in
 * an exempt document's place, in one write. */
gboolean  mv_documents_set_public_full     (MvStore          *store,
                                            MvDocument       *document,
                                            gboolean          public,
                                            int               basis,
                                            MvUndo          **undo,
                                            GError          **error);
/* A new title for a document: not blank. */
gboolean  mv_documents_set_title           (MvStore          *store,
                                            MvDocument       *document,
                                            const char       *title,
                                            MvUndo          **undo,
                                            GError          **error);
gboolean  mv_documents_remove              (MvStore          *store,
                                            MvDocument       *document,
                                            MvUndo          **undo,
                                            GError          **error);

/* Stores an encrypted PDF's text for search after all (with its password;
 * the text is then readable in the file without it), or takes it out of
 * the file again. */
gboolean  mv_documents_set_text_stored     (MvStore          *store,
                                            MvDocument       *document,
                                            gboolean          stored,
                                            const char       *password,
                                            MvInspectFunc     inspect,
                                            GError          **error);

G_END_DECLS
