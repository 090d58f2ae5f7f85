/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <qpdf/qpdf-c.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "mv-agenda-export.h"
#include "mv-agenda.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The notice and agenda as the members get them: the PDF read back with
 * poppler-utils and poppler, the XLSX unzipped cell by cell (under the C
 * and the Norwegian numeric locale), the printed pages, the public version,
 * and the CLI command scripts call. */

#define COUNCIL "Brukerutvalget NAV Eksempelby"

static const char * const nb_weekdays[] = {
  "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"
};
static const char * const nn_weekdays[] = {
  "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"
};
static const char * const en_weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};
static const char * const nb_months[] = {
  "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
  "oktober", "november", "desember"
};
static const char * const en_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"
};

typedef struct
{
  MvTestStore   ts;
  MvMeeting *meeting;      /* October: an exempt document */
  MvMeeting *june;         /* June: an exempt item */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) meetings = NULL;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_SAMPLE);
  meetings = mv_store_list_meetings (f->ts.store, f->ts.council, g_date_time_get_year (now));
  g_assert_cmpuint (meetings->len, ==, 6);
  f->june = g_ptr_array_index (meetings, 2);
  f->meeting = g_ptr_array_index (meetings, 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

/* The PDF's text in reading order without the running header and footer,
 * so that a paragraph that goes on over a page reads as one. */
static char *
page_body_text (const char *pdf,
                int         page)
{
  g_autofree char *raw = mv_test_pdf_text (pdf, page);
  g_auto(GStrv) lines = g_strsplit (raw, "\n", -1);
  g_autoptr(GRegex) running = g_regex_new ("^(" COUNCIL "|Innkalling og saksliste|Offentlig "
                                           "versjon|Laget [0-9.]+|Side [0-9]+ av [0-9]+)$",
                                           0, 0, NULL);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (!g_regex_match (running, line, 0, NULL))
        g_string_append_printf (body, "%s\n", line);
    }
  return mv_test_squeeze (body->str);
}

static char *
body_text (const char *pdf)
{
  return page_body_text (pdf, 0);
}

static char *
page_text (const char *pdf,
           int         page)
{
  g_autofree char *raw = mv_test_pdf_text (pdf, page);

  return mv_test_squeeze (raw);
}

static void
meeting_date (MvMeeting *meeting,
              GDate     *date)
{
  g_autofree char *iso = mv_meeting_dup_date (meeting);
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* "Dato: tirsdag 13. oktober 2026", "Date: Tuesday 13 October 2026" */
static char *
date_line (const char         *label,
           const char * const *weekdays,
           GDate              *date)
{
  int weekday = g_date_get_weekday (date) - 1;
  int month = g_date_get_month (date) - 1;

  if (weekdays == en_weekdays)
    return g_strdup_printf ("%s: %s %d %s %d", label, weekdays[weekday], g_date_get_day (date),
                            en_months[month], g_date_get_year (date));
  return g_strdup_printf ("%s: %s %d. %s %d", label, weekdays[weekday], g_date_get_day (date),
                          nb_months[month], g_date_get_year (date));
}

/* Finds @needle in @text at or after *@at and moves *@at past it; fails the
 * test with @needle when it is missing or out of order. */
static void
assert_next (const char  *text,
             const char **at,
             const char  *needle)
{
  g_autofree char *squeezed = mv_test_squeeze (needle);
  const char *found = strstr (*at, squeezed);

  if (found == NULL)
    g_error ("“%s” is missing or out of order", squeezed);
  *at = found + strlen (squeezed);
}

static GPtrArray *
agenda (Fixture   *f,
        MvMeeting *meeting)
{
  return mv_store_list_agenda (f->ts.store, meeting);
}

static char *
export_pdf (Fixture    *f,
            MvMeeting  *meeting,
            MvLanguage  language,
            gboolean    public_version,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  char *pdf = g_build_filename (f->ts.dir, name, NULL);

  g_assert_true (mv_agenda_export_pdf (f->ts.store, meeting, language, public_version, pdf,
                                       &error));
  g_assert_no_error (error);
  return pdf;
}

/* The outline's titles, depth first. */
static void
collect_outline (PopplerIndexIter *iter,
                 GPtrArray        *titles)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_ptr_array_add (titles, g_strdup (action->any.title));
      poppler_action_free (action);
      if (child != NULL)
        {
          collect_outline (child, titles);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static GPtrArray *
outline (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *uri = g_file_get_uri (file);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter;

  g_assert_no_error (error);
  iter = poppler_index_iter_new (document);
  if (iter != NULL)
    {
      collect_outline (iter, titles);
      poppler_index_iter_free (iter);
    }
  g_object_unref (document);
  return titles;
}

static gboolean
titles_contain (GPtrArray  *titles,
                const char *title)
{
  for (guint i = 0; i < titles->len; i++)
    if (g_strcmp0 (g_ptr_array_index (titles, i), title) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = export_pdf (f, f->meeting, MV_AGENDA_COUNCIL_LANGUAGE, FALSE,
                                     "innkalling.pdf");
  g_autoptr(GPtrArray) items = agenda (f, f->meeting);
  g_autoptr(GPtrArray) titles = outline (pdf);
  g_autofree char *info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
  g_autofree char *fonts = mv_test_run_tool ("pdffonts", pdf, NULL);
  g_autofree char *text = body_text (pdf);
  g_autofree char *first = page_text (pdf, 1);
  g_autofree char *last = NULL;
  g_autofree char *last_footer = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *apologies = NULL;
  g_autofree char *by = NULL;
  g_autofree char *place = g_strdup_printf ("Sted: %s", mv_meeting_get_place (f->meeting));
  int pages = mv_test_pdf_n_pages (pdf);
  const char *at = text;
  GDate date;

  /* Apologies two days ahead, on a weekday. */
  meeting_date (f->meeting, &date);
  dated = date_line ("Dato", nb_weekdays, &date);
  g_date_subtract_days (&date, 2);
  while (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
    g_date_subtract_days (&date, 1);
  by = date_line ("x", nb_weekdays, &date);
  /* To the council's secretariat, with its e-mail and phone. */
  apologies = g_strdup_printf ("Forfall meldes snarest og senest %s til Marte Sæther (e-post "
                               "marte.saether@nav.example.no, telefon +47 474 61 905). "
                               "Vararepresentanten kalles da inn.", by + 3);

  g_test_message ("%s", info);
  mv_test_assert_pdfinfo (info, "Title", "Innkalling til møte i " COUNCIL);
  mv_test_assert_pdfinfo (info, "Author", COUNCIL);
  mv_test_assert_pdfinfo (info, "Subject", "Innkalling og saksliste");
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
  mv_test_assert_pdfinfo (info, "Page size", "595.276 x 841.89 pts (A4)");
  g_assert_cmpint (pages, >=, 3);
  /* Every font embedded: no "no" in pdffonts' emb column. */
  g_assert_null (strstr (fonts, " no  "));
  g_assert_nonnull (strstr (fonts, " yes "));

  /* The council in the header, "Side X av Y" in the footer of each page. */
  g_assert_nonnull (strstr (first, COUNCIL));
  g_assert_nonnull (strstr (first, "Side 1 av "));
  last = page_text (pdf, pages);
  last_footer = g_strdup_printf ("Side %d av %d", pages, pages);
  g_assert_nonnull (strstr (last, last_footer));

  g_test_message ("%s", text);
  assert_next (text, &at, "Innkalling til møte i " COUNCIL);
  assert_next (text, &at, dated);
  assert_next (text, &at, "Tid: 10:00–13:00");
  assert_next (text, &at, place);
  assert_next (text, &at, apologies);
  /* Members with their organisations, then the deputies; of their contact
   * details what each chose to show, by default the e-mail address. */
  assert_next (text, &at, "Til Navn Rolle Organisasjon Kontakt");
  assert_next (text, &at, "Kari Haugen Leder FFO kari.haugen@ffo.example.no Terje Lunde");
  g_assert_null (strstr (text, "+47 912 34 567"));
  assert_next (text, &at, "Vararepresentanter (til orientering)");
  assert_next (text, &at, "Per Olav Moen Kari Haugen FFO");

  /* The agenda as a table, every item in order ... */
  assert_next (text, &at, "Saksliste Sak Tittel Type Innleder Tid");
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);

      assert_next (text, &at, number);
      assert_next (text, &at, mv_agenda_item_get_title (item));
    }

  /* ... then each in full: heading, kind and presenter, background,
   * proposed resolution, attachments with their pages. */
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autofree char *heading = g_strdup_printf ("Sak %s %s", number,
                                                  mv_agenda_item_get_title (item));
      g_autoptr(GPtrArray) documents = mv_documents_list (f->ts.store, MV_RECORD (item));
      const char *background = mv_agenda_item_get_background (item);
      const char *resolution = mv_agenda_item_get_proposed_resolution (item);

      assert_next (text, &at, heading);
      g_assert_true (titles_contain (titles, heading));
      assert_next (text, &at, "Type:");
      if (*mv_agenda_item_get_presenter (item))
        {
          g_autofree char *presenter = g_strdup_printf ("Innleder: %s",
                                                        mv_agenda_item_get_presenter (item));

          assert_next (text, &at, presenter);
        }
      if (!mv_is_blank (background))
        {
          assert_next (text, &at, "Bakgrunn");
          assert_next (text, &at, background);
        }
      if (!mv_is_blank (resolution))
        {
          assert_next (text, &at, "Forslag til vedtak");
          assert_next (text, &at, resolution);
        }
      for (guint d = 0; d < documents->len; d++)
        {
          MvDocument *document = g_ptr_array_index (documents, d);
          g_autofree char *line = g_strdup_printf ("%s (%d sider)",
                                                   mv_document_get_title (document),
                                                   mv_document_get_page_count (document));

          g_assert_cmpint (mv_document_get_page_count (document), >, 1);
          assert_next (text, &at, "Vedlegg");
          assert_next (text, &at, line);
        }
    }

  /* Signed at its end: the secretariat and the council (whose name says
   * the NAV unit already; body_text() takes the line for the running
   * header). */
  assert_next (text, &at, "Med vennlig hilsen Marte Sæther");
  g_assert_cmpstr (at, ==, "");
  g_assert_nonnull (strstr (last, "Med vennlig hilsen Marte Sæther " COUNCIL " Laget"));
  g_assert_null (strstr (last, COUNCIL " NAV Eksempelby"));

  /* A bookmark for the notice, the agenda and each item. */
  g_assert_cmpuint (titles->len, ==, 2 + items->len);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Innkalling til møte i " COUNCIL);
  g_assert_true (titles_contain (titles, "Saksliste"));
}

static void
test_languages (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nn = export_pdf (f, f->meeting, MV_LANGUAGE_NN, FALSE, "nn.pdf");
  g_autofree char *en = export_pdf (f, f->meeting, MV_LANGUAGE_EN, FALSE, "en.pdf");
  g_autofree char *council_en = NULL;
  g_autofree char *nn_text = body_text (nn);
  g_autofree char *nn_first = page_text (nn, 1);
  g_autofree char *en_text = body_text (en);
  g_autofree char *en_first = page_text (en, 1);
  g_autofree char *council_text = NULL;
  g_autofree char *en_info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", en, NULL);
  g_autofree char *nn_date = NULL;
  g_autofree char *en_date = NULL;
  GDate date;

  meeting_date (f->meeting, &date);
  nn_date = date_line ("Dato", nn_weekdays, &date);
  en_date = date_line ("Date", en_weekdays, &date);

  g_assert_nonnull (strstr (nn_text, "Innkalling til møte i " COUNCIL));
  g_assert_nonnull (strstr (nn_text, "Framlegg til vedtak"));
  g_assert_nonnull (strstr (nn_text, "Forfall skal meldast"));
  g_assert_nonnull (strstr (nn_text, "Med venleg helsing Marte Sæther"));
  g_assert_nonnull (strstr (nn_text, nn_date));
  g_assert_nonnull (strstr (nn_text, "Stad:"));
  g_assert_nonnull (strstr (nn_text, "Sakliste Sak Tittel Type Innleiar Tid"));
  g_assert_nonnull (strstr (nn_first, "Side 1 av "));
  g_assert_null (strstr (nn_text, "Forslag til vedtak"));

  mv_test_assert_pdfinfo (en_info, "Title", "Notice of meeting – " COUNCIL);
  g_assert_nonnull (strstr (en_text, "Notice of meeting – " COUNCIL));
  g_assert_nonnull (strstr (en_text, "Proposed resolution"));
  g_assert_nonnull (strstr (en_text, en_date));
  g_assert_nonnull (strstr (en_text, "Please send apologies"));
  g_assert_nonnull (strstr (en_text, "Kind regards Marte Sæther"));
  g_assert_nonnull (strstr (en_text, "Agenda Item Title Kind Presenter Time"));
  g_assert_nonnull (strstr (en_first, "Page 1 of "));
  g_assert_null (strstr (en_first, "Side 1"));
  g_assert_null (strstr (en_text, "Forslag til vedtak"));

  /* Without a language: the council's. */
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "language", MV_LANGUAGE_EN, NULL));
  g_assert_no_error (error);
  council_en = export_pdf (f, f->meeting, MV_AGENDA_COUNCIL_LANGUAGE, FALSE, "council.pdf");
  council_text = body_text (council_en);
  g_assert_nonnull (strstr (council_text, "Proposed resolution"));
}

/* The first item of @meeting that is not public, and its index. */
static MvAgendaItem *
exempt_item (Fixture   *f,
             MvMeeting *meeting,
             guint     *index)
{
  g_autoptr(GPtrArray) items = agenda (f, meeting);

  for (guint i = 0; i < items->len; i++)
    if (!mv_agenda_item_get_public (g_ptr_array_index (items, i)))
      {
        *index = i;
        return g_ptr_array_index (items, i);
      }
  g_assert_not_reached ();
}

/* The public version: an exempt item keeps its number and shows only its
 * legal basis, an exempt document likewise in its list; no member's e-mail
 * address or phone number, the secretariat's only. The full version has
 * them all. */
static void
test_public (Fixture       *f,
             gconstpointer  data)
{
  const char *exempt_title = "Henvendelse om enkeltsak – prinsipielle sider ved "
                             "saksbehandlingstid";
  const char *exempt_document = "Internt notat: Kartlegging av direktoratenes samarbeid med "
                                "brukerorganisasjoner (2015)";
  const char *basis = "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13";
  g_autofree char *june_full = export_pdf (f, f->june, MV_LANGUAGE_NB, FALSE, "juni.pdf");
  g_autofree char *june_public = export_pdf (f, f->june, MV_LANGUAGE_NB, TRUE,
                                             "juni-offentlig.pdf");
  g_autofree char *oct_full = export_pdf (f, f->meeting, MV_LANGUAGE_NB, FALSE, "okt.pdf");
  g_autofree char *oct_public = export_pdf (f, f->meeting, MV_LANGUAGE_NB, TRUE,
                                            "okt-offentlig.pdf");
  g_autofree char *june_full_text = body_text (june_full);
  g_autofree char *june_public_text = body_text (june_public);
  g_autofree char *oct_full_text = body_text (oct_full);
  g_autofree char *oct_public_text = body_text (oct_public);
  g_autofree char *first = page_text (oct_public, 1);
  g_autoptr(GPtrArray) titles = outline (june_public);
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "okt-offentlig.xlsx", NULL);
  g_autofree char *strings = NULL;
  g_autofree char *number = NULL;
  g_autofree char *row = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *background = NULL;
  g_autoptr(GRegex) phone = g_regex_new ("\\+47 [0-9]{3}", 0, 0, NULL);
  g_auto(GStrv) phones = NULL;
  MvAgendaItem *item;
  guint index;
  const char *at = june_public_text;

  item = exempt_item (f, f->june, &index);
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==, exempt_title);
  number = mv_agenda_item_dup_number (item);
  row = g_strdup_printf ("%s %s", number, basis);
  heading = g_strdup_printf ("Sak %s %s", number, basis);
  background = g_strndup (mv_agenda_item_get_background (item), 40);
  g_assert_cmpuint (strlen (background), ==, 40);

  g_assert_nonnull (strstr (june_full_text, exempt_title));
  g_assert_nonnull (strstr (june_full_text, background));
  g_assert_null (strstr (june_full_text, basis));
  /* Its number and basis in the agenda and as its heading, nothing else. */
  g_assert_null (strstr (june_public_text, exempt_title));
  g_assert_null (strstr (june_public_text, background));
  g_assert_null (strstr (june_public_text, "offentleglova"));
  assert_next (june_public_text, &at, "Offentlig versjon. Saker og dokumenter som er unntatt "
                                      "offentlighet, vises bare med saksnummer og hjemmel.");
  assert_next (june_public_text, &at, row);
  assert_next (june_public_text, &at, heading);
  g_assert_true (titles_contain (titles, heading));
  g_assert_nonnull (strstr (june_public_text, "Sosialhjelp og midlertidig bolig"));

  /* The exempt document's line in its item's list of attachments. */
  g_assert_nonnull (strstr (oct_full_text, exempt_document));
  g_assert_null (strstr (oct_full_text, basis));
  g_assert_null (strstr (oct_public_text, exempt_document));
  g_assert_nonnull (strstr (oct_public_text, basis));

  /* No member's contact details; the secretariat's, as whom to send
   * apologies to. */
  g_assert_nonnull (strstr (oct_full_text, "kari.haugen@ffo.example.no"));
  g_assert_null (strstr (oct_public_text, "kari.haugen@"));
  g_assert_null (strstr (oct_public_text, "Kontakt"));
  g_assert_nonnull (strstr (oct_public_text, "(e-post marte.saether@nav.example.no, telefon "
                                             "+47 474 61 905)"));
  /* One phone number: the secretariat's. */
  phones = g_regex_split (phone, oct_public_text, 0);
  g_assert_cmpuint (g_strv_length (phones), ==, 2);
  /* The members and their organisations are still there. */
  g_assert_nonnull (strstr (oct_public_text, "Kari Haugen Leder FFO"));
  g_assert_nonnull (strstr (first, "Offentlig versjon"));

  g_assert_true (mv_agenda_export_xlsx (f->ts.store, f->meeting, MV_LANGUAGE_NB, TRUE, xlsx,
                                        &error));
  g_assert_no_error (error);
  strings = mv_test_xlsx_part (xlsx, "xl/sharedStrings.xml");
  g_assert_null (strstr (strings, "Internt notat"));
  g_assert_nonnull (strstr (strings, basis));
  g_assert_null (strstr (strings, "@"));
  g_assert_nonnull (strstr (strings, "Offentlig versjon"));
  g_clear_pointer (&strings, g_free);
  g_assert_true (mv_agenda_export_xlsx (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE, xlsx,
                                        &error));
  g_assert_no_error (error);
  strings = mv_test_xlsx_part (xlsx, "xl/sharedStrings.xml");
  g_assert_nonnull (strstr (strings, "Internt notat"));
  g_assert_null (strstr (strings, basis));
}

static MvMember *
member_named (Fixture    *f,
              const char *name)
{
  g_autoptr(GPtrArray) members = mv_store_list_members (f->ts.store, f->ts.council, TRUE);

  for (guint i = 0; i < members->len; i++)
    if (g_str_equal (mv_member_get_name (g_ptr_array_index (members, i)), name))
      return g_ptr_array_index (members, i);
  g_error ("no member “%s”", name);
}

static void
set_shown (Fixture        *f,
           const char     *name,
           MvContactShown  shown)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_set (f->ts.store, member_named (f, name), &error, "contact-shown",
                               shown, NULL));
  g_assert_no_error (error);
}

/* Each member's contact details as the member chose: e-mail, both, phone,
 * neither; a table where nobody shows any has no contact column. */
static void
test_contact_shown (Fixture       *f,
                    gconstpointer  data)
{
  const char * const deputies[] = { "Geir Johansen", "Hanne Kristiansen", "Maja Lie",
                                    "Per Olav Moen" };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *at;

  set_shown (f, "Kari Haugen", MV_CONTACT_SHOWN_EMAIL_PHONE);
  set_shown (f, "Terje Lunde", MV_CONTACT_SHOWN_PHONE);
  set_shown (f, "Ingrid Solberg", MV_CONTACT_SHOWN_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (deputies); i++)
    set_shown (f, deputies[i], MV_CONTACT_SHOWN_NONE);

  pdf = export_pdf (f, f->meeting, MV_LANGUAGE_NB, FALSE, "kontakt.pdf");
  text = body_text (pdf);
  g_test_message ("%s", text);
  at = text;
  assert_next (text, &at, "Til Navn Rolle Organisasjon Kontakt "
                          "Kari Haugen Leder FFO kari.haugen@ffo.example.no +47 912 34 567 "
                          "Terje Lunde Nestleder Mental Helse +47 934 56 781 "
                          "Ingrid Solberg Medlem Kreftforeningen Jonas Bakke Eriksen");
  assert_next (text, &at, "jonas.eriksen@ungefunksjonshemmede.example.no");
  assert_next (text, &at, "Vararepresentanter (til orientering) Navn Vara for Organisasjon "
                          "Geir Johansen");
  g_assert_null (strstr (text, "terje.lunde@"));
  g_assert_null (strstr (text, "ingrid.solberg@"));
  g_assert_null (strstr (text, "+47 415 72 903"));
  g_assert_null (strstr (text, "hanne.kristiansen@"));
  g_assert_null (strstr (text, "+47 906 35 482"));
}

static void
set_council (Fixture    *f,
             const char *property,
             const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, property, value, NULL));
  g_assert_no_error (error);
}

/* The apologies sentence and the signature of the PDF at @name. */
static void
assert_secretariat (Fixture    *f,
                    const char *name,
                    const char *to,
                    const char *signature)
{
  g_autofree char *pdf = export_pdf (f, f->meeting, MV_LANGUAGE_NB, FALSE, name);
  g_autofree char *text = body_text (pdf);
  g_autofree char *squeezed = mv_test_squeeze (signature);
  const char *at = text;

  g_test_message ("%s", text);
  assert_next (text, &at, "Forfall meldes snarest og senest");
  assert_next (text, &at, to);
  g_assert_true (g_str_has_suffix (text, squeezed));
}

/* Whom apologies go to, and who signs: the secretariat; its contact alone;
 * the secretary among the members; nobody, then only «sekretariatet». */
static void
test_secretariat (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The council's name without its NAV unit: the unit gets a line. */
  set_council (f, "name", "Brukerutvalget i Eksempelby");
  assert_secretariat (f, "sekretariat.pdf",
                      " til Marte Sæther (e-post marte.saether@nav.example.no, telefon "
                      "+47 474 61 905). Vararepresentanten",
                      "Med vennlig hilsen Marte Sæther Brukerutvalget i Eksempelby "
                      "NAV Eksempelby");

  set_council (f, "secretariat-name", "NAV Eksempelby, brukerutvalgets sekretariat");
  set_council (f, "secretariat-phone", "");
  assert_secretariat (f, "kontor.pdf",
                      " til NAV Eksempelby, brukerutvalgets sekretariat (e-post "
                      "marte.saether@nav.example.no). Vararepresentanten",
                      "Med vennlig hilsen NAV Eksempelby, brukerutvalgets sekretariat "
                      "Brukerutvalget i Eksempelby NAV Eksempelby");

  set_council (f, "secretariat-name", "");
  set_council (f, "secretariat-email", "post@nav.example.no");
  assert_secretariat (f, "uten-navn.pdf",
                      " til sekretariatet (e-post post@nav.example.no). Vararepresentanten",
                      "Med vennlig hilsen Marte Sæther Brukerutvalget i Eksempelby "
                      "NAV Eksempelby");

  /* No secretariat: the secretary among the members, with what she
   * shows (the e-mail address unless she says more). */
  set_council (f, "secretariat-email", "");
  assert_secretariat (f, "sekretaer.pdf",
                      " til sekretær Marte Sæther (e-post marte.saether@nav.example.no). "
                      "Vararepresentanten",
                      "Med vennlig hilsen Marte Sæther Brukerutvalget i Eksempelby "
                      "NAV Eksempelby");
  set_shown (f, "Marte Sæther", MV_CONTACT_SHOWN_NONE);
  assert_secretariat (f, "sekretaer-uten.pdf",
                      " til sekretær Marte Sæther. Vararepresentanten",
                      "Med vennlig hilsen Marte Sæther Brukerutvalget i Eksempelby "
                      "NAV Eksempelby");

  /* Nobody. */
  g_assert_true (mv_store_set (f->ts.store, member_named (f, "Marte Sæther"), &error, "role",
                               MV_MEMBER_ROLE_MEMBER, NULL));
  g_assert_no_error (error);
  assert_secretariat (f, "ingen.pdf", " til sekretariatet. Vararepresentanten",
                      "Med vennlig hilsen Brukerutvalget i Eksempelby NAV Eksempelby");
}

/* A long title and a long background: they wrap, and the background goes
 * on over pages with nothing lost; an item's heading is never alone at a
 * page's foot. */
static void
test_long_texts (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) background = g_string_new (NULL);
  g_autoptr(GPtrArray) items = agenda (f, f->meeting);
  MvAgendaItem *item = g_ptr_array_index (items, 3);
  const char *title = "Innspill til en svært lang sak om økonomisk rådgivning, "
                      "gjeldsrådgivning, midlertidig bolig, språkopplæring og ærlig informasjon på tvers av "
                      "tjenestene i hele året";
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *at;
  int pages;

  for (int i = 0; i < 60; i++)
    g_string_append_printf (background, "Avsnitt %d: brukerne møter tjenester som må være "
                            "tilgjengelige, og æ, ø og å skal stå som de skal. ", i);
  g_string_append (background, "Siste setning i bakgrunnen.");
  g_assert_true (mv_store_set (f->ts.store, item, &error, "title", title,
                               "background", background->str, NULL));
  g_assert_no_error (error);

  pdf = export_pdf (f, f->meeting, MV_LANGUAGE_NB, FALSE, "lang.pdf");
  text = body_text (pdf);
  at = text;
  assert_next (text, &at, title);
  assert_next (text, &at, title);
  assert_next (text, &at, background->str);

  /* No page ends with an item's heading: its first lines stand with it. */
  pages = mv_test_pdf_n_pages (pdf);
  g_assert_cmpint (pages, >=, 4);
  for (int p = 1; p <= pages; p++)
    {
      g_autofree char *page = page_body_text (pdf, p);

      for (guint i = 0; i < items->len; i++)
        if (g_str_has_suffix (page, mv_agenda_item_get_title (g_ptr_array_index (items, i))))
          g_error ("page %d ends with the heading of “%s”", p,
                   mv_agenda_item_get_title (g_ptr_array_index (items, i)));
    }
}

/* The organisation named in full in the narrow column of the members'
 * table: its words stay whole (the column makes room for its widest word,
 * which pango used to break anywhere with a hyphen of its own,
 * «Funksjonshemmed-» «es»), and the only hyphen is the one in the name. */
static void
test_word_breaks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *organisations = mv_store_get_model (f->ts.store, MV_TYPE_ORGANISATION);
  /* Two of the sample's organisations with members on the notice. */
  const char *short_names[] = { "FFO", "Kreftforeningen" };
  const char *names[] = { "Funksjonshemmedes Fellesorganisasjon",
                          "Landsforeningen for hjerte- og lungesyke" };
  guint renamed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(MvOrganisation) org = g_list_model_get_item (organisations, i);

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        if (g_str_equal (mv_organisation_get_short_name (org), short_names[n]))
          {
            g_assert_true (mv_store_set (f->ts.store, org, &error, "name", names[n],
                                         "short-name", "", NULL));
            g_assert_no_error (error);
            renamed++;
          }
    }
  g_assert_cmpuint (renamed, ==, 2);

  for (guint l = 0; l < 3; l++)
    {
      MvLanguage language = (MvLanguage[]) { MV_LANGUAGE_NB, MV_LANGUAGE_NN, MV_LANGUAGE_EN }[l];
      g_autofree char *pdf = export_pdf (f, f->meeting, language, FALSE, "orddeling.pdf");
      g_autofree char *raw = mv_test_pdf_text (pdf, 0);
      g_auto(GStrv) words = g_strsplit_set (raw, " \n\f", -1);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; words[i]; i++)
        {
          guint next = i + 1;

          g_hash_table_add (seen, words[i]);
          /* A word ends in a hyphen only where the text has one: before
           * «og» («hjerte- og lungesyke», the sample's «ungdoms- og»), never
           * where a line broke it. */
          while (words[next] && *words[next] == '\0')
            next++;
          if (g_str_has_suffix (words[i], "-") &&
              !(words[next] && (g_str_equal (words[next], "og") ||
                                g_str_equal (words[next], "and") ||
                                g_str_equal (words[next], "eller"))))
            g_error ("“%s” “%s” is broken with a hyphen the text does not have", words[i],
                     words[next] ? words[next] : "");
        }
      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          g_auto(GStrv) name_words = g_strsplit (names[n], " ", -1);

          for (guint i = 0; name_words[i]; i++)
            if (!g_hash_table_contains (seen, name_words[i]))
              g_error ("“%s” of “%s” is not whole in the notice", name_words[i], names[n]);
        }
    }
}

/* XLSX */

/* The text of shared string @index. */
static char *
shared_string (const char *strings,
               int         index)
{
  const char *si = strings;
  const char *t, *end;

  for (int i = 0; i <= index; i++)
    {
      si = strstr (si + 1, "<si>");
      g_assert_nonnull (si);
    }
  t = strstr (si, "<t");
  t = strchr (t, '>') + 1;
  end = strstr (t, "</t>");
  return g_strndup (t, end - t);
}

static char *
cell_text (const char *sheet,
           const char *strings,
           const char *ref)
{
  g_autofree char *value = NULL;
  gboolean is_string;
  int style;

  if (!mv_test_xlsx_cell (sheet, ref, &style, &is_string, &value))
    return g_strdup ("");
  if (!is_string)
    return g_steal_pointer (&value);
  return shared_string (strings, atoi (value));
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static void
assert_cell (const char *sheet,
             const char *strings,
             const char *ref,
             const char *expected)
{
  g_autofree char *value = cell_text (sheet, strings, ref);
  g_autofree char *escaped = escape (expected);

  if (g_strcmp0 (value, escaped) != 0)
    g_error ("%s is “%s”, not “%s”", ref, value, escaped);
}

static void
assert_date_cell (const char *sheet,
                  const char *styles,
                  const char *ref,
                  const char *iso)
{
  g_autofree char *value = NULL;
  g_autofree char *format = NULL;
  g_autofree char *expected = NULL;
  gboolean is_string;
  int style, y, m, d;
  GDate epoch, date;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, 12, 1899);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  g_assert_true (mv_test_xlsx_cell (sheet, ref, &style, &is_string, &value));
  g_assert_false (is_string);
  expected = g_strdup_printf ("%d", g_date_days_between (&epoch, &date));
  g_assert_cmpstr (value, ==, expected);
  format = mv_test_xlsx_style_format (styles, style);
  g_assert_cmpstr (format, ==, "dd.mm.yyyy");
}

static void
check_xlsx (Fixture    *f,
            const char *locale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = agenda (f, f->meeting);
  g_autoptr(MvAgendaTimes) times = mv_agenda_start_times (f->ts.store, f->meeting);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "saksliste.xlsx", NULL);
  g_autofree char *workbook = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *docs = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *date = mv_meeting_dup_date (f->meeting);
  g_autofree char *autofilter = NULL;
  g_autoptr(GRegex) comma = NULL;
  const char *headers[] = { "Sak", "Tittel", "Type", "Innleder", "Start", "Minutter",
                            "Meldt inn av", "NAV beslutter", "Vedlegg" };
  guint doc_row = 2;

  if (!mv_test_set_locale (locale))
    return;
  g_assert_true (mv_agenda_export (f->ts.store, f->meeting, MV_AGENDA_COUNCIL_LANGUAGE, FALSE,
                                   xlsx, &error));
  setlocale (LC_ALL, "C");
  g_assert_no_error (error);

  g_file_get_contents (xlsx, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "PK"));

  workbook = mv_test_xlsx_part (xlsx, "xl/workbook.xml");
  sheet = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet1.xml");
  docs = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet2.xml");
  strings = mv_test_xlsx_part (xlsx, "xl/sharedStrings.xml");
  styles = mv_test_xlsx_part (xlsx, "xl/styles.xml");

  g_assert_nonnull (strstr (workbook, "<sheet name=\"Saksliste\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Vedlegg\""));

  /* The header block. */
  assert_cell (sheet, strings, "A1", "Innkalling til møte i " COUNCIL);
  assert_cell (sheet, strings, "A2", "Brukerutvalg");
  assert_cell (sheet, strings, "B2", COUNCIL);
  assert_cell (sheet, strings, "A3", "Møte");
  assert_cell (sheet, strings, "A4", "Dato");
  assert_date_cell (sheet, styles, "B4", date);
  assert_cell (sheet, strings, "C4", "10:00–13:00");
  assert_cell (sheet, strings, "A5", "Sted");
  assert_cell (sheet, strings, "B5", mv_meeting_get_place (f->meeting));

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      g_autofree char *ref = g_strdup_printf ("%c7", 'A' + c);

      assert_cell (sheet, strings, ref, headers[c]);
    }

  /* One row per item, cell by cell. */
  g_assert_cmpuint (items->len, ==, times->items->len);
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      guint row = 8 + i;
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autofree char *a = g_strdup_printf ("A%u", row);
      g_autofree char *b = g_strdup_printf ("B%u", row);
      g_autofree char *d = g_strdup_printf ("D%u", row);
      g_autofree char *e = g_strdup_printf ("E%u", row);
      g_autofree char *fr = g_strdup_printf ("F%u", row);
      g_autofree char *h = g_strdup_printf ("H%u", row);
      g_autofree char *in = g_strdup_printf ("I%u", row);
      g_autofree char *minutes = g_strdup_printf ("%d", mv_agenda_item_get_duration_minutes (item));
      g_autofree char *start = cell_text (sheet, strings, e);
      g_autoptr(GPtrArray) documents = mv_documents_list (f->ts.store, MV_RECORD (item));
      const char *expected_start = g_ptr_array_index (times->starts, i);
      int hh, mm;

      assert_cell (sheet, strings, a, number);
      assert_cell (sheet, strings, b, mv_agenda_item_get_title (item));
      assert_cell (sheet, strings, d, mv_agenda_item_get_presenter (item));
      assert_cell (sheet, strings, fr, minutes);
      /* The start as a time of day, with a decimal point. */
      g_assert_cmpint (sscanf (expected_start, "%d:%d", &hh, &mm), ==, 2);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (start, NULL), (hh * 60 + mm) / 1440.0,
                                      1e-6);
      if (!mv_is_blank (mv_agenda_item_get_nav_decision_date (item)))
        assert_date_cell (sheet, styles, h, mv_agenda_item_get_nav_decision_date (item));
      if (documents->len > 0)
        assert_cell (sheet, strings, in,
                     mv_document_get_title (g_ptr_array_index (documents, 0)));

      /* The attachments' sheet: one row per document. */
      for (guint k = 0; k < documents->len; k++)
        {
          MvDocument *document = g_ptr_array_index (documents, k);
          g_autofree char *da = g_strdup_printf ("A%u", doc_row);
          g_autofree char *dc = g_strdup_printf ("C%u", doc_row);
          g_autofree char *dd = g_strdup_printf ("D%u", doc_row);
          g_autofree char *de = g_strdup_printf ("E%u", doc_row);
          g_autofree char *df = g_strdup_printf ("F%u", doc_row);
          g_autofree char *pages = g_strdup_printf ("%d", mv_document_get_page_count (document));

          assert_cell (docs, strings, da, number);
          assert_cell (docs, strings, dc, mv_document_get_title (document));
          assert_cell (docs, strings, dd, mv_document_get_file_name (document));
          assert_cell (docs, strings, de, pages);
          assert_cell (docs, strings, df, mv_document_get_public (document) ? "Ja" : "Nei");
          doc_row++;
        }
    }
  g_assert_cmpuint (doc_row, >, 2);
  assert_cell (docs, strings, "C1", "Dokument");

  /* Frozen header, autofilter, A4 landscape one page wide, the header and
   * footer with the page numbers. */
  autofilter = g_strdup_printf ("<autoFilter ref=\"A7:I%u\"", 7 + items->len);
  g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
  g_assert_nonnull (strstr (sheet, autofilter));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (sheet, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (sheet, "&amp;L" COUNCIL "&amp;RSaksliste"));
  g_assert_nonnull (strstr (sheet, "&amp;LLaget "));
  g_assert_nonnull (strstr (sheet, "Side &amp;P av &amp;N"));
  g_assert_nonnull (strstr (docs, "state=\"frozen\""));
  g_assert_nonnull (strstr (docs, "<autoFilter ref=\"A1:F"));

  /* No number in the XML with a decimal comma. */
  comma = g_regex_new ("=\"-?[0-9]+,[0-9]+\"|<v>-?[0-9]+,[0-9]+</v>", 0, 0, NULL);
  g_assert_false (g_regex_match (comma, sheet, 0, NULL));
  g_assert_false (g_regex_match (comma, docs, 0, NULL));
  g_assert_false (g_regex_match (comma, styles, 0, NULL));
}

static void
test_xlsx_c (Fixture       *f,
             gconstpointer  data)
{
  check_xlsx (f, "C");
}

static void
test_xlsx_nb (Fixture       *f,
              gconstpointer  data)
{
  check_xlsx (f, "nb_NO.UTF-8");
}

/* Printing: the layout on another page size, drawn page by page onto a
 * cairo context of the printer's – here a PDF file, read back. */
/* A cell with no value: none in the sheet, or an empty element that holds
 * only a style (<c r="C13" s="3"/>). */
static void
assert_blank_cell (const char *sheet,
                   const char *ref)
{
  g_autofree char *needle = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *c = strstr (sheet, needle);
  const char *close = c ? strchr (c, '>') : NULL;

  if (c != NULL && (close == NULL || close[-1] != '/'))
    g_error ("%s is not blank", ref);
}

/* "set-public ITEM no --basis offl-14", then the public notice and agenda
 * from the CLI: the item's number with «Unntatt offentlighet, jf. offl.
 * § 14» in its place, never its title or its documents; the internal
 * version as before. */
static void
test_public_basis (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) items = agenda (f, f->meeting);
  g_autofree char *date = mv_meeting_dup_date (f->meeting);
  g_autofree char *pdf = g_build_filename (f->ts.dir, "offentlig.pdf", NULL);
  g_autofree char *full_pdf = g_build_filename (f->ts.dir, "intern.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "offentlig.xlsx", NULL);
  g_autofree char *full_xlsx = g_build_filename (f->ts.dir, "intern.xlsx", NULL);
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  g_autofree char *row = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *text = NULL;
  g_autofree char *full_text = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *docs = NULL;
  g_autofree char *strings = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) document_titles = g_ptr_array_new_with_free_func (g_free);
  const char *basis = "Unntatt offentlighet, jf. offl. § 14";
  MvAgendaItem *item = NULL;
  guint index = 0;
  MvTestRun run = { 0 };

  /* A public item with documents. */
  for (guint i = 0; i < items->len && item == NULL; i++)
    {
      MvAgendaItem *candidate = g_ptr_array_index (items, i);
      g_autoptr(GPtrArray) docs_of = mv_documents_list (f->ts.store, MV_RECORD (candidate));

      if (mv_agenda_item_get_public (candidate) && docs_of->len > 0)
        {
          item = candidate;
          index = i;
        }
    }
  g_assert_nonnull (item);
  number = mv_agenda_item_dup_number (item);
  title = g_strdup (mv_agenda_item_get_title (item));
  id = g_strdup (mv_record_get_id (MV_RECORD (item)));
  documents = mv_documents_list (f->ts.store, MV_RECORD (item));
  for (guint d = 0; d < documents->len; d++)
    g_ptr_array_add (document_titles,
                     g_strdup (mv_document_get_title (g_ptr_array_index (documents, d))));
  row = g_strdup_printf ("%s %s", number, basis);
  heading = g_strdup_printf ("Sak %s %s", number, basis);
  ref = g_strdup_printf ("%u", 8 + index);

  g_clear_pointer (&documents, g_ptr_array_unref);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_object (&f->ts.store);
  f->ts.council = NULL;
  f->meeting = f->june = NULL;

  /* A usual umask, so that what a public paper may be is seen. */
  umask (022);
  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "set-public", id, "no", "--basis",
                        "offl-14", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  mv_test_run_clear (&run);
  {
    const char *outputs[] = { pdf, xlsx, full_pdf, full_xlsx };

    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      {
        mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", date,
                              "-o", outputs[i], i < 2 ? "--public" : NULL, NULL);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_cmpint (run.status, ==, 0);
        mv_test_run_clear (&run);
      }
  }

  /* The full papers name the members' contact details: for the owner's
   * eyes (0600); the public ones are for anyone, as the umask says. */
  g_assert_cmpuint (mv_test_file_mode (full_pdf), ==, 0600);
  g_assert_cmpuint (mv_test_file_mode (full_xlsx), ==, 0600);
  g_assert_cmpuint (mv_test_file_mode (pdf) & 0044, !=, 0);
  g_assert_cmpuint (mv_test_file_mode (xlsx) & 0044, !=, 0);

  text = body_text (pdf);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, row));
  g_assert_nonnull (strstr (text, heading));
  g_assert_null (strstr (text, title));
  for (guint d = 0; d < document_titles->len; d++)
    g_assert_null (strstr (text, g_ptr_array_index (document_titles, d)));

  full_text = body_text (full_pdf);
  g_assert_nonnull (strstr (full_text, title));
  g_assert_null (strstr (full_text, basis));
  for (guint d = 0; d < document_titles->len; d++)
    g_assert_nonnull (strstr (full_text, g_ptr_array_index (document_titles, d)));

  /* The spreadsheet: its row with the number and the basis; no line for
   * its documents. */
  sheet = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet1.xml");
  docs = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet2.xml");
  strings = mv_test_xlsx_part (xlsx, "xl/sharedStrings.xml");
  {
    g_autofree char *cell_number = g_strconcat ("A", ref, NULL);
    g_autofree char *cell_title = g_strconcat ("B", ref, NULL);
    g_autofree char *cell_kind = g_strconcat ("C", ref, NULL);
    g_autofree char *cell_presenter = g_strconcat ("D", ref, NULL);
    g_autofree char *cell_attachments = g_strconcat ("I", ref, NULL);

    assert_cell (sheet, strings, cell_number, number);
    assert_cell (sheet, strings, cell_title, basis);
    assert_blank_cell (sheet, cell_kind);
    assert_blank_cell (sheet, cell_presenter);
    assert_blank_cell (sheet, cell_attachments);
  }
  g_assert_null (strstr (strings, title));
  for (guint d = 0; d < document_titles->len; d++)
    g_assert_null (strstr (strings, g_ptr_array_index (document_titles, d)));
  g_clear_pointer (&strings, g_free);
  strings = mv_test_xlsx_part (full_xlsx, "xl/sharedStrings.xml");
  g_assert_nonnull (strstr (strings, title));
  g_assert_null (strstr (strings, basis));
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvPdfWriter) w = mv_agenda_notice_new (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE,
                                                   &error);
  g_autofree char *saved = export_pdf (f, f->meeting, MV_LANGUAGE_NB, FALSE, "saved.pdf");
  g_autofree char *printed = g_build_filename (f->ts.dir, "printed.pdf", NULL);
  g_autofree char *letter = g_build_filename (f->ts.dir, "letter.pdf", NULL);
  g_autofree char *footer = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n;

  g_assert_no_error (error);

  /* On A4 the same pages as the PDF, with the same lines. */
  n = mv_pdf_writer_paginate (w, 595.276, 841.89);
  g_assert_cmpuint (n, ==, mv_test_pdf_n_pages (saved));
  surface = cairo_pdf_surface_create (printed, 595.276, 841.89);
  cr = cairo_create (surface);
  /* Out of order, as a print dialog's page range may ask. */
  for (guint page = n; page > 0; page--)
    {
      mv_pdf_writer_draw_page (w, cr, page - 1);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpint (mv_test_pdf_n_pages (printed), ==, n);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *a = page_text (saved, page);
      g_autofree char *b = page_text (printed, n + 1 - page);

      g_assert_cmpstr (a, ==, b);
    }

  /* US Letter, shorter: its own pagination, every word still there. */
  n = mv_pdf_writer_paginate (w, 612, 792);
  g_assert_cmpuint (n, >=, 3);
  surface = cairo_pdf_surface_create (letter, 612, 792);
  cr = cairo_create (surface);
  for (guint page = 0; page < n; page++)
    {
      mv_pdf_writer_draw_page (w, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  {
    g_autoptr(GPtrArray) items = agenda (f, f->meeting);
    g_autofree char *text = body_text (letter);
    g_autofree char *last = page_text (letter, n);
    const char *at = text;

    footer = g_strdup_printf ("Side %u av %u", n, n);
    g_assert_nonnull (strstr (last, footer));
    assert_next (text, &at, "Innkalling til møte i " COUNCIL);
    for (guint i = 0; i < items->len; i++)
      {
        MvAgendaItem *item = g_ptr_array_index (items, i);
        g_autofree char *number = mv_agenda_item_dup_number (item);
        g_autofree char *heading = g_strdup_printf ("Sak %s %s", number,
                                                    mv_agenda_item_get_title (item));

        assert_next (text, &at, heading);
        if (!mv_is_blank (mv_agenda_item_get_background (item)))
          assert_next (text, &at, mv_agenda_item_get_background (item));
      }
  }
}

/* In memory, for the meeting packet: the same document. */
static void
test_bytes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint pages = 0;
  g_autoptr(GBytes) bytes = mv_agenda_export_pdf_bytes (f->ts.store, f->meeting, MV_LANGUAGE_NB,
                                                        FALSE, &pages, &error);
  g_autofree char *path = g_build_filename (f->ts.dir, "bytes.pdf", NULL);
  g_autofree char *text = NULL;
  gsize size;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, &size), "%PDF"));
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_test_pdf_n_pages (path), ==, pages);
  text = body_text (path);
  g_assert_nonnull (strstr (text, "Innkalling til møte i " COUNCIL));
}

/* Failures */

static void
fail_half_way (Fixture    *f,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *target = g_build_filename (f->ts.dir, name, NULL);
  struct rlimit old_limit;
  gboolean ok;

  mv_test_write_file (target, "forrige innkalling");
  before = mv_test_file_state (target);

  mv_test_begin_file_size_limit (2048, &old_limit);
  ok = mv_agenda_export (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE, target, &error);
  mv_test_end_file_size_limit (&old_limit);

  g_test_message ("%s: %s", name, error ? error->message : "no error");
  g_assert_false (ok);
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, target));
  mv_test_assert_file_unchanged (before, target);
  mv_test_assert_no_temp_files (f->ts.dir, name);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = g_build_filename (f->ts.dir, "saksliste.docx", NULL);
  g_autofree char *missing = g_build_filename (f->ts.dir, "mangler", "saksliste.pdf", NULL);
  g_autofree char *missing_xlsx = g_build_filename (f->ts.dir, "mangler", "saksliste.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = mv_test_list_dir (f->ts.dir);
  g_assert_false (mv_agenda_export (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE, docx, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, docx));
  g_assert_nonnull (strstr (error->message, ".pdf or .xlsx"));
  g_clear_error (&error);

  g_assert_false (mv_agenda_export (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE, missing,
                                    &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "mangler"));
  g_clear_error (&error);

  g_assert_false (mv_agenda_export (f->ts.store, f->meeting, MV_LANGUAGE_NB, FALSE, missing_xlsx,
                                    &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "mangler"));
  g_clear_error (&error);

  after = mv_test_list_dir (f->ts.dir);
  g_assert_cmpstr (after, ==, before);

  fail_half_way (f, "innkalling.pdf");
  fail_half_way (f, "saksliste.xlsx");
}

/* The CLI */

typedef MvTestRun Run;

static void
assert_one_line (Run *run)
{
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpint (strchr (run->err, '\n') - run->err, ==, strlen (run->err) - 1);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *date = mv_meeting_dup_date (f->meeting);
  g_autofree char *id = g_strdup (mv_record_get_id (MV_RECORD (f->meeting)));
  g_autofree char *pdf = g_build_filename (f->ts.dir, "innkalling.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "saksliste.xlsx", NULL);
  g_autofree char *txt = g_build_filename (f->ts.dir, "saksliste.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  Run run = { 0 };

  g_clear_object (&f->ts.store);
  f->ts.council = NULL;
  f->meeting = f->june = NULL;

  /* By date, in English, public. */
  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", date, "-o", pdf,
                        "--lang", "en", "--public", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
  text = body_text (pdf);
  g_assert_nonnull (strstr (text, "Notice of meeting"));
  g_assert_null (strstr (text, "Internt notat"));
  g_assert_null (strstr (text, "kari.haugen@"));
  g_assert_nonnull (strstr (text, "Exempt from public disclosure, cf. offl. § 13 cf. fvl. § 13"));
  g_assert_nonnull (strstr (text, "Kind regards Marte Sæther"));
  mv_test_run_clear (&run);

  /* By id, the spreadsheet. */
  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", id, "-o", xlsx,
                        NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  mv_test_run_clear (&run);

  /* Errors: one line that names the cause; the target as it was. */
  before = mv_test_file_state (pdf);
  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", date, "-o", pdf,
                        "--lang", "de", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“de”"));
  assert_one_line (&run);
  mv_test_assert_file_unchanged (before, pdf);
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", "1999-01-01", "-o",
                        pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "1999-01-01"));
  assert_one_line (&run);
  mv_test_assert_file_unchanged (before, pdf);
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", date, "-o", txt,
                        NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, txt));
  assert_one_line (&run);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "--meeting", date, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o FILE"));
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-agenda", "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--meeting"));
  mv_test_run_clear (&run);
}

/* A screen reader speaks the notice in its language: the catalog's /Lang
 * and the XMP's dc:language are the document's, and the XMP names it
 * PDF/UA with the notice's title. */
static void
test_pdfua_language (Fixture       *f,
                     gconstpointer  data)
{
  const MvLanguage languages[] = { MV_LANGUAGE_NB, MV_LANGUAGE_NN, MV_LANGUAGE_EN };
  const char *tags[] = { "nb-NO", "nn-NO", "en-GB" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *name = g_strdup_printf ("%s.pdf", tags[l]);
      g_autofree char *pdf = export_pdf (f, f->meeting, languages[l], FALSE, name);
      g_autofree char *info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
      g_autofree char *title = mv_test_pdfinfo_field (info, "Title");
      g_autofree char *xml_title = g_markup_printf_escaped ("<rdf:li xml:lang=\"x-default\">%s<",
                                                            title);
      g_autofree char *xml_lang = g_strdup_printf ("<dc:language><rdf:Bag><rdf:li>%s<", tags[l]);
      g_autofree char *xmp = NULL;
      unsigned char *buf = NULL;
      size_t len = 0;
      qpdf_data q = qpdf_init ();
      qpdf_oh root;

      qpdf_silence_errors (q);
      g_assert_cmpint (qpdf_read (q, pdf, NULL) & QPDF_ERRORS, ==, 0);
      root = qpdf_get_root (q);
      g_assert_cmpstr (qpdf_oh_get_utf8_value (q, qpdf_oh_get_key (q, root, "/Lang")), ==,
                       tags[l]);
      g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, qpdf_oh_get_key (q, root,
                                                                               "/ViewerPreferences"),
                                                                 "/DisplayDocTitle")));
      g_assert_cmpint (qpdf_oh_get_stream_data (q, qpdf_oh_get_key (q, root, "/Metadata"),
                                                qpdf_dl_all, NULL, &buf, &len) & QPDF_ERRORS,
                       ==, 0);
      xmp = g_strndup ((const char *) buf, len);
      free (buf);
      qpdf_cleanup (&q);

      g_assert_nonnull (strstr (xmp, "<pdfuaid:part>1</pdfuaid:part>"));
      g_assert_nonnull (strstr (xmp, xml_lang));
      g_assert_nonnull (strstr (xmp, xml_title));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/agenda-export/pdf", test_pdf);
  ADD ("/agenda-export/languages", test_languages);
  ADD ("/agenda-export/public", test_public);
  ADD ("/agenda-export/contact-shown", test_contact_shown);
  ADD ("/agenda-export/secretariat", test_secretariat);
  ADD ("/agenda-export/public-basis", test_public_basis);
  ADD ("/agenda-export/long-texts", test_long_texts);
  ADD ("/agenda-export/word-breaks", test_word_breaks);
  ADD ("/agenda-export/xlsx-c-locale", test_xlsx_c);
  ADD ("/agenda-export/xlsx-nb-locale", test_xlsx_nb);
  ADD ("/agenda-export/print", test_print);
  ADD ("/agenda-export/bytes", test_bytes);
  ADD ("/agenda-export/failures", test_failures);
  ADD ("/agenda-export/cli", test_cli);
  ADD ("/agenda-export/pdfua-language", test_pdfua_language);
#undef ADD

  return g_test_run ();
}
