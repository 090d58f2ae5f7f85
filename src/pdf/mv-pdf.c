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

/* --- Rendering ------------------------------------------------------------ */

/* A page larger than this many pixels a side is not drawn: a zoom on a
 * poster-sized page would otherwise ask cairo for gigabytes. */
#define MAX_SIDE 8192

struct _MvPdfRenderer
{
  PopplerDocument *document;
};

static PopplerDocument *
open_document (GBytes      *bytes,
               const char  *password,
               GError     **error)
{
  /* As in mv_pdf_inspect(): a password goes through a stream. */
  if (password != NULL)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

      return poppler_document_new_from_stream (stream, g_bytes_get_size (bytes), password,
                                               NULL, error);
    }
  return poppler_document_new_from_bytes (bytes, NULL, error);
}

/**
 * mv_pdf_renderer_new:
 * @password: (nullable): for an encrypted document
 *
 * Returns: (transfer full): a renderer for one thread, or %NULL with
 *   @error set (%MV_ERROR_ENCRYPTED when it needs a password)
 */
MvPdfRenderer *
mv_pdf_renderer_new (GBytes      *bytes,
                     const char  *password,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;
  MvPdfRenderer *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT, _("The file is empty"));
      return NULL;
    }

  document = open_document (bytes, password, &local_error);
  if (document == NULL)
    {
      translate_error (local_error, error);
      return NULL;
    }

  self = g_new0 (MvPdfRenderer, 1);
  self->document = document;
  return self;
}

void
mv_pdf_renderer_free (MvPdfRenderer *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->document);
  g_free (self);
}

int
mv_pdf_renderer_get_n_pages (MvPdfRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return poppler_document_get_n_pages (self->document);
}

/**
 * mv_pdf_renderer_get_page_size:
 * @index: from 0
 * @width: (out): in points
 * @height: (out): in points
 */
gboolean
mv_pdf_renderer_get_page_size (MvPdfRenderer *self,
                               int            index,
                               double        *width,
                               double        *height)
{
  g_autoptr(GObject) page = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (index < 0 || index >= poppler_document_get_n_pages (self->document))
    return FALSE;

  page = G_OBJECT (poppler_document_get_page (self->document, index));
  if (page == NULL)
    return FALSE;

  poppler_page_get_size (POPPLER_PAGE (page), width, height);
  return TRUE;
}

/**
 * mv_pdf_renderer_find_words:
 * @index: from 0
 * @words: (array zero-terminated=1) (nullable): what to find
 *
 * Returns: (transfer full) (element-type cairo_rectangle_t): the boxes of
 *   every occurrence, in points from the top left of the page; maybe empty
 */
GArray *
mv_pdf_renderer_find_words (MvPdfRenderer      *self,
                            int                 index,
                            const char * const *words)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(GObject) page = NULL;
  double width, height;

  g_return_val_if_fail (self != NULL, boxes);

  if (words == NULL || index < 0 || index >= poppler_document_get_n_pages (self->document))
    return boxes;
  page = G_OBJECT (poppler_document_get_page (self->document, index));
  if (page == NULL)
    return boxes;
  poppler_page_get_size (POPPLER_PAGE (page), &width, &height);

  for (guint w = 0; words[w] != NULL; w++)
    {
      GList *found;

      if (*words[w] == '\0')
        continue;

      /* poppler gives the boxes with the origin at the bottom left. */
      found = poppler_page_find_text_with_options (POPPLER_PAGE (page), words[w],
                                                   POPPLER_FIND_DEFAULT);
      for (GList *l = found; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;
          cairo_rectangle_t box = {
            MIN (r->x1, r->x2), height - MAX (r->y1, r->y2),
            ABS (r->x2 - r->x1), ABS (r->y2 - r->y1),
          };

          g_array_append_val (boxes, box);
        }
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
    }

  return boxes;
}

/**
 * mv_pdf_renderer_render:
 * @index: from 0
 * @scale: pixels per point
 *
 * Draws a page on white, as a reader shows it.
 *
 * Returns: (transfer full): an ARGB32 image surface, or %NULL with @error
 */
cairo_surface_t *
mv_pdf_renderer_render (MvPdfRenderer  *self,
                        int             index,
                        double          scale,
                        GError        **error)
{
  g_autoptr(GObject) page = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int pixel_width, pixel_height;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  if (!mv_pdf_renderer_get_page_size (self, index, &width, &height) ||
      width <= 0 || height <= 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                   _("Page %d cannot be read; the PDF may be damaged"), index + 1);
      return NULL;
    }

  scale = MIN (scale, MIN (MAX_SIDE / width, MAX_SIDE / height));
  pixel_width = MAX (1, (int) (width * scale + 0.5));
  pixel_height = MAX (1, (int) (height * scale + 0.5));

  page = G_OBJECT (poppler_document_get_page (self->document, index));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (POPPLER_PAGE (page), cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                   _("Page %d cannot be drawn: %s"), index + 1,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }

  return surface;
}
