/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mv-error.h"
#include "mv-packet-stamp.h"
#include "mv-pdf-writer.h"

/* An attachment's own footer sits some 10–15 mm above the paper's foot
 * (a word processor's default is 12.5 mm); the stamp stays below it, its
 * line's foot STAMP_BOTTOM above the paper's, in a size smaller than the
 * notice's footer. */
#define STAMP_SIZE    7.0
#define STAMP_BOTTOM  (4.0 * MV_PDF_MM)
#define STAMP_GAP     (6.0 * MV_PDF_MM)

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static PangoLayout *
line_layout (cairo_t    *cr,
             const char *text,
             double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (MV_PDF_FONT_FAMILY);

  /* A point is a point, as in the writer's layouts. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The packet's own pages: the number where the writer draws its own. */
static void
draw_own (cairo_t                 *cr,
          const MvPacketStampPage *page)
{
  g_autoptr(PangoLayout) number = line_layout (cr, page->number ? page->number : "",
                                               MV_PDF_RUNNING_SIZE);

  show_at (cr, number, page->width - MV_PDF_MARGIN_X - layout_width (number),
           page->height - MV_PDF_FOOTER_TOP);
}

/* An attachment's page: the stamp at the left, the number at the right,
 * on one line close to the foot; on a page too narrow for both, the stamp
 * over the number. */
static void
draw_attachment (cairo_t                 *cr,
                 const MvPacketStampPage *page)
{
  g_autoptr(PangoLayout) stamp = line_layout (cr, page->stamp, STAMP_SIZE);
  g_autoptr(PangoLayout) number = line_layout (cr, page->number ? page->number : "", STAMP_SIZE);
  double margin = MIN (MV_PDF_MARGIN_X, page->width * 0.08);
  double room = page->width - 2 * margin;
  double line = layout_height (stamp);
  double y = page->height - STAMP_BOTTOM - line;

  if (layout_width (stamp) + STAMP_GAP + layout_width (number) <= room)
    {
      show_at (cr, stamp, margin, y);
      show_at (cr, number, page->width - margin - layout_width (number), y);
      return;
    }

  pango_layout_set_width (stamp, (int) (room * PANGO_SCALE));
  pango_layout_set_ellipsize (stamp, PANGO_ELLIPSIZE_END);
  show_at (cr, stamp, margin, y - line);
  show_at (cr, number, margin, y);
}

GBytes *
mv_packet_stamps_pdf (const MvPacketStampPage *pages,
                      guint                    n_pages,
                      GError                 **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (pages != NULL || n_pages == 0, NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                 n_pages ? pages[0].width : 1,
                                                 n_pages ? pages[0].height : 1);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, MV_PDF_RUNNING_GREY, MV_PDF_RUNNING_GREY, MV_PDF_RUNNING_GREY);
  for (guint i = 0; i < n_pages; i++)
    {
      const MvPacketStampPage *page = &pages[i];

      cairo_pdf_surface_set_size (surface, page->width, page->height);
      if (page->stamp != NULL)
        draw_attachment (cr, page);
      else
        draw_own (cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED,
                   _("Could not number the packet’s pages: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
