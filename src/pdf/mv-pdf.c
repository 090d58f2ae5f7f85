/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "mv-error.h"
#include "mv-pdf.h"

static void
translate_error (GError  *poppler_error,
                 GError **error)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error_literal (error, MV_ERROR, MV_ERROR_ENCRYPTED,
                         _("The PDF is protected by a password"));
  else
    g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                 _("The PDF cannot be read; it may be damaged (%s)"), poppler_error->message);
}

/**
 * mv_pdf_inspect:
 * @password: (nullable): for an encrypted document
 *
 * Reads a PDF's title, page count and the text of every page, normalised
 * (NFKC) so that ligatures such as "ﬂ" do not break search. Safe in a
 * worker thread: the document is its own.
 */
gboolean
mv_pdf_inspect (GBytes          *bytes,
                const char      *password,
                MvDocumentInfo **info,
                GError         **error)
{
  g_autoptr(GObject) owner = NULL;
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MvDocumentInfo) result = NULL;
  int n_pages;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT, _("The file is empty"));
      return FALSE;
    }

  /* poppler-glib 22.12 has no autoptr of its own. With a wrong password,
   * new_from_bytes (and new_from_data) crash in poppler 22.12 when they
   * retry the password as UTF-8 (a NULL stream copy); new_from_stream
   * does not, so a password goes that way. */
  if (password != NULL)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

      document = poppler_document_new_from_stream (stream, g_bytes_get_size (bytes), password,
                                                   NULL, &local_error);
    }
  else
    document = poppler_document_new_from_bytes (bytes, password, &local_error);
  owner = G_OBJECT (document);
  if (document == NULL)
    {
      translate_error (local_error, error);
      return FALSE;
    }

  n_pages = poppler_document_get_n_pages (document);
  result = g_new0 (MvDocumentInfo, 1);
  result->title = poppler_document_get_title (document);
  result->n_pages = n_pages;
  result->encrypted = password != NULL && *password != '\0';
  result->page_texts = g_ptr_array_new_full (n_pages, g_free);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (document, i));
      g_autofree char *text = page ? poppler_page_get_text (POPPLER_PAGE (page)) : NULL;
      char *normalised = text ? g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE) : NULL;

      g_ptr_array_add (result->page_texts, normalised ? normalised : g_strdup (""));
    }

  *info = g_steal_pointer (&result);
  return TRUE;
}
