/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mv-council.h"
#include "mv-csv.h"
#include "mv-error.h"
#include "mv-member.h"
#include "mv-members.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The member list as a secretary saves it from Excel: what lands in the
 * file (rows read on a connection of our own), what the report says, and
 * the line of every row that was turned away. */

typedef struct
{
  MvTestStore   ts;
} Fixture;

static MvOrganisation *
add_organisation (MvStore    *store,
                  const char *short_name,
                  const char *name)
{
  g_autoptr(MvOrganisation) org = g_object_new (MV_TYPE_ORGANISATION,
                                                "short-name", short_name,
                                                "name", name,
                                                NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (store, org, &error));
  g_assert_no_error (error);
  return org;
}

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

  add_organisation (f->ts.store, "FFO", "Funksjonshemmedes Fellesorganisasjon");
  add_organisation (f->ts.store, "", "Mental Helse");
  add_organisation (f->ts.store, "SAFO", "Samarbeidsforumet av funksjonshemmedes organisasjoner");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

static MvImportReport *
import_bytes (Fixture    *f,
              const char *data,
              gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  MvImportReport *report;

  report = mv_import_members_csv (f->ts.store, f->ts.council, bytes, "medlemmer.csv", &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static MvImportReport *
import_fixture (Fixture    *f,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return import_bytes (f, contents, length);
}

/* The report's rejections as "LINE: reason" lines, easy to compare. */
static char *
rejections_text (MvImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < report->rejections->len; i++)
    {
      MvImportRejection *r = g_ptr_array_index (report->rejections, i);

      g_string_append_printf (text, "%u: %s\n", r->line, r->reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
count_members (Fixture *f)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_int (db, "SELECT count(*) FROM members", NULL);
}

static gint64
count_organisations (Fixture *f)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_int (db, "SELECT count(*) FROM organisations", NULL);
}

/* A member's column in the file, by the member's name. */
static char *
member_column (Fixture    *f,
               const char *name,
               const char *column)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM members WHERE name = ?1", column);

  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members WHERE name = ?1",
                                   name, NULL), ==, 1);
  return mv_test_db_text (db, sql, name, NULL);
}

static char *
member_organisation (Fixture    *f,
                     const char *name)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_text (db, "SELECT o.name FROM members m JOIN organisations o "
                              "ON o.id = m.organisation_id WHERE m.name = ?1", name, NULL);
}

#define assert_column(f, name, column, expected) \
  G_STMT_START { \
    g_autofree char *mv_value_ = member_column ((f), (name), (column)); \
    g_assert_cmpstr (mv_value_, ==, (expected)); \
  } G_STMT_END

/* ---------------------------------------------------------------------- */
/* Reading CSV                                                             */
/* ---------------------------------------------------------------------- */

static GPtrArray *
parse (const char *text,
       char       *separator)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  GPtrArray *records = mv_csv_parse (bytes, "test.csv", separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

#define RECORD(records, i) ((MvCsvRecord *) g_ptr_array_index ((records), (i)))

static void
test_parse_quotes (void)
{
  g_autoptr(GPtrArray) records = NULL;
  char separator = 0;

  records = parse ("navn;merknad\n"
                   "\"Hansen; Kari\";\"linje 1\nlinje 2 med \"\"sitat\"\"\"\n"
                   "Ola;\"\"\n"
                   "\"Uten slutt;x\n", &separator);

  g_assert_cmpint (separator, ==, ';');
  g_assert_cmpuint (records->len, ==, 4);

  g_assert_cmpuint (RECORD (records, 0)->line, ==, 1);
  g_assert_cmpuint (RECORD (records, 0)->n_fields, ==, 2);
  g_assert_cmpstr (RECORD (records, 0)->fields[1], ==, "merknad");

  /* The separator and a line break inside quotes belong to the field. */
  g_assert_cmpuint (RECORD (records, 1)->line, ==, 2);
  g_assert_cmpuint (RECORD (records, 1)->n_fields, ==, 2);
  g_assert_cmpstr (RECORD (records, 1)->fields[0], ==, "Hansen; Kari");
  g_assert_cmpstr (RECORD (records, 1)->fields[1], ==, "linje 1\nlinje 2 med \"sitat\"");
  g_assert_null (RECORD (records, 1)->problem);

  /* The record after a two-line record starts on line 4. */
  g_assert_cmpuint (RECORD (records, 2)->line, ==, 4);
  g_assert_cmpstr (RECORD (records, 2)->fields[0], ==, "Ola");
  g_assert_cmpstr (RECORD (records, 2)->fields[1], ==, "");

  /* A quotation mark that is never closed: the rest is one field. */
  g_assert_cmpuint (RECORD (records, 3)->line, ==, 5);
  g_assert_cmpstr (RECORD (records, 3)->fields[0], ==, "Uten slutt;x\n");
  g_assert_cmpstr (RECORD (records, 3)->problem, ==, "a quotation mark is not closed");
}

static void
test_parse_crlf (void)
{
  g_autoptr(GPtrArray) records = NULL;

  records = parse ("navn;merknad\r\n"
                   "Kari;\"to\r\nlinjer\"\r\n"
                   "\r\n"
                   "Ola;siste", NULL);

  g_assert_cmpuint (records->len, ==, 4);
  g_assert_cmpstr (RECORD (records, 0)->fields[1], ==, "merknad");
  g_assert_cmpstr (RECORD (records, 1)->fields[0], ==, "Kari");
  g_assert_cmpstr (RECORD (records, 1)->fields[1], ==, "to\nlinjer");
  g_assert_cmpuint (RECORD (records, 2)->line, ==, 4);
  g_assert_cmpuint (RECORD (records, 2)->n_fields, ==, 1);
  g_assert_cmpstr (RECORD (records, 2)->fields[0], ==, "");
  /* No final line break: the last record still counts. */
  g_assert_cmpuint (RECORD (records, 3)->line, ==, 5);
  g_assert_cmpstr (RECORD (records, 3)->fields[1], ==, "siste");
}

static void
test_parse_separator (void)
{
  g_autoptr(GPtrArray) comma = NULL;
  g_autoptr(GPtrArray) quoted = NULL;
  g_autoptr(GPtrArray) hint = NULL;
  char separator = 0;

  comma = parse ("navn,organisasjon,rolle\n\"Berg; Anne\",FFO,medlem\n", &separator);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpuint (RECORD (comma, 1)->n_fields, ==, 3);
  g_assert_cmpstr (RECORD (comma, 1)->fields[0], ==, "Berg; Anne");

  /* Separators inside quotes in the header do not count. */
  quoted = parse ("\"a;b;c;d\",navn,rolle\n", &separator);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpuint (RECORD (quoted, 0)->n_fields, ==, 3);

  /* Excel's own hint wins, and the lines are still counted from the top. */
  hint = parse ("sep=,\nnavn;x,rolle\nKari;y,leder\n", &separator);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpuint (hint->len, ==, 2);
  g_assert_cmpuint (RECORD (hint, 0)->line, ==, 2);
  g_assert_cmpstr (RECORD (hint, 1)->fields[0], ==, "Kari;y");
}

/* ---------------------------------------------------------------------- */
/* Encodings                                                               */
/* ---------------------------------------------------------------------- */

static void
test_encoding_cp1252 (Fixture       *f,
                      gconstpointer  data)
{
  /* "Bjørn Åsheim;Blå Kors" and "Sølvi Ødegård;Blå Kors" in Windows-1252. */
  static const char cp1252[] =
    "Navn;Organisasjon;Rolle\r\n"
    "Bj\xf8rn \xc5sheim;Bl\xe5 Kors;Medlem\r\n"
    "S\xf8lvi \xd8" "deg\xe5rd;Bl\xe5 Kors;Vara\r\n";
  g_autoptr(MvImportReport) report = import_bytes (f, cp1252, -1);
  g_autofree char *org = NULL;

  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  assert_column (f, "Bjørn Åsheim", "role", "member");
  assert_column (f, "Sølvi Ødegård", "role", "deputy");
  org = member_organisation (f, "Sølvi Ødegård");
  g_assert_cmpstr (org, ==, "Blå Kors");
  g_assert_cmpuint (report->created_organisations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->created_organisations, 0), ==, "Blå Kors");
}

/* A list pasted together from two files: UTF-8, but for one line in
 * Windows-1252. The UTF-8 lines keep their letters; the other is refused
 * by its line, not guessed at. */
static void
test_encoding_mixed (Fixture       *f,
                     gconstpointer  data)
{
  static const char mixed[] =
    "Navn;Organisasjon;Rolle\n"
    "\xc3\x85se \xc3\x98" "deg\xc3\xa5rd;FFO;Medlem\n"
    "Bj\xf8rn \xc5sheim;Bl\xe5 Kors;Medlem\n"
    "Per Str\xc3\xb8m;SAFO;Vara\n";
  g_autoptr(MvImportReport) report = import_bytes (f, mixed, -1);
  MvImportRejection *rejection;

  g_assert_cmpuint (report->n_added, ==, 2);
  assert_column (f, "Åse Ødegård", "role", "member");
  assert_column (f, "Per Strøm", "role", "deputy");
  g_assert_cmpuint (report->rejections->len, ==, 1);
  rejection = g_ptr_array_index (report->rejections, 0);
  g_assert_cmpuint (rejection->line, ==, 3);
  g_assert_nonnull (strstr (rejection->reason, "UTF-8"));
}

/* Windows-1252 whose bytes happen to hold no valid UTF-8 sequence is read
 * whole as Windows-1252, even when only one line has letters beyond ASCII. */
static void
test_encoding_cp1252_one_line (Fixture       *f,
                               gconstpointer  data)
{
  static const char one[] =
    "Navn;Organisasjon;Rolle\n"
    "Kari Nordmann;FFO;Medlem\n"
    "\xc5se \xd8" "deg\xe5rd;FFO;Medlem\n";
  g_autoptr(MvImportReport) report = import_bytes (f, one, -1);

  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  assert_column (f, "Åse Ødegård", "role", "member");
}

/* The apostrophe our export puts before a would-be formula is not part of
 * the value: the exported list imports as it was. */
static void
test_formula_apostrophe (Fixture       *f,
                         gconstpointer  data)
{
  static const char csv[] =
    "Navn;Telefon;Rolle\n"
    "Kari Nordmann;'+47 400 00 000;Medlem\n"
    "'=Ola;;Medlem\n"
    "O'Brien;;Medlem\n";
  g_autoptr(MvImportReport) report = import_bytes (f, csv, -1);

  g_assert_cmpuint (report->n_added, ==, 3);
  assert_column (f, "Kari Nordmann", "phone", "+47 400 00 000");
  assert_column (f, "=Ola", "role", "member");
  assert_column (f, "O'Brien", "role", "member");
}

static void
test_encoding_fixture (Fixture       *f,
                       gconstpointer  data)
{
  /* Saved as Excel does: Windows-1252, CRLF, a quoted name with ';'. */
  g_autoptr(MvImportReport) report = import_fixture (f, "medlemmer-excel.csv");
  g_autofree char *deputy_for = NULL;
  g_autofree char *target = NULL;

  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpuint (report->n_existing, ==, 0);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_cmpuint (report->ignored_columns->len, ==, 0);
  /* "Blå Kors" and "blå kors" are one organisation, made once. */
  g_assert_cmpuint (report->created_organisations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->created_organisations, 0), ==, "Blå Kors");

  assert_column (f, "Kari Haugen", "role", "chair");
  assert_column (f, "Kari Haugen", "phone", "912 34 567");
  assert_column (f, "Kari Haugen", "term_start", "2025-01-01");
  assert_column (f, "Kari Haugen", "term_end", "2027-12-31");
  assert_column (f, "Hansen; Per", "role", "vice-chair");
  assert_column (f, "Hansen; Per", "phone", "+47 400 00 000");
  assert_column (f, "Hansen; Per", "term_start", "2025-01-01");
  assert_column (f, "Sølvi Ødegård", "role", "deputy");

  /* "Vara for" points at the member of that name. */
  deputy_for = member_column (f, "Sølvi Ødegård", "deputy_for");
  target = member_column (f, "Bjørn Åsheim", "id");
  g_assert_cmpstr (deputy_for, ==, target);
}

static void
test_encoding_bom (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;

  report = import_bytes (f, "\xEF\xBB\xBFnavn;organisasjon;rolle\nÅse Ødegård;FFO;nestleder\n", -1);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_cmpuint (report->ignored_columns->len, ==, 0);
  assert_column (f, "Åse Ødegård", "role", "vice-chair");
  {
    g_autofree char *org = member_organisation (f, "Åse Ødegård");

    g_assert_cmpstr (org, ==, "Funksjonshemmedes Fellesorganisasjon");
  }
}

/* Excel's "Unicode text": UTF-16 with a byte order mark, tabs between. */
static void
test_encoding_utf16 (Fixture       *f,
                     gconstpointer  data)
{
  static const char text[] = "navn\torganisasjon\trolle\r\nSølvi Ødegård\tFFO\tvara\r\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) bytes = g_string_new_len ("\xFF\xFE", 2);
  g_autoptr(MvImportReport) report = NULL;
  gsize length = 0;

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  g_string_append_len (bytes, utf16, length);

  report = import_bytes (f, bytes->str, bytes->len);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  assert_column (f, "Sølvi Ødegård", "role", "deputy");
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                    */
/* ---------------------------------------------------------------------- */

static void
test_roles_and_dates (Fixture       *f,
                      gconstpointer  data)
{
  static const char csv[] =
    "  Navn ;ROLLE;Fra;Til;e-post;telefon;kjønn;under 30;merknad\n"
    "A Leder;leder;01.03.2026;28.02.2029;a@example.no;;kvinne;nei;x\n"
    "B Nestleder;Nestleder;2026-03-01;2029-02-28;;;mann;;\n"
    "C Medlem;medlem;1.3.2026;;;;;ja;\n"
    "D Tom rolle;;;;;;;;\n"
    "E Vara;vara;;;;;;;\n"
    "F Varamedlem;Varamedlem;;;;;;;\n"
    "G Vararepresentant;vararepresentant;;;;;;;\n"
    "H Sekretær;sekretær;;;;;;;\n"
    "I Observatør;OBSERVATØR;;;;;;;\n"
    "J NAV-leder;NAV-leder;;;;;;;\n"
    "K NAV-ansatt;NAV-ansatt;;;;;;;\n"
    "L English;vice-chair;;;;;;;\n"
    "M English;nav-staff;;;;;;;\n";
  static const struct { const char *name, *role; } expected[] = {
    { "A Leder", "chair" }, { "B Nestleder", "vice-chair" }, { "C Medlem", "member" },
    { "D Tom rolle", "member" }, { "E Vara", "deputy" }, { "F Varamedlem", "deputy" },
    { "G Vararepresentant", "deputy" }, { "H Sekretær", "secretary" },
    { "I Observatør", "observer" }, { "J NAV-leder", "nav-leader" },
    { "K NAV-ansatt", "nav-staff" }, { "L English", "vice-chair" }, { "M English", "nav-staff" },
  };
  g_autoptr(MvImportReport) report = import_bytes (f, csv, -1);
  g_autofree char *rejected = rejections_text (report);

  g_assert_cmpstr (rejected, ==, "");
  g_assert_cmpuint (report->n_added, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (report->ignored_columns->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->ignored_columns, 0), ==, "merknad");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_column (f, expected[i].name, "role", expected[i].role);

  assert_column (f, "A Leder", "term_start", "2026-03-01");
  assert_column (f, "A Leder", "term_end", "2029-02-28");
  assert_column (f, "B Nestleder", "term_start", "2026-03-01");
  assert_column (f, "C Medlem", "term_start", "2026-03-01");
  assert_column (f, "C Medlem", "term_end", NULL);
  assert_column (f, "A Leder", "email", "a@example.no");
  assert_column (f, "A Leder", "gender", "female");
  assert_column (f, "B Nestleder", "gender", "male");
  assert_column (f, "C Medlem", "gender", "unknown");
  assert_column (f, "A Leder", "young", "0");
  assert_column (f, "C Medlem", "young", "1");
  /* No organisation column: no organisation. */
  assert_column (f, "A Leder", "organisation_id", NULL);
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MvImportReport) report = import_fixture (f, "medlemmer-feil.csv");
  g_autofree char *rejected = rejections_text (report);
  g_autofree char *org = NULL;

  g_assert_cmpstr (rejected, ==,
                   "3: the name is empty\n"
                   "4: “sjef” is not a role\n"
                   "5: “31.02.2026” is not a date\n"
                   "6: the term ends before it starts\n"
                   "7: “kari@” is not an e-mail address\n"
                   "8: “lise@” is not an e-mail address\n");

  /* The good rows are in the file, the bad ones are not. */
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->n_existing, ==, 0);
  g_assert_cmpint (count_members (f), ==, 2);
  assert_column (f, "Anne Berg", "term_end", "2027-12-31");
  org = member_organisation (f, "Anne Berg");
  g_assert_cmpstr (org, ==, "Funksjonshemmedes Fellesorganisasjon");
  assert_column (f, "Siri Siste", "role", "member");
  assert_column (f, "Siri Siste", "organisation_id", NULL);
}

static void
test_several_problems (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;
  g_autofree char *rejected = NULL;

  report = import_bytes (f,
                         "navn;rolle;fra;til;e-post;kjønn;ung\n"
                         "Kari;sjef;31.02.2026;2026-13-01;kari@;;\n"
                         "Ola;;1.1.26;;ola@@example.no;kanskje;kanskje\n"
                         "Per;;2026-02-29;2026-02-30;per@example;;\n", -1);
  rejected = rejections_text (report);
  g_assert_cmpstr (rejected, ==,
                   "2: “sjef” is not a role; “31.02.2026” is not a date; "
                   "“2026-13-01” is not a date; “kari@” is not an e-mail address\n"
                   "3: “1.1.26” is not a date; “ola@@example.no” is not an e-mail address; "
                   "“kanskje” is not a gender; “kanskje” is neither yes nor no\n"
                   "4: “2026-02-29” is not a date; “2026-02-30” is not a date; "
                   "“per@example” is not an e-mail address\n");
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpint (count_members (f), ==, 0);
}

static void
test_reimport (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MvImportReport) first = import_fixture (f, "medlemmer-feil.csv");
  g_autoptr(MvImportReport) second = import_fixture (f, "medlemmer-feil.csv");
  g_autoptr(MvImportReport) third = NULL;
  g_autofree char *first_rejected = rejections_text (first);
  g_autofree char *second_rejected = rejections_text (second);

  g_assert_cmpuint (first->n_added, ==, 2);
  g_assert_cmpuint (second->n_added, ==, 0);
  g_assert_cmpuint (second->n_existing, ==, 2);
  g_assert_cmpstr (second_rejected, ==, first_rejected);
  g_assert_cmpint (count_members (f), ==, 2);

  /* Other case and blanks, the organisation by its full name: the same
   * members. The same name in another organisation is someone else. */
  third = import_bytes (f,
                        "navn;organisasjon\n"
                        "  ANNE   berg ; funksjonshemmedes fellesorganisasjon \n"
                        "siri siste;\n"
                        "Anne Berg;Mental Helse\n"
                        "anne berg;mental helse\n", -1);
  g_assert_cmpuint (third->n_added, ==, 1);
  g_assert_cmpuint (third->n_existing, ==, 3);
  g_assert_cmpuint (third->created_organisations->len, ==, 0);
  g_assert_cmpint (count_members (f), ==, 3);
}

static void
test_new_organisation (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(sqlite3) db = NULL;
  gint64 orgs_before = count_organisations (f);
  g_autofree char *kind = NULL;

  report = import_bytes (f,
                         "navn;organisasjon;rolle\n"
                         "Kari Kors;Blå Kors;medlem\n"
                         "Ola Kors;  blå   KORS ;vara\n"
                         "Per Spøkelse;Spøkelsesforeningen;sjef\n"
                         "Anne FFO;ffo;medlem\n"
                         "Mona Helse;MENTAL HELSE;medlem\n", -1);

  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpuint (report->rejections->len, ==, 1);
  /* Made once, as written the first time; not for the rejected row. */
  g_assert_cmpuint (report->created_organisations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->created_organisations, 0), ==, "Blå Kors");
  g_assert_cmpint (count_organisations (f), ==, orgs_before + 1);

  db = mv_test_db_open (f->ts.path);
  kind = mv_test_db_text (db, "SELECT kind FROM organisations WHERE name = 'Blå Kors'", NULL);
  g_assert_cmpstr (kind, ==, "user-organisation");
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM members m JOIN organisations o "
                                       "ON o.id = m.organisation_id WHERE o.name = 'Blå Kors'",
                                   NULL), ==, 2);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM organisations "
                                       "WHERE name LIKE 'Spøkelse%'", NULL), ==, 0);
  {
    g_autofree char *ffo = member_organisation (f, "Anne FFO");
    g_autofree char *helse = member_organisation (f, "Mona Helse");

    g_assert_cmpstr (ffo, ==, "Funksjonshemmedes Fellesorganisasjon");
    g_assert_cmpstr (helse, ==, "Mental Helse");
  }

  /* The live list shows it too. */
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->ts.store,
                                                                  MV_TYPE_ORGANISATION)),
                    ==, orgs_before + 1);
}

static void
test_deputy_for (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MvImportReport) first = NULL;
  g_autoptr(MvImportReport) second = NULL;
  g_autofree char *rejected = NULL;

  first = import_bytes (f, "navn;organisasjon;rolle\nKari Haugen;FFO;leder\n", -1);
  g_assert_cmpuint (first->n_added, ==, 1);

  second = import_bytes (f,
                         "navn;organisasjon;rolle;vara for\n"
                         "Per Vara;FFO;vara;kari haugen\n"       /* in the council */
                         "Ola Vara;Mental Helse;;Mona Strand\n"  /* later in the file */
                         "Mona Strand;Mental Helse;medlem;\n"
                         "Lise Vara;SAFO;vara;Ukjent Person\n"
                         "Tor Vara;SAFO;vara;Lise Vara\n"        /* stands in for a rejected row */
                         "Eva Selv;SAFO;vara;Eva Selv\n", -1);
  rejected = rejections_text (second);
  g_assert_cmpstr (rejected, ==,
                   "5: “Ukjent Person” is not a member of the council\n"
                   "6: “Lise Vara” is not a member of the council\n"
                   "7: a member cannot be their own deputy\n");
  g_assert_cmpuint (second->n_added, ==, 3);

  {
    g_autofree char *kari = member_column (f, "Kari Haugen", "id");
    g_autofree char *mona = member_column (f, "Mona Strand", "id");
    g_autofree char *per_for = member_column (f, "Per Vara", "deputy_for");
    g_autofree char *ola_for = member_column (f, "Ola Vara", "deputy_for");

    g_assert_cmpstr (per_for, ==, kari);
    g_assert_cmpstr (ola_for, ==, mona);
    /* An empty role with "vara for" is a deputy. */
    assert_column (f, "Ola Vara", "role", "deputy");
  }
}

/* The report's notes as "LINE: text" lines. */
static char *
notes_text (MvImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < report->notes->len; i++)
    {
      MvImportNote *note = g_ptr_array_index (report->notes, i);

      g_string_append_printf (text, "%u: %s\n", note->line, note->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
count_organisations_like (Fixture    *f,
                          const char *pattern)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_int (db, "SELECT count(*) FROM organisations WHERE name LIKE ?1",
                         pattern, NULL);
}

/* The NAV unit in the organisation column is NAV, not a user organisation:
 * none is made, and a NAV row that says no more than "member" is NAV
 * staff, each said in the report. */
static void
test_nav_units (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(MvImportReport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *rejected = NULL;
  gint64 orgs_before = count_organisations (f);

  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error,
                               "nav-unit", "NAV Testby", NULL));
  g_assert_no_error (error);

  report = import_bytes (f,
                         "navn;organisasjon;rolle\n"
                         "Eva Leder;NAV Testby;NAV-leder\n"
                         "Per Ansatt; nav   TESTBY ;\n"
                         "Siv Fylke;Nav Vestland;medlem\n"
                         "Tor Sekretær;NAV Testby;sekretær\n"
                         "Ola Bruker;FFO;medlem\n"
                         "Navnløs Forening;Navigatørene;medlem\n", -1);
  rejected = rejections_text (report);
  notes = notes_text (report);
  g_assert_cmpstr (rejected, ==, "");
  g_assert_cmpuint (report->n_added, ==, 6);
  g_assert_cmpstr (notes, ==,
                   "2: Eva Leder – “NAV Testby” is NAV, not a user organisation: "
                   "added without an organisation\n"
                   "3: Per Ansatt – “nav TESTBY” is NAV, not a user organisation: "
                   "added as NAV staff, without an organisation\n"
                   "4: Siv Fylke – “Nav Vestland” is NAV, not a user organisation: "
                   "added as NAV staff, without an organisation\n"
                   "5: Tor Sekretær – “NAV Testby” is NAV, not a user organisation: "
                   "added without an organisation\n");

  /* No organisation named like a NAV unit; "Navigatørene" is one. */
  g_assert_cmpint (count_organisations_like (f, "nav %"), ==, 0);
  g_assert_cmpint (count_organisations (f), ==, orgs_before + 1);
  g_assert_cmpuint (report->created_organisations->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->created_organisations, 0), ==, "Navigatørene");

  assert_column (f, "Eva Leder", "role", "nav-leader");
  assert_column (f, "Per Ansatt", "role", "nav-staff");
  assert_column (f, "Siv Fylke", "role", "nav-staff");
  assert_column (f, "Tor Sekretær", "role", "secretary");
  assert_column (f, "Ola Bruker", "role", "member");
  assert_column (f, "Navnløs Forening", "role", "member");
  assert_column (f, "Eva Leder", "organisation_id", NULL);
  assert_column (f, "Per Ansatt", "organisation_id", NULL);
  assert_column (f, "Siv Fylke", "organisation_id", NULL);

  /* The same file again: everyone is there already, nothing is noted. */
  again = import_bytes (f,
                        "navn;organisasjon;rolle\n"
                        "Eva Leder;NAV Testby;NAV-leder\n"
                        "Per Ansatt; nav   TESTBY ;\n"
                        "Siv Fylke;Nav Vestland;medlem\n"
                        "Tor Sekretær;NAV Testby;sekretær\n"
                        "Ola Bruker;FFO;medlem\n"
                        "Navnløs Forening;Navigatørene;medlem\n", -1);
  g_assert_cmpuint (again->n_added, ==, 0);
  g_assert_cmpuint (again->n_existing, ==, 6);
  g_assert_cmpuint (again->notes->len, ==, 0);
  g_assert_cmpint (count_members (f), ==, 6);

  /* A member that an earlier version imported into a user organisation
   * made of the NAV unit is the same member: not added again. */
  {
    MvOrganisation *old = add_organisation (f->ts.store, "", "NAV Gammelby");
    g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
    g_autoptr(MvImportReport) old_file = NULL;

    edit->name = g_strdup ("Gry Gammel");
    edit->role = MV_MEMBER_ROLE_MEMBER;
    edit->organisation_id = g_strdup (mv_record_get_id (MV_RECORD (old)));
    g_assert_nonnull (mv_members_save (f->ts.store, f->ts.council, NULL, edit, NULL, &error));
    g_assert_no_error (error);

    old_file = import_bytes (f, "navn;organisasjon\nGry Gammel;NAV Gammelby\n", -1);
    g_assert_cmpuint (old_file->n_added, ==, 0);
    g_assert_cmpuint (old_file->n_existing, ==, 1);
    g_assert_cmpint (count_members (f), ==, 7);
  }
}

/* A council whose NAV unit is not called "NAV …", and an organisation of
 * the kind NAV in the file, which NAV rows belong to. */
static void
test_nav_unit_of_council (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MvOrganisation) nav = g_object_new (MV_TYPE_ORGANISATION,
                                                "name", "Arbeids- og velferdsetaten",
                                                "short-name", "Nav",
                                                "kind", MV_ORGANISATION_KIND_NAV,
                                                NULL);
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *nav_id = NULL;
  g_autofree char *eva_org = NULL;
  g_autofree char *kari_org = NULL;
  gint64 orgs_before;

  g_assert_true (mv_store_insert (f->ts.store, nav, &error));
  g_assert_no_error (error);
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error,
                               "nav-unit", "Velferdskontoret i Testby", NULL));
  g_assert_no_error (error);
  orgs_before = count_organisations (f);

  report = import_bytes (f,
                         "navn;organisasjon;rolle\n"
                         "Kari Kontor;velferdskontoret i testby;\n"
                         "Eva Leder;NAV;NAV-leder\n"
                         "Per Etat;Arbeids- og velferdsetaten;medlem\n", -1);
  notes = notes_text (report);
  g_assert_cmpuint (report->n_added, ==, 3);
  g_assert_cmpstr (notes, ==,
                   "2: Kari Kontor – “velferdskontoret i testby” is NAV, not a user "
                   "organisation: added as NAV staff, without an organisation\n"
                   "4: Per Etat – “Arbeids- og velferdsetaten” is NAV: added as NAV staff\n");
  g_assert_cmpint (count_organisations (f), ==, orgs_before);
  g_assert_cmpuint (report->created_organisations->len, ==, 0);

  nav_id = g_strdup (mv_record_get_id (MV_RECORD (nav)));
  eva_org = member_column (f, "Eva Leder", "organisation_id");
  kari_org = member_column (f, "Kari Kontor", "organisation_id");
  g_assert_cmpstr (eva_org, ==, nav_id);
  g_assert_null (kari_org);
  assert_column (f, "Kari Kontor", "role", "nav-staff");
  assert_column (f, "Per Etat", "role", "nav-staff");
}

/* The user groups a member speaks for, by their names in the file. */
static char *
member_groups (Fixture    *f,
               const char *name)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

  return mv_test_db_text (db, "SELECT group_concat (g.name, '|') FROM "
                              "(SELECT g.name FROM members m "
                              "JOIN member_user_groups l ON l.member_id = m.id "
                              "JOIN user_groups g ON g.id = l.user_group_id "
                              "WHERE m.name = ?1 ORDER BY g.position) g", name, NULL);
}

#define assert_groups(f, name, expected) \
  G_STMT_START { \
    g_autofree char *mv_groups_ = member_groups ((f), (name)); \
    g_assert_cmpstr (mv_groups_, ==, (expected)); \
  } G_STMT_END

static void
test_user_groups (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(MvImportReport) english = NULL;
  g_autofree char *rejected = NULL;

  /* A new file starts with NAV's usual user groups ("Ungdom",
   * "Innvandrere", "Langtidssyke", …). */
  report = import_bytes (f,
                         "navn;Brukergrupper\n"
                         "Kari To;\"ungdom,  INNVANDRERE\"\n"
                         "Ola Semikolon;Langtidssyke; Ungdom\n"
                         "Per Dobbel;\"Ungdom, ungdom;\"\n"
                         "Lise Ingen;\n"
                         "Tor Ukjent;\"Ungdom, Studenter, Pensjonister\"\n", -1);
  rejected = rejections_text (report);
  g_assert_cmpstr (rejected, ==,
                   "6: “Studenter” is not one of the user groups; "
                   "“Pensjonister” is not one of the user groups\n");
  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpuint (report->ignored_columns->len, ==, 0);

  assert_groups (f, "Kari To", "Ungdom|Innvandrere");
  /* Unquoted, a ';' is the file's separator: only the first cell counts. */
  assert_groups (f, "Ola Semikolon", "Langtidssyke");
  assert_groups (f, "Per Dobbel", "Ungdom");
  assert_groups (f, "Lise Ingen", NULL);

  english = import_bytes (f,
                          "name,user groups\n"
                          "Eva English,\"Arbeidssøkere; aleneforsørgere\"\n", -1);
  g_assert_cmpuint (english->n_added, ==, 1);
  assert_groups (f, "Eva English", "Aleneforsørgere|Arbeidssøkere");
}

/* A term that is over is imported, with a note that says so; a term not
 * yet over, or none, is not noted. */
static void
test_term_ended (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MvImportReport) report = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *rejected = NULL;

  report = import_bytes (f,
                         "navn;fra;til;organisasjon\n"
                         "Kari Ferdig;01.01.2017;31.12.2020;FFO\n"
                         "Ola Fortsatt;2026-01-01;2099-12-31;FFO\n"
                         "Per Uten;;;FFO\n"
                         "Lise Feil;2021-01-01;2020-12-31;FFO\n"
                         "Tor NAV;2016-01-01;2019-06-30;NAV Kontoret\n", -1);
  notes = notes_text (report);
  rejected = rejections_text (report);
  g_assert_cmpstr (rejected, ==, "5: the term ends before it starts\n");
  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpstr (notes, ==,
                   "2: Kari Ferdig – the term ended 31 Dec 2020\n"
                   "6: Tor NAV – “NAV Kontoret” is NAV, not a user organisation: "
                   "added as NAV staff, without an organisation\n"
                   "6: Tor NAV – the term ended 30 Jun 2019\n");
  assert_column (f, "Kari Ferdig", "term_end", "2020-12-31");
}

/* ---------------------------------------------------------------------- */
/* Files that are not member lists                                         */
/* ---------------------------------------------------------------------- */

static void
test_file_errors (Fixture       *f,
                  gconstpointer  data)
{
  /* The length, where the bytes hold a NUL; else -1. */
  static const struct { const char *data; gssize length; const char *needle; } files[] = {
    { "", 0, "is empty" },
    { "\xEF\xBB\xBF \r\n\r\n", -1, "is empty" },
    { ";;;\r\n;;;\r\n", -1, "is empty" },
    { "sep=;\n", -1, "is empty" },
    { "sep=;", -1, "is empty" },
    { "navn;rolle\nKari\0;leder\n", 23, "binary" },
    { "PK\x03\x04\x14\0\0\0\x08\0", 10, "binary" },
    { "Kari Haugen;FFO;leder\nOla;SAFO;medlem\n", -1, "no header row" },
    { "organisasjon;rolle\nFFO;leder\n", -1, "no column for the name" },
  };
  gint64 members_before = count_members (f);
  gint64 orgs_before = count_organisations (f);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      gsize length = files[i].length < 0 ? strlen (files[i].data) : (gsize) files[i].length;
      g_autoptr(GBytes) bytes = g_bytes_new (files[i].data, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(MvImportReport) report = NULL;

      report = mv_import_members_csv (f->ts.store, f->ts.council, bytes, "liste.csv", &error);
      g_assert_null (report);
      g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "liste.csv"));
      g_assert_nonnull (strstr (error->message, files[i].needle));
    }

  g_assert_cmpint (count_members (f), ==, members_before);
  g_assert_cmpint (count_organisations (f), ==, orgs_before);
}

/* A cell longer than its field holds refuses its row, naming the line and
 * the field; the other rows go in. A 1 MB name once went in whole, and the
 * notice with it took minutes to lay out. The limit counts characters:
 * 300 of "Å" (600 bytes) is a name. */
static void
test_too_long (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("navn;organisasjon;telefon\n");
  g_autoptr(MvImportReport) report = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *huge = g_strnfill (1024 * 1024, 'A');
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autofree char *long_org = g_strnfill (301, 'B');
  g_autofree char *long_phone = g_strnfill (400, '9');

  for (int i = 0; i < 300; i++)
    g_string_append (longest, "Å");

  g_string_append (csv, "Ola Først;FFO;\n");
  g_string_append_printf (csv, "%s;FFO;\n", huge);
  g_string_append_printf (csv, "Kari Lang;%s;\n", long_org);
  g_string_append_printf (csv, "Per Ring;;%s\n", long_phone);
  g_string_append_printf (csv, "%s;Mental Helse;\n", longest->str);
  g_string_append (csv, "Siri Sist;;\n");

  report = import_bytes (f, csv->str, (gssize) csv->len);
  rejected = rejections_text (report);
  g_assert_cmpstr (rejected, ==,
                   "3: “Name” is too long: 1048576 characters, at most 300\n"
                   "4: “Organisation” is too long: 301 characters, at most 300\n"
                   "5: “Phone” is too long: 400 characters, at most 300\n");

  g_assert_cmpuint (report->n_added, ==, 3);
  g_assert_cmpint (count_members (f), ==, 3);
  assert_column (f, "Ola Først", "role", "member");
  assert_column (f, longest->str, "role", "member");
  assert_column (f, "Siri Sist", "role", "member");
  /* No organisation made of the refused row's cell. */
  g_assert_cmpint (count_organisations (f), ==, 3);
}

/* A named pipe is refused at once, by name, rather than read for ever. */
static void
test_fifo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvImportReport) report = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  report = mv_import_members_csv_file (f->ts.store, f->ts.council, file, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "medlemmer.csv"));
  g_assert_nonnull (strstr (error->message, "is not a regular file"));
  g_assert_cmpint (count_members (f), ==, 0);
  mv_test_remove_tree (dir);
}

/* The good rows go in together or not at all: a file that may not be
 * written gets none of them, and no organisation. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvStore) reader = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MvImportReport) report = NULL;
  static const char csv[] = "navn;organisasjon\nKari;Blå Kors\nOla;FFO\n";
  MvCouncil *council;
  gint64 orgs_before = count_organisations (f);

  g_clear_object (&f->ts.store);
  reader = mv_store_open (f->ts.path, MV_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  council = mv_store_find_council (reader, NULL, &error);
  g_assert_no_error (error);

  bytes = g_bytes_new_static (csv, strlen (csv));
  report = mv_import_members_csv (reader, council, bytes, "liste.csv", &error);
  g_assert_null (report);
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (reader, MV_TYPE_MEMBER)), ==, 0);
  g_assert_cmpint (count_members (f), ==, 0);
  g_assert_cmpint (count_organisations (f), ==, orgs_before);
}

/* A write that fails half-way – here the council was removed behind the
 * store's back, so the first member breaks a rule of the file after its
 * organisation was made – leaves neither behind. */
static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  static const char csv[] = "navn;organisasjon\nKari;Blå Kors\nOla;FFO\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(MvImportReport) report = NULL;
  GListModel *orgs = mv_store_get_model (f->ts.store, MV_TYPE_ORGANISATION);
  guint n_orgs = g_list_model_get_n_items (orgs);
  gint64 orgs_before = count_organisations (f);

  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

    mv_test_db_exec (db, "DELETE FROM councils");
  }

  report = mv_import_members_csv (f->ts.store, f->ts.council, bytes, "liste.csv", &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_cmpint (count_organisations (f), ==, orgs_before);
  g_assert_cmpint (count_members (f), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, n_orgs);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->ts.store, MV_TYPE_MEMBER)),
                    ==, 0);
}

/* ---------------------------------------------------------------------- */
/* Values                                                                  */
/* ---------------------------------------------------------------------- */

static void
test_email (void)
{
  static const char * const good[] = {
    "kari@ffo.no", "kari.haugen@ffo.example.no", "per+brukerutvalg@nav.no",
    "sølvi@blåkors.no", "a@b.c",
  };
  static const char * const bad[] = {
    "", "kari", "kari@", "@ffo.no", "kari@ffo", "kari@@ffo.no", "kari@ffo@nav.no",
    "kari haugen@ffo.no", "kari@ffo.no ", "kari@.no", "kari@ffo.", "kari@ffo..no",
    "kari@ffo.no;per@nav.no", "kari\t@ffo.no",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (!mv_email_is_valid (good[i]))
      g_error ("“%s” should pass", good[i]);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (mv_email_is_valid (bad[i]))
      g_error ("“%s” should not pass", bad[i]);
  g_assert_false (mv_email_is_valid (NULL));
}

static void
test_dates (void)
{
  static const struct { const char *text, *iso; } dates[] = {
    { "2026-03-01", "2026-03-01" }, { "01.03.2026", "2026-03-01" },
    { "1.3.2026", "2026-03-01" }, { " 29.02.2028 ", "2028-02-29" },
    { "2026-3-1", "2026-03-01" },
    { "31.02.2026", NULL }, { "29.02.2026", NULL }, { "2026-13-01", NULL },
    { "00.01.2026", NULL }, { "1.1.26", NULL }, { "01/03/2026", NULL },
    { "2026-03-01T10:00", NULL }, { "i morgen", NULL }, { "", NULL }, { "2026-03-011", NULL },
    { "001.03.2026", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = mv_csv_parse_date (dates[i].text);

      g_assert_cmpstr (iso, ==, dates[i].iso);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  g_test_add_func ("/csv/parse/quotes", test_parse_quotes);
  g_test_add_func ("/csv/parse/crlf", test_parse_crlf);
  g_test_add_func ("/csv/parse/separator", test_parse_separator);
  ADD ("/csv/encoding/cp1252", test_encoding_cp1252);
  ADD ("/csv/encoding/excel-file", test_encoding_fixture);
  ADD ("/csv/encoding/mixed", test_encoding_mixed);
  ADD ("/csv/import/formula-apostrophe", test_formula_apostrophe);
  ADD ("/csv/encoding/cp1252-one-line", test_encoding_cp1252_one_line);
  ADD ("/csv/encoding/bom", test_encoding_bom);
  ADD ("/csv/encoding/utf16", test_encoding_utf16);
  ADD ("/csv/import/roles-and-dates", test_roles_and_dates);
  ADD ("/csv/import/bad-rows", test_bad_rows);
  ADD ("/csv/import/several-problems", test_several_problems);
  ADD ("/csv/import/again", test_reimport);
  ADD ("/csv/import/new-organisation", test_new_organisation);
  ADD ("/csv/import/deputy-for", test_deputy_for);
  ADD ("/csv/import/nav-units", test_nav_units);
  ADD ("/csv/import/nav-unit-of-council", test_nav_unit_of_council);
  ADD ("/csv/import/user-groups", test_user_groups);
  ADD ("/csv/import/term-ended", test_term_ended);
  ADD ("/csv/import/file-errors", test_file_errors);
  ADD ("/csv/import/all-or-nothing", test_all_or_nothing);
  ADD ("/csv/import/rollback", test_rollback);
  ADD ("/csv/import/too-long", test_too_long);
  ADD ("/csv/import/fifo", test_fifo);
  g_test_add_func ("/csv/email", test_email);
  g_test_add_func ("/csv/dates", test_dates);

#undef ADD

  return g_test_run ();
}
