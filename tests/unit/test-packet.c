/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <qpdf/qpdf-c.h>
#include <string.h>
#include <sys/stat.h>

#include "mv-agenda.h"
#include "mv-agenda-export.h"
#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-councils.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-meeting.h"
#include "mv-meeting-export.h"
#include "mv-packet.h"
#include "mv-packet-notice.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The meeting packet read back as a reader gets it: the page count and
 * page sizes from pdfinfo, the text from pdftotext, the bookmarks from
 * "qpdf --json --json-key=outlines", the links from "pdfinfo -url".
 *
 * The meeting of 9 March 2027 has its fixed items and three cases:
 *   Budsjett     brus (15 pages, A4) and mixed.pdf (made here: a US Letter
 *                page with a link, an A5 landscape page)
 *   Ungdom       felles (1 page) – not public – and fafo after
 *                "qpdf --encrypt '' eier 256" (opens without a password)
 *   Lukket sak   an item that is not public: ffo (6 pages)
 * and, for the listing test, a CSV and kryptert.pdf (asks for a password). */

typedef struct
{
  MvTestStore   ts;
  MvMeeting    *meeting;
  MvAgendaItem *budget;
  MvAgendaItem *youth;
  MvAgendaItem *closed;
  MvDocument   *felles;
} Fixture;

/* The link to the second page goes in with qpdf: cairo 1.16 writes a
 * broken cross-reference table for its own internal links. */
static void
add_page_link (const char *path)
{
  g_autofree char *tmp = g_strconcat (path, ".tmp", NULL);
  qpdf_data qpdf = qpdf_init ();
  qpdf_oh page, link, rect, dest, annots;

  qpdf_silence_errors (qpdf);
  g_assert_false (qpdf_read (qpdf, path, NULL) & QPDF_ERRORS);
  page = qpdf_get_page_n (qpdf, 0);
  link = qpdf_make_indirect_object (qpdf, qpdf_oh_parse (qpdf, "<< /Type /Annot /Subtype /Link "
                                                                "/Border [0 0 0] >>"));
  rect = qpdf_oh_parse (qpdf, "[72 620 300 640]");
  dest = qpdf_oh_new_array (qpdf);
  qpdf_oh_append_item (qpdf, dest, qpdf_get_page_n (qpdf, 1));
  qpdf_oh_append_item (qpdf, dest, qpdf_oh_new_name (qpdf, "/Fit"));
  qpdf_oh_replace_key (qpdf, link, "/Rect", rect);
  qpdf_oh_replace_key (qpdf, link, "/Dest", dest);
  annots = qpdf_oh_get_key (qpdf, page, "/Annots");
  if (!qpdf_oh_is_array (qpdf, annots))
    {
      annots = qpdf_oh_new_array (qpdf);
      qpdf_oh_replace_key (qpdf, page, "/Annots", annots);
    }
  qpdf_oh_append_item (qpdf, annots, link);
  g_assert_false (qpdf_init_write (qpdf, tmp) & QPDF_ERRORS);
  g_assert_false (qpdf_write (qpdf) & QPDF_ERRORS);
  g_assert_false (qpdf_has_error (qpdf));
  qpdf_cleanup (&qpdf);
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
}

/* Two pages of other sizes than A4, a web link and a link to the second
 * page: what must survive. */
static char *
make_mixed_pdf (const char *dir)
{
  char *path = g_build_filename (dir, "mixed.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 612, 792);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 14);
  cairo_move_to (cr, 72, 72);
  cairo_show_text (cr, "Blandingsvedlegg letterside");
  cairo_tag_begin (cr, CAIRO_TAG_LINK, "uri='https://www.nav.no/brukermedvirkning'");
  cairo_move_to (cr, 72, 120);
  cairo_show_text (cr, "Lenke til NAV");
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  cairo_move_to (cr, 72, 160);
  cairo_show_text (cr, "Til neste side");
  cairo_show_page (cr);

  cairo_pdf_surface_set_size (surface, 595, 420);
  cairo_move_to (cr, 72, 72);
  cairo_show_text (cr, "Blandingsvedlegg liggende A5");
  cairo_show_page (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  add_page_link (path);
  return path;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The links on page @page (from 1) of @path, as poppler reads them: "uri:…"
 * or "page:N" (N from 1), sorted. */
static char *
links_on_page (const char *path,
               int         page)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  PopplerPage *p;
  GList *mapping;

  g_assert_no_error (error);
  p = poppler_document_get_page (document, page - 1);
  mapping = poppler_page_get_link_mapping (p);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      if (link->action->type == POPPLER_ACTION_URI)
        g_ptr_array_add (links, g_strdup_printf ("uri:%s", link->action->uri.uri));
      else if (link->action->type == POPPLER_ACTION_GOTO_DEST &&
               link->action->goto_dest.dest->type != POPPLER_DEST_NAMED)
        g_ptr_array_add (links, g_strdup_printf ("page:%d",
                                                 link->action->goto_dest.dest->page_num));
      else
        g_ptr_array_add (links, g_strdup ("other"));
    }
  poppler_page_free_link_mapping (mapping);
  g_object_unref (p);
  g_object_unref (document);

  g_ptr_array_sort (links, compare_strings);
  g_ptr_array_add (links, NULL);
  return g_strjoinv (" ", (char **) links->pdata);
}

static MvDocument *
attach (Fixture      *f,
        gpointer      item,
        const char   *path,
        const char   *password)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *name = g_path_get_basename (path);
  MvDocument *document;

  g_assert_true (mv_documents_inspect_file (file, password, 0, mv_pdf_inspect, NULL, &mime,
                                            &info, &bytes, &error));
  g_assert_no_error (error);
  document = mv_documents_attach (f->ts.store, MV_RECORD (item), name, NULL, mime, bytes, info,
                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static MvAgendaItem *
add_case (Fixture    *f,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item;

  item = mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, title, MV_ITEM_KIND_DISCUSSION,
                             20, "Leder", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mixed = NULL;
  g_autofree char *brus = mv_test_sample_path ("brus-prosjektet-sluttrapport.pdf");
  g_autofree char *felles = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  g_autofree char *fafo = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_autofree char *ffo = mv_test_sample_path ("ffo-fem-aktive-organisasjoner-i-nav.pdf");
  g_autofree char *fafo_locked = NULL;
  g_autofree char *out = NULL;
  GDate date;

  mv_test_store_set_up_named (&f->ts, "packet.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (&f->ts, "Brukerutvalget NAV Eksempelby", "NAV Eksempelby");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, 3, 2027);
  f->meeting = mv_meeting_create (f->ts.store, f->ts.council, &date, "10:00", 180, NULL, NULL, &error);
  g_assert_no_error (error);

  f->budget = add_case (f, "Budsjett");
  f->youth = add_case (f, "Ungdom");
  f->closed = add_case (f, "Lukket sak");
  g_assert_true (mv_store_set (f->ts.store, f->closed, &error, "public", FALSE, NULL));
  g_assert_no_error (error);

  mixed = make_mixed_pdf (f->ts.dir);
  fafo_locked = g_build_filename (f->ts.dir, "fafo-eierpassord.pdf", NULL);
  out = mv_test_run_tool ("qpdf", "--encrypt", "", "eier", "256", "--", fafo, fafo_locked, NULL);

  attach (f, f->budget, brus, NULL);
  attach (f, f->budget, mixed, NULL);
  f->felles = attach (f, f->youth, felles, NULL);
  g_assert_true (mv_store_set (f->ts.store, f->felles, &error, "public", FALSE, NULL));
  g_assert_no_error (error);
  attach (f, f->youth, fafo_locked, NULL);
  attach (f, f->closed, ffo, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

static int
notice_pages (Fixture  *f,
              gboolean  public_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) notice = mv_packet_notice_pdf (f->ts.store, f->meeting,
                                                          MV_AGENDA_COUNCIL_LANGUAGE, public_only,
                                                          &error);
  g_autofree char *path = g_build_filename (f->ts.dir, "notice.pdf", NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (notice, NULL),
                                      g_bytes_get_size (notice), NULL));
  return mv_test_pdf_n_pages (path);
}

/* The outline as "depth page title" lines in reading order, from qpdf's
 * JSON, whose objects list their keys sorted: "destpageposfrom1" opens an
 * item, its "kids" follow, its "title" comes last at the same indent. */
static char *
outline_of (const char *path)
{
  g_autofree char *json = mv_test_run_tool ("qpdf", "--json", "--json-key=outlines", path, NULL);
  g_auto(GStrv) lines = g_strsplit (json, "\n", -1);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);
  GString *result = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      int indent = strspn (line, " ");
      const char *key = line + indent;

      if (g_str_has_prefix (key, "\"destpageposfrom1\": "))
        {
          int page = atoi (key + strlen ("\"destpageposfrom1\": "));

          g_ptr_array_add (entries, g_strdup_printf ("%d %d", (indent - 6) / 4, page));
          g_hash_table_insert (open, GINT_TO_POINTER (indent),
                               GUINT_TO_POINTER (entries->len));
        }
      else if (g_str_has_prefix (key, "\"title\": \""))
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (open, GINT_TO_POINTER (indent)));
          g_autofree char *title = g_strndup (key + strlen ("\"title\": \""),
                                              strlen (key) - strlen ("\"title\": \"") - 1);
          char *entry;

          g_assert_cmpuint (n, >, 0);
          entry = g_ptr_array_index (entries, n - 1);
          entries->pdata[n - 1] = g_strdup_printf ("%s %s", entry, title);
          g_free (entry);
        }
    }

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (result, "%s\n", (char *) g_ptr_array_index (entries, i));
  return g_string_free (result, FALSE);
}

static void
assert_page_size (const char *path,
                  int         page,
                  const char *size)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  g_autofree char *info = mv_test_run_tool ("pdfinfo", "-f", first, "-l", first, path, NULL);
  g_autofree char *name = g_strdup_printf ("Page %4d size", page);
  g_autofree char *value = mv_test_pdfinfo_field (info, name);

  g_assert_nonnull (value);
  if (!g_str_has_prefix (value, size))
    g_error ("page %d is %s, not %s", page, value, size);
}

/* Each needle found in @text after the one before. */
static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  const char *from = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *at = strstr (from, needles[i]);

      if (at == NULL)
        g_error ("“%s” is not in the packet after “%s”", needles[i],
                 i > 0 ? needles[i - 1] : "the start");
      from = at + strlen (needles[i]);
    }
}

static MvPacketResult *
export (Fixture     *f,
        gboolean     public_only,
        const char  *path)
{
  g_autoptr(GError) error = NULL;
  MvPacketResult *result = mv_packet_export (f->ts.store, f->meeting, public_only, path, NULL, NULL,
                                             NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static char *
item_heading (MvAgendaItem *item)
{
  g_autofree char *number = mv_agenda_item_dup_number (item);

  return g_strdup_printf ("Sak %s %s", number, mv_agenda_item_get_title (item));
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autoptr(MvPacketResult) result = export (f, FALSE, path);
  g_autofree char *text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  g_autofree char *outline = outline_of (path);
  g_autofree char *urls = mv_test_run_tool ("pdfinfo", "-url", path, NULL);
  g_autofree char *budget = item_heading (f->budget);
  g_autofree char *youth = item_heading (f->youth);
  g_autofree char *closed = item_heading (f->closed);
  g_autofree char *expected = NULL;
  g_autofree char *links = NULL;
  g_autofree char *expected_links = NULL;
  const char *attachments;
  int n = notice_pages (f, FALSE);
  /* brus 15, mixed 2, felles 1, fafo 2, ffo 6 */
  int brus = n + 1, mixed = brus + 15, felles = mixed + 2, fafo = felles + 1, ffo = fafo + 2;
  const char * const order[] = {
    "Budsjett",                          /* the notice's agenda */
    "1. BRUS-prosjektet",
    "Blandingsvedlegg letterside",
    "Blandingsvedlegg liggende A5",
    "Felles møteplasser med",
    "Modell for brukermedvirkning",
    "5 aktive organisasjoner i NAV",
    NULL
  };

  g_assert_cmpuint (result->left_out->len, ==, 0);
  g_assert_cmpuint (result->n_list_pages, ==, 0);
  g_assert_cmpuint (result->n_attachments, ==, 5);
  g_assert_cmpint (result->n_notice_pages, ==, n);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, n + 15 + 2 + 1 + 2 + 6);

  assert_in_order (text, order);

  /* Sizes kept: A4 around the two odd ones. */
  assert_page_size (path, brus, "595.304 x 841.89");
  assert_page_size (path, mixed, "612 x 792");
  assert_page_size (path, mixed + 1, "595 x 420");
  assert_page_size (path, felles, "595.304 x 841.89");

  /* The attachment's links go with its page, the one to its next page now
   * to that page's place in the packet. */
  g_assert_nonnull (strstr (urls, "https://www.nav.no/brukermedvirkning"));
  links = links_on_page (path, mixed);
  expected_links = g_strdup_printf ("page:%d uri:https://www.nav.no/brukermedvirkning",
                                    mixed + 1);
  g_assert_cmpstr (links, ==, expected_links);

  /* The notice's own bookmarks first, on its pages; then the attachments,
   * by their titles: none of the PDFs has one of its own, so each is named
   * by its first heading. */
  g_assert_true (g_str_has_prefix (outline, "0 1 Innkalling til møte i Brukerutvalget"));
  expected = g_strdup_printf ("0 %d Vedlegg\n"
                              "1 %d %s\n"
                              "2 %d BRUS-prosjektet\n"
                              "2 %d Blandingsvedlegg letterside\n"
                              "1 %d %s\n"
                              "2 %d Felles møteplasser med brukerorganisasjoner i "
                              "0–24-samarbeidet\n"
                              "2 %d Modell for brukermedvirkning i NAV - evaluering og "
                              "videreutvikling\n"
                              "1 %d %s\n"
                              "2 %d 5 aktive organisasjoner i NAV\n",
                              brus, brus, budget, brus, mixed, felles, youth, felles, fafo,
                              ffo, closed, ffo);
  attachments = strstr (outline, "\n0 ");
  g_assert_nonnull (attachments);
  g_assert_cmpstr (attachments + 1, ==, expected);
}

/* The packet is PDF/UA as its notice is, and says it is the packet: its
 * XMP's dc:title is the /Info's title, which a reader shows (DisplayDocTitle)
 * and a screen reader speaks first. */
static void
test_pdfua (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autoptr(MvPacketResult) result = export (f, FALSE, path);
  g_autofree char *info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", path, NULL);
  g_autofree char *title = mv_test_pdfinfo_field (info, "Title");
  g_autofree char *xml_title = g_markup_printf_escaped ("<dc:title><rdf:Alt>"
                                                        "<rdf:li xml:lang=\"x-default\">%s<",
                                                        title);
  g_autofree char *xmp = NULL;
  unsigned char *buf = NULL;
  size_t len = 0;
  qpdf_data q = qpdf_init ();
  qpdf_oh root;

  g_assert_true (g_str_has_prefix (title, "Møtepakke "));
  qpdf_silence_errors (q);
  g_assert_cmpint (qpdf_read (q, path, NULL) & QPDF_ERRORS, ==, 0);
  root = qpdf_get_root (q);
  g_assert_cmpstr (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, root, "/Lang")), ==, "nb-NO");
  g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root,
                                                                           "/ViewerPreferences"),
                                                             "/DisplayDocTitle")));
  g_assert_cmpint (qpdf_oh_get_stream_data (q, qpdf_oh_get_key (q, root, "/Metadata"),
                                            qpdf_dl_all, NULL, &buf, &len) & QPDF_ERRORS, ==, 0);
  xmp = g_strndup ((const char *) buf, len);
  free (buf);
  qpdf_cleanup (&q);

  g_assert_nonnull (strstr (xmp, "<pdfuaid:part>1</pdfuaid:part>"));
  g_assert_nonnull (strstr (xmp, xml_title));
  g_assert_null (strstr (xmp, "Innkalling til møte"));
}

static void
test_public (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "offentlig.pdf", NULL);
  g_autoptr(MvPacketResult) result = export (f, TRUE, path);
  g_autofree char *text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  g_autofree char *outline = outline_of (path);
  int n = notice_pages (f, TRUE);

  g_assert_cmpuint (result->n_attachments, ==, 3);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, n + 15 + 2 + 2);
  /* Neither the exempt document nor the exempt item's. */
  g_assert_null (strstr (text, "Felles møteplasser med"));
  g_assert_null (strstr (text, "5 aktive organisasjoner i NAV"));
  g_assert_nonnull (strstr (text, "Modell for brukermedvirkning"));
  g_assert_null (strstr (outline, "Felles møteplasser"));
  g_assert_null (strstr (outline, "Lukket sak"));
  g_assert_null (strstr (outline, "5 aktive organisasjoner"));
  g_assert_nonnull (strstr (outline, "Modell for brukermedvirkning i NAV"));
}

/* In the public packet's notice the exempt item keeps its number and the
 * exempt document its line in its item's list, each with its legal basis
 * and nothing else; their pages stay out. */
static void
test_public_exempt (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->ts.dir, "offentlig.pdf", NULL);
  g_autoptr(MvPacketResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *closed_number = mv_agenda_item_dup_number (f->closed);
  g_autofree char *closed = g_strdup_printf ("Sak %s Unntatt offentlighet, jf. offl. § 13 jf. "
                                             "fvl. § 13", closed_number);
  g_autofree char *youth = item_heading (f->youth);
  int n;

  /* A usual umask, so that what a public paper may be is seen. */
  umask (022);
  g_assert_true (mv_documents_set_public_full (f->ts.store, f->felles, FALSE,
                                               MV_EXEMPT_BASIS_OFFL_14, NULL, &error));
  g_assert_no_error (error);
  result = export (f, TRUE, path);
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  squeezed = mv_test_squeeze (text);
  outline = outline_of (path);
  n = notice_pages (f, TRUE);

  /* The public packet is for anyone; the full one, with the members'
   * contact details and the exempt documents, for the owner alone. */
  g_assert_cmpuint (mv_test_file_mode (path) & 0044, !=, 0);
  {
    g_autofree char *full = g_build_filename (f->ts.dir, "intern.pdf", NULL);
    g_autoptr(MvPacketResult) full_result = export (f, FALSE, full);

    g_assert_cmpuint (mv_test_file_mode (full), ==, 0600);
  }

  g_test_message ("%s", squeezed);
  {
    const char * const order[] = {
      youth,                                    /* its heading in the notice */
      "Vedlegg",
      "Unntatt offentlighet, jf. offl. § 14",   /* felles */
      "Modell for brukermedvirkning i NAV",     /* fafo, by its heading */
      closed,
      "Med vennlig hilsen",
      NULL
    };

    assert_in_order (squeezed, order);
  }
  g_assert_null (strstr (squeezed, "Felles møteplasser"));
  g_assert_null (strstr (squeezed, "felles-moteplasser"));
  g_assert_null (strstr (squeezed, "Lukket sak"));
  g_assert_null (strstr (squeezed, "ffo-fem"));
  g_assert_null (strstr (squeezed, "5 aktive organisasjoner"));
  /* The notice's bookmark for the exempt item has only its number and
   * basis; no pages, no bookmark of the exempt documents. */
  g_assert_nonnull (strstr (outline, closed));
  g_assert_null (strstr (outline, "Lukket sak"));
  g_assert_null (strstr (outline, "felles-moteplasser"));
  g_assert_null (strstr (outline, "Felles møteplasser"));
  g_assert_cmpuint (result->n_attachments, ==, 3);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, n + 15 + 2 + 2);
}

/* A CSV and a PDF that asks for a password are named with the reason on a
 * page after the notice; the rest goes in as before. */
static void
test_left_out (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autofree char *csv = mv_test_data_path ("medlemmer-excel.csv");
  g_autofree char *locked = mv_test_data_path ("kryptert.pdf");
  g_autoptr(MvPacketResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *list_entry = NULL;
  int n;

  attach (f, f->youth, csv, NULL);
  attach (f, f->budget, locked, "hemmelig");
  n = notice_pages (f, FALSE);
  result = export (f, FALSE, path);
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  outline = outline_of (path);

  g_assert_cmpuint (result->left_out->len, ==, 2);
  g_assert_cmpuint (result->n_list_pages, ==, 1);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, n + 1 + 15 + 2 + 1 + 2 + 6);
  {
    const char * const order[] = {
      "Vedlegg som ikke er med i pakken",
      "kryptert.pdf: beskyttet med passord",
      "medlemmer-excel.csv: ikke en PDF-fil",
      "1. BRUS-prosjektet",
      NULL
    };
    assert_in_order (text, order);
  }
  list_entry = g_strdup_printf ("0 %d Vedlegg som ikke er med i pakken", n + 1);
  g_assert_nonnull (strstr (outline, list_entry));
}

/* The meeting's own documents come before the items'. */
static void
test_meeting_documents (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autofree char *notat = mv_test_sample_path ("notat-kartlegging-brukerorganisasjoner-2015.pdf");
  g_autoptr(MvPacketResult) result = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  int n;

  attach (f, f->meeting, notat, NULL);
  n = notice_pages (f, FALSE);
  result = export (f, FALSE, path);
  outline = outline_of (path);
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);

  g_assert_cmpuint (result->n_attachments, ==, 6);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, n + 3 + 15 + 2 + 1 + 2 + 6);
  expected = g_strdup_printf ("0 %d Vedlegg\n"
                              "1 %d Dokumenter til møtet\n"
                              "2 %d Oppsummering - kartlegging av direktoratenes praksis for "
                              "samarbeid med brukerorganisasjoner\n",
                              n + 1, n + 1, n + 1);
  g_assert_nonnull (strstr (outline, expected));
  {
    const char * const order[] = { "Til: Styringsgruppen", "1. BRUS-prosjektet", NULL };

    assert_in_order (text, order);
  }
}

/* Stamps and page numbers -------------------------------------------- */

static char *
packet_page_text (const char *path,
                  int         page)
{
  g_autofree char *raw = mv_test_pdf_text (path, page);

  return mv_test_squeeze (raw);
}

static void
assert_page_has (const char *path,
                 int         page,
                 const char *needle)
{
  g_autofree char *text = packet_page_text (path, page);

  if (strstr (text, needle) == NULL)
    g_error ("page %d has no “%s”: %s", page, needle, text);
}

/* Every page of the attachment in @source is in the packet from @first
 * with all its text, in its order, and then its stamp: @stamp, " – ", and
 * @page_format with the page and the number of pages. */
static void
assert_attachment_pages (const char *packet,
                         int         first,
                         const char *source,
                         const char *stamp,
                         const char *page_format)
{
  int pages = mv_test_pdf_n_pages (source);

  for (int p = 1; p <= pages; p++)
    {
      g_autofree char *own = packet_page_text (source, p);
      g_autofree char *text = packet_page_text (packet, first + p - 1);
      g_autofree char *page = NULL;
      g_autofree char *expected = NULL;

      if (!g_str_has_prefix (text, own))
        g_error ("page %d of %s is not whole at %d of the packet:\n%s\n---\n%s", p, source,
                 first + p - 1, own, text);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      page = g_strdup_printf (page_format, p, pages);
#pragma GCC diagnostic pop
      expected = g_strdup_printf ("%s – %s", stamp, page);
      if (strstr (text + strlen (own), expected) == NULL)
        g_error ("page %d has no stamp “%s” after its own text: %s", first + p - 1, expected,
                 text);
    }
}

/* The text of every element of the structure tree, depth first. */
static void
collect_structure (PopplerStructureElementIter *iter,
                   GString                     *text)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);
      g_autofree char *own = poppler_structure_element_get_text (element,
                                                                 POPPLER_STRUCTURE_GET_TEXT_NONE);

      if (own != NULL)
        g_string_append_printf (text, "%s\n", own);
      if (child != NULL)
        {
          collect_structure (child, text);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static char *
structure_text (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  PopplerStructureElementIter *iter;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  iter = poppler_structure_element_iter_new (document);
  g_assert_nonnull (iter);
  collect_structure (iter, text);
  poppler_structure_element_iter_free (iter);
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

/* The page's content: its own first, whole between q and Q, then the stamp
 * drawn inside an Artifact's marked content, with nothing of it tagged. */
static void
assert_stamp_is_artifact (const char *path,
                          int         page)
{
  qpdf_data qpdf = qpdf_init ();
  qpdf_oh p, xobjects, form;
  unsigned char *data = NULL;
  size_t length = 0;
  g_autofree char *content = NULL;
  g_autofree char *stamp = NULL;
  const char *artifact, *draw, *emc;

  qpdf_silence_errors (qpdf);
  g_assert_false (qpdf_read (qpdf, path, NULL) & QPDF_ERRORS);
  p = qpdf_get_page_n (qpdf, page - 1);
  g_assert_false (qpdf_oh_get_page_content_data (qpdf, p, &data, &length) & QPDF_ERRORS);
  content = g_strndup ((const char *) data, length);
  free (data);

  g_assert_true (g_str_has_prefix (content, "q\n"));
  artifact = strstr (content, "\nQ\n/Artifact BMC\n");
  g_assert_nonnull (artifact);
  draw = strstr (artifact, "/MvStamp Do");
  emc = strstr (artifact, "EMC");
  g_assert_nonnull (draw);
  g_assert_nonnull (emc);
  g_assert_true (draw < emc);

  xobjects = qpdf_oh_get_key (qpdf, qpdf_oh_get_key (qpdf, p, "/Resources"), "/XObject");
  form = qpdf_oh_get_key (qpdf, xobjects, "/MvStamp");
  g_assert_true (qpdf_oh_is_stream (qpdf, form));
  g_assert_false (qpdf_oh_get_stream_data (qpdf, form, qpdf_dl_generalized, NULL, &data, &length)
                  & QPDF_ERRORS);
  stamp = g_strndup ((const char *) data, length);
  free (data);
  g_assert_null (strstr (stamp, "MCID"));
  g_assert_null (strstr (stamp, "BDC"));
  qpdf_cleanup (&qpdf);
}

/* Every page says its place in the packet, every attachment page whose
 * attachment it is, in its bottom margin; the pages keep their text, and
 * neither the stamps nor the numbers are in the structure tree. */
static void
test_stamps (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autoptr(MvPacketResult) result = export (f, FALSE, path);
  g_autofree char *brus = mv_test_sample_path ("brus-prosjektet-sluttrapport.pdf");
  g_autofree char *felles = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  g_autofree char *ffo = mv_test_sample_path ("ffo-fem-aktive-organisasjoner-i-nav.pdf");
  g_autofree char *budget = mv_agenda_item_dup_number (f->budget);
  g_autofree char *youth = mv_agenda_item_dup_number (f->youth);
  g_autofree char *closed = mv_agenda_item_dup_number (f->closed);
  g_autofree char *brus_stamp = g_strdup_printf ("Vedlegg 1 til sak %s", budget);
  g_autofree char *felles_stamp = g_strdup_printf ("Vedlegg 1 til sak %s", youth);
  g_autofree char *ffo_stamp = g_strdup_printf ("Vedlegg 1 til sak %s", closed);
  g_autofree char *tagged = structure_text (path);
  int n = (int) result->n_notice_pages;
  int total = mv_test_pdf_n_pages (path);

  g_assert_cmpint (total, ==, n + 15 + 2 + 1 + 2 + 6);
  for (int p = 1; p <= total; p++)
    {
      g_autofree char *number = g_strdup_printf ("Side %d av %d", p, total);
      g_autofree char *text = packet_page_text (path, p);

      assert_page_has (path, p, number);
      /* The notice's pages have the packet's numbers, not their own. */
      if (p <= n)
        {
          g_autofree char *own = g_strdup_printf (" Side %d av %d ", p, n);
          g_autofree char *spaced = g_strdup_printf (" %s ", text);

          g_assert_null (strstr (spaced, own));
          g_assert_null (strstr (text, "– side"));
        }
    }

  assert_attachment_pages (path, n + 1, brus, brus_stamp, "side %d av %d");
  assert_page_has (path, n + 16, "Blandingsvedlegg letterside");
  assert_page_has (path, n + 16, "Vedlegg 2 til sak");
  assert_page_has (path, n + 16, "– side 1 av 2");
  assert_page_has (path, n + 17, "Blandingsvedlegg liggende A5");
  assert_page_has (path, n + 17, "– side 2 av 2");
  assert_attachment_pages (path, n + 18, felles, felles_stamp, "side %d av %d");
  assert_page_has (path, n + 19, "Vedlegg 2 til sak");
  assert_page_has (path, n + 20, "– side 2 av 2");
  assert_attachment_pages (path, n + 21, ffo, ffo_stamp, "side %d av %d");

  for (int p = 1; p <= total; p += 5)
    assert_stamp_is_artifact (path, p);

  /* The notice is in the tree, no stamp and no number is. */
  g_assert_nonnull (strstr (tagged, "Brukerutvalget NAV Eksempelby"));
  g_assert_nonnull (strstr (tagged, "Medlemmene kalles med dette inn"));
  g_assert_null (strstr (tagged, "til sak"));
  g_assert_null (strstr (tagged, "Side 1 av"));
}

/* The stamps in the council's language; the meeting's own documents are
 * attachments to the meeting. */
static void
test_stamps_english (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->ts.dir, "packet.pdf", NULL);
  g_autofree char *notat = mv_test_sample_path ("notat-kartlegging-brukerorganisasjoner-2015.pdf");
  g_autofree char *budget = mv_agenda_item_dup_number (f->budget);
  g_autofree char *stamp = g_strdup_printf ("Attachment 1 to item %s – page 15 of 15", budget);
  g_autoptr(MvPacketResult) result = NULL;
  g_autofree char *number = NULL;
  int n, total;

  attach (f, f->meeting, notat, NULL);
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "language", MV_LANGUAGE_EN,
                               NULL));
  g_assert_no_error (error);
  result = export (f, FALSE, path);
  n = (int) result->n_notice_pages;
  total = mv_test_pdf_n_pages (path);
  number = g_strdup_printf ("Page 1 of %d", total);

  assert_page_has (path, 1, number);
  assert_attachment_pages (path, n + 1, notat, "Attachment 1 to the meeting", "page %d of %d");
  assert_page_has (path, n + 3 + 15, stamp);
}

static double
fetch_number (GMatchInfo *match,
              int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return g_ascii_strtod (text, NULL);
}

/* A page turned by /Rotate gets its stamp at the foot as it is shown. */
static void
test_stamp_rotated (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autofree char *felles = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  g_autofree char *turned = g_build_filename (f->ts.dir, "liggende.pdf", NULL);
  g_autofree char *out = mv_test_run_tool ("qpdf", felles, "--rotate=+90", "--", turned, NULL);
  MvAgendaItem *item = add_case (f, "Liggende");
  g_autofree char *number = mv_agenda_item_dup_number (item);
  g_autoptr(MvPacketResult) result = NULL;
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *page = NULL;
  g_autofree char *html = NULL;
  g_autofree char *info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *rotation = NULL;
  double width, height, x, y;

  attach (f, item, turned, NULL);
  result = export (f, FALSE, path);
  page = g_strdup_printf ("%u", result->n_pages);
  assert_page_has (path, (int) result->n_pages, "Felles møteplasser med");
  html = mv_test_run_tool ("pdftotext", "-enc", "UTF-8", "-bbox", "-f", page, "-l", page, path,
                           "-", NULL);
  pattern = g_strdup_printf ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">.*"
                             "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                             "xMax=\"[0-9.]+\" yMax=\"[0-9.]+\">%s</word>", number);
  regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  if (!g_regex_match (regex, html, 0, &match))
    g_error ("no stamp with %s on the turned page: %s", number, html);
  width = fetch_number (match, 1);
  height = fetch_number (match, 2);
  x = fetch_number (match, 3);
  y = fetch_number (match, 4);

  /* The page keeps its turn; pdftotext gives its size unturned and the
   * words where they are shown: landscape, the stamp at its foot on the
   * left, in the margin. */
  info = mv_test_run_tool ("pdfinfo", "-f", page, "-l", page, path, NULL);
  name = g_strdup_printf ("Page %4s rot", page);
  rotation = mv_test_pdfinfo_field (info, name);
  g_assert_cmpstr (rotation, ==, "90");
  g_assert_cmpfloat (width, <, height);
  g_assert_cmpfloat (y, >, width - 15 * 72 / 25.4);
  g_assert_cmpfloat (y, <, width);
  g_assert_cmpfloat (x, <, height / 2);
}

/* Any failure leaves the target as it was, and says why. */
static void
test_failure_keeps_target (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(MvStore) store = NULL;
  MvPacketResult *result;

  mv_test_write_file (path, "the packet of last time");
  before = mv_test_file_state (path);

  g_cancellable_cancel (cancellable);
  result = mv_packet_export (f->ts.store, f->meeting, FALSE, path, NULL, NULL, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);
  mv_test_assert_file_unchanged (before, path);
  g_clear_error (&error);

  /* A document whose bytes are gone from the file. */
  db = mv_test_db_open (f->ts.path);
  mv_test_db_exec (db, "PRAGMA foreign_keys=OFF;"
                       "DELETE FROM document_blobs WHERE sha256 IN "
                       "(SELECT sha256 FROM documents WHERE file_name = 'mixed.pdf')");
  store = mv_store_open (f->ts.path, MV_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  result = mv_packet_export (store, mv_store_lookup (store, MV_TYPE_MEETING,
                                                     mv_record_get_id (MV_RECORD (f->meeting))),
                             FALSE, path, NULL, NULL, NULL, &error);
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "mixed.pdf"));
  g_assert_null (result);
  mv_test_assert_file_unchanged (before, path);

  /* No temporary files left behind. */
  {
    g_autofree char *listing = mv_test_list_dir (f->ts.dir);

    g_assert_null (strstr (listing, ".pakke.pdf"));
  }
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ts.dir, "cli.pdf", NULL);
  g_autofree char *bad = g_build_filename (f->ts.dir, "nei", "cli.pdf", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *text = NULL;

  {
    g_auto(MvTestRun) run = { 0 };
    const char *args[] = { "--db", f->ts.path, "export-packet", "--meeting", "2027-03-09",
                           "-o", path, "--public", NULL };

    mv_test_run_cli (&run, NULL, args);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "Blandingsvedlegg"));
  g_assert_null (strstr (text, "5 aktive organisasjoner i NAV"));

  /* A failed run leaves the file alone and names the cause. */
  before = mv_test_file_state (path);
  {
    g_auto(MvTestRun) run = { 0 };
    const char *args[] = { "--db", f->ts.path, "export-packet", "--meeting", "2027-03-10",
                           "-o", path, NULL };

    mv_test_run_cli (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "2027-03-10"));
  }
  mv_test_assert_file_unchanged (before, path);
  {
    g_auto(MvTestRun) run = { 0 };
    const char *args[] = { "--db", f->ts.path, "export-packet", "--meeting", "2027-03-09",
                           "-o", bad, NULL };

    mv_test_run_cli (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "No such file or directory"));
  }
  {
    g_auto(MvTestRun) run = { 0 };
    const char *args[] = { "--db", f->ts.path, "export-packet", "--meeting", "2027-03-09", NULL };

    mv_test_run_cli (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "-o FILE.pdf"));
  }
}

/* A damaged or empty "PDF" and a notice that is not one: refused or
 * listed, never a crash. */
static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  const char *names[] = { "skadet.pdf", "tom.pdf", "ikke-pdf.pdf" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvPacketResult) result = NULL;
  g_autoptr(GBytes) notice = NULL;
  g_autofree char *path = g_build_filename (f->ts.dir, "rar.pdf", NULL);
  g_autofree char *fafo = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  char *contents;
  gsize length;
  const MvPacketWords words = {
    .notice = "Innkalling", .attachments = "Vedlegg", .left_out = "Utelatt",
    .left_out_intro = "", .not_pdf = "ikke PDF", .encrypted = "passord", .damaged = "skadet",
    .no_pages = "ingen sider", .page_format = "Side %d av %d",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = mv_test_data_path (names[i]);
      MvPacketPart *part = g_new0 (MvPacketPart, 1);

      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      part->bytes = g_bytes_new_take (contents, length);
      g_ptr_array_add (keep, part->bytes);
      part->heading = "Sak 01/27 Rart";
      part->title = names[i];
      part->file_name = names[i];
      part->mime_type = "application/pdf";
      g_ptr_array_add (parts, part);
    }

  g_assert_true (g_file_get_contents (fafo, &contents, &length, NULL));
  notice = g_bytes_new_take (contents, length);
  result = mv_packet_merge (notice, parts, &words, NULL, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->left_out->len, ==, 3);
  g_assert_cmpuint (result->n_attachments, ==, 0);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, 2 + result->n_list_pages);

  /* The notice itself must be a PDF. */
  g_clear_pointer (&result, mv_packet_result_free);
  g_clear_pointer (&notice, g_bytes_unref);
  notice = g_bytes_new_static ("not a pdf", 9);
  result = mv_packet_merge (notice, parts, &words, NULL, path, NULL, NULL, NULL, &error);
  g_assert_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT);
  g_assert_null (result);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
  GArray       *fractions;
  GThread      *thread;
} AsyncRun;

static void
async_progress (double      fraction,
                const char *what,
                gpointer    user_data)
{
  AsyncRun *run = user_data;

  /* On the caller's thread, not the worker's. */
  g_assert_true (g_thread_self () == run->thread);
  g_assert_nonnull (what);
  g_array_append_val (run->fractions, fraction);
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->result = g_object_ref (result);
  g_main_loop_quit (run->loop);
}

static gboolean
export_async_in (Fixture              *f,
                 MvMeetingExportKind   kind,
                 MvLanguage            language,
                 gboolean              public_only,
                 const char           *path,
                 GCancellable         *cancellable,
                 GPtrArray           **left_out,
                 GArray              **fractions,
                 GError              **error)
{
  AsyncRun run = { g_main_loop_new (NULL, FALSE), NULL,
                   g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self () };
  gboolean ok;

  if (language == MV_AGENDA_COUNCIL_LANGUAGE)
    mv_meeting_export_async (f->ts.store, f->meeting, kind, public_only, path, cancellable,
                             async_progress, &run, NULL, async_done, &run);
  else
    mv_meeting_export_async_full (f->ts.store, f->meeting, kind, language, public_only, path,
                                  cancellable, async_progress, &run, NULL, async_done, &run);
  g_main_loop_run (run.loop);
  ok = mv_meeting_export_finish (run.result, left_out, error);
  g_object_unref (run.result);
  g_main_loop_unref (run.loop);
  if (fractions != NULL)
    *fractions = run.fractions;
  else
    g_array_unref (run.fractions);
  return ok;
}

static gboolean
export_async (Fixture              *f,
              MvMeetingExportKind   kind,
              gboolean              public_only,
              const char           *path,
              GCancellable         *cancellable,
              GPtrArray           **left_out,
              GArray              **fractions,
              GError              **error)
{
  return export_async_in (f, kind, MV_AGENDA_COUNCIL_LANGUAGE, public_only, path, cancellable,
                          left_out, fractions, error);
}

/* The worker the app uses: a connection of its own, progress on the
 * caller's thread, the three kinds, and the names it suggests. */
static void
test_worker (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *packet = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autofree char *notice = g_build_filename (f->ts.dir, "innkalling.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "saksliste.xlsx", NULL);
  g_autofree char *csv = mv_test_data_path ("medlemmer-excel.csv");
  g_autoptr(GPtrArray) left_out = NULL;
  g_autoptr(GArray) fractions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  g_autofree char *name = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  attach (f, f->youth, csv, NULL);
  g_assert_true (export_async (f, MV_MEETING_EXPORT_PACKET, FALSE, packet, NULL, &left_out,
                               &fractions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (left_out->len, ==, 1);
  g_assert_cmpstr (((MvPacketOmission *) g_ptr_array_index (left_out, 0))->file_name, ==,
                   "medlemmer-excel.csv");
  g_assert_cmpuint (fractions->len, >, 0);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpint (mv_test_pdf_n_pages (packet), ==,
                   notice_pages (f, FALSE) + 1 + 15 + 2 + 1 + 2 + 6);

  g_assert_true (export_async (f, MV_MEETING_EXPORT_NOTICE, TRUE, notice, NULL, NULL, NULL,
                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_test_pdf_n_pages (notice), ==, notice_pages (f, TRUE));

  g_assert_true (export_async (f, MV_MEETING_EXPORT_XLSX, FALSE, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xlsx, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "PK"));

  /* Cancelled: the packet of before stays. */
  before = mv_test_file_state (packet);
  g_cancellable_cancel (cancellable);
  g_assert_false (export_async (f, MV_MEETING_EXPORT_PACKET, FALSE, packet, cancellable, NULL,
                                NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  mv_test_assert_file_unchanged (before, packet);

  name = mv_meeting_export_default_name (f->ts.store, f->meeting, MV_MEETING_EXPORT_NOTICE, FALSE);
  g_assert_cmpstr (name, ==, "2027-03-09 Innkalling brukerutvalget.pdf");
  g_free (name);
  name = mv_meeting_export_default_name (f->ts.store, f->meeting, MV_MEETING_EXPORT_PACKET, TRUE);
  g_assert_cmpstr (name, ==, "2027-03-09 Møtepakke brukerutvalget (offentlig versjon).pdf");
  g_free (name);
  name = mv_meeting_export_default_name (f->ts.store, f->meeting, MV_MEETING_EXPORT_XLSX, FALSE);
  g_assert_cmpstr (name, ==, "2027-03-09 Saksliste brukerutvalget.xlsx");
}

/* The language the export dialog chooses, whatever the council's: the
 * notice, the packet with its bookmarks, the spreadsheet. */
static void
test_worker_language (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *packet = g_build_filename (f->ts.dir, "packet.pdf", NULL);
  g_autofree char *notice = g_build_filename (f->ts.dir, "innkalling.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "agenda.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *info = NULL;
  g_autofree char *workbook = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (export_async_in (f, MV_MEETING_EXPORT_PACKET, MV_LANGUAGE_EN, TRUE, packet,
                                  NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = mv_test_run_tool ("pdftotext", packet, "-", NULL);
  outline = outline_of (packet);
  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", packet, NULL);
  g_assert_nonnull (strstr (text, "Notice of meeting"));
  g_assert_nonnull (strstr (text, "Exempt from public disclosure, cf. offl. § 13 cf. fvl. § 13"));
  g_assert_nonnull (strstr (text, "Kind regards"));
  g_assert_null (strstr (text, "Innkalling"));
  g_assert_nonnull (strstr (outline, " Attachments\n"));
  g_assert_null (strstr (outline, " Vedlegg\n"));
  mv_test_assert_pdfinfo (info, "Title", "Meeting packet 2027-03-09 – Brukerutvalget NAV "
                                         "Eksempelby (public version)");

  g_assert_true (export_async_in (f, MV_MEETING_EXPORT_NOTICE, MV_LANGUAGE_NN, FALSE, notice,
                                  NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = mv_test_run_tool ("pdftotext", notice, "-", NULL);
  g_assert_nonnull (strstr (text, "Forfall skal meldast"));
  g_assert_nonnull (strstr (text, "Med venleg helsing"));

  g_assert_true (export_async_in (f, MV_MEETING_EXPORT_XLSX, MV_LANGUAGE_EN, FALSE, xlsx, NULL,
                                  NULL, NULL, &error));
  g_assert_no_error (error);
  workbook = mv_test_xlsx_part (xlsx, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Agenda\""));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/packet/full", test_full);
  ADD ("/packet/public", test_public);
  ADD ("/packet/public-exempt", test_public_exempt);
  ADD ("/packet/left-out", test_left_out);
  ADD ("/packet/meeting-documents", test_meeting_documents);
  ADD ("/packet/stamps", test_stamps);
  ADD ("/packet/stamps-english", test_stamps_english);
  ADD ("/packet/stamp-rotated", test_stamp_rotated);
  ADD ("/packet/failure-keeps-target", test_failure_keeps_target);
  ADD ("/packet/cli", test_cli);
  ADD ("/packet/bad-files", test_bad_files);
  ADD ("/packet/worker", test_worker);
  ADD ("/packet/worker-language", test_worker_language);
  ADD ("/packet/pdfua", test_pdfua);
#undef ADD

  return g_test_run ();
}
