/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mv-test-utils.h"

/* medvirke-cli on councils, meetings, items and documents, as a script
 * uses it: the output, one line on stderr naming the input on an error
 * (exit 2 for usage, 1 when the file says no), the rows in the file, and
 * the file untouched when the input is refused. MEDVIRKE_CLI names the
 * program (meson). */

typedef MvTestRun Run;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, mv_test_run_clear)

/* The language a run speaks; NULL for the untranslated source strings. */
static const char *run_language;

static void
run_cli (Run        *run,
         const char *first,
         ...) G_GNUC_NULL_TERMINATED;

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  va_list args;

  va_start (args, first);
  mv_test_run_cli_va (run, run_language, first, args);
  va_end (args);
}

/* A failure with @status: nothing on stdout, one line on stderr naming
 * @needle (the input at fault). */
static void
assert_failed (Run        *run,
               int         status,
               const char *needle)
{
  const char *newline;

  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  newline = strchr (run->err, '\n');
  g_assert_true (newline != NULL && newline[1] == '\0');
  if (needle != NULL && strstr (run->err, needle) == NULL)
    g_error ("“%s” does not name “%s”", run->err, needle);
}

/* A success that prints nothing. */
static void
assert_quiet (Run *run)
{
  if (run->status != 0)
    g_error ("exit %d: %s", run->status, run->err);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, "");
}

/* A list: a zero exit, nothing on stderr, the header, and every row with
 * as many tab-separated fields as the header. Returns the rows (without
 * the header), each split into fields. */
static GPtrArray *
parse_list (Run        *run,
            const char *header)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header_fields = g_strsplit (header, "\t", -1);
  guint n_lines;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_true (g_str_has_suffix (run->out, "\n"));

  lines = g_strsplit (run->out, "\n", -1);
  n_lines = g_strv_length (lines);
  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  g_assert_cmpstr (lines[0], ==, header);

  for (guint i = 1; i + 1 < n_lines; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) != g_strv_length (header_fields))
        g_error ("row %u has %u fields, the header %u: “%s”", i, g_strv_length (fields),
                 g_strv_length (header_fields), lines[i]);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

#define FIELD(rows, i, j) (((char **) g_ptr_array_index ((rows), (i)))[(j)])

static const char meetings_header[] = "id\tdate\tstart\tend\tplace\tstatus\titems";
static const char items_header[] = "id\tnumber\ttitle\tkind\tpresenter\tstart\tminutes";
static const char council_header[] = "setting\tvalue";

typedef struct
{
  char    *dir;
  char    *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  f->dir = mv_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "eksempel.db", NULL);
  run_cli (&run, "--db", f->db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

/* The rows, on a connection of the test's own that is closed again
 * before the next run: a descriptor this process keeps on the file would
 * be closed by mv_test_file_state() and lose its locks. */
static char *
row_text (Fixture    *f,
          const char *sql,
          const char *id)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->db);

  return mv_test_db_text (db, sql, id, NULL);
}

static gint64
row_int (Fixture    *f,
         const char *sql,
         const char *id)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->db);

  return mv_test_db_int (db, sql, id, NULL);
}

#define assert_row(f, sql, id, expected) \
  G_STMT_START { \
    g_autofree char *mv_row_ = row_text ((f), (sql), (id)); \
    g_assert_cmpstr (mv_row_, ==, (expected)); \
  } G_STMT_END

/* The meetings of the file, from the CLI. */
static GPtrArray *
list_meetings (Fixture *f)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", f->db, "meetings", NULL);
  return parse_list (&run, meetings_header);
}

static GPtrArray *
list_items (Fixture    *f,
            const char *meeting)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", f->db, "items", "--meeting", meeting, NULL);
  return parse_list (&run, items_header);
}

/* The last planned meeting of the sample, as id and date. */
static void
planned_meeting (Fixture  *f,
                 char    **id,
                 char    **date)
{
  g_autoptr(GPtrArray) meetings = list_meetings (f);

  for (guint m = meetings->len; m-- > 0;)
    if (g_str_equal (FIELD (meetings, m, 5), "planned"))
      {
        *id = g_strdup (FIELD (meetings, m, 0));
        if (date != NULL)
          *date = g_strdup (FIELD (meetings, m, 1));
        return;
      }
  g_assert_not_reached ();
}

/* A new meeting far from the sample's, by the CLI; its id. */
static char *
add_meeting (Fixture    *f,
             const char *date,
             const char *start)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", f->db, "add-meeting", "--date", date, "--start", start,
           "--minutes", "120", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpuint (strlen (run.out), ==, 37);
  return g_strndup (run.out, 36);
}

/* Each refused command: its exit status, the input it names, and the file
 * as it was. */
typedef struct
{
  const char *args[12];
  int         status;
  const char *needle;
} Refusal;

static void
assert_refused (Fixture       *f,
                const Refusal *refusals,
                guint          n_refusals)
{
  g_autoptr(MvTestFileState) before = mv_test_file_state (f->db);

  for (guint i = 0; i < n_refusals; i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *a = refusals[i].args;

      run_cli (&run, "--db", f->db, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
               a[10], a[11], NULL);
      assert_failed (&run, refusals[i].status, refusals[i].needle);
      mv_test_assert_file_unchanged (before, f->db);
    }
}

/* --- add-meeting ---------------------------------------------------------- */

static void
test_add_meeting (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Run) add = { 0 };
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *id = NULL;
  g_autofree char *second = NULL;
  gboolean found = FALSE;

  run_cli (&add, "--db", f->db, "add-meeting", "--date", "2099-03-10", "--start", "09:30",
           "--end", "12:00", "--theme", "Ungdom og arbeid", NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.err, ==, "");
  g_assert_true (g_str_has_suffix (add.out, "\n"));
  id = g_strndup (add.out, strlen (add.out) - 1);
  g_assert_cmpuint (strlen (id), ==, 36);

  /* Listed with the council's place and its fixed items. */
  meetings = list_meetings (f);
  for (guint m = 0; m < meetings->len; m++)
    if (g_str_equal (FIELD (meetings, m, 0), id))
      {
        found = TRUE;
        g_assert_cmpstr (FIELD (meetings, m, 1), ==, "2099-03-10");
        g_assert_cmpstr (FIELD (meetings, m, 2), ==, "09:30");
        g_assert_cmpstr (FIELD (meetings, m, 3), ==, "12:00");
        g_assert_cmpstr (FIELD (meetings, m, 4), ==, "NAV Eksempelby, møterom Fjorden, Storgata 1");
        g_assert_cmpstr (FIELD (meetings, m, 5), ==, "planned");
        g_assert_cmpstr (FIELD (meetings, m, 6), ==, "4");
      }
  g_assert_true (found);
  items = list_items (f, id);
  g_assert_cmpstr (FIELD (items, items->len - 1, 2), ==, "Eventuelt");

  /* The row: the theme, and the deadlines from the council's days. */
  assert_row (f, "SELECT theme || '|' || case_deadline || '|' || notice_date || '|' || status "
                 "FROM meetings WHERE id = ?1", id,
              "Ungdom og arbeid|2099-02-17|2099-02-24|planned");

  /* With --minutes and a place of its own. */
  second = add_meeting (f, "2099-05-12", "10:00");
  assert_row (f, "SELECT starts_at || '|' || ends_at FROM meetings WHERE id = ?1", second,
              "2099-05-12T10:00|2099-05-12T12:00");

  {
    static const Refusal refused[] = {
      { { "add-meeting", "--start", "10:00", "--minutes", "60" }, 2, "--date" },
      { { "add-meeting", "--date", "2099-02-30", "--start", "10:00", "--minutes", "60" }, 2,
        "2099-02-30" },
      { { "add-meeting", "--date", "2099-04-01", "--start", "kl 10", "--minutes", "60" }, 2,
        "kl 10" },
      { { "add-meeting", "--date", "2099-04-01", "--start", "10:00" }, 2, "--minutes" },
      { { "add-meeting", "--date", "2099-04-01", "--start", "10:00", "--end", "11:00",
          "--minutes", "60" }, 2, "--end" },
      { { "add-meeting", "--date", "2099-04-01", "--start", "10:00", "--end", "09:00" }, 2,
        "09:00" },
      { { "add-meeting", "--date", "2099-04-01", "--start", "10:00", "--minutes", "2000" }, 2,
        "2000" },
      /* The council already meets then. */
      { { "add-meeting", "--date", "2099-03-10", "--start", "09:30", "--minutes", "60" }, 1,
        "2099-03-10" },
      { { "add-meeting", "--council", "ukjent", "--date", "2099-04-01", "--start", "10:00",
          "--minutes", "60" }, 1, "ukjent" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- edit-meeting --------------------------------------------------------- */

static void
test_edit_meeting (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *id = add_meeting (f, "2099-03-10", "10:00");
  g_autofree char *other = add_meeting (f, "2099-04-14", "10:00");
  g_autoptr(GPtrArray) items = NULL;

  /* Moved by its date: the end and the deadlines go along. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "--db", f->db, "edit-meeting", "2099-03-10", "--date", "2099-03-17",
             "--start", "12:00", "--place", "Rådhuset", "--theme", "Budsjett", "--kind",
             "workshop", NULL);
    assert_quiet (&run);
  }
  assert_row (f, "SELECT starts_at || '|' || ends_at || '|' || case_deadline || '|' || "
                 "notice_date || '|' || place || '|' || theme || '|' || kind "
                 "FROM meetings WHERE id = ?1", id,
              "2099-03-17T12:00|2099-03-17T14:00|2099-02-24|2099-03-03|Rådhuset|Budsjett|"
              "workshop");

  /* A new end. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "--db", f->db, "edit-meeting", id, "--end", "15:30", NULL);
    assert_quiet (&run);
  }
  assert_row (f, "SELECT ends_at FROM meetings WHERE id = ?1", id, "2099-03-17T15:30");

  /* The notice: its numbers are fixed, as send-notice does. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "--db", f->db, "edit-meeting", id, "--status", "notice-sent", NULL);
    assert_quiet (&run);
  }
  assert_row (f, "SELECT status || '|' || (SELECT count(*) FROM agenda_items WHERE meeting_id = ?1 "
                 "AND deleted_at IS NULL AND number_fixed = 1) FROM meetings WHERE id = ?1", id,
              "notice-sent|4");
  items = list_items (f, id);
  g_assert_cmpstr (FIELD (items, 0, 1), ==, "01/99");

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "--db", f->db, "edit-meeting", id, "--status", "held", NULL);
    assert_quiet (&run);
  }
  assert_row (f, "SELECT status FROM meetings WHERE id = ?1", id, "held");

  {
    const Refusal refused[] = {
      { { "edit-meeting", other }, 2, "edit-meeting" },
      { { "edit-meeting", "--theme", "T" }, 2, "edit-meeting" },
      { { "edit-meeting", other, "--status", "cancelled" }, 2, "cancelled" },
      { { "edit-meeting", other, "--status", "avholdt" }, 2, "avholdt" },
      { { "edit-meeting", other, "--kind", "seminar" }, 2, "seminar" },
      { { "edit-meeting", other, "--date", "17.03.2099" }, 2, "17.03.2099" },
      { { "edit-meeting", other, "--start", "25:00" }, 2, "25:00" },
      { { "edit-meeting", other, "--end", "11:00", "--minutes", "30" }, 2, "--minutes" },
      { { "edit-meeting", other, "--end", "09:00" }, 1, "09:00" },
      { { "edit-meeting", "ukjent-møte", "--theme", "T" }, 1, "ukjent-møte" },
      { { "edit-meeting", "2099-01-01", "--theme", "T" }, 1, "2099-01-01" },
      /* Onto the moved meeting's day and start. */
      { { "edit-meeting", other, "--date", "2099-03-17", "--start", "12:00" }, 1, "2099-03-17" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- cancel-meeting ------------------------------------------------------- */

static void
test_cancel_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *planned = NULL;
  g_autofree char *date = NULL;
  g_autofree char *target = NULL;
  g_autofree char *spare = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) backlog = { 0 };
  guint cases;

  planned_meeting (f, &planned, &date);
  target = add_meeting (f, "2099-06-09", "10:00");
  spare = add_meeting (f, "2099-08-11", "10:00");
  before = list_items (f, planned);
  cases = before->len - 4;
  g_assert_cmpuint (cases, >, 0);

  /* The cases go before the target's "Eventuelt", the fixed items stay. */
  run_cli (&run, "--db", f->db, "cancel-meeting", date, "--items-to", "2099-06-09", NULL);
  assert_quiet (&run);
  assert_row (f, "SELECT status FROM meetings WHERE id = ?1", planned, "cancelled");
  after = list_items (f, target);
  g_assert_cmpuint (after->len, ==, 4 + cases);
  g_assert_cmpstr (FIELD (after, 3, 2), ==, FIELD (before, 3, 2));
  g_assert_cmpstr (FIELD (after, after->len - 1, 2), ==, "Eventuelt");
  g_assert_cmpint (row_int (f, "SELECT count(*) FROM agenda_items "
                               "WHERE meeting_id = ?1 AND deleted_at IS NULL", planned), ==, 4);

  /* To the backlog. */
  run_cli (&backlog, "--db", f->db, "cancel-meeting", target, "--items-to-backlog", NULL);
  assert_quiet (&backlog);
  assert_row (f, "SELECT status FROM meetings WHERE id = ?1", target, "cancelled");
  g_assert_cmpint (row_int (f, "SELECT count(*) FROM agenda_items "
                               "WHERE meeting_id = ?1 AND deleted_at IS NULL", target), ==, 4);

  {
    const Refusal refused[] = {
      { { "cancel-meeting" }, 2, "cancel-meeting" },
      { { "cancel-meeting", spare, "--items-to", target, "--items-to-backlog" }, 2,
        "--items-to-backlog" },
      { { "cancel-meeting", target }, 1, "2099-06-09" },
      { { "cancel-meeting", spare, "--items-to", target }, 1, "2099-06-09" },
      { { "cancel-meeting", spare, "--items-to", "ukjent-møte" }, 1, "ukjent-møte" },
      { { "cancel-meeting", "ukjent-møte" }, 1, "ukjent-møte" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- edit-item ------------------------------------------------------------ */

static void
test_edit_item (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *meeting = add_meeting (f, "2099-03-10", "10:00");
  g_autofree char *item = NULL;
  g_autofree char *ffo = row_text (f, "SELECT id FROM organisations WHERE short_name = 'FFO' "
                                     "AND ?1 IS NULL", NULL);
  g_auto(Run) add = { 0 };
  g_auto(Run) edit = { 0 };
  g_auto(Run) again = { 0 };
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *expected = NULL;

  run_cli (&add, "--db", f->db, "add-item", "--meeting", meeting, "--title", "Ny sak",
           "--kind", "information", NULL);
  g_assert_cmpint (add.status, ==, 0);
  item = g_strndup (add.out, 36);

  /* The short name, in any case, names the organisation. */
  run_cli (&edit, "--db", f->db, "edit-item", item, "--title", "Brukerundersøkelsen 2099",
           "--kind", "input", "--duration", "25", "--presenter", "Avdelingsleder",
           "--raised-by", "ffo", "--background", "Svarene fra i fjor.", "--proposal",
           "Utvalget gir innspill.", "--nav-decision", "2099-04-01", "--public", "no", NULL);
  assert_quiet (&edit);
  expected = g_strdup_printf ("Brukerundersøkelsen 2099|input|25|Avdelingsleder|organisation|%s|"
                              "Svarene fra i fjor.|Utvalget gir innspill.|2099-04-01|0", ffo);
  assert_row (f, "SELECT title || '|' || kind || '|' || duration_minutes || '|' || presenter || '|' || "
                 "raised_by || '|' || raised_by_organisation_id || '|' || background || '|' || "
                 "proposed_resolution || '|' || nav_decision_date || '|' || public "
                 "FROM agenda_items WHERE id = ?1", item, expected);

  /* Listed as the agenda shows it. */
  items = list_items (f, meeting);
  g_assert_cmpstr (FIELD (items, 3, 0), ==, item);
  g_assert_cmpstr (FIELD (items, 3, 2), ==, "Brukerundersøkelsen 2099");
  g_assert_cmpstr (FIELD (items, 3, 3), ==, "input");
  g_assert_cmpstr (FIELD (items, 3, 6), ==, "25");

  /* NAV raised it after all; no decision date; --minutes as well. */
  run_cli (&again, "--db", f->db, "edit-item", item, "--raised-by", "nav", "--nav-decision", "",
           "--minutes", "30", NULL);
  assert_quiet (&again);
  assert_row (f, "SELECT raised_by || '|' || coalesce(raised_by_organisation_id, '-') || '|' || "
                 "coalesce(nav_decision_date, '-') || '|' || duration_minutes "
                 "FROM agenda_items WHERE id = ?1", item, "nav|-|-|30");

  {
    const Refusal refused[] = {
      { { "edit-item" }, 2, "edit-item" },
      { { "edit-item", item }, 2, "edit-item" },
      { { "edit-item", item, "--kind", "sak" }, 2, "sak" },
      { { "edit-item", item, "--minutes", "2000" }, 2, "2000" },
      { { "edit-item", item, "--duration", "x1" }, 2, "--duration" },
      { { "edit-item", item, "--minutes", "10", "--duration", "10" }, 2, "--duration" },
      { { "edit-item", item, "--nav-decision", "2099-02-30" }, 2, "2099-02-30" },
      { { "edit-item", item, "--public", "kanskje" }, 2, "kanskje" },
      { { "edit-item", item, "--raised-by", "Ukjent forening" }, 1, "Ukjent forening" },
      { { "edit-item", item, "--title", "  " }, 1, NULL },
      { { "edit-item", "ukjent-sak", "--title", "T" }, 1, "ukjent-sak" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- set-public ----------------------------------------------------------- */

static void
test_set_public (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *document = row_text (f, "SELECT id FROM documents WHERE ?1 IS NULL "
                                          "ORDER BY created_at LIMIT 1", NULL);
  g_autofree char *item = row_text (f, "SELECT id FROM agenda_items WHERE ?1 IS NULL "
                                      "AND fixed_kind = 'none' LIMIT 1", NULL);
  g_auto(Run) off = { 0 };
  g_auto(Run) on = { 0 };
  g_auto(Run) item_off = { 0 };
  g_auto(Run) list = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  gboolean found = FALSE;

  run_cli (&off, "--db", f->db, "set-public", document, "no", NULL);
  assert_quiet (&off);
  assert_row (f, "SELECT public FROM documents WHERE id = ?1", document, "0");

  /* The documents list says so. */
  run_cli (&list, "--db", f->db, "documents", NULL);
  rows = parse_list (&list, "id\ttitle\tfile_name\tpages\tsize\tpublic\ttext_stored");
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (FIELD (rows, i, 0), document))
      {
        found = TRUE;
        g_assert_cmpstr (FIELD (rows, i, 5), ==, "no");
      }
  g_assert_true (found);

  run_cli (&on, "--db", f->db, "set-public", document, "yes", NULL);
  assert_quiet (&on);
  assert_row (f, "SELECT public FROM documents WHERE id = ?1", document, "1");

  run_cli (&item_off, "--db", f->db, "set-public", item, "no", NULL);
  assert_quiet (&item_off);
  assert_row (f, "SELECT public || exempt_basis FROM agenda_items WHERE id = ?1", item,
              "0offl-13-fvl-13");

  /* The legal basis the public papers cite, for an item and a document. */
  {
    g_auto(Run) item_basis = { 0 };
    g_auto(Run) document_basis = { 0 };

    run_cli (&item_basis, "--db", f->db, "set-public", item, "no", "--basis", "offl-14", NULL);
    assert_quiet (&item_basis);
    assert_row (f, "SELECT public || exempt_basis FROM agenda_items WHERE id = ?1", item,
                "0offl-14");
    run_cli (&document_basis, "--db", f->db, "set-public", document, "no", "--basis", "offl-23",
             NULL);
    assert_quiet (&document_basis);
    assert_row (f, "SELECT public || exempt_basis FROM documents WHERE id = ?1", document,
                "0offl-23");
  }

  {
    const Refusal refused[] = {
      { { "set-public", document }, 2, "set-public" },
      { { "set-public", document, "ja" }, 2, "ja" },
      { { "set-public", document, "no", "yes" }, 2, "yes" },
      { { "set-public", "ukjent-dokument", "no" }, 1, "ukjent-dokument" },
      { { "set-public", document, "no", "--basis", "offl-99" }, 2, "offl-99" },
      { { "set-public", document, "yes", "--basis", "offl-14" }, 2, "--basis" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- set-title ------------------------------------------------------------ */

static void
test_set_title (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *document = row_text (f, "SELECT id FROM documents WHERE ?1 IS NULL "
                                          "ORDER BY created_at LIMIT 1", NULL);
  g_auto(Run) set = { 0 };

  run_cli (&set, "--db", f->db, "set-title", document, "  Referat fra dialogmøtet  ", NULL);
  assert_quiet (&set);
  assert_row (f, "SELECT title FROM documents WHERE id = ?1", document,
              "Referat fra dialogmøtet");

  {
    const Refusal refused[] = {
      { { "set-title", document }, 2, "set-title" },
      { { "set-title", document, "   " }, 1, "title" },
      { { "set-title", "ukjent-dokument", "Tittel" }, 1, "ukjent-dokument" },
      { { "set-title", document, "Tittel", "mer" }, 2, "mer" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* --- council -------------------------------------------------------------- */

static GHashTable *
council_settings (Fixture *f)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  GHashTable *settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  run_cli (&run, "--db", f->db, "council", NULL);
  rows = parse_list (&run, council_header);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (settings, g_strdup (FIELD (rows, i, 0)), g_strdup (FIELD (rows, i, 1)));
  g_assert_cmpuint (g_hash_table_size (settings), ==, rows->len);
  return settings;
}

static void
test_council (Fixture       *f,
              gconstpointer  data)
{
  static const char * const names[] = {
    "id", "name", "level", "nav-unit", "language", "reserve-youth-seat", "honorarium-rate",
    "mandate", "default-place", "start-time", "length-minutes", "deadline-days", "notice-days",
    "secretariat-name", "secretariat-email", "secretariat-phone",
  };
  g_autoptr(GHashTable) before = council_settings (f);
  g_autoptr(GHashTable) after = NULL;
  g_autofree char *id = row_text (f, "SELECT id FROM councils WHERE ?1 IS NULL", NULL);
  g_auto(Run) change = { 0 };

  /* Every setting of the council dialog, one a row. */
  g_assert_cmpuint (g_hash_table_size (before), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_hash_table_contains (before, names[i]));
  g_assert_cmpstr (g_hash_table_lookup (before, "id"), ==, id);
  g_assert_cmpstr (g_hash_table_lookup (before, "name"), ==, "Brukerutvalget NAV Eksempelby");
  g_assert_cmpstr (g_hash_table_lookup (before, "level"), ==, "local");
  g_assert_cmpstr (g_hash_table_lookup (before, "reserve-youth-seat"), ==, "yes");
  g_assert_cmpstr (g_hash_table_lookup (before, "honorarium-rate"), ==, "800");
  g_assert_cmpstr (g_hash_table_lookup (before, "start-time"), ==, "10:00");
  g_assert_cmpstr (g_hash_table_lookup (before, "deadline-days"), ==, "21");
  g_assert_cmpstr (g_hash_table_lookup (before, "secretariat-name"), ==, "Marte Sæther");

  run_cli (&change, "--db", f->db, "council", "--council", id, "--name", " Brukerrådet NAV Vest ",
           "--level", "county", "--language", "nn", "--reserve-youth-seat", "no",
           "--honorarium-rate", "1000", "--start-time", "09:00", "--length-minutes", "150",
           "--deadline-days", "28", "--notice-days", "10", "--default-place", "Rådhuset",
           "--nav-unit", "NAV Vest", "--mandate", "Utvalget gir råd.",
           "--secretariat-name", "Per Sekretær", "--secretariat-email", " per@nav.example.no ",
           "--secretariat-phone", "55 55 55 55", NULL);
  assert_quiet (&change);
  assert_row (f, "SELECT name || '|' || level || '|' || language || '|' || reserve_youth_seat "
                 "|| '|' || honorarium_rate || '|' || start_time || '|' || length_minutes || "
                 "'|' || deadline_days || '|' || notice_days || '|' || default_place || '|' || "
                 "nav_unit || '|' || mandate FROM councils WHERE id = ?1", id,
              "Brukerrådet NAV Vest|county|nn|0|1000|09:00|150|28|10|Rådhuset|NAV Vest|"
              "Utvalget gir råd.");
  assert_row (f, "SELECT secretariat_name || '|' || secretariat_email || '|' || "
                 "secretariat_phone FROM councils WHERE id = ?1", id,
              "Per Sekretær|per@nav.example.no|55 55 55 55");

  after = council_settings (f);
  g_assert_cmpstr (g_hash_table_lookup (after, "name"), ==, "Brukerrådet NAV Vest");
  g_assert_cmpstr (g_hash_table_lookup (after, "reserve-youth-seat"), ==, "no");
  g_assert_cmpstr (g_hash_table_lookup (after, "length-minutes"), ==, "150");

  /* A new meeting follows the new settings. */
  {
    g_auto(Run) add = { 0 };
    g_autofree char *meeting = NULL;

    run_cli (&add, "--db", f->db, "add-meeting", "--date", "2099-03-10", "--start", "09:00",
             "--minutes", "150", NULL);
    g_assert_cmpint (add.status, ==, 0);
    meeting = g_strndup (add.out, 36);
    assert_row (f, "SELECT place || '|' || case_deadline || '|' || notice_date FROM meetings "
                   "WHERE id = ?1", meeting, "Rådhuset|2099-02-10|2099-02-28");
  }

  {
    static const Refusal refused[] = {
      { { "council", "--length-minutes", "5" }, 2, "5" },
      { { "council", "--honorarium-rate", "mye" }, 2, "mye" },
      { { "council", "--level", "fylke" }, 2, "fylke" },
      { { "council", "--language", "sv" }, 2, "sv" },
      { { "council", "--start-time", "9" }, 2, "--start-time" },
      { { "council", "--reserve-youth-seat", "ja" }, 2, "ja" },
      { { "council", "--notice-days=-1" }, 2, "-1" },
      { { "council", "--nav-unit", "NAV Nord", "--name", "  " }, 1, NULL },
      { { "council", "--council", "ukjent-utvalg" }, 1, "ukjent-utvalg" },
      { { "council", "ekstra" }, 2, "ekstra" },
      { { "council", "--secretariat-email", "per.nav.no" }, 1, "per.nav.no" },
    };

    assert_refused (f, refused, G_N_ELEMENTS (refused));
  }
}

/* With LANGUAGE=nb the new commands speak Norwegian. */
static void
test_norwegian (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  locale_t nb;

  /* build-aux/test installs this locale; without it gettext stays English. */
  nb = newlocale (LC_ALL_MASK, "nb_NO.UTF-8", (locale_t) 0);
  if (nb == (locale_t) 0)
    g_error ("The nb_NO.UTF-8 locale is missing; build-aux/deps test makes it");
  freelocale (nb);

  run_language = "nb";
  run_cli (&run, "--db", f->db, "set-public", "ukjent-dokument", "nei", NULL);
  run_language = NULL;
  assert_failed (&run, 2, "«nei» er ikke yes eller no");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-meetings/add-meeting", test_add_meeting);
  ADD ("/cli-meetings/edit-meeting", test_edit_meeting);
  ADD ("/cli-meetings/cancel-meeting", test_cancel_meeting);
  ADD ("/cli-meetings/edit-item", test_edit_item);
  ADD ("/cli-meetings/set-public", test_set_public);
  ADD ("/cli-meetings/set-title", test_set_title);
  ADD ("/cli-meetings/council", test_council);
  ADD ("/cli-meetings/norwegian", test_norwegian);
#undef ADD

  return g_test_run ();
}
