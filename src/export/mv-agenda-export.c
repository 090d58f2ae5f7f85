/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-agenda-export.h"
#include "mv-agenda.h"
#include "mv-council.h"
#include "mv-dates.h"
#include "mv-document.h"
#include "mv-document-words.h"
#include "mv-documents.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-labels.h"
#include "mv-member.h"
#include "mv-output.h"
#include "mv-queries.h"
#include "mv-xlsx.h"

/* The notice's fixed words in the document's language. They are not
 * gettext messages: the language of a council's papers is a setting of the
 * council (nb, nn or en) and has nothing to do with the UI's locale. */

enum
{
  COL_NUMBER,
  COL_TITLE,
  COL_KIND,
  COL_PRESENTER,
  COL_START,
  COL_MINUTES,
  COL_RAISED_BY,
  COL_DECISION,
  COL_ATTACHMENTS,
  N_COLUMNS
};

enum
{
  DOC_NUMBER,
  DOC_ITEM,
  DOC_TITLE,
  DOC_FILE,
  DOC_PAGES,
  DOC_PUBLIC,
  N_DOC_COLUMNS
};

typedef struct
{
  MvLanguage  language;
  const char *notice;            /* "Innkalling til møte i %s" */
  const char *subject;           /* the metadata's subject: "Innkalling og saksliste" */
  const char *keywords;
  const char *public_note;
  const char *public_mark;       /* in the running header */
  const char *intro;
  const char *date;
  const char *time;
  const char *place;
  const char *theme;
  const char *apologies;         /* "… senest %s til %s" */
  const char *secretary;         /* "sekretær %s" */
  const char *secretariat;       /* when the council names neither secretariat nor secretary */
  const char *regards;           /* the signature's first line */
  const char *exempt;            /* "Unntatt offentlighet, jf. %s": an exempt item or document */
  const char *email;
  const char *phone;
  const char *deputy_called;
  const char *to;
  const char *deputies;
  const char *name;
  const char *role;
  const char *organisation;
  const char *contact;
  const char *deputy_for;
  const char *agenda;            /* heading and sheet name */
  const char *item;              /* "Sak %s" */
  const char *kind;
  const char *presenter;
  const char *raised_by_label;
  const char *decision_date;     /* NAV's */
  const char *background;
  const char *resolution;
  const char *attachments;
  const char *meeting_attachments;
  const char *page;              /* "1 side" */
  const char *pages;             /* "%d sider" */
  const char *minutes;           /* "%d min" */
  const char *no_items;
  const char *made;              /* "Laget %s" */
  const char *council;
  const char *meeting;
  const char *start;
  const char *minutes_header;
  const char *document;
  const char *file_name;
  const char *pages_header;
  const char *public_header;
  const char *yes;
  const char *no;
  const char *agenda_headers[N_COLUMNS];
} Words;

static const Words words_nb = {
  .language = MV_LANGUAGE_NB,
  .notice = "Innkalling til møte i %s",
  .subject = "Innkalling og saksliste",
  .keywords = "innkalling, saksliste, brukerutvalg, NAV",
  .public_note = "Offentlig versjon. Saker og dokumenter som er unntatt offentlighet, vises bare "
                 "med saksnummer og hjemmel.",
  .public_mark = "Offentlig versjon",
  .intro = "Medlemmene kalles med dette inn til møte i brukerutvalget.",
  .date = "Dato",
  .time = "Tid",
  .place = "Sted",
  .theme = "Tema",
  .apologies = "Forfall meldes snarest og senest %s til %s",
  .secretary = "sekretær %s",
  .secretariat = "sekretariatet",
  .regards = "Med vennlig hilsen",
  .exempt = "Unntatt offentlighet, jf. %s",
  .email = "e-post",
  .phone = "telefon",
  .deputy_called = "Vararepresentanten kalles da inn.",
  .to = "Til",
  .deputies = "Vararepresentanter (til orientering)",
  .name = "Navn",
  .role = "Rolle",
  .organisation = "Organisasjon",
  .contact = "Kontakt",
  .deputy_for = "Vara for",
  .agenda = "Saksliste",
  .item = "Sak %s",
  .kind = "Type",
  .presenter = "Innleder",
  .raised_by_label = "Meldt inn av",
  .decision_date = "NAV beslutter",
  .background = "Bakgrunn",
  .resolution = "Forslag til vedtak",
  .attachments = "Vedlegg",
  .meeting_attachments = "Vedlegg til møtet",
  .page = "1 side",
  .pages = "%d sider",
  .minutes = "%d min",
  .no_items = "Sakslisten er ennå tom.",
  .made = "Laget %s",
  .council = "Brukerutvalg",
  .meeting = "Møte",
  .start = "Start",
  .minutes_header = "Minutter",
  .document = "Dokument",
  .file_name = "Filnavn",
  .pages_header = "Sider",
  .public_header = "Offentlig",
  .yes = "Ja",
  .no = "Nei",
  .agenda_headers = { "Sak", "Tittel", "Type", "Innleder", "Start", "Minutter", "Meldt inn av",
                      "NAV beslutter", "Vedlegg" },
};

static const Words words_nn = {
  .language = MV_LANGUAGE_NN,
  .notice = "Innkalling til møte i %s",
  .subject = "Innkalling og sakliste",
  .keywords = "innkalling, sakliste, brukarutval, NAV",
  .public_note = "Offentleg versjon. Saker og dokument som er unnatekne offentlegheit, blir "
                 "viste berre med saksnummer og heimel.",
  .public_mark = "Offentleg versjon",
  .intro = "Medlemene blir med dette kalla inn til møte i brukarutvalet.",
  .date = "Dato",
  .time = "Tid",
  .place = "Stad",
  .theme = "Tema",
  .apologies = "Forfall skal meldast snarast og seinast %s til %s",
  .secretary = "sekretær %s",
  .secretariat = "sekretariatet",
  .regards = "Med venleg helsing",
  .exempt = "Unnateke offentlegheit, jf. %s",
  .email = "e-post",
  .phone = "telefon",
  .deputy_called = "Vararepresentanten blir då kalla inn.",
  .to = "Til",
  .deputies = "Vararepresentantar (til orientering)",
  .name = "Namn",
  .role = "Rolle",
  .organisation = "Organisasjon",
  .contact = "Kontakt",
  .deputy_for = "Vara for",
  .agenda = "Sakliste",
  .item = "Sak %s",
  .kind = "Type",
  .presenter = "Innleiar",
  .raised_by_label = "Meldt inn av",
  .decision_date = "NAV avgjer",
  .background = "Bakgrunn",
  .resolution = "Framlegg til vedtak",
  .attachments = "Vedlegg",
  .meeting_attachments = "Vedlegg til møtet",
  .page = "1 side",
  .pages = "%d sider",
  .minutes = "%d min",
  .no_items = "Saklista er enno tom.",
  .made = "Laga %s",
  .council = "Brukarutval",
  .meeting = "Møte",
  .start = "Start",
  .minutes_header = "Minutt",
  .document = "Dokument",
  .file_name = "Filnamn",
  .pages_header = "Sider",
  .public_header = "Offentleg",
  .yes = "Ja",
  .no = "Nei",
  .agenda_headers = { "Sak", "Tittel", "Type", "Innleiar", "Start", "Minutt", "Meldt inn av",
                      "NAV avgjer", "Vedlegg" },
};

static const Words words_en = {
  .language = MV_LANGUAGE_EN,
  .notice = "Notice of meeting – %s",
  .subject = "Notice and agenda",
  .keywords = "notice, agenda, user council, NAV",
  .public_note = "Public version. Items and documents exempt from public disclosure are shown "
                 "only by their number and legal basis.",
  .public_mark = "Public version",
  .intro = "The members of the user council are hereby called to a meeting.",
  .date = "Date",
  .time = "Time",
  .place = "Place",
  .theme = "Theme",
  .apologies = "Please send apologies as soon as possible and by %s at the latest to %s",
  .secretary = "the secretary, %s",
  .secretariat = "the secretariat",
  .regards = "Kind regards",
  .exempt = "Exempt from public disclosure, cf. %s",
  .email = "e-mail",
  .phone = "phone",
  .deputy_called = "The deputy will then be called in.",
  .to = "To",
  .deputies = "Deputies (for information)",
  .name = "Name",
  .role = "Role",
  .organisation = "Organisation",
  .contact = "Contact",
  .deputy_for = "Deputy for",
  .agenda = "Agenda",
  .item = "Item %s",
  .kind = "Kind",
  .presenter = "Presenter",
  .raised_by_label = "Raised by",
  .decision_date = "NAV decides",
  .background = "Background",
  .resolution = "Proposed resolution",
  .attachments = "Attachments",
  .meeting_attachments = "Attachments to the meeting",
  .page = "1 page",
  .pages = "%d pages",
  .minutes = "%d min",
  .no_items = "The agenda is still empty.",
  .made = "Made %s",
  .council = "Council",
  .meeting = "Meeting",
  .start = "Start",
  .minutes_header = "Minutes",
  .document = "Document",
  .file_name = "File name",
  .pages_header = "Pages",
  .public_header = "Public",
  .yes = "Yes",
  .no = "No",
  .agenda_headers = { "Item", "Title", "Kind", "Presenter", "Start", "Minutes", "Raised by",
                      "NAV decides", "Attachments" },
};

/* Everything the notice and the sheet are made of, gathered once. */
typedef struct
{
  MvStore       *store;
  MvMeeting     *meeting;
  MvCouncil     *council;
  const Words   *words;
  gboolean       public_version;
  MvAgendaTimes *times;
  GPtrArray     *items;       /* of MvAgendaItem, every one, exempt or not */
  GPtrArray     *starts;      /* of const char *, one per item */
  GPtrArray     *members;     /* of MvMember, on the meeting's day */
  GPtrArray     *documents;   /* of MvDocument: the meeting's own */
} Notice;

static void
notice_clear (Notice *n)
{
  g_clear_pointer (&n->times, mv_agenda_times_free);
  g_clear_pointer (&n->items, g_ptr_array_unref);
  g_clear_pointer (&n->starts, g_ptr_array_unref);
  g_clear_pointer (&n->members, g_ptr_array_unref);
  g_clear_pointer (&n->documents, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Notice, notice_clear)

static const Words *
language_words (MvLanguage language)
{
  return mv_words_for_language (language, &words_nb, &words_nn, &words_en);
}

/* The names of the enums' values are every paper's (mv-labels.h). */
static const char *
kind_name (const Words  *words,
           MvAgendaItem *item)
{
  return mv_enum_to_document_label (MV_TYPE_ITEM_KIND, mv_agenda_item_get_kind (item),
                                    words->language);
}

static const char *
raised_by_name (const Words  *words,
                MvAgendaItem *item)
{
  return mv_enum_to_document_label (MV_TYPE_RAISED_BY, mv_agenda_item_get_raised_by (item),
                                    words->language);
}

static const char *
meeting_kind_name (Notice *n)
{
  return mv_meeting_kind_to_document_name (mv_meeting_get_kind (n->meeting),
                                           n->words->language);
}

static gboolean
meeting_day (MvMeeting *meeting,
             GDate     *date)
{
  return mv_date_parse (mv_meeting_get_starts_at (meeting), date);
}

static gboolean
notice_init (Notice      *n,
             MvStore     *store,
             MvMeeting   *meeting,
             MvLanguage   language,
             gboolean     public_version,
             GError     **error)
{
  g_autoptr(GPtrArray) all_members = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  GDate day;

  n->store = store;
  n->meeting = meeting;
  n->public_version = public_version;
  n->council = mv_store_find_council (store, mv_meeting_get_council_id (meeting), error);
  if (n->council == NULL)
    return FALSE;
  n->words = language_words (language == MV_AGENDA_COUNCIL_LANGUAGE
                             ? mv_council_get_language (n->council) : language);

  n->times = mv_agenda_start_times (store, meeting);
  n->items = g_ptr_array_new ();
  n->starts = g_ptr_array_new ();
  /* The public version keeps an exempt item in its place, with its number
   * and no more (item_exempt()): Norwegian practice, and no gap in the
   * numbers that makes a reader ask. */
  for (guint i = 0; i < n->times->items->len; i++)
    {
      g_ptr_array_add (n->items, g_ptr_array_index (n->times->items, i));
      g_ptr_array_add (n->starts, g_ptr_array_index (n->times->starts, i));
    }

  /* Those who have a seat on the meeting's day, not today. */
  all_members = mv_store_list_members (store, n->council, TRUE);
  n->members = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all_members->len; i++)
    {
      MvMember *member = g_ptr_array_index (all_members, i);

      if (!meeting_day (meeting, &day) || mv_member_is_active (member, &day))
        g_ptr_array_add (n->members, g_object_ref (member));
    }

  documents = mv_documents_list (store, MV_RECORD (meeting));
  n->documents = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (documents, i);

      if (mv_is_blank (mv_document_get_item_id (document)))
        g_ptr_array_add (n->documents, g_object_ref (document));
    }
  return TRUE;
}

/* In the public version an item or a document that is not public keeps
 * its place – the item its number, the document its line – and shows only
 * that it is exempt and on what basis, never its title, presenter, texts
 * or pages. */
static gboolean
item_exempt (Notice       *n,
             MvAgendaItem *item)
{
  return n->public_version && !mv_agenda_item_get_public (item);
}

static gboolean
document_exempt (Notice     *n,
                 MvDocument *document)
{
  return n->public_version && !mv_document_get_public (document);
}

/* "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13" */
static char *
exempt_text (const Words   *words,
             MvExemptBasis  basis)
{
  return mv_words_printf (words->exempt,
                          mv_enum_to_document_label (MV_TYPE_EXEMPT_BASIS, basis,
                                                     words->language));
}

/* The item's title, or in the public version what stands for it. */
static char *
shown_item_title (Notice       *n,
                  MvAgendaItem *item)
{
  if (item_exempt (n, item))
    return exempt_text (n->words, mv_agenda_item_get_exempt_basis (item));
  return g_strdup (mv_agenda_item_get_title (item));
}

/* The document's title (its file name when it has none), or in the public
 * version what stands for it. */
static char *
shown_document_title (Notice     *n,
                      MvDocument *document)
{
  const char *title = mv_document_get_title (document);

  if (document_exempt (n, document))
    return exempt_text (n->words, mv_document_get_exempt_basis (document));
  return g_strdup (mv_is_blank (title) ? mv_document_get_file_name (document) : title);
}

/* An item's documents, exempt ones included (shown_document_title() says what
 * the public version shows of them); none of an exempt item. */
static GPtrArray *
item_documents (Notice       *n,
                MvAgendaItem *item)
{
  if (item_exempt (n, item))
    return g_ptr_array_new_with_free_func (g_object_unref);
  return mv_documents_list (n->store, MV_RECORD (item));
}

/* "10:30–10:55" */
static char *
format_item_time (const char   *start,
                  MvAgendaItem *item)
{
  int minutes = mv_agenda_item_get_duration_minutes (item);
  g_autofree char *end = NULL;

  if (mv_is_blank (start))
    return g_strdup ("");
  if (minutes > 0)
    end = mv_time_add_minutes (start, minutes);
  return mv_time_range_format (start, end);
}

static char *
format_pages (const Words *words,
              int          pages)
{
  if (pages <= 0)
    return g_strdup ("");
  if (pages == 1)
    return g_strdup (words->page);
  return mv_words_printf (words->pages, pages);
}

static char *
item_label (const Words  *words,
            MvAgendaItem *item)
{
  g_autofree char *number = mv_agenda_item_dup_number (item);

  if (*number == '\0')
    return g_strdup ("");
  return mv_words_printf (words->item, number);
}

static char *
notice_title (Notice *n)
{
  return mv_words_printf (n->words->notice, mv_council_get_name (n->council));
}

static MvMember *
find_secretary (Notice *n)
{
  for (guint i = 0; i < n->members->len; i++)
    {
      MvMember *member = g_ptr_array_index (n->members, i);

      if (mv_member_get_role (member) == MV_MEMBER_ROLE_SECRETARY)
        return member;
    }
  return NULL;
}

static const char *
member_name (Notice     *n,
             const char *member_id)
{
  MvMember *member;

  if (mv_is_blank (member_id))
    return "";
  member = mv_store_lookup (n->store, MV_TYPE_MEMBER, member_id);
  return member ? mv_member_get_name (member) : "";
}

/* "e-post kari@…, telefon +47 …" in a sentence, or one per line in a
 * table; either may be blank. */
static char *
format_contact (const Words *words,
                const char  *email,
                const char  *phone,
                gboolean     in_table)
{
  GString *s = g_string_new (NULL);

  if (!mv_is_blank (email))
    {
      if (!in_table)
        g_string_append_printf (s, "%s ", words->email);
      g_string_append (s, email);
    }
  if (!mv_is_blank (phone))
    {
      if (s->len > 0)
        g_string_append (s, in_table ? "\n" : ", ");
      if (!in_table)
        g_string_append_printf (s, "%s ", words->phone);
      g_string_append (s, phone);
    }
  return g_string_free (s, FALSE);
}

/* A member's contact details as the member chose to show them in papers
 * (mv_document_member_contact()); "" in the public version, which shows
 * no member's. */
static char *
contact (Notice   *n,
         MvMember *member,
         gboolean  in_table)
{
  const char *email = NULL;
  const char *phone = NULL;

  if (!n->public_version)
    mv_document_member_contact (member, &email, &phone);
  return format_contact (n->words, email, phone, in_table);
}

/* Two days before the meeting, and a weekday: a deputy needs time. */
static gboolean
apologies_date (MvMeeting *meeting,
                GDate     *date)
{
  if (!meeting_day (meeting, date))
    return FALSE;
  g_date_subtract_days (date, 2);
  while (g_date_get_weekday (date) >= G_DATE_SATURDAY)
    g_date_subtract_days (date, 1);
  return TRUE;
}

static gboolean
has_secretariat_contact (MvCouncil *council)
{
  return !mv_is_blank (mv_council_get_secretariat_email (council)) ||
         !mv_is_blank (mv_council_get_secretariat_phone (council));
}

/* Whom apologies go to: the council's secretariat by name with its e-mail
 * and phone, which are the office's and so shown in every version; the
 * secretariat's contact alone when it has no name; else the council's
 * secretary among the members, with what the secretary chose to show; else
 * only "sekretariatet". */
static void
apologies_to (Notice  *n,
              char   **to,
              char   **reach)
{
  const Words *words = n->words;
  const char *name = mv_council_get_secretariat_name (n->council);
  MvMember *secretary;

  if (!mv_is_blank (name) || has_secretariat_contact (n->council))
    {
      *to = g_strdup (mv_is_blank (name) ? words->secretariat : name);
      *reach = format_contact (words, mv_council_get_secretariat_email (n->council),
                               mv_council_get_secretariat_phone (n->council), FALSE);
    }
  else if ((secretary = find_secretary (n)))
    {
      *to = mv_words_printf (words->secretary, mv_member_get_name (secretary));
      *reach = contact (n, secretary, FALSE);
    }
  else
    {
      *to = g_strdup (words->secretariat);
      *reach = g_strdup ("");
    }
}

static char *
apologies_text (Notice *n)
{
  const Words *words = n->words;
  g_autofree char *to = NULL;
  g_autofree char *by = NULL;
  g_autofree char *reach = NULL;
  g_autofree char *sentence = NULL;
  GDate date;

  if (!apologies_date (n->meeting, &date))
    return NULL;
  by = mv_date_format_document_long (words->language, &date);
  apologies_to (n, &to, &reach);
  sentence = mv_words_printf (words->apologies, by, to);
  if (*reach != '\0')
    return g_strdup_printf ("%s (%s). %s", sentence, reach, words->deputy_called);
  return g_strdup_printf ("%s. %s", sentence, words->deputy_called);
}

/* "Med vennlig hilsen", a blank line, who signs – the secretariat, or the
 * secretary among the members – and the council with its NAV unit, one to
 * a line; the unit only when the council's name does not already say it
 * ("Brukerutvalget NAV Eksempelby"). One paragraph, after a blank line
 * of its own that sets it off from the last item's text. */
static char *
signature_text (Notice *n)
{
  const char *name = mv_council_get_secretariat_name (n->council);
  const char *council = mv_council_get_name (n->council);
  const char *unit = mv_council_get_nav_unit (n->council);
  GString *s = g_string_new (NULL);
  MvMember *secretary;

  g_string_append_printf (s, "\n%s\n", n->words->regards);
  if (!mv_is_blank (name))
    g_string_append_printf (s, "\n%s", name);
  else if ((secretary = find_secretary (n)))
    g_string_append_printf (s, "\n%s", mv_member_get_name (secretary));
  if (!mv_is_blank (council))
    g_string_append_printf (s, "\n%s", council);
  if (!mv_is_blank (unit) && (mv_is_blank (council) || strstr (council, unit) == NULL))
    g_string_append_printf (s, "\n%s", unit);
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                      */
/* ------------------------------------------------------------------------ */

/* "<b>Label:</b> value", after @separator if @markup has some already. */
static void
add_label (GString    *markup,
           const char *separator,
           const char *label,
           const char *value)
{
  g_autofree char *line = NULL;

  if (mv_is_blank (value))
    return;
  line = g_markup_printf_escaped ("<b>%s:</b> %s", label, value);
  if (markup->len > 0)
    g_string_append (markup, separator);
  g_string_append (markup, line);
}

static void
add_label_line (GString    *markup,
                const char *label,
                const char *value)
{
  add_label (markup, "\n", label, value);
}

static void
add_meeting_facts (Notice      *n,
                   MvPdfWriter *w)
{
  const Words *words = n->words;
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *time = mv_document_format_time (n->meeting);
  GDate day;

  date = meeting_day (n->meeting, &day) ? mv_date_format_document_long (words->language, &day)
                                         : g_strdup ("");
  add_label_line (facts, words->date, date);
  add_label_line (facts, words->time, time);
  add_label_line (facts, words->place, mv_meeting_get_place (n->meeting));
  add_label_line (facts, words->theme, mv_meeting_get_theme (n->meeting));
  if (mv_meeting_get_kind (n->meeting) != MV_MEETING_KIND_ORDINARY)
    add_label_line (facts, words->meeting, meeting_kind_name (n));
  if (facts->len > 0)
    mv_pdf_writer_add_markup (w, facts->str);
}

static gboolean
in_members_table (MvMember *member,
                  gboolean  deputies)
{
  MvMemberRole role = mv_member_get_role (member);

  return role != MV_MEMBER_ROLE_SECRETARY && (role == MV_MEMBER_ROLE_DEPUTY) == deputies;
}

/* The members, or the deputies, as a table; the contact column only where
 * some of them show contact details (never in the public version). */
static void
add_members (Notice      *n,
             MvPdfWriter *w,
             gboolean     deputies)
{
  const Words *words = n->words;
  const char *header[] = { words->name, deputies ? words->deputy_for : words->role,
                           words->organisation, words->contact };
  const double widths[] = { 21, 15, 20, 50 };
  guint n_columns = 3;
  MvPdfTable *table = NULL;

  for (guint i = 0; i < n->members->len && n_columns == 3; i++)
    {
      MvMember *member = g_ptr_array_index (n->members, i);
      g_autofree char *reach = NULL;

      if (in_members_table (member, deputies) && *(reach = contact (n, member, TRUE)) != '\0')
        n_columns = 4;
    }

  for (guint i = 0; i < n->members->len; i++)
    {
      MvMember *member = g_ptr_array_index (n->members, i);
      MvMemberRole role = mv_member_get_role (member);
      g_autofree char *reach = NULL;
      const char *cells[4];

      if (!in_members_table (member, deputies))
        continue;

      if (table == NULL)
        {
          mv_pdf_writer_add_heading (w, 2, deputies ? words->deputies : words->to, FALSE);
          table = mv_pdf_writer_add_table (w, n_columns, widths, header);
        }

      reach = contact (n, member, TRUE);
      cells[0] = mv_member_get_name (member);
      cells[1] = deputies ? member_name (n, mv_member_get_deputy_for (member))
                          : mv_enum_to_document_label (MV_TYPE_MEMBER_ROLE, role,
                                                       words->language);
      cells[2] = mv_store_organisation_label (n->store, mv_member_get_organisation_id (member));
      cells[3] = reach;
      mv_pdf_table_add_row (table, MV_PDF_ROW_NORMAL, cells);
    }
}

static void
add_agenda_table (Notice      *n,
                  MvPdfWriter *w)
{
  const Words *words = n->words;
  const char *header[] = { words->agenda_headers[COL_NUMBER], words->agenda_headers[COL_TITLE],
                           words->kind, words->presenter, words->time };
  const double widths[] = { 9, 38, 15, 24, 14 };
  MvPdfTable *table;

  mv_pdf_writer_add_heading (w, 2, words->agenda, TRUE);
  if (n->items->len == 0)
    {
      mv_pdf_writer_add_paragraph (w, words->no_items);
      return;
    }

  table = mv_pdf_writer_add_table (w, G_N_ELEMENTS (header), widths, header);
  mv_pdf_table_set_keep_together (table, TRUE);
  for (guint i = 0; i < n->items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (n->items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autofree char *time = format_item_time (g_ptr_array_index (n->starts, i), item);
      g_autofree char *title = shown_item_title (n, item);
      gboolean exempt = item_exempt (n, item);
      const char *cells[] = { number, title, exempt ? NULL : kind_name (words, item),
                              exempt ? NULL : mv_agenda_item_get_presenter (item), time };

      mv_pdf_table_add_row (table, MV_PDF_ROW_NORMAL, cells);
    }
}

/* A text the secretary typed: a paragraph per blank-line-separated part. */
static void
add_text (MvPdfWriter *w,
          const char  *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);

  for (guint i = 0; parts[i]; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));

      if (*part != '\0')
        mv_pdf_writer_add_paragraph (w, part);
    }
}

static void
add_documents (Notice      *n,
               MvPdfWriter *w,
               GPtrArray   *documents,
               const char  *heading,
               int          level)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (documents->len == 0)
    return;

  for (guint i = 0; i < documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *title = shown_document_title (n, document);
      g_autofree char *pages = NULL;

      /* An exempt document's pages are not in the public packet either. */
      pages = document_exempt (n, document)
        ? g_strdup ("") : format_pages (n->words, mv_document_get_page_count (document));
      g_ptr_array_add (lines, *pages ? g_strdup_printf ("%s (%s)", title, pages)
                                     : g_strdup (title));
    }
  g_ptr_array_add (lines, NULL);

  mv_pdf_writer_add_heading (w, level, heading, level < 3);
  mv_pdf_writer_add_list (w, (const char * const *) lines->pdata);
}

static void
add_item (Notice       *n,
          MvPdfWriter  *w,
          MvAgendaItem *item,
          const char   *start)
{
  const Words *words = n->words;
  g_autofree char *label = item_label (words, item);
  g_autofree char *title = shown_item_title (n, item);
  g_autofree char *heading = NULL;
  g_autofree char *time = format_item_time (start, item);
  g_autofree char *minutes = NULL;
  g_autofree char *when = NULL;
  g_autofree char *decision = mv_date_format_document (words->language,
                                                       mv_agenda_item_get_nav_decision_date (item),
                                                       FALSE);
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autoptr(GPtrArray) documents = item_documents (n, item);
  const char *background = mv_agenda_item_get_background (item);
  const char *resolution = mv_agenda_item_get_proposed_resolution (item);

  heading = *label ? g_strdup_printf ("%s %s", label, title) : g_strdup (title);
  mv_pdf_writer_add_heading (w, 2, heading, TRUE);
  /* Of an exempt item, its number and basis, and nothing of what it is
   * about. */
  if (item_exempt (n, item))
    return;

  if (mv_agenda_item_get_duration_minutes (item) > 0)
    minutes = mv_words_printf (words->minutes, mv_agenda_item_get_duration_minutes (item));
  when = *time && minutes ? g_strdup_printf ("%s (%s)", time, minutes)
                          : g_strdup (minutes ? minutes : time);

  add_label (facts, " · ", words->kind, kind_name (words, item));
  add_label (facts, " · ", words->presenter, mv_agenda_item_get_presenter (item));
  add_label (facts, " · ", words->time, when);
  add_label (facts, " · ", words->raised_by_label, raised_by_name (words, item));
  add_label (facts, " · ", words->decision_date, decision);
  mv_pdf_writer_add_markup (w, facts->str);

  if (!mv_is_blank (background))
    {
      mv_pdf_writer_add_heading (w, 3, words->background, FALSE);
      add_text (w, background);
    }
  if (!mv_is_blank (resolution))
    {
      mv_pdf_writer_add_heading (w, 3, words->resolution, FALSE);
      add_text (w, resolution);
    }
  add_documents (n, w, documents, words->attachments, 3);
}

MvPdfWriter *
mv_agenda_notice_new (MvStore     *store,
                      MvMeeting   *meeting,
                      MvLanguage   language,
                      gboolean     public_version,
                      GError     **error)
{
  g_auto(Notice) n = { 0 };
  g_autoptr(MvPdfWriter) w = NULL;
  g_autofree char *title = NULL;
  g_autofree char *made = NULL;
  g_autofree char *apologies = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!notice_init (&n, store, meeting, language, public_version, error))
    return NULL;

  w = mv_pdf_writer_new ();
  title = notice_title (&n);
  today = mv_date_document_today (n.words->language, FALSE);
  made = mv_words_printf (n.words->made, today);

  mv_pdf_writer_set_metadata (w, title, mv_council_get_name (n.council), n.words->subject,
                              n.words->keywords);
  mv_pdf_writer_set_header (w, mv_council_get_name (n.council),
                            public_version ? n.words->public_mark : n.words->subject);
  mv_pdf_writer_set_footer (w, made);
  mv_pdf_writer_set_page_format (w, mv_document_page_format (n.words->language));
  mv_pdf_writer_set_language (w, mv_document_language_tag (n.words->language));

  mv_pdf_writer_add_heading (w, 1, title, TRUE);
  if (public_version)
    mv_pdf_writer_add_note (w, n.words->public_note);
  mv_pdf_writer_add_paragraph (w, n.words->intro);
  add_meeting_facts (&n, w);
  if ((apologies = apologies_text (&n)))
    mv_pdf_writer_add_paragraph (w, apologies);

  add_members (&n, w, FALSE);
  add_members (&n, w, TRUE);
  add_agenda_table (&n, w);
  add_documents (&n, w, n.documents, n.words->meeting_attachments, 2);

  for (guint i = 0; i < n.items->len; i++)
    add_item (&n, w, g_ptr_array_index (n.items, i), g_ptr_array_index (n.starts, i));

  /* Signed at its end, after the last item: in the packet, right before
   * the attachments. */
  signature = signature_text (&n);
  mv_pdf_writer_add_paragraph (w, signature);

  return g_steal_pointer (&w);
}

gboolean
mv_agenda_export_pdf (MvStore     *store,
                      MvMeeting   *meeting,
                      MvLanguage   language,
                      gboolean     public_version,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(MvPdfWriter) w = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(w = mv_agenda_notice_new (store, meeting, language, public_version, error)))
    return FALSE;
  /* The full notice names the members' contact details: the owner's alone. */
  return mv_pdf_writer_save_full (w, path, public_version ? MV_OUTPUT_NONE : MV_OUTPUT_PRIVATE,
                                  error);
}

GBytes *
mv_agenda_export_pdf_bytes (MvStore     *store,
                            MvMeeting   *meeting,
                            MvLanguage   language,
                            gboolean     public_version,
                            guint       *n_pages,
                            GError     **error)
{
  g_autoptr(MvPdfWriter) w = NULL;
  g_autofree char *name = NULL;
  GBytes *bytes;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(w = mv_agenda_notice_new (store, meeting, language, public_version, error)))
    return NULL;
  name = mv_meeting_dup_date (meeting);
  bytes = mv_pdf_writer_save_to_bytes (w, name, error);
  if (bytes != NULL && n_pages != NULL)
    *n_pages = mv_pdf_writer_get_n_pages (w);
  return bytes;
}

/* ------------------------------------------------------------------------ */
/* XLSX                                                                     */
/* ------------------------------------------------------------------------ */

#define TITLE_ROW   0
#define COUNCIL_ROW 1
#define MEETING_ROW 2
#define DATE_ROW    3
#define PLACE_ROW   4
#define HEADER_ROW  6
#define FIRST_ROW   7

/* libxlsxwriter refuses a header or footer over 255 bytes. */
#define HEADER_NAME_MAX_BYTES  160
#define HEADER_SHORT_MAX_BYTES 80

/* Widths in characters; the wrapped columns grow their rows. */
static const double column_widths[N_COLUMNS] = {
  [COL_NUMBER] = 8, [COL_TITLE] = 50, [COL_KIND] = 16, [COL_PRESENTER] = 26, [COL_START] = 7,
  [COL_MINUTES] = 9, [COL_RAISED_BY] = 18, [COL_DECISION] = 13, [COL_ATTACHMENTS] = 44,
};

static const double doc_widths[N_DOC_COLUMNS] = {
  [DOC_NUMBER] = 8, [DOC_ITEM] = 44, [DOC_TITLE] = 50, [DOC_FILE] = 36, [DOC_PAGES] = 7,
  [DOC_PUBLIC] = 10,
};

typedef struct
{
  lxw_format *title;
  lxw_format *label;
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *date;
  lxw_format *long_date;
  lxw_format *time;
  lxw_format *number;
} Formats;

static void
add_formats (lxw_workbook *workbook,
             Formats      *f)
{
  f->title = workbook_add_format (workbook);
  format_set_bold (f->title);
  format_set_font_size (f->title, 14);
  f->label = workbook_add_format (workbook);
  format_set_bold (f->label);
  f->header = workbook_add_format (workbook);
  format_set_bold (f->header);
  format_set_bg_color (f->header, 0xE6E6E6);
  format_set_bottom (f->header, LXW_BORDER_THIN);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (f->header);
  f->text = workbook_add_format (workbook);
  format_set_align (f->text, LXW_ALIGN_VERTICAL_TOP);
  f->wrap = workbook_add_format (workbook);
  format_set_align (f->wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (f->wrap);
  f->date = workbook_add_format (workbook);
  format_set_num_format (f->date, "dd.mm.yyyy");
  format_set_align (f->date, LXW_ALIGN_LEFT);
  format_set_align (f->date, LXW_ALIGN_VERTICAL_TOP);
  f->long_date = workbook_add_format (workbook);
  format_set_num_format (f->long_date, "dd.mm.yyyy");
  format_set_align (f->long_date, LXW_ALIGN_LEFT);
  f->time = workbook_add_format (workbook);
  format_set_num_format (f->time, "hh:mm");
  format_set_align (f->time, LXW_ALIGN_LEFT);
  format_set_align (f->time, LXW_ALIGN_VERTICAL_TOP);
  f->number = workbook_add_format (workbook);
  format_set_num_format (f->number, "0");
  format_set_align (f->number, LXW_ALIGN_VERTICAL_TOP);
}

static void
write_document_row (Notice       *n,
                    MvXlsxSheet  *sheet,
                    Formats      *f,
                    lxw_row_t     row,
                    MvAgendaItem *item,
                    MvDocument   *document)
{
  const Words *words = n->words;
  g_autofree char *number = item ? mv_agenda_item_dup_number (item) : g_strdup ("");
  g_autofree char *title = shown_document_title (n, document);
  g_autofree char *item_title = item ? shown_item_title (n, item) : g_strdup ("");
  gboolean exempt = document_exempt (n, document);

  mv_xlsx_write_text (sheet, row, DOC_NUMBER, number, f->text);
  mv_xlsx_write_text (sheet, row, DOC_ITEM, item_title, f->wrap);
  mv_xlsx_write_text (sheet, row, DOC_TITLE, title, f->wrap);
  /* Of an exempt document the public version says no more than why. */
  mv_xlsx_write_text (sheet, row, DOC_FILE, exempt ? NULL : mv_document_get_file_name (document),
                      f->wrap);
  if (!exempt && mv_document_get_page_count (document) > 0)
    mv_xlsx_check (sheet, worksheet_write_number (sheet->sheet, row, DOC_PAGES,
                                                  mv_document_get_page_count (document),
                                                  f->number));
  else
    mv_xlsx_write_text (sheet, row, DOC_PAGES, NULL, f->number);
  mv_xlsx_write_text (sheet, row, DOC_PUBLIC,
                      mv_document_get_public (document) ? words->yes : words->no, f->text);
  mv_xlsx_fit_row (sheet, row, MAX (mv_xlsx_wrapped_lines (item_title, doc_widths[DOC_ITEM]),
                                    mv_xlsx_wrapped_lines (title, doc_widths[DOC_TITLE])));
}

/* The second sheet: every attachment, the meeting's own first. */
static void
write_documents_sheet (Notice      *n,
                       MvXlsxSheet *sheet,
                       Formats     *f,
                       const char  *page_header,
                       const char  *page_footer)
{
  const Words *words = n->words;
  const char *headers[N_DOC_COLUMNS] = { words->agenda_headers[COL_NUMBER],
                                         words->agenda_headers[COL_TITLE], words->document,
                                         words->file_name, words->pages_header,
                                         words->public_header };
  const char *name = words->attachments;
  lxw_row_t row = 1;

  if (workbook_validate_sheet_name (sheet->workbook, name) != LXW_NO_ERROR)
    name = "2";
  sheet->sheet = workbook_add_worksheet (sheet->workbook, name);
  if (sheet->sheet == NULL)
    {
      mv_xlsx_check (sheet, LXW_ERROR_PARAMETER_VALIDATION);
      return;
    }

  for (lxw_col_t c = 0; c < N_DOC_COLUMNS; c++)
    {
      mv_xlsx_write_text (sheet, 0, c, headers[c], f->header);
      mv_xlsx_check (sheet, worksheet_set_column (sheet->sheet, c, c, doc_widths[c], NULL));
    }

  for (guint i = 0; i < n->documents->len; i++)
    write_document_row (n, sheet, f, row++, NULL, g_ptr_array_index (n->documents, i));
  for (guint i = 0; i < n->items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (n->items, i);
      g_autoptr(GPtrArray) documents = item_documents (n, item);

      for (guint d = 0; d < documents->len; d++)
        write_document_row (n, sheet, f, row++, item, g_ptr_array_index (documents, d));
    }

  mv_xlsx_set_table_layout (sheet, 0, 1, MAX (row - 1, 1), N_DOC_COLUMNS - 1, page_header,
                            page_footer);
}

static gboolean
write_xlsx (Notice      *n,
            const char  *path,
            const char  *file,
            GError     **error)
{
  const Words *words = n->words;
  g_autofree char *title = notice_title (n);
  g_autofree char *time = mv_document_format_time (n->meeting);
  g_autofree char *meeting_line = NULL;
  g_autofree char *name = mv_xlsx_escape_header_footer (mv_council_get_name (n->council),
                                                        HEADER_NAME_MAX_BYTES);
  g_autofree char *date = mv_meeting_dup_date (n->meeting);
  g_autofree char *header_date = mv_xlsx_escape_header_footer (date, HEADER_SHORT_MAX_BYTES);
  g_autofree char *short_title = NULL;
  g_autofree char *page_header = NULL;
  g_autofree char *page_footer = NULL;
  g_autofree char *today = mv_date_document_today (words->language, FALSE);
  g_autofree char *made = NULL;
  g_autofree char *footer_made = NULL;
  const char *theme = mv_meeting_get_theme (n->meeting);
  lxw_doc_properties properties = { 0 };
  lxw_row_t last_row;
  Formats f;
  MvXlsxSheet sheet;

  short_title = mv_xlsx_escape_header_footer (n->public_version ? words->public_mark
                                                                : words->agenda,
                                              HEADER_SHORT_MAX_BYTES);
  page_header = g_strdup_printf ("&L%s&R%s %s", name, short_title, header_date);
  made = mv_words_printf (words->made, today);
  footer_made = mv_xlsx_escape_header_footer (made, HEADER_SHORT_MAX_BYTES);
  page_footer = g_strdup_printf ("&L%s&R%s", footer_made,
                                 mv_document_page_format_xlsx (words->language));

  if (!mv_xlsx_sheet_open (&sheet, file, words->agenda, "1", path, error))
    return FALSE;
  add_formats (sheet.workbook, &f);

  properties.title = title;
  properties.subject = (char *) words->subject;
  properties.author = (char *) mv_council_get_name (n->council);
  properties.company = (char *) mv_council_get_nav_unit (n->council);
  properties.keywords = (char *) words->keywords;
  mv_xlsx_check (&sheet, workbook_set_properties (sheet.workbook, &properties));

  /* The header block: what and when, above the table. */
  mv_xlsx_write_text (&sheet, TITLE_ROW, 0, title, f.title);
  mv_xlsx_check (&sheet, worksheet_set_row (sheet.sheet, TITLE_ROW, 21, NULL));
  mv_xlsx_write_text (&sheet, COUNCIL_ROW, 0, words->council, f.label);
  mv_xlsx_write_text (&sheet, COUNCIL_ROW, 1, mv_council_get_name (n->council), f.text);
  meeting_line = mv_is_blank (theme)
    ? g_strdup (meeting_kind_name (n))
    : g_strdup_printf ("%s – %s", meeting_kind_name (n), theme);
  mv_xlsx_write_text (&sheet, MEETING_ROW, 0, words->meeting, f.label);
  mv_xlsx_write_text (&sheet, MEETING_ROW, 1, meeting_line, f.text);
  mv_xlsx_write_text (&sheet, DATE_ROW, 0, words->date, f.label);
  mv_xlsx_write_date (&sheet, DATE_ROW, 1, mv_meeting_get_starts_at (n->meeting), f.long_date,
                      f.text);
  mv_xlsx_write_text (&sheet, DATE_ROW, 2, time, f.text);
  mv_xlsx_write_text (&sheet, PLACE_ROW, 0, words->place, f.label);
  mv_xlsx_write_text (&sheet, PLACE_ROW, 1, mv_meeting_get_place (n->meeting), f.text);
  if (n->public_version)
    mv_xlsx_write_text (&sheet, PLACE_ROW + 1, 0, words->public_note, f.text);

  for (lxw_col_t c = 0; c < N_COLUMNS; c++)
    {
      mv_xlsx_write_text (&sheet, HEADER_ROW, c, words->agenda_headers[c], f.header);
      mv_xlsx_check (&sheet, worksheet_set_column (sheet.sheet, c, c, column_widths[c], NULL));
    }

  for (guint i = 0; i < n->items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (n->items, i);
      lxw_row_t row = FIRST_ROW + i;
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autoptr(GPtrArray) documents = item_documents (n, item);
      g_autoptr(GString) attachments = g_string_new (NULL);
      g_autofree char *item_title = shown_item_title (n, item);
      gboolean exempt = item_exempt (n, item);
      const char *presenter = exempt ? "" : mv_agenda_item_get_presenter (item);

      for (guint d = 0; d < documents->len; d++)
        {
          g_autofree char *doc_title = shown_document_title (n, g_ptr_array_index (documents, d));

          g_string_append_printf (attachments, "%s%s", d > 0 ? "\n" : "", doc_title);
        }

      mv_xlsx_write_text (&sheet, row, COL_NUMBER, number, f.text);
      mv_xlsx_write_text (&sheet, row, COL_TITLE, item_title, f.wrap);
      /* An exempt item keeps its number, time and length; nothing says
       * what it is about. */
      mv_xlsx_write_text (&sheet, row, COL_KIND, exempt ? NULL : kind_name (words, item), f.text);
      mv_xlsx_write_text (&sheet, row, COL_PRESENTER, presenter, f.wrap);
      mv_xlsx_write_time (&sheet, row, COL_START, g_ptr_array_index (n->starts, i), f.time);
      mv_xlsx_check (&sheet, worksheet_write_number (sheet.sheet, row, COL_MINUTES,
                                                     mv_agenda_item_get_duration_minutes (item),
                                                     f.number));
      mv_xlsx_write_text (&sheet, row, COL_RAISED_BY, exempt ? NULL : raised_by_name (words, item),
                          f.text);
      mv_xlsx_write_date (&sheet, row, COL_DECISION,
                          exempt ? NULL : mv_agenda_item_get_nav_decision_date (item), f.date,
                          f.text);
      mv_xlsx_write_text (&sheet, row, COL_ATTACHMENTS, attachments->str, f.wrap);

      mv_xlsx_fit_row (&sheet, row,
                       MAX (MAX (mv_xlsx_wrapped_lines (item_title, column_widths[COL_TITLE]),
                                 mv_xlsx_wrapped_lines (presenter,
                                                        column_widths[COL_PRESENTER])),
                            mv_xlsx_wrapped_lines (attachments->str,
                                                   column_widths[COL_ATTACHMENTS])));
    }

  last_row = n->items->len > 0 ? FIRST_ROW + n->items->len - 1 : HEADER_ROW;
  mv_xlsx_set_table_layout (&sheet, HEADER_ROW, FIRST_ROW, last_row, N_COLUMNS - 1, page_header,
                            page_footer);

  write_documents_sheet (n, &sheet, &f, page_header, page_footer);

  return mv_xlsx_sheet_close (&sheet, path, error);
}

/**
 * mv_agenda_export_xlsx:
 *
 * The agenda as a spreadsheet, whatever the user's numeric locale: the
 * library writes numbers with the C library's printf, and "0,5" in the XML
 * breaks the file (TECH-NOTES.md).
 */
gboolean
mv_agenda_export_xlsx (MvStore     *store,
                       MvMeeting   *meeting,
                       MvLanguage   language,
                       gboolean     public_version,
                       const char  *path,
                       GError     **error)
{
  g_auto(Notice) n = { 0 };
  g_autoptr(MvOutput) output = NULL;
  MvXlsxLocale locale;
  gboolean ok;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!notice_init (&n, store, meeting, language, public_version, error))
    return FALSE;
  if (!(output = mv_output_new_full (path, public_version ? MV_OUTPUT_NONE : MV_OUTPUT_PRIVATE,
                                     error)))
    return FALSE;

  if (!mv_xlsx_numeric_locale_push (&locale, error))
    return FALSE;
  ok = write_xlsx (&n, path, mv_output_get_path (output), error);
  mv_xlsx_numeric_locale_pop (&locale);

  return ok && mv_output_commit (output, error);
}

/* ------------------------------------------------------------------------ */

gboolean
mv_agenda_export (MvStore     *store,
                  MvMeeting   *meeting,
                  MvLanguage   language,
                  gboolean     public_version,
                  const char  *path,
                  GError     **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mv_has_extension (path, ".pdf"))
    return mv_agenda_export_pdf (store, meeting, language, public_version, path, error);
  if (mv_has_extension (path, ".xlsx"))
    return mv_agenda_export_xlsx (store, meeting, language, public_version, path, error);

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%s: the agenda is written as .pdf or .xlsx; the file name has neither ending"),
               path);
  return FALSE;
}
