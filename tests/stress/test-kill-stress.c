/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mv-test-utils.h"

/* Kill during write: every medvirke-cli command that writes, started over
 * and over on one file and SIGKILLed at a random moment of its run – and,
 * with --gui, the item editor's autosave in a program of the app's own
 * (mv-autosave-driver), killed while it types and saves.
 *
 * The harness keeps what the file must hold as facts: a query and the value
 * it must give. A write that was acknowledged (exit 0, its output row)
 * sets its facts. A write that was killed may or may not have happened;
 * after the kill the harness asks the file which, by one indicator query,
 * and then expects the whole write (its other facts too) or none of it –
 * a half-done write shows as a fact that does not hold. After every kill,
 * `medvirke-cli check` must say "ok" and every fact must hold; a fact that
 * does not is a lost acknowledged write.
 *
 * MEDVIRKE_STRESS_KILLS sets the number of kills (default 30; build-aux/test
 * --stress runs 200), MEDVIRKE_STRESS_SEED the random seed (printed, so that
 * a failing run can be repeated). The last line of the output is
 * "N kills, N lost acknowledged writes, N failed checks". */

/* --- facts ----------------------------------------------------------------- */

typedef struct
{
  char *sql;
  char *param1;
  char *param2;
  char *expected;   /* NULL: the query finds no row */
} Fact;

static void
fact_free (Fact *fact)
{
  g_free (fact->sql);
  g_free (fact->param1);
  g_free (fact->param2);
  g_free (fact->expected);
  g_free (fact);
}

/* --- the harness's state ------------------------------------------------- */

typedef enum
{
  OP_ADD_MEMBER,
  OP_EDIT_MEMBER,
  OP_DELETE_MEMBER,
  OP_RESTORE,
  OP_ADD_ORGANISATION,
  OP_COUNCIL,
  OP_ADD_MEETING,
  OP_EDIT_MEETING,
  OP_CANCEL_MEETING,
  OP_ADD_ITEM,
  OP_EDIT_ITEM,
  OP_MOVE_ITEM,
  OP_PLAN_YEAR,
  OP_IMPORT_MEMBERS,
  OP_ATTACH,
  OP_SET_PUBLIC,
  OP_SET_TITLE,
  OP_SEND_NOTICE,
  OP_DEMO,
  OP_AUTOSAVE,
  N_OPS
} Op;

static const char *op_names[N_OPS] = {
  "add-member", "edit-member", "delete-member", "restore", "add-organisation", "council",
  "add-meeting", "edit-meeting", "cancel-meeting", "add-item", "edit-item", "move-item",
  "plan-year", "import-members", "attach", "set-public", "set-title",
  "send-notice", "demo", "autosave",
};

typedef struct
{
  char       *dir;
  char       *db;
  char       *council;
  GRand      *rand;
  GHashTable *facts;            /* key → Fact */
  GPtrArray  *members_alive;    /* ids of the harness's members */
  GPtrArray  *members_deleted;
  GPtrArray  *meetings_planned; /* the harness's meetings that take items */
  GPtrArray  *meetings_noticed; /* notice sent: their items stay */
  GPtrArray  *items;            /* ids of the harness's items */
  GHashTable *item_meeting;     /* item id → meeting id, "" for the backlog */
  GPtrArray  *documents;
  GHashTable *document_public;  /* id → "1" or "0" */
  GPtrArray  *pdfs;             /* sample documents to attach */
  guint       serial;
  double      mean_us[N_OPS];   /* how long a run that was not killed took */
  double      kill_at[N_OPS];   /* where in that time a kill lands, adapted */
  guint       n_runs[N_OPS];
  guint       n_killed[N_OPS];
  guint       n_kills;
  guint       n_acked;
  guint       n_lost;
  guint       n_failed_checks;
  guint       n_refused;
  guint       n_autosaves;
  guint       n_killed_written; /* kills that came after the commit */
  gboolean    may_kill;         /* whether this run may be killed */
} Stress;

static void
set_fact (Stress     *s,
          const char *sql,
          const char *param1,
          const char *param2,
          const char *expected)
{
  Fact *fact = g_new0 (Fact, 1);

  fact->sql = g_strdup (sql);
  fact->param1 = g_strdup (param1);
  fact->param2 = g_strdup (param2);
  fact->expected = g_strdup (expected);
  g_hash_table_insert (s->facts,
                       g_strconcat (sql, "\x1f", param1, "\x1f", param2 ? param2 : "", NULL),
                       fact);
}

/* The first column of the first row as text, or NULL when there is no
 * row (or the column is NULL). */
static char *
db_value (sqlite3    *db,
          const char *sql,
          const char *param1,
          const char *param2)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_bind_text (stmt, 1, param1, -1, SQLITE_TRANSIENT);
  if (param2 != NULL)
    sqlite3_bind_text (stmt, 2, param2, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return value;
}

static char *
query (const char *db_path,
       const char *sql,
       const char *param1,
       const char *param2)
{
  g_autoptr(sqlite3) db = mv_test_db_open (db_path);

  return db_value (db, sql, param1, param2);
}

/* Every fact against the file; returns how many do not hold, naming each. */
static guint
verify_facts (Stress *s)
{
  g_autoptr(sqlite3) db = mv_test_db_open (s->db);
  GHashTableIter iter;
  gpointer value;
  guint n_wrong = 0;

  g_hash_table_iter_init (&iter, s->facts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Fact *fact = value;
      g_autofree char *found = db_value (db, fact->sql, fact->param1, fact->param2);

      if (g_strcmp0 (found, fact->expected) == 0)
        continue;
      g_test_message ("lost: %s [%s%s%s] gives %s, not %s", fact->sql, fact->param1,
                      fact->param2 ? ", " : "", fact->param2 ? fact->param2 : "",
                      found ? found : "no row", fact->expected ? fact->expected : "no row");
      /* Counted once: from now on the file's value is the fact. */
      g_free (fact->expected);
      fact->expected = g_steal_pointer (&found);
      n_wrong++;
    }
  return n_wrong;
}

/* --- running a command and killing it -------------------------------------- */

typedef enum
{
  RUN_ACKED,
  RUN_KILLED,
  RUN_REFUSED,
} RunResult;

/* Runs @argv; unless this is the first run of @op, kills it at a random
 * moment between 0.8 and 1.15 times the time the command takes, moved by
 * kill_at. @out
 * gets what it printed, stripped. */
static RunResult
run_killable (Stress     *s,
              Op          op,
              GPtrArray  *argv,
              gboolean    may_kill,
              char      **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) out_text = g_string_new (NULL);
  g_autoptr(GString) err_text = g_string_new (NULL);
  int out_fd, err_fd;
  GPid pid;
  gint64 start, deadline = G_MAXINT64;
  int status = 0;
  gboolean killed = FALSE;
  char buffer[4096];
  ssize_t n;

  /* The autosave driver runs until it is killed: within its start and a
   * few saves (half a second each). */
  if (op == OP_AUTOSAVE)
    deadline = (gint64) (g_rand_double_range (s->rand, 0.3, 4.0) * G_USEC_PER_SEC);
  else if (may_kill && s->may_kill && s->n_runs[op] > 0)
    deadline = (gint64) (s->mean_us[op] * s->kill_at[op] *
                         g_rand_double_range (s->rand, 0.8, 1.15));

  g_ptr_array_add (argv, NULL);
  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, &err_fd, &error))
    g_error ("%s: %s", (char *) argv->pdata[0], error->message);
  g_ptr_array_remove_index (argv, argv->len - 1);

  for (;;)
    {
      pid_t done = waitpid (pid, &status, WNOHANG);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      if (g_get_monotonic_time () - start >= deadline)
        {
          kill (pid, SIGKILL);
          while (waitpid (pid, &status, 0) < 0)
            g_assert_cmpint (errno, ==, EINTR);
          break;
        }
      /* Short naps: the kill lands within a fraction of a millisecond of
       * its moment. */
      g_usleep (200);
    }
  g_spawn_close_pid (pid);

  /* What it printed is small (an id, a few counts): the pipes held it. */
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out_text, buffer, n);
  while ((n = read (err_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (err_text, buffer, n);
  close (out_fd);
  close (err_fd);

  if (WIFSIGNALED (status))
    {
      if (WTERMSIG (status) != SIGKILL)
        g_error ("%s crashed with signal %d: %s", op_names[op], WTERMSIG (status), err_text->str);
      killed = TRUE;
    }

  *out = g_strstrip (g_string_free (g_steal_pointer (&out_text), FALSE));
  /* Where the kills land follows the command: a run that outlived its
   * deadline moves the next ones later, one that finished before it
   * earlier – so that about seven in ten land, near the commit, also when
   * the time a run takes varies much (under ASan, on a busy machine). */
  if (deadline != G_MAXINT64 && op != OP_AUTOSAVE)
    s->kill_at[op] = CLAMP (s->kill_at[op] * (killed ? 1.03 : 0.93), 0.2, 1.5);

  if (killed)
    {
      s->n_kills++;
      s->n_killed[op]++;
      return RUN_KILLED;
    }

  /* A run that finished tells how long the next ones take. */
  s->mean_us[op] = (s->mean_us[op] * s->n_runs[op] + (g_get_monotonic_time () - start)) /
                   (s->n_runs[op] + 1);
  s->n_runs[op]++;

  if (WEXITSTATUS (status) != 0)
    {
      g_test_message ("%s was refused (%d): %s", op_names[op], WEXITSTATUS (status), err_text->str);
      s->n_refused++;
      return RUN_REFUSED;
    }
  s->n_acked++;
  return RUN_ACKED;
}

static GPtrArray *
cli_argv (Stress     *s,
          const char *db,
          const char *command)
{
  GPtrArray *argv = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (argv, g_strdup (g_getenv ("MEDVIRKE_CLI")));
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (db));
  g_ptr_array_add (argv, g_strdup (command));
  return argv;
}

static void
add_args (GPtrArray *argv,
          ...) G_GNUC_NULL_TERMINATED;

static void
add_args (GPtrArray *argv,
          ...)
{
  va_list ap;

  va_start (ap, argv);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (ap);
}

/* `medvirke-cli check` on @db must say ok. */
static gboolean
check_file (Stress     *s,
            const char *db)
{
  g_autoptr(GPtrArray) argv = cli_argv (s, db, "check");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                     &status, &error))
    g_error ("check: %s", error->message);
  if (g_spawn_check_wait_status (status, NULL) && g_strcmp0 (g_strstrip (out), "ok") == 0)
    return TRUE;
  g_test_message ("check of %s failed: %s %s", db, out, err);
  return FALSE;
}

static char *
unique (Stress     *s,
        const char *what)
{
  return g_strdup_printf ("Stress %s %u", what, ++s->serial);
}

static const char *
pick (Stress    *s,
      GPtrArray *ids)
{
  return ids->len ? g_ptr_array_index (ids, g_rand_int_range (s->rand, 0, ids->len)) : NULL;
}

/* Whether a killed write happened, by one query that gives @done when it
 * did. */
static gboolean
happened (Stress     *s,
          const char *sql,
          const char *param1,
          const char *param2,
          const char *done)
{
  g_autofree char *found = query (s->db, sql, param1, param2);
  gboolean written = g_strcmp0 (found, done) == 0;

  s->n_killed_written += written;
  return written;
}

/* The id of what a killed insert made, or NULL when it made nothing. */
static char *
killed_insert (Stress     *s,
               const char *sql,
               const char *param)
{
  char *id = query (s->db, sql, param, NULL);

  s->n_killed_written += id != NULL;
  return id;
}

static void
move_id (GPtrArray  *from,
         GPtrArray  *to,
         const char *id)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (from, id, g_str_equal, &index))
    return;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, index));
}

#define SQL_MEMBER_BY_NAME "SELECT id FROM members WHERE name = ?1"
#define SQL_MEMBERS_NAMED "SELECT count(*) FROM members WHERE name = ?1"
#define SQL_MEMBER_ALIVE "SELECT deleted_at IS NULL FROM members WHERE id = ?1"
#define SQL_MEMBER_PHONE "SELECT phone FROM members WHERE id = ?1"
#define SQL_ITEM_MEETING "SELECT ifnull (meeting_id, '') FROM agenda_items WHERE id = ?1"

/* --- the writes ------------------------------------------------------------ */

static void
op_add_member (Stress *s)
{
  g_autofree char *name = unique (s, "member");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "add-member");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  RunResult result;

  add_args (argv, "--council", s->council, "--name", name, "--role", "member", NULL);
  result = run_killable (s, OP_ADD_MEMBER, argv, TRUE, &out);
  if (result == RUN_ACKED)
    id = g_strdup (out);
  else if (result == RUN_KILLED)
    id = killed_insert (s, SQL_MEMBER_BY_NAME, name);
  else
    return;

  set_fact (s, SQL_MEMBERS_NAMED, name, NULL, id ? "1" : "0");
  if (id == NULL)
    return;
  set_fact (s, SQL_MEMBER_ALIVE, id, NULL, "1");
  g_ptr_array_add (s->members_alive, g_steal_pointer (&id));
}

static void
op_edit_member (Stress *s)
{
  const char *id = pick (s, s->members_alive);
  g_autofree char *phone = g_strdup_printf ("9%07u", ++s->serial);
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "edit-member");
  g_autofree char *out = NULL;
  RunResult result;

  add_args (argv, id, "--phone", phone, NULL);
  result = run_killable (s, OP_EDIT_MEMBER, argv, TRUE, &out);
  if (result == RUN_ACKED ||
      (result == RUN_KILLED && happened (s, SQL_MEMBER_PHONE, id, NULL, phone)))
    set_fact (s, SQL_MEMBER_PHONE, id, NULL, phone);
}

static void
op_delete_restore (Stress *s,
                   Op      op)
{
  gboolean delete = op == OP_DELETE_MEMBER;
  g_autofree char *id = g_strdup (pick (s, delete ? s->members_alive : s->members_deleted));
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, delete ? "delete-member" : "restore");
  g_autofree char *out = NULL;
  const char *alive = delete ? "0" : "1";
  RunResult result;

  add_args (argv, id, NULL);
  result = run_killable (s, op, argv, TRUE, &out);
  if (result == RUN_ACKED ||
      (result == RUN_KILLED && happened (s, SQL_MEMBER_ALIVE, id, NULL, alive)))
    {
      set_fact (s, SQL_MEMBER_ALIVE, id, NULL, alive);
      if (delete)
        move_id (s->members_alive, s->members_deleted, id);
      else
        move_id (s->members_deleted, s->members_alive, id);
    }
}

static void
op_add_organisation (Stress *s)
{
  g_autofree char *name = unique (s, "organisation");
  g_autofree char *short_name = g_strdup_printf ("SO%u", s->serial);
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "add-organisation");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT count(*) FROM organisations WHERE name = ?1 AND short_name = ?2";

  add_args (argv, "--name", name, "--short", short_name, NULL);
  result = run_killable (s, OP_ADD_ORGANISATION, argv, TRUE, &out);
  if (result == RUN_ACKED)
    set_fact (s, sql, name, short_name, "1");
  else if (result == RUN_KILLED)
    set_fact (s, sql, name, short_name, happened (s, sql, name, short_name, "1") ? "1" : "0");
}

static void
op_council (Stress *s)
{
  g_autofree char *rate = g_strdup_printf ("%u", 100 + ++s->serial);
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "council");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT honorarium_rate FROM councils WHERE id = ?1";

  add_args (argv, "--council", s->council, "--honorarium-rate", rate, NULL);
  result = run_killable (s, OP_COUNCIL, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, s->council, NULL, rate)))
    set_fact (s, sql, s->council, NULL, rate);
}

static void
op_add_meeting (Stress *s)
{
  g_autofree char *theme = unique (s, "meeting");
  /* One new day each, from 2031 on: no two meetings share a day. */
  g_autoptr(GDateTime) base = g_date_time_new_utc (2031, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (base, (int) s->serial);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "add-meeting");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  RunResult result;
  const char *sql = "SELECT id FROM meetings WHERE theme = ?1";

  add_args (argv, "--council", s->council, "--date", date, "--start", "10:00", "--minutes", "90",
            "--theme", theme, NULL);
  result = run_killable (s, OP_ADD_MEETING, argv, TRUE, &out);
  if (result == RUN_ACKED)
    id = g_strdup (out);
  else if (result == RUN_KILLED)
    id = killed_insert (s, sql, theme);
  else
    return;

  set_fact (s, sql, theme, NULL, id);
  if (id != NULL)
    g_ptr_array_add (s->meetings_planned, g_steal_pointer (&id));
}

/* The planned meetings or those whose notice went out, whichever has one,
 * either when both have. */
static GPtrArray *
pick_meetings (Stress *s)
{
  if (s->meetings_noticed->len == 0)
    return s->meetings_planned;
  if (s->meetings_planned->len == 0)
    return s->meetings_noticed;
  return g_rand_boolean (s->rand) ? s->meetings_planned : s->meetings_noticed;
}

static void
op_edit_meeting (Stress *s)
{
  const char *id = pick (s, pick_meetings (s));
  g_autofree char *place = unique (s, "place");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "edit-meeting");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT place FROM meetings WHERE id = ?1";

  add_args (argv, id, "--council", s->council, "--place", place, NULL);
  result = run_killable (s, OP_EDIT_MEETING, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, place)))
    set_fact (s, sql, id, NULL, place);
}

/* The meeting's items go to the backlog with it, or none of them does. */
static void
op_cancel_meeting (Stress *s)
{
  GPtrArray *from = pick_meetings (s);
  g_autofree char *id = g_strdup (pick (s, from));
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "cancel-meeting");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT status FROM meetings WHERE id = ?1";
  guint index;

  add_args (argv, id, "--council", s->council, "--items-to-backlog", NULL);
  result = run_killable (s, OP_CANCEL_MEETING, argv, TRUE, &out);
  if (!(result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, "cancelled"))))
    return;

  set_fact (s, sql, id, NULL, "cancelled");
  g_assert_true (g_ptr_array_find_with_equal_func (from, id, g_str_equal, &index));
  g_ptr_array_remove_index (from, index);
  for (guint i = 0; i < s->items->len; i++)
    {
      const char *item = g_ptr_array_index (s->items, i);

      if (g_strcmp0 (g_hash_table_lookup (s->item_meeting, item), id) != 0)
        continue;
      g_hash_table_insert (s->item_meeting, g_strdup (item), g_strdup (""));
      set_fact (s, SQL_ITEM_MEETING, item, NULL, "");
    }
}

static void
op_add_item (Stress *s)
{
  const char *meeting = g_rand_int_range (s->rand, 0, 4) == 0 ? NULL : pick (s, s->meetings_planned);
  g_autofree char *title = unique (s, "item");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "add-item");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  RunResult result;
  const char *sql = "SELECT id FROM agenda_items WHERE title = ?1";

  add_args (argv, "--council", s->council, "--title", title, "--kind", "discussion", NULL);
  if (meeting != NULL)
    add_args (argv, "--meeting", meeting, NULL);
  result = run_killable (s, OP_ADD_ITEM, argv, TRUE, &out);
  if (result == RUN_ACKED)
    id = g_strdup (out);
  else if (result == RUN_KILLED)
    id = killed_insert (s, sql, title);
  else
    return;

  set_fact (s, sql, title, NULL, id);
  if (id == NULL)
    return;
  set_fact (s, SQL_ITEM_MEETING, id, NULL, meeting ? meeting : "");
  g_hash_table_insert (s->item_meeting, g_strdup (id), g_strdup (meeting ? meeting : ""));
  g_ptr_array_add (s->items, g_steal_pointer (&id));
}

static void
op_edit_item (Stress *s)
{
  const char *id = pick (s, s->items);
  g_autofree char *presenter = unique (s, "presenter");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "edit-item");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT presenter FROM agenda_items WHERE id = ?1";

  add_args (argv, id, "--presenter", presenter, NULL);
  result = run_killable (s, OP_EDIT_ITEM, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, presenter)))
    set_fact (s, sql, id, NULL, presenter);
}

/* An item of a planned meeting or the backlog, to another planned meeting
 * or the backlog. */
static void
op_move_item (Stress *s)
{
  g_autoptr(GPtrArray) movable = g_ptr_array_new ();
  const char *id, *from, *to;
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "move-item");
  g_autofree char *out = NULL;
  RunResult result;

  for (guint i = 0; i < s->items->len; i++)
    {
      const char *item = g_ptr_array_index (s->items, i);
      const char *meeting = g_hash_table_lookup (s->item_meeting, item);

      if (*meeting == '\0' ||
          g_ptr_array_find_with_equal_func (s->meetings_planned, meeting, g_str_equal, NULL))
        g_ptr_array_add (movable, (gpointer) item);
    }
  id = pick (s, movable);
  if (id == NULL)
    return;
  from = g_hash_table_lookup (s->item_meeting, id);
  to = *from == '\0' || g_rand_boolean (s->rand) ? pick (s, s->meetings_planned) : "";
  if (to == NULL || g_strcmp0 (to, from) == 0)
    return;

  add_args (argv, id, NULL);
  if (*to == '\0')
    add_args (argv, "--backlog", NULL);
  else
    add_args (argv, "--meeting", to, NULL);
  result = run_killable (s, OP_MOVE_ITEM, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, SQL_ITEM_MEETING, id, NULL, to)))
    {
      set_fact (s, SQL_ITEM_MEETING, id, NULL, to);
      g_hash_table_insert (s->item_meeting, g_strdup (id), g_strdup (to));
    }
}

/* A year's meetings: all four, or none. */
static void
op_plan_year (Stress *s)
{
  g_autofree char *year = g_strdup_printf ("%u", 2100 + ++s->serial);
  g_autofree char *pattern = g_strdup_printf ("%s-%%", year);
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "plan-year");
  g_autofree char *out = NULL;
  g_autofree char *found = NULL;
  RunResult result;
  const char *sql = "SELECT count(*) FROM meetings WHERE starts_at LIKE ?1 AND deleted_at IS NULL "
                    "AND council_id = ?2";

  add_args (argv, "--council", s->council, "--year", year, "--count", "4", "--weekday", "tue", "--week", "2",
            "--start", "10:00", "--minutes", "120", NULL);
  result = run_killable (s, OP_PLAN_YEAR, argv, TRUE, &out);
  if (result == RUN_REFUSED)
    return;
  found = query (s->db, sql, pattern, s->council);
  if (result == RUN_KILLED)
    s->n_killed_written += g_strcmp0 (found, "0") != 0;
  set_fact (s, sql, pattern, s->council, result == RUN_ACKED || g_strcmp0 (found, "0") != 0
                                         ? "4" : "0");
}

/* Three rows: all of them, or none. */
static void
op_import_members (Stress *s)
{
  char *names[3] = { unique (s, "import"), unique (s, "import"), unique (s, "import") };
  g_autofree char *csv_path = g_strdup_printf ("%s/import-%u.csv", s->dir, s->serial);
  g_autofree char *csv = g_strdup_printf ("navn;rolle;telefon\r\n%s;medlem;1\r\n%s;vara;2\r\n"
                                          "%s;medlem;3\r\n", names[0], names[1], names[2]);
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "import-members");
  g_autofree char *out = NULL;
  RunResult result;
  gboolean done;

  mv_test_write_file (csv_path, csv);
  add_args (argv, "--council", s->council, csv_path, NULL);
  result = run_killable (s, OP_IMPORT_MEMBERS, argv, TRUE, &out);
  if (result == RUN_REFUSED)
    return;
  if (result == RUN_ACKED)
    g_assert_true (g_str_has_prefix (out, "added\t3"));
  done = result == RUN_ACKED || happened (s, SQL_MEMBERS_NAMED, names[0], NULL, "1");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      set_fact (s, SQL_MEMBERS_NAMED, names[i], NULL, done ? "1" : "0");
      g_free (names[i]);
    }
  g_unlink (csv_path);
}

/* A document with every page's text, or none of it. */
static void
op_attach (Stress *s)
{
  const char *item = pick (s, s->items);
  const char *pdf = pick (s, s->pdfs);
  g_autofree char *title = unique (s, "document");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "attach");
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  RunResult result;
  const char *sql = "SELECT id FROM documents WHERE title = ?1";
  const char *pages_sql = "SELECT (SELECT count(*) FROM document_pages WHERE document_id = id) "
                          "= page_count AND page_count > 0 FROM documents WHERE title = ?1";

  add_args (argv, item, pdf, "--title", title, NULL);
  result = run_killable (s, OP_ATTACH, argv, TRUE, &out);
  if (result == RUN_ACKED)
    id = g_strdup (out);
  else if (result == RUN_KILLED)
    id = killed_insert (s, sql, title);
  else
    return;

  set_fact (s, sql, title, NULL, id);
  if (id == NULL)
    return;
  set_fact (s, pages_sql, title, NULL, "1");
  set_fact (s, "SELECT public FROM documents WHERE id = ?1", id, NULL, "1");
  g_hash_table_insert (s->document_public, g_strdup (id), g_strdup ("1"));
  g_ptr_array_add (s->documents, g_steal_pointer (&id));
}

static void
op_set_public (Stress *s)
{
  const char *id = pick (s, s->documents);
  const char *now = g_hash_table_lookup (s->document_public, id);
  const char *next = g_str_equal (now, "1") ? "0" : "1";
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "set-public");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT public FROM documents WHERE id = ?1";

  add_args (argv, id, g_str_equal (next, "1") ? "yes" : "no", NULL);
  result = run_killable (s, OP_SET_PUBLIC, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, next)))
    {
      set_fact (s, sql, id, NULL, next);
      g_hash_table_insert (s->document_public, g_strdup (id), g_strdup (next));
    }
}

/* The facts that find a document by its title (attach's) find it by
 * its new one. */
static void
retitle_facts (Stress     *s,
               const char *was,
               const char *title)
{
  g_autoptr(GPtrArray) moved = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, s->facts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Fact *fact = value;

      if (g_strcmp0 (fact->param1, was) == 0 && strstr (fact->sql, "WHERE title = ?1") != NULL)
        {
          g_ptr_array_add (moved, fact);
          g_hash_table_iter_steal (&iter);
          g_free (key);
        }
    }
  for (guint i = 0; i < moved->len; i++)
    {
      Fact *fact = g_ptr_array_index (moved, i);

      set_fact (s, fact->sql, title, fact->param2, fact->expected);
      fact_free (fact);
    }
}

/* A document's new title, which is unique. */
static void
op_set_title (Stress *s)
{
  const char *id = pick (s, s->documents);
  g_autofree char *title = unique (s, "title");
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "set-title");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT title FROM documents WHERE id = ?1";
  g_autofree char *was = query (s->db, sql, id, NULL);

  add_args (argv, id, title, NULL);
  result = run_killable (s, OP_SET_TITLE, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, title)))
    {
      set_fact (s, sql, id, NULL, title);
      retitle_facts (s, was, title);
    }
}

/* The status and every item's fixed number, or neither. */
static void
op_send_notice (Stress *s)
{
  g_autofree char *id = g_strdup (pick (s, s->meetings_planned));
  g_autoptr(GPtrArray) argv = cli_argv (s, s->db, "send-notice");
  g_autofree char *out = NULL;
  RunResult result;
  const char *sql = "SELECT status FROM meetings WHERE id = ?1";
  const char *unfixed_sql = "SELECT count(*) FROM agenda_items WHERE meeting_id = ?1 "
                            "AND deleted_at IS NULL AND number_fixed = 0";

  add_args (argv, "--meeting", id, "--council", s->council, NULL);
  result = run_killable (s, OP_SEND_NOTICE, argv, TRUE, &out);
  if (result == RUN_ACKED || (result == RUN_KILLED && happened (s, sql, id, NULL, "notice-sent")))
    {
      set_fact (s, sql, id, NULL, "notice-sent");
      set_fact (s, unfixed_sql, id, NULL, "0");
      move_id (s->meetings_planned, s->meetings_noticed, id);
    }
}

/* The sample into a new file: all of it or nothing, and a file that
 * passes the check either way. */
static void
op_demo (Stress *s)
{
  g_autofree char *db = g_strdup_printf ("%s/demo-%u.db", s->dir, ++s->serial);
  g_autoptr(GPtrArray) argv = cli_argv (s, db, "demo");
  g_autofree char *out = NULL;
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  RunResult result;
  GStatBuf st;

  result = run_killable (s, OP_DEMO, argv, TRUE, &out);
  if (result == RUN_REFUSED)
    return;

  /* Killed before it made the file, or while the file was still empty:
   * nothing to check. */
  if (result == RUN_KILLED && (g_stat (db, &st) != 0 || (st.st_size == 0 &&
                                                         g_stat (wal, &st) != 0)))
    return;
  if (!check_file (s, db))
    s->n_failed_checks++;
  else
    {
      g_autoptr(sqlite3) conn = mv_test_db_open (db);
      gint64 councils = mv_test_db_int (conn, "SELECT count(*) FROM councils", NULL);
      gint64 members = mv_test_db_int (conn, "SELECT count(*) FROM members", NULL);

      if ((result == RUN_ACKED && councils != 1) || councils > 1 ||
          (councils == 1 && members == 0) || (councils == 0 && members != 0))
        {
          g_test_message ("demo %s: %" G_GINT64_FORMAT " councils, %" G_GINT64_FORMAT " members",
                          result == RUN_ACKED ? "acknowledged" : "killed", councils, members);
          s->n_lost++;
        }
    }
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

/* --- the GUI's autosave ---------------------------------------------------- */

/* mv-autosave-driver types a presenter into the item editor, waits for the
 * autosave to write it, prints "saved ID VALUE", and goes on until it is
 * killed. Every printed line is an acknowledged write; the value it was
 * typing when it died may or may not be in the file. */
static void
op_autosave (Stress *s)
{
  const char *item = pick (s, s->items);
  g_autofree char *prefix = unique (s, "autosave");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *last = NULL;
  g_autofree char *typing = NULL;
  g_autofree char *found = NULL;
  g_autofree char *before = NULL;
  g_auto(GStrv) lines = NULL;
  const char *sql = "SELECT presenter FROM agenda_items WHERE id = ?1";
  guint n_saved = 0;
  RunResult result;

  before = query (s->db, sql, item, NULL);
  g_ptr_array_add (argv, g_strdup (g_getenv ("MEDVIRKE_AUTOSAVE_DRIVER")));
  add_args (argv, s->db, item, prefix, NULL);
  result = run_killable (s, OP_AUTOSAVE, argv, TRUE, &out);
  g_assert_cmpint (result, ==, RUN_KILLED);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], "\t", 3);

      if (g_strv_length (words) != 3 || !g_str_equal (words[0], "saved"))
        continue;
      g_assert_cmpstr (words[1], ==, item);
      n_saved++;
      g_free (last);
      last = g_strdup (words[2]);
    }
  s->n_acked += n_saved;
  s->n_autosaves += n_saved;

  /* The file holds the last acknowledged value – or the one being typed at
   * the kill, whose save may have been written but not yet printed. */
  typing = g_strdup_printf ("%s #%u", prefix, n_saved + 1);
  found = query (s->db, sql, item, NULL);
  if (g_strcmp0 (found, last ? last : before) != 0 && g_strcmp0 (found, typing) != 0)
    {
      g_test_message ("autosave lost: the presenter is %s, the last acknowledged %s",
                      found, last ? last : before);
      s->n_lost++;
    }
  s->n_killed_written += g_strcmp0 (found, typing) == 0;
  set_fact (s, sql, item, NULL, found);
}

/* --- the loop -------------------------------------------------------------- */

static Op
choose (Stress  *s,
        gboolean gui)
{
  for (;;)
    {
      Op op = gui ? (g_rand_int_range (s->rand, 0, 6) ? OP_AUTOSAVE : OP_ADD_ITEM)
                  : (Op) g_rand_int_range (s->rand, 0, OP_DEMO + 1);

      switch (op)
        {
        case OP_EDIT_MEMBER:
        case OP_DELETE_MEMBER:
          if (s->members_alive->len == 0)
            continue;
          break;
        case OP_RESTORE:
          if (s->members_deleted->len == 0)
            continue;
          break;
        case OP_EDIT_MEETING:
        case OP_CANCEL_MEETING:
          if (s->meetings_planned->len + s->meetings_noticed->len == 0)
            continue;
          break;
        case OP_SEND_NOTICE:
          if (s->meetings_planned->len == 0)
            continue;
          break;
        case OP_EDIT_ITEM:
        case OP_MOVE_ITEM:
        case OP_ATTACH:
        case OP_AUTOSAVE:
          if (s->items->len == 0)
            continue;
          break;
        case OP_SET_PUBLIC:
        case OP_SET_TITLE:
          if (s->documents->len == 0)
            continue;
          break;
        default:
          break;
        }
      /* Cancelling is rare, or no meeting would keep its items. */
      if (op == OP_CANCEL_MEETING && g_rand_int_range (s->rand, 0, 3) != 0)
        continue;
      return op;
    }
}

static void
run_op (Stress *s,
        Op      op)
{
  /* One run in three is let finish: acknowledged writes to lose. */
  s->may_kill = g_rand_int_range (s->rand, 0, 3) != 0;
  switch (op)
    {
    case OP_ADD_MEMBER: op_add_member (s); break;
    case OP_EDIT_MEMBER: op_edit_member (s); break;
    case OP_DELETE_MEMBER:
    case OP_RESTORE: op_delete_restore (s, op); break;
    case OP_ADD_ORGANISATION: op_add_organisation (s); break;
    case OP_COUNCIL: op_council (s); break;
    case OP_ADD_MEETING: op_add_meeting (s); break;
    case OP_EDIT_MEETING: op_edit_meeting (s); break;
    case OP_CANCEL_MEETING: op_cancel_meeting (s); break;
    case OP_ADD_ITEM: op_add_item (s); break;
    case OP_EDIT_ITEM: op_edit_item (s); break;
    case OP_MOVE_ITEM: op_move_item (s); break;
    case OP_PLAN_YEAR: op_plan_year (s); break;
    case OP_IMPORT_MEMBERS: op_import_members (s); break;
    case OP_ATTACH: op_attach (s); break;
    case OP_SET_PUBLIC: op_set_public (s); break;
    case OP_SET_TITLE: op_set_title (s); break;
    case OP_SEND_NOTICE: op_send_notice (s); break;
    case OP_DEMO: op_demo (s); break;
    case OP_AUTOSAVE: op_autosave (s); break;
    case N_OPS:
    default: g_assert_not_reached ();
    }
}

static void
test_kill_during_write (gconstpointer data)
{
  gboolean gui = GPOINTER_TO_INT (data);
  const char *kills_env = g_getenv ("MEDVIRKE_STRESS_KILLS");
  const char *seed_env = g_getenv ("MEDVIRKE_STRESS_SEED");
  guint n_kills = kills_env ? (guint) g_ascii_strtoull (kills_env, NULL, 10) : 30;
  guint32 seed = seed_env ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                          : (guint32) g_get_real_time ();
  Stress stress = { 0 }, *s = &stress;
  g_autoptr(GPtrArray) argv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *sample_dir = mv_test_sample_path ("");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint last_kills = 0;

  /* A run of the autosave takes a second or two, not a tenth: a fifth of
   * the kills, at least five. */
  if (gui)
    n_kills = MAX (5, n_kills / 5);

  g_test_message ("seed %u (MEDVIRKE_STRESS_SEED repeats a run), %u kills", seed, n_kills);
  s->rand = g_rand_new_with_seed (seed);
  for (guint op = 0; op < N_OPS; op++)
    s->kill_at[op] = 1.0;
  s->dir = mv_test_make_tmp_dir ();
  s->db = g_build_filename (s->dir, "stress.db", NULL);
  s->facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) fact_free);
  s->members_alive = g_ptr_array_new_with_free_func (g_free);
  s->members_deleted = g_ptr_array_new_with_free_func (g_free);
  s->meetings_planned = g_ptr_array_new_with_free_func (g_free);
  s->meetings_noticed = g_ptr_array_new_with_free_func (g_free);
  s->items = g_ptr_array_new_with_free_func (g_free);
  s->item_meeting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->documents = g_ptr_array_new_with_free_func (g_free);
  s->document_public = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->pdfs = g_ptr_array_new_with_free_func (g_free);

  dir = g_dir_open (sample_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      g_ptr_array_add (s->pdfs, g_build_filename (sample_dir, name, NULL));
  g_assert_cmpuint (s->pdfs->len, >, 0);

  /* The file to write into: the sample, not killed. */
  argv = cli_argv (s, s->db, "demo");
  g_assert_cmpint (run_killable (s, OP_DEMO, argv, FALSE, &out), ==, RUN_ACKED);
  s->council = query (s->db, "SELECT id FROM councils", NULL, NULL);
  g_assert_nonnull (s->council);
  /* A meeting to start with, and for --gui an item for the editor. */
  op_add_meeting (s);
  if (gui)
    op_add_item (s);

  while (s->n_kills < n_kills)
    {
      run_op (s, choose (s, gui));
      if (s->n_kills == last_kills)
        continue;
      last_kills = s->n_kills;
      if (!check_file (s, s->db))
        s->n_failed_checks++;
      s->n_lost += verify_facts (s);
    }

  if (!check_file (s, s->db))
    s->n_failed_checks++;
  s->n_lost += verify_facts (s);

  for (guint op = 0; op < N_OPS; op++)
    if (s->n_runs[op] + s->n_killed[op] > 0)
      g_test_message ("%-16s %3u acknowledged or refused, %3u killed, %6.1f ms a run",
                      op_names[op], s->n_runs[op], s->n_killed[op], s->mean_us[op] / 1000);
  g_test_message ("%u acknowledged writes (%u autosaves), %u killed ones that were written "
                  "whole (the others not at all), %u facts checked, %u refused", s->n_acked,
                  s->n_autosaves, s->n_killed_written, g_hash_table_size (s->facts), s->n_refused);
  g_test_message ("%s%u kills, %u lost acknowledged writes, %u failed checks",
                  gui ? "autosave: " : "", s->n_kills, s->n_lost, s->n_failed_checks);

  g_assert_cmpuint (s->n_lost, ==, 0);
  g_assert_cmpuint (s->n_failed_checks, ==, 0);
  g_assert_cmpuint (s->n_refused, ==, 0);
  g_assert_cmpuint (s->n_acked, >, 0);

  mv_test_remove_tree (s->dir);
  g_free (s->dir);
  g_free (s->db);
  g_free (s->council);
  g_rand_free (s->rand);
  g_hash_table_unref (s->facts);
  g_ptr_array_unref (s->members_alive);
  g_ptr_array_unref (s->members_deleted);
  g_ptr_array_unref (s->meetings_planned);
  g_ptr_array_unref (s->meetings_noticed);
  g_ptr_array_unref (s->items);
  g_hash_table_unref (s->item_meeting);
  g_ptr_array_unref (s->documents);
  g_hash_table_unref (s->document_public);
  g_ptr_array_unref (s->pdfs);
}

int
main (int   argc,
      char *argv[])
{
  gboolean gui = FALSE;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--gui"))
      gui = TRUE;
  g_test_init (&argc, &argv, NULL);
  if (gui)
    g_test_add_data_func ("/stress/kill-during-autosave", GINT_TO_POINTER (TRUE),
                          test_kill_during_write);
  else
    g_test_add_data_func ("/stress/kill-during-write", GINT_TO_POINTER (FALSE),
                          test_kill_during_write);
  return g_test_run ();
}
