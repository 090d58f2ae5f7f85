/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "mv-agenda.h"
#include "mv-council.h"
#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-labels.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-text.h"

/* The one home of dates, folded text and the papers' names of the enums
 * (src/core/util): what a secretary types is read, what she reads is
 * written as the app has always written it, and a name typed on a Mac (a
 * letter and a combining mark) is the name typed on Windows (one letter)
 * wherever the app compares text. */

/* "Ødegård" with å as a and a combining ring, "René" with é as e and a
 * combining acute: as macOS and some web forms send them. */
#define DECOMPOSED_ODEGARD "\xc3\x98" "dega\xcc\x8a" "rd"
#define DECOMPOSED_RENE "Rene\xcc\x81"
#define COMPOSED_ODEGARD "Ødegård"
#define COMPOSED_RENE "René"

static void
assert_date (const GDate *date,
             int          y,
             int          m,
             int          d)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, y);
  g_assert_cmpint (g_date_get_month (date), ==, m);
  g_assert_cmpint (g_date_get_day (date), ==, d);
}

static void
set_date (GDate *date,
          int    y,
          int    m,
          int    d)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* What the file keeps: ISO days, a meeting's "YYYY-MM-DDTHH:MM", times of
 * day, and the spans between them past midnight. */
static void
test_dates_file (void)
{
  g_autofree char *day = NULL;
  g_autofree char *late = NULL;
  g_autofree char *early = NULL;
  g_autofree char *later = NULL;
  g_autofree char *stamp = mv_timestamp_now ();
  g_autofree char *local = mv_timestamp_now_local ();
  g_autofree char *today = mv_date_today ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *now_day = g_date_time_format (now, "%Y-%m-%d");
  GDate date;
  int minute = -1;
  int minutes = 0;

  g_assert_true (mv_date_parse ("2026-02-10", &date));
  assert_date (&date, 2026, 2, 10);
  g_assert_true (mv_date_parse ("2026-02-10T10:00", &date));
  assert_date (&date, 2026, 2, 10);
  g_assert_true (mv_date_parse ("2026-02-10T09:15:00Z", &date));
  g_assert_false (mv_date_parse ("2026-2-10", &date));
  g_assert_false (g_date_valid (&date));
  g_assert_false (mv_date_parse ("2026-02-30", &date));
  g_assert_false (mv_date_parse ("10.02.2026", &date));
  g_assert_false (mv_date_parse ("2026-02-10 10:00", &date));
  g_assert_false (mv_date_parse (NULL, &date));

  set_date (&date, 2026, 2, 10);
  day = mv_date_format (&date);
  g_assert_cmpstr (day, ==, "2026-02-10");
  /* Past midnight into the next day, and before it into the one before. */
  late = mv_date_time_format (&date, 23 * 60 + 30 + 45);
  g_assert_cmpstr (late, ==, "2026-02-11T00:15");
  early = mv_date_time_format (&date, -30);
  g_assert_cmpstr (early, ==, "2026-02-09T23:30");
  later = mv_date_time_add_minutes ("2026-02-28T22:00", 180);
  g_assert_cmpstr (later, ==, "2026-03-01T01:00");
  g_assert_null (mv_date_time_add_minutes ("2026-02-28", 180));

  g_assert_true (mv_date_time_parse ("2026-02-10T13:05", &date, &minute));
  assert_date (&date, 2026, 2, 10);
  g_assert_cmpint (minute, ==, 13 * 60 + 5);
  g_assert_false (mv_date_time_parse ("2026-02-10T24:00", &date, NULL));
  g_assert_false (mv_date_time_parse ("2026-02-10T10:00:00", &date, NULL));
  g_assert_true (mv_date_time_difference ("2026-02-10T22:00", "2026-02-11T01:30", &minutes));
  g_assert_cmpint (minutes, ==, 210);
  g_assert_false (mv_date_time_difference ("2026-02-10T22:00", NULL, &minutes));

  g_assert_true (mv_time_parse ("10:00", &minute));
  g_assert_cmpint (minute, ==, 600);
  {
    g_autofree char *end = mv_time_add_minutes ("10:00", 180);
    g_autofree char *past_midnight = mv_time_add_minutes ("23:30", 45);
    g_autofree char *bad = mv_time_add_minutes ("10", 5);

    g_assert_cmpstr (end, ==, "13:00");
    g_assert_cmpstr (past_midnight, ==, "00:15");
    g_assert_cmpstr (bad, ==, "");
  }

  /* A row's stamp, in UTC, read back. */
  g_assert_cmpuint (strlen (stamp), ==, 20);
  g_assert_true (g_str_has_suffix (stamp, "Z") && stamp[10] == 'T');
  parsed = mv_timestamp_parse (stamp);
  g_assert_nonnull (parsed);
  g_assert_cmpint (g_date_time_get_utc_offset (parsed), ==, 0);
  g_assert_null (mv_timestamp_parse ("i går"));
  g_assert_null (mv_timestamp_parse (NULL));
  g_assert_cmpuint (strlen (local), ==, 25);
  g_assert_cmpstr (today, ==, now_day);
}

/* What a secretary types into a date field, and what a file from another
 * program holds: the same forms, but '/' only where a person typed it. */
static void
test_dates_typed (void)
{
  static const struct
  {
    const char *text;
    int         y, m, d;      /* 0 when refused */
    gboolean    in_file;      /* also read in a file's cell */
  } cases[] = {
    { "17.05.2027", 2027, 5, 17, TRUE },
    { "17.5.2027", 2027, 5, 17, TRUE },
    { " 1.3.2027 ", 2027, 3, 1, TRUE },
    { "2027-05-17", 2027, 5, 17, TRUE },
    { "2027-5-7", 2027, 5, 7, TRUE },
    { "17/5/2027", 2027, 5, 17, FALSE },
    { "17.05.27", 0, 0, 0, FALSE },
    { "31.02.2027", 0, 0, 0, FALSE },
    { "17.05/2027", 0, 0, 0, FALSE },
    { "017.05.2027", 0, 0, 0, FALSE },
    { "17.05.2027x", 0, 0, 0, FALSE },
    { "2027-05-17T10:00", 0, 0, 0, FALSE },
    { "01.01.1899", 0, 0, 0, FALSE },
    { "i morgen", 0, 0, 0, FALSE },
    { "", 0, 0, 0, FALSE },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean typed = mv_date_parse_user (cases[i].text, MV_DATE_INPUT_TYPED, &date);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (typed, ==, cases[i].y != 0);
      if (typed)
        assert_date (&date, cases[i].y, cases[i].m, cases[i].d);
      else
        g_assert_false (g_date_valid (&date));
      g_assert_cmpint (mv_date_parse_user (cases[i].text, MV_DATE_INPUT_FILE, &date), ==,
                       cases[i].in_file);
    }
  g_assert_false (mv_date_parse_user (NULL, MV_DATE_INPUT_TYPED, &date));
}

/* The forms the UI shows, in English (the C locale) and, with the
 * translations, in Norwegian: "10. feb. 2026", "14. april 2026". */
static void
test_dates_user (void)
{
  static const struct
  {
    const char  *iso;
    MvDateStyle  style;
    const char  *en;
    const char  *nb;
  } cases[] = {
    { "2026-02-10", MV_DATE_STYLE_SHORT, "10 Feb 2026", "10. feb. 2026" },
    { "2026-04-14T10:00", MV_DATE_STYLE_SHORT, "14 Apr 2026", "14. april 2026" },
    { "2027-03-09T10:00", MV_DATE_STYLE_WEEKDAY_SHORT, "Tue 9 Mar 2027", "ti. 9. mars 2027" },
    { "2026-12-08", MV_DATE_STYLE_WEEKDAY_DAY_MONTH, "Tue 8 Dec", "ti. 8. des." },
    { "2027-02-16", MV_DATE_STYLE_DAY_MONTH, "16 Feb", "16. feb." },
    { "2026-04-14", MV_DATE_STYLE_LONG, "Tuesday 14 April 2026", "tirsdag 14. april 2026" },
    { "2026-03-05T08:00:00Z", MV_DATE_STYLE_DIGITS, "5.3.2026", "05.03.2026" },
    { NULL, MV_DATE_STYLE_LONG, "", "" },
    { "snart", MV_DATE_STYLE_SHORT, "", "" },
  };
  const char *localedir = g_getenv ("MEDVIRKE_LOCALEDIR");
  GDate date;

  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mv_date_format_user (cases[i].iso, cases[i].style);

      g_assert_cmpstr (text, ==, cases[i].en);
    }
  {
    g_autofree char *tuesday = mv_date_weekday_name (G_DATE_TUESDAY, FALSE);
    g_autofree char *tue = mv_date_weekday_name (G_DATE_TUESDAY, TRUE);
    g_autofree char *may = mv_date_month_name (G_DATE_MAY, MV_MONTH_NAME_FULL);
    g_autofree char *feb = mv_date_month_name (G_DATE_FEBRUARY, MV_MONTH_NAME_ABBREVIATED);
    g_autofree char *title = mv_date_month_name (G_DATE_MARCH, MV_MONTH_NAME_STANDALONE);

    g_assert_cmpstr (tuesday, ==, "Tuesday");
    g_assert_cmpstr (tue, ==, "Tue");
    g_assert_cmpstr (may, ==, "May");
    g_assert_cmpstr (feb, ==, "Feb");
    g_assert_cmpstr (title, ==, "March");
  }

  /* A date field's form, whatever the language, and the times. */
  set_date (&date, 2027, 5, 7);
  {
    g_autofree char *entry = mv_date_format_entry (&date);
    g_autofree char *from_iso = mv_date_iso_to_entry ("2027-05-07T10:00");
    g_autofree char *none = mv_date_iso_to_entry (NULL);
    g_autofree char *range = mv_time_range_format ("10:00", "13:00");
    g_autofree char *start_only = mv_time_range_format ("10:00", "");
    g_autofree char *no_end = mv_time_range_format ("10:00", NULL);

    g_assert_cmpstr (entry, ==, "07.05.2027");
    g_assert_cmpstr (from_iso, ==, "07.05.2027");
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (range, ==, "10:00–13:00");
    g_assert_cmpstr (start_only, ==, "10:00");
    g_assert_cmpstr (no_end, ==, "10:00");
  }

  /* Skips, or fails where build-aux/test made the locale. */
  if (!mv_test_set_locale ("nb_NO.UTF-8"))
    return;
  g_setenv ("LANGUAGE", "nb", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mv_date_format_user (cases[i].iso, cases[i].style);

      g_assert_cmpstr (text, ==, cases[i].nb);
    }
  {
    g_autofree char *tuesday = mv_date_weekday_name (G_DATE_TUESDAY, FALSE);
    g_autofree char *title = mv_date_month_name (G_DATE_MARCH, MV_MONTH_NAME_STANDALONE);

    g_assert_cmpstr (tuesday, ==, "tirsdag");
    g_assert_cmpstr (title, ==, "mars");
  }
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

/* The papers' dates, in the council's document language. */
static void
test_dates_document (void)
{
  GDate date;

  set_date (&date, 2026, 4, 14);
  {
    g_autofree char *nb = mv_date_format_document (MV_LANGUAGE_NB, "2026-04-14T10:00", FALSE);
    g_autofree char *nn = mv_date_format_document (MV_LANGUAGE_NN, "2026-04-14", TRUE);
    g_autofree char *en = mv_date_format_document (MV_LANGUAGE_EN, "2026-04-14", FALSE);
    g_autofree char *en_short = mv_date_format_document (MV_LANGUAGE_EN, "2026-04-14", TRUE);
    g_autofree char *none = mv_date_format_document (MV_LANGUAGE_EN, "", TRUE);
    g_autofree char *nb_long = mv_date_format_document_long (MV_LANGUAGE_NB, &date);
    g_autofree char *nn_long = mv_date_format_document_long (MV_LANGUAGE_NN, &date);
    g_autofree char *en_long = mv_date_format_document_long (MV_LANGUAGE_EN, &date);

    g_assert_cmpstr (nb, ==, "14.04.2026");
    g_assert_cmpstr (nn, ==, "14.04.2026");
    g_assert_cmpstr (en, ==, "14 April 2026");
    g_assert_cmpstr (en_short, ==, "14 Apr 2026");
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (nb_long, ==, "tirsdag 14. april 2026");
    g_assert_cmpstr (nn_long, ==, "tysdag 14. april 2026");
    g_assert_cmpstr (en_long, ==, "Tuesday 14 April 2026");
  }
  g_assert_cmpstr (mv_date_document_weekday (MV_LANGUAGE_NB, "2026-04-14", TRUE), ==, "tirsdag");
  g_assert_cmpstr (mv_date_document_weekday (MV_LANGUAGE_EN, "2026-04-14", TRUE), ==, "Tue");
  g_assert_cmpstr (mv_date_document_weekday (MV_LANGUAGE_EN, "2026-04-14", FALSE), ==,
                   "Tuesday");
  g_assert_cmpstr (mv_date_document_weekday (MV_LANGUAGE_NN, "no", FALSE), ==, "");
}

/* One table of the enums' names for every paper. */
static void
test_labels (void)
{
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_ITEM_KIND, MV_ITEM_KIND_INPUT,
                                              MV_LANGUAGE_NB), ==, "Innspillssak");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_ITEM_KIND, MV_ITEM_KIND_INPUT,
                                              MV_LANGUAGE_NN), ==, "Innspelssak");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_ITEM_KIND, MV_ITEM_KIND_AOB,
                                              MV_LANGUAGE_EN), ==, "Any other business");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_MEMBER_ROLE, MV_MEMBER_ROLE_CHAIR,
                                              MV_LANGUAGE_NN), ==, "Leiar");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_RAISED_BY, MV_RAISED_BY_NONE,
                                              MV_LANGUAGE_NB), ==, "");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_RAISED_BY, MV_RAISED_BY_COUNCIL,
                                              MV_LANGUAGE_EN), ==, "The council");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_MEETING_STATUS, MV_MEETING_STATUS_HELD,
                                              MV_LANGUAGE_NN), ==, "Halde");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_MEETING_KIND, MV_MEETING_KIND_ORDINARY,
                                              MV_LANGUAGE_NB), ==, "Ordinært");
  g_assert_cmpstr (mv_meeting_kind_to_document_name (MV_MEETING_KIND_ORDINARY, MV_LANGUAGE_NB),
                   ==, "Ordinært møte");
  g_assert_cmpstr (mv_meeting_kind_to_document_name (MV_MEETING_KIND_OPEN, MV_LANGUAGE_NN),
                   ==, "Ope møte");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_ITEM_KIND, 42, MV_LANGUAGE_NB), ==, "");
  g_assert_cmpstr (mv_enum_to_document_label (MV_TYPE_ITEM_KIND, -1, MV_LANGUAGE_NB), ==, "");
}

/* A decomposed name is the composed one; Æ, Ø and Å stay letters. */
static void
test_fold (void)
{
  g_autofree char *composed = mv_text_fold (COMPOSED_RENE " " COMPOSED_ODEGARD);
  g_autofree char *decomposed = mv_text_fold (DECOMPOSED_RENE " " DECOMPOSED_ODEGARD);
  g_autofree char *upper = mv_text_fold ("RENÉ ØDEGÅRD");
  g_autofree char *plain = mv_text_fold ("Rene Odegard");
  g_autofree char *ligature = mv_text_fold ("ﬁnn");
  g_autofree char *none = mv_text_fold (NULL);
  g_autofree char *invalid = mv_text_fold ("\xff" "Å");
  g_autofree char *needle = mv_text_fold ("ØDEGA\xcc\x8a");

  g_assert_cmpstr (composed, ==, "rené ødegård");
  g_assert_cmpstr (decomposed, ==, composed);
  g_assert_cmpstr (upper, ==, composed);
  g_assert_cmpstr (plain, !=, composed);
  g_assert_cmpstr (ligature, ==, "finn");
  g_assert_cmpstr (none, ==, "");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_true (g_str_has_suffix (invalid, "å"));

  g_assert_true (mv_text_contains_folded ("Kari " COMPOSED_ODEGARD, needle));
  g_assert_true (mv_text_contains_folded ("Kari " DECOMPOSED_ODEGARD, needle));
  g_assert_false (mv_text_contains_folded ("Kari Odegard", needle));
  g_assert_false (mv_text_contains_folded (NULL, needle));
}

typedef struct
{
  MvTestStore   ts;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_EMPTY);

  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget NAV Testby", NULL);
  g_assert_true (mv_store_insert (f->ts.store, council, &error));
  g_assert_no_error (error);
  f->ts.council = g_object_ref (council);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

static MvOrganisation *
add_organisation (Fixture    *f,
                  const char *name,
                  const char *areas)
{
  g_autoptr(MvOrganisation) organisation = g_object_new (MV_TYPE_ORGANISATION,
                                                         "name", name,
                                                         "areas", areas ? areas : "",
                                                         NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (f->ts.store, organisation, &error));
  g_assert_no_error (error);
  return organisation;
}

/* A member typed with composed letters is the CSV row with decomposed
 * ones (and the other way round): existing, not added again. */
static void
test_csv_duplicate (Fixture       *f,
                    gconstpointer  data)
{
  MvOrganisation *ffo = add_organisation (f, "FFO", NULL);
  g_autoptr(MvMember) member = g_object_new (MV_TYPE_MEMBER,
                                             "council-id", mv_record_get_id (MV_RECORD (f->ts.council)),
                                             "name", COMPOSED_RENE " " COMPOSED_ODEGARD,
                                             "organisation-id", mv_record_get_id (MV_RECORD (ffo)),
                                             NULL);
  const char *csv = "navn;organisasjon\n"
                    DECOMPOSED_RENE " " DECOMPOSED_ODEGARD ";FFO\n"
                    "Kari " DECOMPOSED_ODEGARD ";FFO\n"
                    "KARI " COMPOSED_ODEGARD ";ffo\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (f->ts.store, member, &error));
  g_assert_no_error (error);

  report = mv_import_members_csv (f->ts.store, f->ts.council, bytes, "medlemmer.csv", &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_cmpuint (report->n_existing, ==, 2);
  g_assert_cmpuint (report->rejections->len, ==, 0);

  members = mv_store_list_members (f->ts.store, f->ts.council, TRUE);
  g_assert_cmpuint (members->len, ==, 2);
}

/* The organisations an item concerns: an area spelt with composed letters
 * is found in a title with decomposed ones. */
static void
test_relevant_organisations (Fixture       *f,
                             gconstpointer  data)
{
  MvOrganisation *organisation = add_organisation (f, "Pårørendealliansen",
                                                   "pårørende, bolig");
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GPtrArray) relevant = NULL;
  g_autoptr(GError) error = NULL;
  MvRelevantOrganisation *first;

  item = mv_agenda_add_item (f->ts.store, f->ts.council, NULL, "Tilbud til pa\xcc\x8a" "rørende",
                             MV_ITEM_KIND_DISCUSSION, 20, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_ref (item);

  relevant = mv_agenda_relevant_organisations (f->ts.store, item);
  g_assert_cmpuint (relevant->len, ==, 1);
  first = g_ptr_array_index (relevant, 0);
  g_assert_true (first->organisation == organisation);
  g_assert_cmpuint (first->words->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (first->words, 0), ==, "pårørende");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/util/dates/file", test_dates_file);
  g_test_add_func ("/util/dates/typed", test_dates_typed);
  g_test_add_func ("/util/dates/user", test_dates_user);
  g_test_add_func ("/util/dates/document", test_dates_document);
  g_test_add_func ("/util/labels", test_labels);
  g_test_add_func ("/util/text/fold", test_fold);
  g_test_add ("/util/text/csv-duplicate", Fixture, NULL, fixture_set_up, test_csv_duplicate,
              fixture_tear_down);
  g_test_add ("/util/text/relevant-organisations", Fixture, NULL, fixture_set_up,
              test_relevant_organisations, fixture_tear_down);

  return g_test_run ();
}
