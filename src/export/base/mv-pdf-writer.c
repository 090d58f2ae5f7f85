/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-error.h"
#include "mv-output.h"
#include "mv-pdf-writer.h"

#define MM MV_PDF_MM

#define A4_SHORT (210.0 * MM)
#define A4_LONG  (297.0 * MM)

#define MARGIN_X      MV_PDF_MARGIN_X
#define HEADER_TOP    (11.0 * MM)
#define BODY_TOP      (24.0 * MM)
#define BODY_BOTTOM   (20.0 * MM)   /* from the page's foot */
#define FOOTER_TOP    MV_PDF_FOOTER_TOP

#define FONT_FAMILY   MV_PDF_FONT_FAMILY
#define BODY_SIZE     10.0
#define NOTE_SIZE     8.5
#define TABLE_SIZE    9.0
#define RUNNING_SIZE  MV_PDF_RUNNING_SIZE
#define BODY_SPACING  1.2

#define LIST_INDENT   (6.0 * MM)
#define CELL_PAD_X    4.0
#define CELL_PAD_Y    3.0

#define INK           0.10
#define GREY_TEXT     MV_PDF_RUNNING_GREY
#define RULE_GREY     0.72
#define HEADER_FILL   0.90
#define ZEBRA_FILL    0.965

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_LIST,
  BLOCK_LINK,
  BLOCK_TABLE,
  BLOCK_PAGE_BREAK,
} BlockKind;

/* A laid-out text and where its lines are, in points from its top. */
typedef struct
{
  PangoLayout *layout;
  int          n_lines;
  double      *tops;
  double      *bottoms;
  double      *baselines;
  double       height;
} Text;

typedef struct
{
  MvPdfRowFlags   flags;
  char          **cells;
  Text          **texts;    /* while saving */
  double          height;
} Row;

struct _MvPdfTable
{
  guint            n_columns;
  double          *widths;      /* fractions of the body's width */
  double          *column_widths; /* in points, while saving: see fit_columns() */
  PangoAlignment  *alignment;
  Row             *header;
  GPtrArray       *rows;        /* of Row* */
  gboolean         keep_together;
};

typedef struct
{
  BlockKind    kind;
  int          level;
  char        *markup;     /* heading, paragraph, note, link */
  char        *plain;      /* a heading's text for its bookmark */
  char        *uri;
  gboolean     bookmark;
  char       **items;      /* a list's items, as markup */
  MvPdfTable  *table;

  /* while saving */
  Text        *text;
  Text       **item_texts;
} Block;

typedef struct
{
  Block  *block;
  int     part;         /* list item; table row, -1 for the header row */
  int     first_line;
  int     end_line;
  double  y;            /* the top on the page */
} Placement;

struct _MvPdfWriter
{
  char             *title;
  char             *author;
  char             *subject;
  char             *keywords;
  char             *language;
  char             *header_start;
  char             *header_end;
  char             *footer_start;
  char             *page_format;
  MvPdfOrientation  orientation;
  GPtrArray        *blocks;     /* of Block* */
  guint             n_pages;

  /* while saving */
  double            page_width;
  double            page_height;
  double            body_width;
  double            body_bottom;
  PangoContext     *context;
  GPtrArray        *pages;      /* of GArray of Placement */
  double            y;
};

/* ------------------------------------------------------------------------ */
/* Texts                                                                    */
/* ------------------------------------------------------------------------ */

static void
text_free (Text *text)
{
  if (text == NULL)
    return;
  g_clear_object (&text->layout);
  g_free (text->tops);
  g_free (text->bottoms);
  g_free (text->baselines);
  g_free (text);
}

static PangoFontDescription *
font (double   size,
      gboolean bold)
{
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  return desc;
}

/* A word without a place to break it (a pasted hash, a path, a garbled
 * import) is broken by pango character by character, and pango 1.50 does
 * that in time quadratic in the word's length: a 30,000-character name took
 * seconds, a 100,000-character one minutes. So the writer gives every such
 * run places to break first: a zero-width space after every BREAK_RUN
 * graphemes of a run longer than LONG_RUN with no break opportunity. The
 * space draws nothing and is not in the PDF's text (cairo keeps no glyph for
 * it), so the word reads and copies as it was; it is broken over lines at
 * grapheme boundaries, a little short of the margin at most. Linear: one
 * pass over the text's log attributes. */
#define LONG_RUN  48
#define BREAK_RUN 8
#define ZWSP      "\xe2\x80\x8b"

static void
set_layout_markup (PangoLayout *layout,
                   const char  *markup)
{
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *text = NULL;
  g_autofree PangoLogAttr *log = NULL;
  g_autoptr(GArray) breaks = NULL;
  g_autoptr(GString) broken = NULL;
  const char *p;
  glong n_chars;
  int run = 0;          /* graphemes since the last break opportunity */
  int since = 0;        /* graphemes since the last break of our own */
  gsize done = 0;

  if (!pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, NULL))
    {
      PangoAttrList *own;

      pango_layout_set_markup (layout, markup, -1);
      own = pango_layout_get_attributes (layout);
      attrs = own ? pango_attr_list_copy (own) : pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
      pango_layout_set_attributes (layout, attrs);
      return;
    }

  /* Pango puts a hyphen where it breaks a word that does not fit its line,
   * at any character («Funksjonshemmed-» «es»): a hyphen that is not in
   * the word and not where Norwegian would break it. Words are kept whole
   * where they can be (fit_columns()); one wider than its line is broken
   * without a hyphen. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));

  n_chars = g_utf8_strlen (text, -1);
  log = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, -1, -1, pango_context_get_language (pango_layout_get_context (layout)),
                       log, (int) n_chars + 1);

  /* The byte offsets, in the text, of the breaks to add. */
  breaks = g_array_new (FALSE, FALSE, sizeof (int));
  p = text;
  for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
    {
      if (log[i].is_line_break || log[i].is_white)
        run = since = 0;
      if (log[i].is_cursor_position && i > 0)
        {
          run++;
          since++;
          if (run > LONG_RUN && since >= BREAK_RUN)
            {
              int offset = (int) (p - text);

              g_array_append_val (breaks, offset);
              since = 0;
            }
        }
    }

  if (breaks->len == 0)
    {
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_attributes (layout, attrs);
      return;
    }

  /* Backwards, so that each offset still counts in the text as it was. */
  for (guint i = breaks->len; i-- > 0;)
    pango_attr_list_update (attrs, g_array_index (breaks, int, i), 0, strlen (ZWSP));

  broken = g_string_sized_new (strlen (text) + breaks->len * strlen (ZWSP) + 1);
  for (guint i = 0; i < breaks->len; i++)
    {
      gsize offset = (gsize) g_array_index (breaks, int, i);

      g_string_append_len (broken, text + done, (gssize) (offset - done));
      g_string_append (broken, ZWSP);
      done = offset;
    }
  g_string_append (broken, text + done);

  pango_layout_set_text (layout, broken->str, (int) broken->len);
  pango_layout_set_attributes (layout, attrs);
}

/* @spacing: the distance of the baselines as a factor of the font's
 * height, or 0 for the font's own. */
static Text *
text_new_spaced (PangoContext   *context,
                 const char     *markup,
                 double          size,
                 gboolean        bold,
                 double          width,
                 PangoAlignment  alignment,
                 double          spacing)
{
  Text *text = g_new0 (Text, 1);
  PangoFontDescription *desc = font (size, bold);
  PangoLayoutIter *iter;
  int i = 0;

  text->layout = pango_layout_new (context);
  pango_layout_set_font_description (text->layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (text->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, alignment);
  pango_layout_set_line_spacing (text->layout, (float) spacing);
  set_layout_markup (text->layout, markup);

  text->n_lines = pango_layout_get_line_count (text->layout);
  text->tops = g_new0 (double, MAX (text->n_lines, 1));
  text->bottoms = g_new0 (double, MAX (text->n_lines, 1));
  text->baselines = g_new0 (double, MAX (text->n_lines, 1));

  iter = pango_layout_get_iter (text->layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      text->tops[i] = (double) y0 / PANGO_SCALE;
      text->bottoms[i] = (double) y1 / PANGO_SCALE;
      text->baselines[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      i++;
    }
  while (i < text->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  text->height = text->n_lines > 0 ? text->bottoms[text->n_lines - 1] : 0;
  return text;
}

static Text *
text_new (PangoContext   *context,
          const char     *markup,
          double          size,
          gboolean        bold,
          double          width,
          PangoAlignment  alignment)
{
  return text_new_spaced (context, markup, size, bold, width, alignment, 0);
}

static double
text_lines_height (Text *text,
                   int   first,
                   int   end)
{
  if (end <= first)
    return 0;
  return text->bottoms[end - 1] - text->tops[first];
}

/* Draws lines [first, end) with the first line's top at y. */
static void
text_draw_lines (cairo_t *cr,
                 Text    *text,
                 double   x,
                 double   y,
                 int      first,
                 int      end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  int i = 0;

  do
    {
      if (i >= first && i < end)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         y - text->tops[first] + text->baselines[i]);
          pango_cairo_show_layout_line (cr, line);
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* ------------------------------------------------------------------------ */
/* Building the document                                                    */
/* ------------------------------------------------------------------------ */

static void
row_free (Row *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->cells);
  g_free (row->texts);
  g_free (row);
}

static void
table_free (MvPdfTable *table)
{
  if (table == NULL)
    return;
  row_free (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table->widths);
  g_free (table->column_widths);
  g_free (table->alignment);
  g_free (table);
}

static void
block_free (Block *block)
{
  g_free (block->markup);
  g_free (block->plain);
  g_free (block->uri);
  g_strfreev (block->items);
  table_free (block->table);
  text_free (block->text);
  g_free (block->item_texts);
  g_free (block);
}

MvPdfWriter *
mv_pdf_writer_new (void)
{
  MvPdfWriter *self = g_new0 (MvPdfWriter, 1);

  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->page_format = g_strdup ("%d / %d");
  return self;
}

static void clear_layout (MvPdfWriter *self);

void
mv_pdf_writer_free (MvPdfWriter *self)
{
  if (self == NULL)
    return;

  clear_layout (self);
  g_ptr_array_unref (self->blocks);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  g_free (self->language);
  g_free (self->header_start);
  g_free (self->header_end);
  g_free (self->footer_start);
  g_free (self->page_format);
  g_free (self);
}

void
mv_pdf_writer_set_metadata (MvPdfWriter *self,
                            const char  *title,
                            const char  *author,
                            const char  *subject,
                            const char  *keywords)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  self->title = g_strdup (title);
  self->author = g_strdup (author);
  self->subject = g_strdup (subject);
  self->keywords = g_strdup (keywords);
}

void
mv_pdf_writer_set_language (MvPdfWriter *self,
                            const char  *language)
{
  g_return_if_fail (self != NULL);

  g_free (self->language);
  self->language = g_strdup (language);
}

void
mv_pdf_writer_set_orientation (MvPdfWriter      *self,
                               MvPdfOrientation  orientation)
{
  g_return_if_fail (self != NULL);

  self->orientation = orientation;
}

void
mv_pdf_writer_set_header (MvPdfWriter *self,
                          const char  *start,
                          const char  *end)
{
  g_return_if_fail (self != NULL);

  g_free (self->header_start);
  g_free (self->header_end);
  self->header_start = g_strdup (start);
  self->header_end = g_strdup (end);
}

void
mv_pdf_writer_set_footer (MvPdfWriter *self,
                          const char  *start)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer_start);
  self->footer_start = g_strdup (start);
}

/* Exactly two conversions, both %d, and nothing else that printf reads. */
static gboolean
is_page_format (const char *format)
{
  int n = 0;

  for (const char *p = format; *p; p++)
    {
      if (*p != '%')
        continue;
      if (p[1] == '%')
        {
          p++;
          continue;
        }
      if (p[1] != 'd')
        return FALSE;
      n++;
      p++;
    }
  return n == 2;
}

void
mv_pdf_writer_set_page_format (MvPdfWriter *self,
                               const char  *page_format)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page_format == NULL || is_page_format (page_format));

  g_free (self->page_format);
  self->page_format = g_strdup (page_format);
}

static Block *
add_block (MvPdfWriter *self,
           BlockKind    kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
mv_pdf_writer_add_heading (MvPdfWriter *self,
                           int          level,
                           const char  *text,
                           gboolean     bookmark)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level >= 1 && level <= 3);
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_HEADING);
  block->level = level;
  block->markup = g_markup_escape_text (text, -1);
  block->plain = g_strdup (text);
  block->bookmark = bookmark;
}

void
mv_pdf_writer_add_paragraph (MvPdfWriter *self,
                             const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_PARAGRAPH)->markup = g_markup_escape_text (text, -1);
}

void
mv_pdf_writer_add_markup (MvPdfWriter *self,
                          const char  *markup)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);

  block = add_block (self, BLOCK_PARAGRAPH);
  if (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL))
    block->markup = g_strdup (markup);
  else
    block->markup = g_markup_escape_text (markup, -1);
}

void
mv_pdf_writer_add_note (MvPdfWriter *self,
                        const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_NOTE)->markup = g_markup_escape_text (text, -1);
}

void
mv_pdf_writer_add_list (MvPdfWriter        *self,
                        const char * const *items)
{
  Block *block;
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (items != NULL);

  n = g_strv_length ((char **) items);
  if (n == 0)
    return;

  block = add_block (self, BLOCK_LIST);
  block->items = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    block->items[i] = g_markup_escape_text (items[i], -1);
}

void
mv_pdf_writer_add_link (MvPdfWriter *self,
                        const char  *text,
                        const char  *uri)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (uri != NULL);

  block = add_block (self, BLOCK_LINK);
  block->markup = g_markup_printf_escaped ("<span foreground=\"#1a4f8b\" underline=\"single\">"
                                           "%s</span>",
                                           text && *text ? text : uri);
  block->uri = g_strdup (uri);
}

void
mv_pdf_writer_add_page_break (MvPdfWriter *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PAGE_BREAK);
}

static Row *
row_new (guint               n_columns,
         MvPdfRowFlags       flags,
         const char * const *cells)
{
  Row *row = g_new0 (Row, 1);

  row->flags = flags;
  row->cells = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    row->cells[i] = g_strdup (cells[i] ? cells[i] : "");
  return row;
}

MvPdfTable *
mv_pdf_writer_add_table (MvPdfWriter        *self,
                         guint               n_columns,
                         const double       *widths,
                         const char * const *header)
{
  MvPdfTable *table;
  double sum = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (widths != NULL && header != NULL, NULL);

  for (guint i = 0; i < n_columns; i++)
    {
      g_return_val_if_fail (widths[i] > 0, NULL);
      sum += widths[i];
    }

  table = g_new0 (MvPdfTable, 1);
  table->n_columns = n_columns;
  table->widths = g_new0 (double, n_columns);
  table->alignment = g_new0 (PangoAlignment, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      table->widths[i] = widths[i] / sum;
      table->alignment[i] = PANGO_ALIGN_LEFT;
    }
  table->header = row_new (n_columns, MV_PDF_ROW_STRONG, header);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  add_block (self, BLOCK_TABLE)->table = table;
  return table;
}

void
mv_pdf_table_set_alignment (MvPdfTable     *table,
                            guint           column,
                            PangoAlignment  alignment)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table->alignment[column] = alignment;
}

void
mv_pdf_table_set_keep_together (MvPdfTable *table,
                                gboolean    keep_together)
{
  g_return_if_fail (table != NULL);

  table->keep_together = keep_together;
}

void
mv_pdf_table_add_row (MvPdfTable         *table,
                      MvPdfRowFlags       flags,
                      const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  g_ptr_array_add (table->rows, row_new (table->n_columns, flags, cells));
}

guint
mv_pdf_writer_get_n_pages (MvPdfWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

/* ------------------------------------------------------------------------ */
/* Layout pass                                                              */
/* ------------------------------------------------------------------------ */

static const double heading_size[] = { 0, 17.0, 13.0, 11.0 };
static const double heading_before[] = { 0, 6.0, 14.0, 10.0 };
static const double heading_after[] = { 0, 8.0, 5.0, 3.0 };

#define PARAGRAPH_AFTER  6.0
#define ITEM_AFTER       2.5
#define TABLE_BEFORE     4.0
#define TABLE_AFTER      8.0

static void
row_clear_layout (Row   *row,
                  guint  n_columns)
{
  if (row->texts == NULL)
    return;
  for (guint i = 0; i < n_columns; i++)
    text_free (row->texts[i]);
  g_clear_pointer (&row->texts, g_free);
}

static void
clear_layout (MvPdfWriter *self)
{
  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      g_clear_pointer (&block->text, text_free);
      if (block->item_texts != NULL)
        {
          for (guint i = 0; block->items[i]; i++)
            text_free (block->item_texts[i]);
          g_clear_pointer (&block->item_texts, g_free);
        }
      if (block->table != NULL)
        {
          row_clear_layout (block->table->header, block->table->n_columns);
          for (guint r = 0; r < block->table->rows->len; r++)
            row_clear_layout (g_ptr_array_index (block->table->rows, r), block->table->n_columns);
        }
    }
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
}

static char *
cell_markup (const char    *text,
             MvPdfRowFlags  flags)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (flags & MV_PDF_ROW_MUTED)
    return g_strdup_printf ("<span foreground=\"#6b6b6b\" style=\"italic\">%s</span>", escaped);
  return g_steal_pointer (&escaped);
}

static void
layout_row (MvPdfWriter *self,
            MvPdfTable  *table,
            Row         *row)
{
  row->texts = g_new0 (Text *, table->n_columns);
  row->height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *markup = cell_markup (row->cells[c], row->flags);
      double width = table->column_widths[c] - 2 * CELL_PAD_X;

      row->texts[c] = text_new (self->context, markup, TABLE_SIZE,
                                (row->flags & MV_PDF_ROW_STRONG) != 0,
                                MAX (width, 1), table->alignment[c]);
      row->height = MAX (row->height, row->texts[c]->height);
    }
  row->height += 2 * CELL_PAD_Y;
}

/* The widest word of a cell, in points: laid out one word a line. A run
 * longer than LONG_RUN is no word (a pasted hash, a path) and is broken
 * anyway; it asks for no room. */
static double
widest_word (MvPdfWriter   *self,
             const char    *cell,
             MvPdfRowFlags  flags)
{
  g_autofree char *markup = cell_markup (cell, flags);
  Text *t = text_new (self->context, markup, TABLE_SIZE, (flags & MV_PDF_ROW_STRONG) != 0, 1,
                      PANGO_ALIGN_LEFT);
  const char *text;
  double widest = 0;
  int n_lines;

  pango_layout_set_wrap (t->layout, PANGO_WRAP_WORD);
  text = pango_layout_get_text (t->layout);
  n_lines = pango_layout_get_line_count (t->layout);
  for (int i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (t->layout, i);
      PangoRectangle logical;

      if (g_utf8_strlen (text + line->start_index, line->length) > LONG_RUN)
        continue;
      pango_layout_line_get_extents (line, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
    }
  text_free (t);
  return widest;
}

/* A column's words are broken over lines between words only: a column too
 * narrow for its widest word («Funksjonshemmedes» in a narrow organisation
 * column) is widened to fit it, and the columns with room to spare give it
 * that room, in proportion to what they spare. Only when the widest words
 * of all columns together are wider than the page does a word break inside
 * itself, at a grapheme and without a hyphen (see set_layout_markup()). */
static void
fit_columns (MvPdfWriter *self,
             MvPdfTable  *table)
{
  g_autofree double *need = g_new0 (double, table->n_columns);
  double short_by = 0, spare = 0, sum_need = 0;

  g_free (table->column_widths);
  table->column_widths = g_new0 (double, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      table->column_widths[c] = table->widths[c] * self->body_width;
      need[c] = widest_word (self, table->header->cells[c], table->header->flags);
      for (guint r = 0; r < table->rows->len; r++)
        {
          Row *row = g_ptr_array_index (table->rows, r);

          need[c] = MAX (need[c], widest_word (self, row->cells[c], row->flags));
        }
      /* A rounding's worth more, so that the word measured fits again. */
      need[c] = (double) (int) (need[c] + 2 * CELL_PAD_X + 1.0);
      sum_need += need[c];
      if (need[c] > table->column_widths[c])
        short_by += need[c] - table->column_widths[c];
      else
        spare += table->column_widths[c] - need[c];
    }

  if (short_by == 0 || sum_need > self->body_width)
    return;

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (need[c] > table->column_widths[c])
        table->column_widths[c] = need[c];
      else
        table->column_widths[c] -= (table->column_widths[c] - need[c]) * short_by / spare;
    }
}

static void
layout_blocks (MvPdfWriter *self)
{
  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      switch (block->kind)
        {
        case BLOCK_HEADING:
          block->text = text_new (self->context, block->markup, heading_size[block->level], TRUE,
                                  self->body_width, PANGO_ALIGN_LEFT);
          break;
        case BLOCK_PARAGRAPH:
        case BLOCK_LINK:
          block->text = text_new_spaced (self->context, block->markup, BODY_SIZE, FALSE,
                                         self->body_width, PANGO_ALIGN_LEFT, BODY_SPACING);
          break;
        case BLOCK_NOTE:
          {
            g_autofree char *grey = g_strdup_printf ("<span foreground=\"#555555\">%s</span>",
                                                     block->markup);

            block->text = text_new (self->context, grey, NOTE_SIZE, FALSE,
                                    self->body_width, PANGO_ALIGN_LEFT);
          }
          break;
        case BLOCK_LIST:
          {
            guint n = g_strv_length (block->items);

            block->item_texts = g_new0 (Text *, n);
            for (guint i = 0; i < n; i++)
              block->item_texts[i] = text_new_spaced (self->context, block->items[i], BODY_SIZE,
                                                      FALSE, self->body_width - LIST_INDENT,
                                                      PANGO_ALIGN_LEFT, BODY_SPACING);
          }
          break;
        case BLOCK_TABLE:
          fit_columns (self, block->table);
          layout_row (self, block->table, block->table->header);
          for (guint r = 0; r < block->table->rows->len; r++)
            layout_row (self, block->table, g_ptr_array_index (block->table->rows, r));
          break;
        case BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
}

/* Pagination */

static GArray *
current_page (MvPdfWriter *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static void
new_page (MvPdfWriter *self)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placement)));
  self->y = BODY_TOP;
}

static gboolean
at_page_top (MvPdfWriter *self)
{
  return current_page (self)->len == 0;
}

static void
place (MvPdfWriter *self,
       Block       *block,
       int          part,
       int          first_line,
       int          end_line,
       double       height)
{
  Placement p = { block, part, first_line, end_line, self->y };

  g_array_append_val (current_page (self), p);
  self->y += height;
}

static double
space_before (MvPdfWriter *self,
              double       space)
{
  return at_page_top (self) ? 0 : space;
}

/* The part of a table that must start on one page: the header and the
 * first row, or all of it when it is to be kept together and fits a page. */
static double
table_start_height (MvPdfWriter *self,
                    MvPdfTable  *table)
{
  double first = table->header->height;
  double all = table->header->height;

  if (table->rows->len > 0)
    first += ((Row *) g_ptr_array_index (table->rows, 0))->height;
  for (guint r = 0; r < table->rows->len; r++)
    all += ((Row *) g_ptr_array_index (table->rows, r))->height;

  if (table->keep_together && all <= self->body_bottom - BODY_TOP)
    return all;
  return first;
}

/* The least of block @b that must stand on the same page as what is before
 * it: a heading keeps with what follows it. */
static double
keep_height (MvPdfWriter *self,
             guint        b)
{
  Block *block;

  if (b >= self->blocks->len)
    return 0;

  block = g_ptr_array_index (self->blocks, b);
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return heading_before[block->level] + block->text->height + heading_after[block->level] +
             keep_height (self, b + 1);
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
    case BLOCK_LINK:
      return text_lines_height (block->text, 0, MIN (2, block->text->n_lines));
    case BLOCK_LIST:
      return text_lines_height (block->item_texts[0], 0, MIN (2, block->item_texts[0]->n_lines));
    case BLOCK_TABLE:
      return TABLE_BEFORE + table_start_height (self, block->table);
    case BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

/* Places a text, split between lines where the page ends: at least two
 * lines on either side of a break (a single-line text moves whole). */
static void
place_text (MvPdfWriter *self,
            Block       *block,
            int          part,
            Text        *text,
            double       after)
{
  int line = 0;

  while (line < text->n_lines)
    {
      double avail = self->body_bottom - self->y;
      int n = text->n_lines - line;
      int fit = 0;

      while (fit < n && text_lines_height (text, line, line + fit + 1) <= avail + 0.01)
        fit++;

      if (fit == n)
        {
          place (self, block, part, line, text->n_lines, text_lines_height (text, line, line + n));
          break;
        }

      if (fit < MIN (2, n))
        {
          if (!at_page_top (self))
            {
              new_page (self);
              continue;
            }
          fit = MAX (fit, 1);   /* taller than a page: no better place */
        }
      else if (n - fit == 1 && fit >= 3)
        fit--;                  /* no single line alone on the next page */

      place (self, block, part, line, line + fit, text_lines_height (text, line, line + fit));
      line += fit;
      new_page (self);
    }

  self->y += after;
}

static void
place_table (MvPdfWriter *self,
             Block       *block)
{
  MvPdfTable *table = block->table;
  double first = table_start_height (self, table);

  self->y += space_before (self, TABLE_BEFORE);
  if (self->y + first > self->body_bottom && !at_page_top (self))
    new_page (self);

  place (self, block, -1, 0, 0, table->header->height);
  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      if (self->y + row->height > self->body_bottom + 0.01)
        {
          new_page (self);
          place (self, block, -1, 0, 0, table->header->height);
        }
      place (self, block, (int) r, 0, 0, row->height);
    }
  self->y += TABLE_AFTER;
}

static void
paginate (MvPdfWriter *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (self);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      switch (block->kind)
        {
        case BLOCK_HEADING:
          {
            double before = space_before (self, heading_before[block->level]);
            double need = before + block->text->height + heading_after[block->level] +
                          keep_height (self, b + 1);

            /* Keep with next, unless what must stay together exceeds a page. */
            if (self->y + need > self->body_bottom && !at_page_top (self) &&
                need <= self->body_bottom - BODY_TOP)
              {
                new_page (self);
                before = 0;
              }
            self->y += before;
            place (self, block, 0, 0, block->text->n_lines, block->text->height);
            self->y += heading_after[block->level];
          }
          break;
        case BLOCK_PARAGRAPH:
        case BLOCK_NOTE:
        case BLOCK_LINK:
          place_text (self, block, 0, block->text, PARAGRAPH_AFTER);
          break;
        case BLOCK_LIST:
          for (guint i = 0; block->items[i]; i++)
            place_text (self, block, (int) i, block->item_texts[i],
                        block->items[i + 1] ? ITEM_AFTER : PARAGRAPH_AFTER);
          break;
        case BLOCK_TABLE:
          place_table (self, block);
          break;
        case BLOCK_PAGE_BREAK:
          if (!at_page_top (self))
            new_page (self);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* A page break at the very end leaves no empty page. */
  if (self->pages->len > 1 && at_page_top (self))
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
}

/* ------------------------------------------------------------------------ */
/* Drawing pass                                                             */
/* ------------------------------------------------------------------------ */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
draw_running_text (MvPdfWriter    *self,
                   cairo_t        *cr,
                   const char     *text,
                   double          y,
                   PangoAlignment  alignment)
{
  g_autofree char *markup = NULL;
  double width;
  Text *t;

  if (text == NULL || *text == '\0')
    return;

  /* One line each: a long council name is cut short rather than run into
   * the title at the other side. */
  width = self->body_width * (alignment == PANGO_ALIGN_RIGHT ? 0.4 : 0.58);
  markup = g_markup_escape_text (text, -1);
  t = text_new (self->context, markup, RUNNING_SIZE, FALSE, width, alignment);
  pango_layout_set_ellipsize (t->layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, alignment == PANGO_ALIGN_RIGHT ? MARGIN_X + self->body_width - width
                                                   : MARGIN_X, y);
  set_grey (cr, GREY_TEXT);
  pango_cairo_show_layout (cr, t->layout);
  text_free (t);
}

/* Page furniture – the running header and footer, the tables' fills and
 * rules – is to be an Artifact, which cairo 1.16 refuses as a tag. It is
 * drawn inside this tag, which the writer uses for nothing else, and
 * finish_pdf() turns each of its marked contents into "/Artifact BMC" and
 * takes its elements out of the structure tree. */
#define ARTIFACT_TAG "Private"

static void
draw_running (MvPdfWriter *self,
              cairo_t     *cr,
              gboolean     tagged,
              guint        page)
{
  g_autofree char *number = NULL;
  double footer_y = self->page_height - FOOTER_TOP;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (self->page_format != NULL)
    number = g_strdup_printf (self->page_format, page + 1, self->pages->len);
#pragma GCC diagnostic pop

  if (tagged)
    cairo_tag_begin (cr, ARTIFACT_TAG, NULL);
  draw_running_text (self, cr, self->header_start, HEADER_TOP, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, self->header_end, HEADER_TOP, PANGO_ALIGN_RIGHT);
  if (self->header_start || self->header_end)
    {
      set_grey (cr, RULE_GREY);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_X, HEADER_TOP + 13);
      cairo_line_to (cr, MARGIN_X + self->body_width, HEADER_TOP + 13);
      cairo_stroke (cr);
    }

  draw_running_text (self, cr, self->footer_start, footer_y, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, number, footer_y, PANGO_ALIGN_RIGHT);
  if (tagged)
    cairo_tag_end (cr, ARTIFACT_TAG);
}

/* An attribute value for cairo_tag_begin(): quoted, with ' and \ escaped. */
static char *
tag_string (const char *value)
{
  GString *s = g_string_new ("'");

  for (const char *p = value; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '\'');
  return g_string_free (s, FALSE);
}

/* @surface is the PDF surface when the document is saved, and %NULL when a
 * page is drawn for printing: then there are no tags and no bookmarks, as
 * a page alone cannot close what an earlier one opened. */
typedef struct
{
  cairo_surface_t *surface;
  int              outline[4];   /* the last bookmark per level; 0 is the root */
  Block           *open;         /* the list or table whose tag is open */
  guint            row_index;    /* zebra stripes */
} DrawState;

static void
tag_begin (cairo_t    *cr,
           DrawState  *state,
           const char *tag,
           const char *attributes)
{
  if (state->surface != NULL)
    cairo_tag_begin (cr, tag, attributes);
}

static void
tag_end (cairo_t    *cr,
         DrawState  *state,
         const char *tag)
{
  if (state->surface != NULL)
    cairo_tag_end (cr, tag);
}

static void
close_container (cairo_t   *cr,
                 DrawState *state)
{
  if (state->open == NULL)
    return;
  tag_end (cr, state, state->open->kind == BLOCK_LIST ? "L" : "Table");
  state->open = NULL;
}

static void
draw_row (MvPdfWriter *self,
          cairo_t     *cr,
          DrawState   *state,
          MvPdfTable  *table,
          Row         *row,
          gboolean     header,
          double       y)
{
  double x = MARGIN_X;

  tag_begin (cr, state, ARTIFACT_TAG, NULL);
  if (header)
    {
      set_grey (cr, HEADER_FILL);
      cairo_rectangle (cr, MARGIN_X, y, self->body_width, row->height);
      cairo_fill (cr);
    }
  else if (state->row_index++ % 2 == 1)
    {
      set_grey (cr, ZEBRA_FILL);
      cairo_rectangle (cr, MARGIN_X, y, self->body_width, row->height);
      cairo_fill (cr);
    }

  set_grey (cr, header ? 0.45 : RULE_GREY);
  cairo_set_line_width (cr, header ? 0.8 : 0.4);
  cairo_move_to (cr, MARGIN_X, y + row->height);
  cairo_line_to (cr, MARGIN_X + self->body_width, y + row->height);
  cairo_stroke (cr);
  tag_end (cr, state, ARTIFACT_TAG);

  tag_begin (cr, state, "TR", NULL);
  for (guint c = 0; c < table->n_columns; c++)
    {
      Text *t = row->texts[c];

      tag_begin (cr, state, header ? "TH" : "TD", NULL);
      set_grey (cr, INK);
      text_draw_lines (cr, t, x + CELL_PAD_X, y + CELL_PAD_Y, 0, t->n_lines);
      tag_end (cr, state, header ? "TH" : "TD");
      x += table->column_widths[c];
    }
  tag_end (cr, state, "TR");
}

static void
draw_placement (MvPdfWriter *self,
                cairo_t     *cr,
                DrawState   *state,
                guint        page,
                Placement   *p)
{
  Block *block = p->block;
  gboolean container = block->kind == BLOCK_LIST || block->kind == BLOCK_TABLE;

  if (state->open != NULL && state->open != block)
    close_container (cr, state);
  if (container && state->open == NULL)
    {
      tag_begin (cr, state, block->kind == BLOCK_LIST ? "L" : "Table", NULL);
      state->open = block;
      state->row_index = 0;
    }

  set_grey (cr, INK);
  switch (block->kind)
    {
    case BLOCK_HEADING:
      {
        char tag[3] = { 'H', (char) ('0' + block->level), '\0' };

        tag_begin (cr, state, tag, NULL);
        text_draw_lines (cr, block->text, MARGIN_X, p->y, p->first_line, p->end_line);
        tag_end (cr, state, tag);

        if (block->bookmark && state->surface != NULL)
          {
            g_autofree char *dest = g_strdup_printf ("page=%u pos=[%d %d]", page + 1,
                                                     (int) MARGIN_X, (int) p->y);
            int parent = 0;
            int id;

            for (int l = block->level - 1; l >= 1; l--)
              if (state->outline[l] != 0)
                {
                  parent = state->outline[l];
                  break;
                }
            id = cairo_pdf_surface_add_outline (state->surface, parent, block->plain, dest,
                                                CAIRO_PDF_OUTLINE_FLAG_OPEN);
            state->outline[block->level] = id;
            for (int l = block->level + 1; l <= 3; l++)
              state->outline[l] = 0;
          }
      }
      break;
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
      tag_begin (cr, state, "P", NULL);
      text_draw_lines (cr, block->text, MARGIN_X, p->y, p->first_line, p->end_line);
      tag_end (cr, state, "P");
      break;
    case BLOCK_LINK:
      {
        g_autofree char *uri = tag_string (block->uri);
        g_autofree char *attributes = g_strdup_printf ("uri=%s", uri);

        tag_begin (cr, state, "P", NULL);
        tag_begin (cr, state, CAIRO_TAG_LINK, attributes);
        text_draw_lines (cr, block->text, MARGIN_X, p->y, p->first_line, p->end_line);
        tag_end (cr, state, CAIRO_TAG_LINK);
        tag_end (cr, state, "P");
      }
      break;
    case BLOCK_LIST:
      {
        Text *t = block->item_texts[p->part];

        tag_begin (cr, state, "LI", NULL);
        if (p->first_line == 0)
          {
            tag_begin (cr, state, "Lbl", NULL);
            /* Not joined to where the last text ended. */
            cairo_new_path (cr);
            cairo_arc (cr, MARGIN_X + LIST_INDENT / 2 - 1, p->y + t->baselines[0] - 3.3, 1.7,
                       0, 2 * G_PI);
            cairo_fill (cr);
            tag_end (cr, state, "Lbl");
          }
        tag_begin (cr, state, "LBody", NULL);
        text_draw_lines (cr, t, MARGIN_X + LIST_INDENT, p->y, p->first_line, p->end_line);
        tag_end (cr, state, "LBody");
        tag_end (cr, state, "LI");
      }
      break;
    case BLOCK_TABLE:
      if (p->part < 0)
        draw_row (self, cr, state, block->table, block->table->header, TRUE, p->y);
      else
        draw_row (self, cr, state, block->table,
                  g_ptr_array_index (block->table->rows, p->part), FALSE, p->y);
      break;
    case BLOCK_PAGE_BREAK:
    default:
      g_assert_not_reached ();
    }
}

static void
draw_page (MvPdfWriter *self,
           cairo_t     *cr,
           DrawState   *state,
           guint        page)
{
  GArray *placements = g_ptr_array_index (self->pages, page);

  draw_running (self, cr, state->surface != NULL, page);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (self, cr, state, page, &g_array_index (placements, Placement, i));
  /* No tag but the Document runs over a page's end: a list or table goes
   * on in a new one. */
  close_container (cr, state);
}

static void
draw (MvPdfWriter     *self,
      cairo_t         *cr,
      cairo_surface_t *surface)
{
  DrawState state = { surface, { 0 }, NULL, 0 };

  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < self->pages->len; page++)
    {
      /* No page labels: they would only repeat the numbers, and cairo 1.16
       * leaks the last one. */
      if (page > 0)
        cairo_show_page (cr);
      draw_page (self, cr, &state, page);
    }
  cairo_tag_end (cr, "Document");
}

/* ------------------------------------------------------------------------ */
/* Laying out                                                               */
/* ------------------------------------------------------------------------ */

/* Text is measured without hinting at 72 dpi, so that a point is a point
 * and the layout is the same on any surface it is drawn on: the PDF, a
 * printer's, a preview's. */
static PangoContext *
create_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static void
lay_out (MvPdfWriter *self,
         double       page_width,
         double       page_height)
{
  clear_layout (self);

  self->page_width = page_width;
  self->page_height = page_height;
  self->body_width = MAX (page_width - 2 * MARGIN_X, 10 * MM);
  self->body_bottom = MAX (page_height - BODY_BOTTOM, BODY_TOP + 10 * MM);
  self->context = create_context ();

  layout_blocks (self);
  paginate (self);
}

guint
mv_pdf_writer_paginate (MvPdfWriter *self,
                        double       page_width,
                        double       page_height)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 0);

  lay_out (self, page_width, page_height);
  self->n_pages = self->pages->len;
  return self->n_pages;
}

void
mv_pdf_writer_draw_page (MvPdfWriter *self,
                         cairo_t     *cr,
                         guint        page)
{
  DrawState state = { NULL, { 0 }, NULL, 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  draw_page (self, cr, &state, page);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */
/* ------------------------------------------------------------------------ */

static void
set_metadata (MvPdfWriter     *self,
              cairo_surface_t *surface)
{
  g_autofree char *date = mv_timestamp_now_local ();

  if (self->title)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  if (self->keywords)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, self->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Medvirke");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
cairo_failed (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;

  g_set_error (error, MV_ERROR, MV_ERROR_FAILED,
               _("Could not make the PDF file “%s”: %s"), path, cairo_status_to_string (status));
  return TRUE;
}

/* cairo writes into memory, and we write the file: cairo's own file output
 * lost a failed write (a full disk) on Debian 12, and the file counted as
 * written; and a write that fails half-way through a tagged document trips
 * an assertion in cairo 1.16. A notice or a year plan is a few hundred
 * kilobytes. */
static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_file (const char  *file,
            GByteArray  *bytes,
            const char  *path,
            GError     **error)
{
  FILE *out = fopen (file, "wb");
  int errno_value = 0;

  if (out == NULL)
    errno_value = errno;
  else
    {
      if (fwrite (bytes->data, 1, bytes->len, out) != bytes->len || fflush (out) != 0)
        errno_value = errno ? errno : EIO;
      if (fclose (out) != 0 && errno_value == 0)
        errno_value = errno ? errno : EIO;
    }

  if (errno_value == 0)
    return TRUE;
  g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write the PDF file “%s”: %s"),
               path, g_strerror (errno_value));
  return FALSE;
}

static gboolean finish_pdf (MvPdfWriter *self, GByteArray *bytes, const char *path,
                            GError **error);

/* Lays out on A4 and draws the tagged document into @bytes. @path names
 * the file in messages. */
static gboolean
render (MvPdfWriter  *self,
        GByteArray   *bytes,
        const char   *path,
        GError      **error)
{
  gboolean landscape = self->orientation == MV_PDF_ORIENTATION_LANDSCAPE;
  double width = landscape ? A4_LONG : A4_SHORT;
  double height = landscape ? A4_SHORT : A4_LONG;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_failed (cairo_surface_status (surface), path, error);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  set_metadata (self, surface);

  cr = cairo_create (surface);
  lay_out (self, width, height);
  draw (self, cr, surface);
  n_pages = self->pages->len;
  clear_layout (self);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  /* A bad tag shows only here, after the file was written. */
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (cairo_failed (status, path, error))
    {
      self->n_pages = 0;
      return FALSE;
    }

  if (!finish_pdf (self, bytes, path, error))
    {
      self->n_pages = 0;
      return FALSE;
    }

  self->n_pages = n_pages;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Finishing: what PDF/UA asks that cairo 1.16 cannot write                 */
/* ------------------------------------------------------------------------ */

static gboolean
is_element (qpdf_data   q,
            qpdf_oh     oh,
            const char *type)
{
  return qpdf_oh_is_dictionary (q, oh) &&
         qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, oh, "/S"), type);
}

/* Takes the artifacts' elements out of @element's kids, and gives each TH
 * the scope of its column (every table's header row is its first row, a
 * column's head). */
static void
finish_element (qpdf_data q,
                qpdf_oh   element,
                int       depth)
{
  qpdf_oh kids;

  if (depth > 64)
    return;
  if (is_element (q, element, "/TH"))
    qpdf_oh_replace_key (q, element, "/A", qpdf_oh_parse (q, "<< /O /Table /Scope /Column >>"));

  kids = qpdf_oh_get_key (q, element, "/K");
  if (qpdf_oh_is_array (q, kids))
    {
      for (int i = qpdf_oh_get_array_n_items (q, kids); i-- > 0;)
        {
          qpdf_oh kid = qpdf_oh_get_array_item (q, kids, i);

          if (is_element (q, kid, "/" ARTIFACT_TAG))
            qpdf_oh_erase_item (q, kids, i);
          else if (qpdf_oh_is_dictionary (q, kid))
            finish_element (q, kid, depth + 1);
        }
    }
  else if (is_element (q, kids, "/" ARTIFACT_TAG))
    qpdf_oh_replace_key (q, element, "/K", qpdf_oh_new_array (q));
  else if (qpdf_oh_is_dictionary (q, kids))
    finish_element (q, kids, depth + 1);
}

/* An artifact's marked content belongs to no element: the parent tree's
 * entry for it becomes null. */
static void
finish_parent_tree (qpdf_data q,
                    qpdf_oh   node,
                    int       depth)
{
  qpdf_oh nums = qpdf_oh_get_key (q, node, "/Nums");
  qpdf_oh kids = qpdf_oh_get_key (q, node, "/Kids");

  if (depth > 32)
    return;
  if (qpdf_oh_is_array (q, nums))
    for (int i = 1; i < qpdf_oh_get_array_n_items (q, nums); i += 2)
      {
        qpdf_oh value = qpdf_oh_get_array_item (q, nums, i);

        if (!qpdf_oh_is_array (q, value))
          continue;
        for (int j = 0; j < qpdf_oh_get_array_n_items (q, value); j++)
          if (is_element (q, qpdf_oh_get_array_item (q, value, j), "/" ARTIFACT_TAG))
            qpdf_oh_set_array_item (q, value, j, qpdf_oh_new_null (q));
      }
  if (qpdf_oh_is_array (q, kids))
    for (int i = 0; i < qpdf_oh_get_array_n_items (q, kids); i++)
      finish_parent_tree (q, qpdf_oh_get_array_item (q, kids, i), depth + 1);
}

static void
finish_content (qpdf_data  q,
                qpdf_oh    stream,
                GRegex    *marked)
{
  unsigned char *data = NULL;
  size_t len = 0;
  g_autofree char *text = NULL;
  g_autofree char *done = NULL;

  if (!qpdf_oh_is_stream (q, stream) ||
      qpdf_oh_get_stream_data (q, stream, qpdf_dl_generalized, NULL, &data, &len) & QPDF_ERRORS ||
      data == NULL)
    return;
  text = g_strndup ((const char *) data, len);
  free (data);
  if (strlen (text) != len)
    return;     /* not cairo's text: leave it */
  done = g_regex_replace_literal (marked, text, -1, 0, "/Artifact BMC", 0, NULL);
  if (done != NULL && strcmp (done, text) != 0)
    qpdf_oh_replace_stream_data (q, stream, (const unsigned char *) done, strlen (done),
                                 qpdf_oh_new_null (q), qpdf_oh_new_null (q));
}

/* @format with one %s for @value, escaped; nothing when @value is %NULL. */
static void
xmp_append (GString    *xmp,
            const char *format,
            const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL)
    return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  line = g_markup_printf_escaped (format, value);
#pragma GCC diagnostic pop
  g_string_append (xmp, line);
}

static char *
xmp_packet (MvPdfWriter *self)
{
  GString *xmp = g_string_new ("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                               "  <rdf:Description rdf:about=\"\"\n"
                               "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                               "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                               "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                               "   <dc:format>application/pdf</dc:format>\n");

  xmp_append (xmp, "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt>"
                   "</dc:title>\n", self->title);
  xmp_append (xmp, "   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n",
              self->author);
  xmp_append (xmp, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li>"
                   "</rdf:Alt></dc:description>\n", self->subject);
  xmp_append (xmp, "   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n",
              self->language);
  g_string_append (xmp, "   <xmp:CreatorTool>Medvirke</xmp:CreatorTool>\n"
                        "   <pdfuaid:part>1</pdfuaid:part>\n"
                        "  </rdf:Description>\n"
                        " </rdf:RDF>\n"
                        "</x:xmpmeta>\n"
                        "<?xpacket end=\"w\"?>\n");
  return g_string_free (xmp, FALSE);
}

char *
mv_pdf_xmp_set_title (const char *xmp,
                      const char *title)
{
  g_autoptr(GRegex) regex = g_regex_new ("<dc:title>.*?</dc:title>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GString) element = g_string_new (NULL);

  g_return_val_if_fail (xmp != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  xmp_append (element, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt>"
                       "</dc:title>", title);
  if (!g_regex_match (regex, xmp, 0, NULL))
    return g_strdup (xmp);
  return g_regex_replace_literal (regex, xmp, -1, 0, element->str, 0, NULL);
}

static gboolean
qpdf_failed (qpdf_data    q,
             const char  *path,
             GError     **error)
{
  qpdf_error e = qpdf_get_error (q);

  g_set_error (error, MV_ERROR, MV_ERROR_FAILED, _("Could not make the PDF file “%s”: %s"),
               path, e ? qpdf_get_error_full_text (q, e) : "qpdf");
  return FALSE;
}

/* Rewrites cairo's PDF in @bytes with the catalog's /Lang,
 * /ViewerPreferences, /MarkInfo and /Metadata, the artifacts and the TH's
 * scope (see ARTIFACT_TAG). */
static gboolean
finish_pdf (MvPdfWriter  *self,
            GByteArray   *bytes,
            const char   *path,
            GError      **error)
{
  g_autoptr(GRegex) marked = g_regex_new ("/" ARTIFACT_TAG "\\s*<<\\s*/MCID\\s+[0-9]+\\s*>>\\s*BDC",
                                          G_REGEX_RAW, 0, NULL);
  g_autofree char *xmp = xmp_packet (self);
  qpdf_data q = qpdf_init ();
  qpdf_oh root, tree, metadata;
  int n_pages;
  gboolean ok = FALSE;

  qpdf_silence_errors (q);
  qpdf_set_suppress_warnings (q, QPDF_TRUE);
  if (qpdf_read_memory (q, path, (const char *) bytes->data, bytes->len, NULL) & QPDF_ERRORS ||
      (n_pages = qpdf_get_num_pages (q)) < 0)
    goto out;

  root = qpdf_get_root (q);
  if (self->language != NULL)
    qpdf_oh_replace_key (q, root, "/Lang", qpdf_oh_new_unicode_string (q, self->language));
  qpdf_oh_replace_key (q, root, "/ViewerPreferences",
                       qpdf_oh_parse (q, "<< /DisplayDocTitle true >>"));
  qpdf_oh_replace_key (q, root, "/MarkInfo", qpdf_oh_parse (q, "<< /Marked true >>"));

  metadata = qpdf_oh_new_stream (q);
  qpdf_oh_replace_stream_data (q, metadata, (const unsigned char *) xmp, strlen (xmp),
                               qpdf_oh_new_null (q), qpdf_oh_new_null (q));
  qpdf_oh_replace_key (q, qpdf_oh_get_dict (q, metadata), "/Type", qpdf_oh_new_name (q, "/Metadata"));
  qpdf_oh_replace_key (q, qpdf_oh_get_dict (q, metadata), "/Subtype", qpdf_oh_new_name (q, "/XML"));
  qpdf_oh_replace_key (q, root, "/Metadata", metadata);

  tree = qpdf_oh_get_key (q, root, "/StructTreeRoot");
  if (qpdf_oh_is_dictionary (q, tree))
    {
      finish_element (q, tree, 0);
      finish_parent_tree (q, qpdf_oh_get_key (q, tree, "/ParentTree"), 0);
    }

  for (int i = 0; i < n_pages; i++)
    {
      qpdf_oh contents = qpdf_oh_get_key (q, qpdf_get_page_n (q, (size_t) i), "/Contents");

      if (qpdf_oh_is_array (q, contents))
        for (int j = 0; j < qpdf_oh_get_array_n_items (q, contents); j++)
          finish_content (q, qpdf_oh_get_array_item (q, contents, j), marked);
      else
        finish_content (q, contents, marked);
    }

  if (qpdf_init_write_memory (q) & QPDF_ERRORS || qpdf_write (q) & QPDF_ERRORS)
    goto out;
  g_byte_array_set_size (bytes, 0);
  g_byte_array_append (bytes, qpdf_get_buffer (q), (guint) qpdf_get_buffer_length (q));
  ok = TRUE;

out:
  if (!ok)
    qpdf_failed (q, path, error);
  qpdf_cleanup (&q);
  return ok;
}

/**
 * mv_pdf_writer_save:
 *
 * Lays out and draws the document into a temporary file beside @path and
 * puts it in @path's place when the whole file was written.
 */
gboolean
mv_pdf_writer_save (MvPdfWriter  *self,
                    const char   *path,
                    GError      **error)
{
  return mv_pdf_writer_save_full (self, path, MV_OUTPUT_NONE, error);
}

/**
 * mv_pdf_writer_save_full:
 * @flags: MV_OUTPUT_PRIVATE for a paper with contact details or exempt
 *   content
 *
 * mv_pdf_writer_save() with the output's flags.
 */
gboolean
mv_pdf_writer_save_full (MvPdfWriter    *self,
                         const char     *path,
                         MvOutputFlags   flags,
                         GError        **error)
{
  g_autoptr(MvOutput) output = NULL;
  g_autoptr(GByteArray) bytes = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(output = mv_output_new_full (path, flags, error)))
    return FALSE;

  bytes = g_byte_array_new ();
  return render (self, bytes, path, error) &&
         write_file (mv_output_get_path (output), bytes, path, error) &&
         mv_output_commit (output, error);
}

/**
 * mv_pdf_writer_save_to_bytes:
 *
 * The same document as mv_pdf_writer_save() writes, in memory.
 */
GBytes *
mv_pdf_writer_save_to_bytes (MvPdfWriter  *self,
                             const char   *name,
                             GError      **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!render (self, bytes, name, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
