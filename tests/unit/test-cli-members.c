/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "mv-agenda.h"
#include "mv-queries.h"
#include "mv-test-utils.h"

/* add-member, edit-member, delete-member, restore, organisations and
 * add-organisation as a script uses them: the id on stdout, the rows in the
 * file (read on a connection of our own), one line on stderr naming the
 * input on a refusal, exit 2 for usage, and nothing written when refused. */

typedef MvTestRun Run;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, mv_test_run_clear)

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
  mv_test_run_cli_va (run, NULL, first, args);
  va_end (args);
}

/* A failure: @status, nothing on stdout, one line on stderr naming
 * @needle (the input at fault). */
static void
assert_failed (Run        *run,
               int         status,
               const char *needle)
{
  const char *newline;

  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "medvirke-cli: "));
  newline = strchr (run->err, '\n');
  g_assert_true (newline != NULL && newline[1] == '\0');
  if (strstr (run->err, needle) == NULL)
    g_error ("“%s” does not name “%s”", run->err, needle);
}

/* Success with nothing to say, or one line: an id. */
static void
assert_ok (Run *run)
{
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
}

static char *
printed_id (Run *run)
{
  assert_ok (run);
  g_assert_true (g_str_has_suffix (run->out, "\n"));
  g_assert_null (strchr (run->out, '\t'));
  g_assert_cmpuint (strlen (run->out), ==, 37);  /* a UUID and the line break */
  return g_strndup (run->out, 36);
}

/* The rows of a list, each split at the tabs, after its header. */
static GPtrArray *
parse_list (Run        *run,
            const char *header)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) names = g_strsplit (header, "\t", -1);
  guint n_fields = g_strv_length (names);

  assert_ok (run);
  lines = g_strsplit (run->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, header);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, n_fields);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

#define FIELD(rows, i, j) (((char **) g_ptr_array_index ((rows), (i)))[(j)])

/* The test reads the file on a connection of its own, opened for each
 * question: one kept open would lose its locks when mv_test_file_state()
 * reads the file (src/core/store/mv-store-files.c). */
typedef struct
{
  char *dir;
  char *db;
} Fixture;

static char *
sql_text (Fixture    *f,
          const char *sql,
          const char *arg)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->db);

  return mv_test_db_text (db, sql, arg, NULL);
}

static gint64
sql_int (Fixture    *f,
         const char *sql)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->db);

  return mv_test_db_int (db, sql, NULL);
}

static void
sql_exec (Fixture    *f,
          const char *sql)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->db);

  mv_test_db_exec (db, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  f->dir = mv_test_make_tmp_dir ();
  f->db = g_build_filename (f->dir, "medlemmer.db", NULL);
  run_cli (&run, "--db", f->db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
column (Fixture    *f,
        const char *table,
        const char *id,
        const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", name, table);

  return sql_text (f, sql, id);
}

#define assert_column(f, table, id, name, expected) \
  G_STMT_START { \
    g_autofree char *mv_value_ = column ((f), (table), (id), (name)); \
    g_assert_cmpstr (mv_value_, ==, (expected)); \
  } G_STMT_END

static char *
groups_of (Fixture    *f,
           const char *member_id)
{
  return sql_text (f,
                   "SELECT coalesce(group_concat(name, ', '), '') FROM "
                   "(SELECT g.name FROM member_user_groups l "
                   " JOIN user_groups g ON g.id = l.user_group_id "
                   " WHERE l.member_id = ?1 ORDER BY g.position)",
                   member_id);
}

static char *
id_of (Fixture    *f,
       const char *sql,
       const char *name)
{
  char *id = sql_text (f, sql, name);

  g_assert_nonnull (id);
  return id;
}

/* ---------------------------------------------------------------------- */

static void
test_add_member (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *ffo = id_of (f, "SELECT id FROM organisations WHERE short_name = ?1", "FFO");
  g_autofree char *mona = id_of (f, "SELECT id FROM members WHERE name = ?1", "Mona Strand");
  g_autofree char *ungdom = id_of (f, "SELECT id FROM user_groups WHERE name = ?1", "Ungdom");
  g_autofree char *id = NULL;
  g_autofree char *groups = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Run) add = { 0 };
  g_auto(Run) list = { 0 };
  gboolean listed = FALSE;

  /* The organisation by its short name without case, user groups by name
   * without case and by id. */
  run_cli (&add, "--db", f->db, "add-member", "--name", "Amina Yusuf", "--role", "deputy",
           "--organisation", "ffo", "--deputy-for", mona, "--term-start", "2026-01-01",
           "--term-end", "2029-12-31", "--email", "amina@example.no", "--phone", "+47 900 11 222",
           "--gender", "female", "--young", "yes", "--honorarium", "yes",
           "--user-group", "INNVANDRERE", "--user-group", ungdom, NULL);
  id = printed_id (&add);

  assert_column (f, "members", id, "name", "Amina Yusuf");
  assert_column (f, "members", id, "role", "deputy");
  assert_column (f, "members", id, "organisation_id", ffo);
  assert_column (f, "members", id, "deputy_for", mona);
  assert_column (f, "members", id, "term_start", "2026-01-01");
  assert_column (f, "members", id, "term_end", "2029-12-31");
  assert_column (f, "members", id, "email", "amina@example.no");
  assert_column (f, "members", id, "phone", "+47 900 11 222");
  assert_column (f, "members", id, "gender", "female");
  assert_column (f, "members", id, "young", "1");
  assert_column (f, "members", id, "honorarium", "1");
  /* The papers print the e-mail only, unless the member says more. */
  assert_column (f, "members", id, "contact_shown", "email");
  groups = groups_of (f, id);
  g_assert_cmpstr (groups, ==, "Ungdom, Innvandrere");

  /* "members" lists the new member with its role and organisation. */
  run_cli (&list, "--db", f->db, "members", NULL);
  rows = parse_list (&list, "id\tname\trole\torganisation\tterm_end");
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (FIELD (rows, i, 0), id))
      {
        g_assert_cmpstr (FIELD (rows, i, 1), ==, "Amina Yusuf");
        g_assert_cmpstr (FIELD (rows, i, 2), ==, "deputy");
        g_assert_cmpstr (FIELD (rows, i, 3), ==, "FFO");
        g_assert_cmpstr (FIELD (rows, i, 4), ==, "2029-12-31");
        listed = TRUE;
      }
  g_assert_true (listed);
}

static void
test_add_member_minimal (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *council = id_of (f, "SELECT id FROM councils WHERE name = ?1",
                                    "Brukerutvalget NAV Eksempelby");
  g_autofree char *id = NULL;
  g_autofree char *groups = NULL;
  g_auto(Run) add = { 0 };

  run_cli (&add, "--db", f->db, "add-member", "--council", council, "--name", "Per Hansen",
           "--role", "nav-staff", NULL);
  id = printed_id (&add);
  assert_column (f, "members", id, "council_id", council);
  assert_column (f, "members", id, "role", "nav-staff");
  assert_column (f, "members", id, "organisation_id", NULL);
  assert_column (f, "members", id, "term_start", NULL);
  assert_column (f, "members", id, "gender", "unknown");
  assert_column (f, "members", id, "young", "0");
  groups = groups_of (f, id);
  g_assert_cmpstr (groups, ==, "");
}

static void
test_add_member_refused (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { int status; const char *needle; const char *args[10]; } bad[] = {
    { 2, "--name", { "--role", "member" } },
    { 2, "--role", { "--name", "Kari" } },
    { 2, "sjef", { "--name", "Kari", "--role", "sjef" } },
    { 2, "kvinne", { "--name", "Kari", "--role", "member", "--gender", "kvinne" } },
    { 2, "kanskje", { "--name", "Kari", "--role", "member", "--young", "kanskje" } },
    { 2, "ja", { "--name", "Kari", "--role", "member", "--honorarium", "ja" } },
    { 2, "01.02.2026", { "--name", "Kari", "--role", "member", "--term-start", "01.02.2026" } },
    { 2, "2026-02-30", { "--name", "Kari", "--role", "member", "--term-end", "2026-02-30" } },
    { 2, "--shoe-size", { "--name", "Kari", "--role", "member", "--shoe-size", "38" } },
    { 2, "ekstra", { "--name", "Kari", "--role", "member", "ekstra" } },
    { 1, "Ukjent forening",
      { "--name", "Kari", "--role", "member", "--organisation", "Ukjent forening" } },
    { 1, "Eldre", { "--name", "Kari", "--role", "member", "--user-group", "Eldre" } },
    { 1, "ingen-slik", { "--name", "Kari", "--role", "member", "--deputy-for", "ingen-slik" } },
    { 1, "--email: “kari@” is not an e-mail address",
      { "--name", "Kari", "--role", "member", "--email", "kari@" } },
    { 1, "--term-end: the term ends before it starts",
      { "--name", "Kari", "--role", "member", "--term-start", "2026-02-01",
        "--term-end", "2026-01-31" } },
    { 1, "--name: the name is empty", { "--name", " ", "--role", "member" } },
    { 1, "tull", { "--council", "tull", "--name", "Kari", "--role", "member" } },
  };
  g_autoptr(MvTestFileState) before = mv_test_file_state (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *a = bad[i].args;

      run_cli (&run, "--db", f->db, "add-member", a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7],
               a[8], a[9], NULL);
      assert_failed (&run, bad[i].status, bad[i].needle);
    }

  /* Nothing of it reached the file. */
  mv_test_assert_file_unchanged (before, f->db);
}

/* Names at most 300 characters – characters, not bytes – refused with the
 * option and the field named, in Norwegian with the digits grouped; nothing
 * written. (A 1 MB name does not fit on a command line; 100,000 does.) */
static void
test_too_long (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *huge = g_strnfill (100000, 'A');
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(MvTestFileState) before = mv_test_file_state (f->db);
  g_auto(Run) member = { 0 };
  g_auto(Run) member_nb = { 0 };
  g_auto(Run) organisation = { 0 };
  g_auto(Run) phone = { 0 };
  g_auto(Run) ok = { 0 };
  g_autofree char *id = NULL;

  run_cli (&member, "--db", f->db, "add-member", "--name", huge, "--role", "member", NULL);
  assert_failed (&member, 1, "--name: “Name” is too long: 100000 characters, at most 300");

  mv_test_run_cli_args (&member_nb, "nb", "--db", f->db, "add-member", "--name", huge,
                        "--role", "member", NULL);
  /* The digits grouped as the locale has it (U+202F in Debian 12's). */
  assert_failed (&member_nb, 1, "--name: «Navn» er for langt: 100");
  g_assert_nonnull (strstr (member_nb.err, "000 tegn, høyst 300\n"));
  g_assert_null (strstr (member_nb.err, "100000"));

  run_cli (&organisation, "--db", f->db, "add-organisation", "--name", huge, NULL);
  assert_failed (&organisation, 1, "“Name” is too long: 100000 characters, at most 300");

  run_cli (&phone, "--db", f->db, "add-member", "--name", "Kari", "--role", "member",
           "--phone", huge, NULL);
  assert_failed (&phone, 1, "--phone: “Phone” is too long");

  mv_test_assert_file_unchanged (before, f->db);

  for (int i = 0; i < 300; i++)
    g_string_append (longest, "Ø");
  run_cli (&ok, "--db", f->db, "add-member", "--name", longest->str, "--role", "member", NULL);
  id = printed_id (&ok);
  assert_column (f, "members", id, "name", longest->str);
}

static void
test_edit_member (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *id = id_of (f, "SELECT id FROM members WHERE name = ?1", "Rune Pedersen");
  g_autofree char *email = column (f, "members", id, "email");
  g_autofree char *organisation = column (f, "members", id, "organisation_id");
  g_autofree char *start = column (f, "members", id, "term_start");
  g_autofree char *groups = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_auto(Run) edit = { 0 };
  g_auto(Run) clear = { 0 };

  g_assert_nonnull (organisation);
  g_assert_nonnull (start);

  /* What is named changes; the rest stays as it was. */
  run_cli (&edit, "--db", f->db, "edit-member", id, "--role", "vice-chair", "--term-end",
           "2030-06-30", "--phone", "+47 400 00 000", "--user-group", "Langtidssyke",
           "--user-group", "Ungdom", "--show-contact", "email-phone", NULL);
  assert_ok (&edit);
  assert_column (f, "members", id, "contact_shown", "email-phone");
  g_assert_cmpstr (edit.out, ==, "");
  assert_column (f, "members", id, "name", "Rune Pedersen");
  assert_column (f, "members", id, "role", "vice-chair");
  assert_column (f, "members", id, "term_end", "2030-06-30");
  assert_column (f, "members", id, "phone", "+47 400 00 000");
  assert_column (f, "members", id, "email", email);
  assert_column (f, "members", id, "organisation_id", organisation);
  assert_column (f, "members", id, "term_start", start);
  groups = groups_of (f, id);
  g_assert_cmpstr (groups, ==, "Ungdom, Langtidssyke");

  /* An empty value leaves the field blank. */
  run_cli (&clear, "--db", f->db, "edit-member", id, "--organisation", "", "--term-end", "",
           "--user-group", "", NULL);
  assert_ok (&clear);
  assert_column (f, "members", id, "organisation_id", NULL);
  assert_column (f, "members", id, "term_end", NULL);
  g_free (groups);
  groups = groups_of (f, id);
  g_assert_cmpstr (groups, ==, "");

  /* Refused, and nothing written. */
  before = mv_test_file_state (f->db);
  {
    const struct { int status; const char *needle; const char *args[4]; } bad[] = {
      { 2, "edit-member", { NULL } },
      { 1, "ingen-slik", { "ingen-slik", "--phone", "1" } },
      { 2, "--show-contact", { id, "--show-contact", "begge" } },
      { 2, "sjef", { id, "--role", "sjef" } },
      { 2, "31.12.2030", { id, "--term-end", "31.12.2030" } },
      { 1, "--term-end: the term ends before it starts", { id, "--term-end", "2000-01-01" } },
      { 1, "--deputy-for: a member cannot be their own deputy", { id, "--deputy-for", id } },
      { 1, "--email: “rune@@example.no”", { id, "--email", "rune@@example.no" } },
      { 1, "Eldre", { id, "--user-group", "Eldre" } },
      { 2, "ekstra", { id, "ekstra" } },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_auto(Run) run = { 0 };
        const char * const *a = bad[i].args;

        run_cli (&run, "--db", f->db, "edit-member", a[0], a[1], a[2], a[3], NULL);
        assert_failed (&run, bad[i].status, bad[i].needle);
      }
  }
  mv_test_assert_file_unchanged (before, f->db);
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *id = id_of (f, "SELECT id FROM members WHERE name = ?1", "Mona Strand");
  g_autofree char *deleted_at = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_auto(Run) remove = { 0 };
  g_auto(Run) restore = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) gone = { 0 };
  g_auto(Run) no_id = { 0 };

  run_cli (&remove, "--db", f->db, "delete-member", id, NULL);
  assert_ok (&remove);
  g_assert_cmpstr (remove.out, ==, "");
  deleted_at = column (f, "members", id, "deleted_at");
  g_assert_nonnull (deleted_at);

  run_cli (&list, "--db", f->db, "members", "--all", NULL);
  assert_ok (&list);
  g_assert_null (strstr (list.out, id));

  before = mv_test_file_state (f->db);
  run_cli (&gone, "--db", f->db, "delete-member", id, NULL);
  assert_failed (&gone, 1, id);
  run_cli (&no_id, "--db", f->db, "delete-member", NULL);
  assert_failed (&no_id, 2, "delete-member");
  mv_test_assert_file_unchanged (before, f->db);
  g_clear_pointer (&before, mv_test_file_state_free);

  run_cli (&restore, "--db", f->db, "restore", id, NULL);
  assert_ok (&restore);
  g_assert_cmpstr (restore.out, ==, "");
  assert_column (f, "members", id, "deleted_at", NULL);

  before = mv_test_file_state (f->db);
  run_cli (&again, "--db", f->db, "restore", id, NULL);
  assert_failed (&again, 1, id);
  g_assert_nonnull (strstr (again.err, "has not been removed"));
  run_cli (&unknown, "--db", f->db, "restore", "ikke-en-id", NULL);
  assert_failed (&unknown, 1, "ikke-en-id");
  mv_test_assert_file_unchanged (before, f->db);
}

/* restore brings back an item to its place, a document and a meeting. */
static void
test_restore_other_records (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *item_id = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *document_id = NULL;
  g_autofree char *order_before = NULL;
  g_autofree char *order_after = NULL;
  g_auto(Run) item_run = { 0 };
  g_auto(Run) document_run = { 0 };
  g_auto(Run) meeting_run = { 0 };
  const char *order_sql = "SELECT group_concat(id || ':' || position || ':' || number, ' ') FROM "
                          "(SELECT * FROM agenda_items WHERE meeting_id = ?1 "
                          " AND deleted_at IS NULL ORDER BY position)";

  /* An item taken off a planned meeting's agenda in the app. */
  meeting_id = sql_text (f,
                         "SELECT meeting_id FROM agenda_items i JOIN meetings m "
                         "ON m.id = i.meeting_id WHERE m.status = ?1 "
                         "GROUP BY meeting_id HAVING count(*) > 4 LIMIT 1",
                         "planned");
  g_assert_nonnull (meeting_id);
  order_before = sql_text (f, order_sql, meeting_id);
  item_id = sql_text (f, "SELECT id FROM agenda_items WHERE meeting_id = ?1 "
                         "AND fixed_kind = 'none' ORDER BY position LIMIT 1", meeting_id);
  g_assert_nonnull (item_id);
  store = mv_store_open (f->db, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_agenda_remove_item (store, mv_store_lookup (store, MV_TYPE_AGENDA_ITEM,
                                                                item_id), NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  run_cli (&item_run, "--db", f->db, "restore", item_id, NULL);
  assert_ok (&item_run);
  assert_column (f, "agenda_items", item_id, "deleted_at", NULL);
  /* Back at its place, with its number, and the others around it. */
  order_after = sql_text (f, order_sql, meeting_id);
  g_assert_cmpstr (order_after, ==, order_before);

  /* A document removed in the app. */
  document_id = sql_text (f, "SELECT id FROM documents LIMIT 1", NULL);
  g_assert_nonnull (document_id);
  sql_exec (f, "UPDATE documents SET deleted_at = '2026-01-01T00:00:00Z' "
                           "WHERE id = (SELECT id FROM documents LIMIT 1)");
  run_cli (&document_run, "--db", f->db, "restore", document_id, NULL);
  assert_ok (&document_run);
  assert_column (f, "documents", document_id, "deleted_at", NULL);

  /* A meeting: its year is numbered again. */
  sql_exec (f, "UPDATE meetings SET deleted_at = '2026-01-01T00:00:00Z' "
                           "WHERE id = (SELECT id FROM meetings WHERE status = 'held' LIMIT 1)");
  {
    g_autofree char *held = sql_text (f, "SELECT id FROM meetings WHERE deleted_at IS NOT NULL",
                                      NULL);

    run_cli (&meeting_run, "--db", f->db, "restore", held, NULL);
    assert_ok (&meeting_run);
    assert_column (f, "meetings", held, "deleted_at", NULL);
  }
}

static void
test_organisations (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *id = NULL;
  g_auto(Run) list = { 0 };
  g_auto(Run) add = { 0 };
  g_auto(Run) list_after = { 0 };
  gint64 n = sql_int (f, "SELECT count(*) FROM organisations WHERE deleted_at IS NULL");
  gboolean listed = FALSE;

  run_cli (&list, "--db", f->db, "organisations", NULL);
  rows = parse_list (&list, "id\tname\tshort_name\tkind\tareas");
  g_assert_cmpint (rows->len, ==, n);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpint (g_utf8_collate (FIELD (rows, i - 1, 1), FIELD (rows, i, 1)), <=, 0);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (FIELD (rows, i, 2), "FFO"))
      {
        g_autofree char *name = column (f, "organisations", FIELD (rows, i, 0), "name");

        g_assert_cmpstr (FIELD (rows, i, 1), ==, name);
        g_assert_cmpstr (FIELD (rows, i, 3), ==, "user-organisation");
        g_assert_nonnull (strstr (FIELD (rows, i, 4), "uføretrygd"));
      }

  run_cli (&add, "--db", f->db, "add-organisation", "--name", " Innvandrernes Landsorganisasjon ",
           "--short", "INLO", "--kind", "other", "--areas", "innvandring, arbeid, språk", NULL);
  id = printed_id (&add);
  assert_column (f, "organisations", id, "name", "Innvandrernes Landsorganisasjon");
  assert_column (f, "organisations", id, "short_name", "INLO");
  assert_column (f, "organisations", id, "kind", "other");
  assert_column (f, "organisations", id, "areas", "innvandring, arbeid, språk");

  run_cli (&list_after, "--db", f->db, "organisations", NULL);
  after = parse_list (&list_after, "id\tname\tshort_name\tkind\tareas");
  g_assert_cmpuint (after->len, ==, rows->len + 1);
  for (guint i = 0; i < after->len; i++)
    if (g_str_equal (FIELD (after, i, 0), id))
      {
        g_assert_cmpstr (FIELD (after, i, 1), ==, "Innvandrernes Landsorganisasjon");
        g_assert_cmpstr (FIELD (after, i, 2), ==, "INLO");
        listed = TRUE;
      }
  g_assert_true (listed);

  /* A member can name it by its short name at once. */
  {
    g_auto(Run) member = { 0 };
    g_autofree char *member_id = NULL;

    run_cli (&member, "--db", f->db, "add-member", "--name", "Amina Yusuf", "--role", "member",
             "--organisation", "inlo", NULL);
    member_id = printed_id (&member);
    assert_column (f, "members", member_id, "organisation_id", id);
  }

  before = mv_test_file_state (f->db);
  {
    static const struct { int status; const char *needle; const char *args[4]; } bad[] = {
      { 2, "--name", { "--short", "X" } },
      { 2, "forening", { "--name", "X", "--kind", "forening" } },
      { 1, "name", { "--name", "  " } },
      { 2, "ekstra", { "--name", "X", "ekstra" } },
      /* A second FFO, by name or short name and without case. */
      { 1, "already", { "--name", "Forbundet for omsorg", "--short", "ffo" } },
      { 1, "already", { "--name", "innvandrernes landsorganisasjon" } },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_auto(Run) run = { 0 };
        const char * const *a = bad[i].args;

        run_cli (&run, "--db", f->db, "add-organisation", a[0], a[1], a[2], a[3], NULL);
        assert_failed (&run, bad[i].status, bad[i].needle);
      }
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "--db", f->db, "organisations", "ekstra", NULL);
    assert_failed (&run, 2, "ekstra");
  }
  {
    g_auto(Run) run = { 0 };

    /* Amina Yusuf belongs to INLO: it stays, and she is named. */
    run_cli (&run, "--db", f->db, "delete-organisation", "INLO", NULL);
    assert_failed (&run, 1, "Amina Yusuf");
  }
  mv_test_assert_file_unchanged (before, f->db);

  /* One without members goes. */
  {
    g_auto(Run) other = { 0 };
    g_auto(Run) run = { 0 };
    g_autofree char *other_id = NULL;
    g_autofree char *deleted_at = NULL;

    run_cli (&other, "--db", f->db, "add-organisation", "--name", "Tom forening", NULL);
    other_id = printed_id (&other);
    run_cli (&run, "--db", f->db, "delete-organisation", "tom forening", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    deleted_at = column (f, "organisations", other_id, "deleted_at");
    g_assert_nonnull (deleted_at);
    g_assert_cmpstr (deleted_at, !=, "");
  }
}

/* Each command says its options; medvirke-cli --help lists the commands. */
static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  static const struct { const char *command; const char *options[14]; } commands[] = {
    { "add-member", { "--council", "--name", "--role", "--organisation", "--deputy-for",
                      "--term-start", "--term-end", "--email", "--phone", "--gender", "--young",
                      "--honorarium", "--user-group", "nav-leader" } },
    { "edit-member", { "--name", "--role", "--organisation", "--deputy-for", "--term-start",
                       "--term-end", "--email", "--phone", "--gender", "--young", "--honorarium",
                       "--user-group", "female|male|other" } },
    { "delete-member", { "restore" } },
    { "restore", { "member", "meeting", "item", "document" } },
    { "organisations", { "--help" } },
    { "add-organisation", { "--name", "--short", "--kind", "--areas", "municipality" } },
  };
  g_auto(Run) usage = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, "--db", f->db, commands[i].command, "--help", NULL);
      assert_ok (&run);
      for (guint j = 0; j < G_N_ELEMENTS (commands[i].options) && commands[i].options[j]; j++)
        if (strstr (run.out, commands[i].options[j]) == NULL)
          g_error ("%s --help does not name %s:\n%s", commands[i].command,
                   commands[i].options[j], run.out);
    }

  run_cli (&usage, "--help", NULL);
  assert_ok (&usage);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i].command);

      g_assert_nonnull (strstr (usage.out, line));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/cli-members/add-member", test_add_member);
  ADD ("/cli-members/add-member/minimal", test_add_member_minimal);
  ADD ("/cli-members/add-member/refused", test_add_member_refused);
  ADD ("/cli-members/too-long", test_too_long);
  ADD ("/cli-members/edit-member", test_edit_member);
  ADD ("/cli-members/delete-restore", test_delete_restore);
  ADD ("/cli-members/restore/other-records", test_restore_other_records);
  ADD ("/cli-members/organisations", test_organisations);
  ADD ("/cli-members/help", test_help);

  return g_test_run ();
}
