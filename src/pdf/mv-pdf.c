/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

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

/* --- The first heading ---------------------------------------------------- */

/* A document without a title of its own is named by its first heading, as
 * a reader would name it: on the first page, the line in the largest type
 * where some type is larger than the body's, else the first line that is
 * not a memo's header (Til:, Fra:, Dato:), a web page's navigation or a
 * bare number. A line that goes on in the next (a title broken over two)
 * takes that with it; the result is at most HEADING_MAX characters. */
#define HEADING_LINES 40
#define HEADING_MAX   120

typedef struct
{
  char   *text;   /* stripped */
  double  size;   /* its largest type, 0 when unknown */
} Line;

static void
line_clear (gpointer data)
{
  g_free (((Line *) data)->text);
}

/* Labels whose line names no document: skipped. */
static const char * const skip_labels[] = {
  "til", "kopi", "fra", "dato", "notat fra", "notat til", "saksnr", "saksnummer", "vår ref",
  "deres ref", "vår dato", "deres dato", "arkiv", "arkivkode", "mottaker", "mottakere",
  "avsender", "gradering", "to", "cc", "from", "date", "our ref", "your ref", NULL
};

/* Labels whose line names it: the text after the label is the heading. */
static const char * const name_labels[] = {
  "emne", "tittel", "gjelder", "vedrørende", "sak", "subject", "title", "re", NULL
};

static gboolean
label_in (const char         *label,
          const char * const *labels)
{
  g_autofree char *down = g_utf8_strdown (label, -1);

  return g_strv_contains (labels, g_strstrip (down));
}

static gboolean
is_navigation (const char *line)
{
  g_autofree char *down = g_utf8_strdown (line, -1);

  return g_str_has_prefix (down, "gå til ") || g_str_has_prefix (down, "hopp til ") ||
         g_str_has_prefix (down, "skip to ") || g_str_has_prefix (down, "hopp over ") ||
         strstr (line, " / ") != NULL || strstr (line, " › ") != NULL ||
         strstr (line, " > ") != NULL || strstr (line, " » ") != NULL;
}

static int
count_letters (const char *text)
{
  int n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      n++;
  return n;
}

/* The line as a heading, or %NULL when it names nothing: the label's text
 * for "Emne: …", nothing for "Til: …", a navigation line or one of fewer
 * than three letters. */
static const char *
heading_text (const char *line)
{
  const char *colon = strchr (line, ':');

  if (colon != NULL && colon - line <= 20)
    {
      g_autofree char *label = g_strndup (line, colon - line);

      if (label_in (label, skip_labels))
        return NULL;
      if (label_in (label, name_labels))
        line = colon + 1;
    }
  while (g_ascii_isspace (*line))
    line++;
  if (is_navigation (line) || count_letters (line) < 3)
    return NULL;
  return line;
}

/* Whether @next goes on from the line before it: it starts in lower case
 * or with a dash, and the one before does not end a sentence. */
static gboolean
goes_on (const char *before,
         const char *next)
{
  gsize n = strlen (before);
  gunichar c = g_utf8_get_char (next);

  if (n > 0 && strchr (".!?", before[n - 1]) != NULL)
    return FALSE;
  return g_unichar_islower (c) || c == '-' || c == 0x2013;
}

static char *
tidy_heading (GString *heading)
{
  /* A section's number, "1. " or "2.3 ", not a count ("5 aktive …"). */
  g_autoptr(GRegex) numbering = g_regex_new ("^[0-9]+(\\.[0-9]+)*\\.\\s+|^[0-9]+(\\.[0-9]+)+\\s+",
                                             0, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (numbering, heading->str, -1, 0, "", 0, NULL);
  gsize n;

  g_strstrip (text);
  n = strlen (text);
  while (n > 0 && strchr (".:;,", text[n - 1]) != NULL)
    text[--n] = '\0';
  if (g_utf8_strlen (text, -1) > HEADING_MAX)
    {
      char *end = g_utf8_offset_to_pointer (text, HEADING_MAX - 1);
      char *space = g_utf8_strrchr (text, end - text, ' ');

      *(space && space - text > HEADING_MAX / 2 ? space : end) = '\0';
      return g_strconcat (g_strchomp (text), "…", NULL);
    }
  return *text ? g_steal_pointer (&text) : NULL;
}

static GArray *
page_lines (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autofree double *sizes = NULL;
  GList *attributes;
  glong n_chars, start = 0;
  const char *p;

  g_array_set_clear_func (lines, line_clear);
  if (text == NULL)
    return lines;

  n_chars = g_utf8_strlen (text, -1);
  sizes = g_new0 (double, n_chars + 1);
  attributes = poppler_page_get_text_attributes (page);
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      for (int i = MAX (a->start_index, 0); i <= a->end_index && i < n_chars; i++)
        sizes[i] = a->font_size;
    }
  poppler_page_free_text_attributes (attributes);

  p = text;
  for (const char *here = text;; here = g_utf8_next_char (here))
    {
      glong i = start + g_utf8_strlen (p, here - p);

      if (*here == '\0' || *here == '\n')
        {
          Line line = { g_strstrip (g_strndup (p, here - p)), 0 };

          for (glong c = start; c < i; c++)
            line.size = MAX (line.size, sizes[c]);
          if (*line.text != '\0')
            g_array_append_val (lines, line);
          else
            g_free (line.text);
          if (*here == '\0' || lines->len >= HEADING_LINES)
            break;
          p = here + 1;
          start = i + 1;
        }
    }
  return lines;
}

static char *
first_heading (PopplerDocument *document)
{
  g_autoptr(GObject) page = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GString) heading = g_string_new (NULL);
  double body = 0, largest = 0;
  int first = -1;

  if (poppler_document_get_n_pages (document) == 0 ||
      !(page = G_OBJECT (poppler_document_get_page (document, 0))))
    return NULL;
  lines = page_lines (POPPLER_PAGE (page));
  if (lines->len == 0)
    return NULL;

  /* The body's type: that of most lines. */
  {
    g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
    guint most = 0;

    for (guint i = 0; i < lines->len; i++)
      {
        Line *line = &g_array_index (lines, Line, i);
        gpointer key = GINT_TO_POINTER ((int) (line->size * 10));
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;

        g_hash_table_insert (counts, key, GUINT_TO_POINTER (n));
        if (n > most)
          {
            most = n;
            body = line->size;
          }
      }
  }

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (line->size > body * 1.15 && line->size > largest && heading_text (line->text))
        {
          largest = line->size;
          first = (int) i;
        }
    }
  if (first < 0)
    for (guint i = 0; i < lines->len && first < 0; i++)
      if (heading_text (g_array_index (lines, Line, i).text))
        first = (int) i;
  if (first < 0)
    return NULL;

  g_string_append (heading, heading_text (g_array_index (lines, Line, first).text));
  for (guint i = first + 1; i < lines->len && i < (guint) first + 4; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      Line *before = &g_array_index (lines, Line, i - 1);
      gboolean same_type = largest > 0 && line->size == largest;

      if (g_utf8_strlen (heading->str, -1) >= HEADING_MAX ||
          !(same_type || (largest == 0 && goes_on (before->text, line->text))))
        break;
      g_string_append_printf (heading, " %s", line->text);
    }
  return tidy_heading (heading);
}

/**
 * mv_pdf_inspect:
 * @password: (nullable): for an encrypted document
 *
 * Reads a PDF's title, its first heading (first_heading()), page count and
 * the text of every page, normalised (NFKC) so that ligatures such as "ﬂ"
 * do not break search. Safe in a worker thread: the document is its own.
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
  result->heading = first_heading (document);
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
