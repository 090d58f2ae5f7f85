/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "mv-output.h"

G_BEGIN_DECLS

/* MvPdfWriter: the tagged A4 PDF that every paper Medvirke sends out is made
 * of (year plan, notice and agenda, meeting packet, minutes).
 *
 * A caller describes the document as a sequence of blocks – headings,
 * paragraphs, bulleted lists, links, tables, page breaks – and saves it.
 * mv_pdf_writer_save() lays all blocks out into pages first (measured with
 * pango at 72 dpi) and only then draws them, so that the footer can say
 * "Side 3 av 7". The writer
 *
 *  - tags the content (Document, H1–H3, P, L/LI, Table/TR/TH/TD, Link), so
 *    pdfinfo says "Tagged: yes" and pdftotext reads it in order;
 *  - repeats a table's header row on every page the table runs over, and
 *    never splits a row: a row that does not fit moves to the next page;
 *  - keeps a heading with what follows it, never alone at a page's foot;
 *  - splits a long paragraph or list item between lines, never leaving a
 *    single line of it behind or ahead;
 *  - breaks lines between words: a table's column is widened for its
 *    widest word where the others have room to spare; only a word wider
 *    than its line is broken, at grapheme boundaries, without a hyphen
 *    (pango's own hyphens fall anywhere in a Norwegian word), in time
 *    linear in the text (a 100,000-character word takes a fraction of a
 *    second);
 *  - makes a nested bookmark (outline) per heading that asks for one;
 *  - writes the metadata (title, author, subject, keywords, creator
 *    "Medvirke", creation date) and embeds the fonts (cairo subsets them);
 *  - makes the file in memory and writes it through MvOutput: a failure
 *    leaves the target as it was.
 *
 * Text is plain text unless a function says markup: the writer escapes it.
 * Every string is copied. The words of the page footer come from the caller,
 * in the document's language (mv_pdf_writer_set_page_format()), because a
 * document's language is a setting of the council, not the UI's locale.
 *
 * One writer makes one document; it is not thread-safe, but writers on
 * different threads are independent. Not yet: a cell or row taller than a
 * whole page is drawn past the page's foot.
 *
 * Towards PDF/UA (ISO 14289-1), cairo's output is finished with libqpdf
 * (cairo 1.16 can do none of it): the catalog gets /Lang
 * (mv_pdf_writer_set_language()), /ViewerPreferences /DisplayDocTitle,
 * /MarkInfo /Marked and an XMP packet (dc:title, dc:language,
 * pdfuaid:part 1); the running header and footer and the tables' fills
 * and rules are Artifacts, not content of the Document; a TH has
 * /Scope /Column. */

/* The running header's and footer's look, for what draws a footer of its
 * own on pages the writer did not make (the meeting packet's page numbers):
 * points from the page's left and right edges and from its foot to the
 * top of the footer's line, the font, its size and its grey. */
#define MV_PDF_MM            (72.0 / 25.4)
#define MV_PDF_MARGIN_X      (20.0 * MV_PDF_MM)
#define MV_PDF_FOOTER_TOP    (14.0 * MV_PDF_MM)
#define MV_PDF_FONT_FAMILY   "Cantarell, DejaVu Sans"
#define MV_PDF_RUNNING_SIZE  8.5
#define MV_PDF_RUNNING_GREY  0.38

typedef struct _MvPdfWriter MvPdfWriter;
typedef struct _MvPdfTable  MvPdfTable;

typedef enum
{
  MV_PDF_ORIENTATION_PORTRAIT,
  MV_PDF_ORIENTATION_LANDSCAPE,
} MvPdfOrientation;

typedef enum
{
  MV_PDF_ROW_NORMAL = 0,
  MV_PDF_ROW_MUTED  = 1 << 0,  /* grey and italic, e.g. a cancelled meeting */
  MV_PDF_ROW_STRONG = 1 << 1,  /* bold, e.g. a sum */
} MvPdfRowFlags;

MvPdfWriter *mv_pdf_writer_new              (void);
void         mv_pdf_writer_free             (MvPdfWriter      *self);

/* Document settings; all optional. Title, author, subject and keywords go
 * into the file's metadata; the creator is always "Medvirke" and the
 * creation date the time of mv_pdf_writer_save(). */
void         mv_pdf_writer_set_metadata     (MvPdfWriter      *self,
                                             const char       *title,
                                             const char       *author,
                                             const char       *subject,
                                             const char       *keywords);
/* The document's language as a BCP 47 tag ("nb-NO", "nn-NO", "en-GB"),
 * the catalog's /Lang and the XMP's dc:language, for a screen reader's
 * voice; see mv_document_language_tag(). None unless set. */
void         mv_pdf_writer_set_language     (MvPdfWriter      *self,
                                             const char       *language);
/* A4 portrait unless set. */
void         mv_pdf_writer_set_orientation  (MvPdfWriter      *self,
                                             MvPdfOrientation  orientation);
/* The running header on every page: @start at the left margin (e.g. the
 * council's name), @end at the right (e.g. the document's title). Either
 * may be %NULL. */
void         mv_pdf_writer_set_header       (MvPdfWriter      *self,
                                             const char       *start,
                                             const char       *end);
/* The footer: @start at the left (e.g. "Laget 23.11.2026"), and the page
 * number at the right from @page_format, a printf format with exactly two
 * %d, the page and the number of pages: "Side %d av %d", "Page %d of %d".
 * A format that is not that is refused (a critical) and the last good one
 * kept; %NULL leaves the page number out, for a document that gets its
 * numbers elsewhere (the meeting packet numbers its own pages). Default:
 * "%d / %d". */
void         mv_pdf_writer_set_footer       (MvPdfWriter      *self,
                                             const char       *start);
void         mv_pdf_writer_set_page_format  (MvPdfWriter      *self,
                                             const char       *page_format);

/* Blocks, in reading order. */

/* @level 1–3. With @bookmark the heading gets an entry in the document's
 * outline, nested under the nearest earlier bookmarked heading of a lower
 * level. */
void         mv_pdf_writer_add_heading      (MvPdfWriter      *self,
                                             int               level,
                                             const char       *text,
                                             gboolean          bookmark);
void         mv_pdf_writer_add_paragraph    (MvPdfWriter      *self,
                                             const char       *text);
/* Pango markup (<b>, <i>, <span>…) for text the caller escaped, e.g. with
 * g_markup_printf_escaped(). Markup that does not parse is shown as text. */
void         mv_pdf_writer_add_markup       (MvPdfWriter      *self,
                                             const char       *markup);
/* A smaller, grey paragraph: a remark under a table, a date line. */
void         mv_pdf_writer_add_note         (MvPdfWriter      *self,
                                             const char       *text);
/* A bulleted list: one item per string of the %NULL-terminated @items. */
void         mv_pdf_writer_add_list         (MvPdfWriter      *self,
                                             const char * const *items);
/* A paragraph that is a link to @uri and shows @text (or the URI). */
void         mv_pdf_writer_add_link         (MvPdfWriter      *self,
                                             const char       *text,
                                             const char       *uri);
void         mv_pdf_writer_add_page_break   (MvPdfWriter      *self);

/* A table over the page's width. @widths: @n_columns relative widths (any
 * scale; they are made to fill the width); @header: @n_columns strings, the
 * header row repeated on each page. The table belongs to the writer; add
 * its rows before mv_pdf_writer_save(). */
MvPdfTable  *mv_pdf_writer_add_table        (MvPdfWriter      *self,
                                             guint             n_columns,
                                             const double     *widths,
                                             const char * const *header);
void         mv_pdf_table_set_alignment     (MvPdfTable       *table,
                                             guint             column,
                                             PangoAlignment    alignment);
/* A table that fits on a page starts on a new page rather than run over
 * one, e.g. a short agenda; a longer one runs over pages as any. */
void         mv_pdf_table_set_keep_together (MvPdfTable       *table,
                                             gboolean          keep_together);
/* @cells: the row's n_columns strings (%NULL for an empty cell). */
void         mv_pdf_table_add_row           (MvPdfTable       *table,
                                             MvPdfRowFlags     flags,
                                             const char * const *cells);

/* Lays out on A4, draws and writes the document to @path. */
gboolean     mv_pdf_writer_save             (MvPdfWriter      *self,
                                             const char       *path,
                                             GError          **error);
gboolean     mv_pdf_writer_save_full        (MvPdfWriter      *self,
                                             const char       *path,
                                             MvOutputFlags     flags,
                                             GError          **error);
/* The same PDF in memory, e.g. for a meeting packet that joins it to the
 * case documents. @name names the document in error messages. */
GBytes      *mv_pdf_writer_save_to_bytes    (MvPdfWriter      *self,
                                             const char       *name,
                                             GError          **error);
/* @xmp, an XMP packet as the writer makes it, with its dc:title replaced
 * by @title: for what retitles a written PDF (the meeting packet), so that
 * the XMP's title stays the /Info's. */
char        *mv_pdf_xmp_set_title           (const char       *xmp,
                                             const char       *title);
/* The number of pages of the last successful save or pagination; 0 before. */
guint        mv_pdf_writer_get_n_pages      (MvPdfWriter      *self);

/* Printing: the same layout on any page size, drawn on any cairo context.
 *
 * mv_pdf_writer_paginate() lays the document out once for a page of
 * @page_width × @page_height points (the whole sheet; the writer keeps its
 * own margins of 20 mm) and returns the number of pages. Then
 * mv_pdf_writer_draw_page() draws page @page (from 0) onto @cr, in any
 * order and as often as asked, with the running header and "Side X av Y".
 * @cr's user unit must be a point with the origin at the sheet's top left
 * corner – for a GtkPrintOperation: gtk_print_operation_set_unit
 * (GTK_UNIT_POINTS) and gtk_print_operation_set_use_full_page (TRUE), and
 * the paper size of the page setup in points:
 *
 *   begin-print:  n = mv_pdf_writer_paginate (w, paper_width, paper_height);
 *                 gtk_print_operation_set_n_pages (op, n);
 *   draw-page:    mv_pdf_writer_draw_page (w, gtk_print_context_get_cairo_context (ctx),
 *                                          page_nr);
 *
 * Text is measured at 72 dpi without hinting, so the lines break where
 * they break in the PDF. A page drawn this way carries no tags and no
 * bookmarks. The layout stays until the next pagination, a save (which
 * lays out on A4 again) or mv_pdf_writer_free(); blocks added after a
 * pagination appear only after the next one. */
guint        mv_pdf_writer_paginate         (MvPdfWriter      *self,
                                             double            page_width,
                                             double            page_height);
void         mv_pdf_writer_draw_page        (MvPdfWriter      *self,
                                             cairo_t          *cr,
                                             guint             page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvPdfWriter, mv_pdf_writer_free)

G_END_DECLS
