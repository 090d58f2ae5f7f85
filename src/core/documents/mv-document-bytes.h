/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-store.h"

G_BEGIN_DECLS

/* Documents: the bytes once per SHA-256, the text page by page into search. */
typedef struct
{
  char       *title;       /* the document's own title, or NULL */
  char       *heading;     /* its first heading, or NULL: mv_documents_propose_title() */
  int         n_pages;
  GPtrArray  *page_texts;  /* of char*, one per page, normalised */
  gboolean    encrypted;
} MvDocumentInfo;

/* What to keep of an attached document. An encrypted PDF's text is stored
 * (page by page and in search, readable in the file without the password)
 * only with MV_ATTACH_FLAGS_STORE_TEXT; the text of other documents always. */
typedef enum
{
  MV_ATTACH_FLAGS_NONE       = 0,
  MV_ATTACH_FLAGS_STORE_TEXT = 1 << 0,
} MvAttachFlags;

typedef gboolean (*MvInspectFunc) (GBytes          *bytes,
                                   const char      *password,
                                   MvDocumentInfo **info,
                                   GError         **error);

void        mv_document_info_free     (MvDocumentInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvDocumentInfo, mv_document_info_free)

gpointer    mv_store_attach_bytes     (MvStore         *self,
                                       MvRecord        *owner,
                                       const char      *file_name,
                                       const char      *mime_type,
                                       GBytes          *bytes,
                                       const MvDocumentInfo *info,
                                       MvAttachFlags    flags,
                                       GError         **error);
gboolean    mv_store_set_text         (MvStore         *self,
                                       gpointer         document,
                                       const MvDocumentInfo *info,
                                       GError         **error);
GBytes     *mv_store_load_bytes       (MvStore         *self,
                                       gpointer         document,
                                       GError         **error);
GPtrArray  *mv_store_check_documents  (MvStore         *self,
                                       GError         **error);

G_END_DECLS
