/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "mv-backup.h"
#include "mv-error.h"
#include "mv-store-private.h"

/* The automatic backups (mv-backup.h says where and which are kept).
 *
 * The copy is made from the store's own connection, before the write that
 * made it necessary and outside any transaction, so it is the file as the
 * last commit left it – whoever made that commit. Only SQLite opens the
 * live file (HACKING.md, "One file, many users: the rule"); the copies are
 * nobody's live database, so their folder may be read and written freely,
 * but they are still read through SQLite.
 *
 * The name of a copy, "YYYY-MM-DDTHHMMSS.db" in local time, is this
 * folder's own format, like iCalendar's in mv-ical.c: it sorts as the
 * times do and says the day a secretary looks for. */

#define NAME_LENGTH     (sizeof "2026-02-10T093000.db" - 1)
#define TEMP_PREFIX     ".backup-"
#define KEEP_DAYS       7
#define KEEP_WEEKS      4
#define HASH_LENGTH     12
#define STEM_MAX_CHARS  80

/* The days already backed up (or tried), per file, so that a write asks
 * the folder at most once a day; and the failures not yet shown. Workers
 * write through connections of their own, hence the lock. */
static GMutex state_lock;
static GHashTable *done_days;   /* canonical path → GUINT_TO_POINTER (julian day) */
static GHashTable *failures;    /* canonical path → message */

void
mv_backup_free (MvBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->time, g_date_time_unref);
  g_free (backup);
}

static char *
backups_root (void)
{
  return g_build_filename (g_get_user_data_dir (), "medvirke", "backups", NULL);
}

/* "medvirke.db" → "medvirke"; a name that is all extension stays whole. */
static char *
file_stem (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  if (g_utf8_validate (base, -1, NULL) && g_utf8_strlen (base, -1) > STEM_MAX_CHARS)
    return g_utf8_substring (base, 0, STEM_MAX_CHARS);
  if (strlen (base) > STEM_MAX_CHARS)
    base[STEM_MAX_CHARS] = '\0';
  return g_steal_pointer (&base);
}

char *
mv_backup_folder_for (const char *db_path)
{
  g_autofree char *canonical = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *root = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  canonical = g_canonicalize_filename (db_path, NULL);
  stem = file_stem (canonical);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  hash[HASH_LENGTH] = '\0';
  name = g_strdup_printf ("%s-%s", stem, hash);
  root = backups_root ();
  return g_build_filename (root, name, NULL);
}

/* The time in a copy's name, or NULL for any other file. */
static GDateTime *
parse_name (const char *name)
{
  int year, month, day, hour, minute, second;
  char tail[4] = "";

  if (strlen (name) != NAME_LENGTH || !g_str_has_suffix (name, ".db"))
    return NULL;
  for (guint i = 0; i < NAME_LENGTH - 3; i++)
    if (i == 4 || i == 7 ? name[i] != '-' : i == 10 ? name[i] != 'T' : !g_ascii_isdigit (name[i]))
      return NULL;
  if (sscanf (name, "%4d-%2d-%2dT%2d%2d%2d%3s", &year, &month, &day, &hour, &minute, &second,
              tail) != 7)
    return NULL;
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static char *
format_name (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_strdup_printf ("%04d-%02d-%02dT%02d%02d%02d.db",
                          g_date_time_get_year (local), g_date_time_get_month (local),
                          g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
                          g_date_time_get_minute (local), g_date_time_get_second (local));
}

static guint
julian_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names of the copies in @folder, newest first; NULL with errno when
 * the folder cannot be read. */
static GPtrArray *
list_names (const char  *folder,
            GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, error);
  const char *name;

  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) time = parse_name (name);

      if (time != NULL)
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names_newest_first);
  return g_steal_pointer (&names);
}

/* A copy that a killed process left half-made is removed once it is a day
 * old: a younger one may be another process's copy in progress. */
static void
remove_stale_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, TEMP_PREFIX))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &st) == 0 && now - st.st_mtime > 24 * 60 * 60)
        g_unlink (path);
    }
}

/* The ISO week of @time as one number, e.g. 202607. */
static int
iso_week (GDateTime *time)
{
  return g_date_time_get_week_numbering_year (time) * 100 + g_date_time_get_week_of_year (time);
}

/**
 * mv_backup_rotate:
 *
 * Keeps, of the copies in @folder, the newest of each of the last
 * KEEP_DAYS days that have one, and the newest of each of the KEEP_WEEKS
 * ISO weeks before those that have no daily copy kept; removes the rest.
 * Other files in the folder are left alone.
 */
void
mv_backup_rotate (const char *folder)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) daily_weeks = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_days = 0, n_weeks = 0;
  int last_day = -1, last_week = -1;

  g_return_if_fail (folder != NULL);

  if (!(names = list_names (folder, NULL)))
    return;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GDateTime) time = parse_name (name);
      int day = (int) julian_day (time);
      int week = iso_week (time);
      gboolean keep = FALSE;

      if (day == last_day)
        keep = FALSE;  /* an older copy of a day already kept or passed over */
      else if (n_days < KEEP_DAYS)
        {
          keep = TRUE;
          n_days++;
          g_array_append_val (daily_weeks, week);
        }
      else if (week != last_week && n_weeks < KEEP_WEEKS)
        {
          gboolean has_daily = FALSE;

          for (guint w = 0; w < daily_weeks->len; w++)
            has_daily |= g_array_index (daily_weeks, int, w) == week;
          if (!has_daily)
            {
              keep = TRUE;
              n_weeks++;
              last_week = week;
            }
        }
      last_day = day;

      if (!keep)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);

          if (g_unlink (path) != 0 && errno != ENOENT)
            g_warning ("Could not remove the old backup “%s”: %s", path, g_strerror (errno));
        }
    }

  remove_stale_temporaries (folder);
}

/* The folder @path, made with mode 0700, or made so: it holds personal data. */
static gboolean
make_private_folder (const char  *path,
                     GError     **error)
{
  if (g_mkdir_with_parents (path, 0700) != 0 || g_chmod (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not create the folder “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/* Copies the main database of @source into the file @to with the backup
 * API, as a self-contained file (journal mode DELETE), and checks it when
 * @check. Returns an SQLite result code; @message gets SQLite's words. */
int
_mv_store_copy_database (sqlite3     *source,
                         const char  *to,
                         gboolean     check,
                         char       **message)
{
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (to, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", source, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      else
        rc = sqlite3_errcode (copy);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc == SQLITE_OK && check)
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (copy, "PRAGMA integrity_check", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW &&
              g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
            rc = SQLITE_OK;
          else
            {
              *message = g_strdup (rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0)
                                                    : sqlite3_errmsg (copy));
              rc = SQLITE_CORRUPT;
            }
        }
      sqlite3_finalize (stmt);
    }

  if (rc != SQLITE_OK && *message == NULL)
    *message = g_strdup (copy != NULL ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
  sqlite3_close_v2 (copy);
  return rc;
}

/* A temporary file of mode 0600 in @folder, closed. */
static char *
make_temporary (const char  *folder,
                GError     **error)
{
  g_autofree char *tmp = g_build_filename (folder, TEMP_PREFIX "XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write in the folder “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmp);
}

static gboolean
is_eligible (MvStore *store)
{
  g_autofree char *root = NULL;

  /* Nothing to protect in a file that cannot change, that this program
   * made (it held nothing before), that holds no council yet, or that is
   * itself a backup opened by hand. */
  if (store->read_only || store->damaged || store->snapshot_path != NULL || store->created ||
      store->in_batch || mv_store_is_empty (store))
    return FALSE;

  /* A test that forgot to set XDG_DATA_HOME must not write into the home
   * of whoever runs it (tests/meson.build sets it for every suite). */
  if ((g_test_initialized () || g_getenv ("G_TEST_SRCDIR") != NULL) &&
      g_getenv ("XDG_DATA_HOME") == NULL)
    return FALSE;

  root = backups_root ();
  return !g_str_has_prefix (store->path, root);
}

gboolean
mv_backup_needed_at (MvStore   *store,
                     GDateTime *now)
{
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) names = NULL;
  guint today;
  gboolean done;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!is_eligible (store))
    return FALSE;

  today = julian_day (now);
  g_mutex_lock (&state_lock);
  done = done_days != NULL &&
         GPOINTER_TO_UINT (g_hash_table_lookup (done_days, store->path)) == today;
  g_mutex_unlock (&state_lock);
  if (done)
    return FALSE;

  /* Another process may have made today's copy. */
  folder = mv_backup_folder_for (store->path);
  names = list_names (folder, NULL);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      g_autoptr(GDateTime) time = parse_name (g_ptr_array_index (names, i));

      if (julian_day (time) == today)
        done = TRUE;
    }
  if (done)
    {
      g_mutex_lock (&state_lock);
      if (done_days == NULL)
        done_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (done_days, g_strdup (store->path), GUINT_TO_POINTER (today));
      g_mutex_unlock (&state_lock);
    }
  return !done;
}

/* Whether the disk has room for a copy of @path and the write after it. */
static gboolean
check_room (const char  *path,
            const char  *folder,
            GError     **error)
{
  struct statvfs fs;
  GStatBuf st;
  guint64 size, available;

  if (g_stat (path, &st) != 0 || statvfs (folder, &fs) != 0)
    return TRUE;
  size = (guint64) st.st_size;
  available = (guint64) fs.f_bavail * fs.f_frsize;
  if (available >= 2 * size + 16 * 1024 * 1024)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_IO,
               _("There is no room on the disk for a backup of “%s” in “%s”"), path, folder);
  return FALSE;
}

/**
 * mv_backup_make_at:
 * @now: the time the copy is named by
 *
 * Copies @store's file as it is now into its backup folder, named by
 * @now, and rotates the folder. Outside a transaction only.
 *
 * Returns: (transfer full): the copy's path, or %NULL with @error set
 */
char *
mv_backup_make_at (MvStore    *store,
                   GDateTime  *now,
                   GError    **error)
{
  g_autofree char *root = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *message = NULL;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (sqlite3_get_autocommit (store->db), NULL);

  g_mutex_lock (&state_lock);
  if (done_days == NULL)
    done_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Tried once a day, whether it works or not: a full disk does not slow
   * every write down with another try. */
  g_hash_table_insert (done_days, g_strdup (store->path), GUINT_TO_POINTER (julian_day (now)));
  g_mutex_unlock (&state_lock);

  root = backups_root ();
  folder = mv_backup_folder_for (store->path);
  if (!make_private_folder (root, error) || !make_private_folder (folder, error) ||
      !check_room (store->path, folder, error) ||
      !(tmp = make_temporary (folder, error)))
    return NULL;

  rc = _mv_store_copy_database (store->db, tmp, FALSE, &message);
  if (rc != SQLITE_OK || !sync_file (tmp))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write a backup to “%s”: %s"),
                   folder, message ? message : g_strerror (errno));
      g_unlink (tmp);
      return NULL;
    }

  name = format_name (now);
  target = g_build_filename (folder, name, NULL);
  if (g_rename (tmp, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write a backup to “%s”: %s"),
                   target, g_strerror (saved_errno));
      g_unlink (tmp);
      return NULL;
    }

  mv_backup_rotate (folder);
  return g_steal_pointer (&target);
}

void
_mv_backup_before_write (MvStore *store)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  /* Inside a batch the copy was made (or not needed) at its beginning, and
   * a copy now would hold the batch's first writes. */
  if (!sqlite3_get_autocommit (store->db))
    return;

  now = g_date_time_new_now_local ();
  if (!mv_backup_needed_at (store, now))
    return;

  if ((made = mv_backup_make_at (store, now, &error)) != NULL)
    {
      g_debug ("Backed up “%s” as “%s”", store->path, made);
      return;
    }

  g_warning ("Could not back up “%s”: %s", store->path, error->message);
  g_mutex_lock (&state_lock);
  if (failures == NULL)
    failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (failures, g_strdup (store->path), g_strdup (error->message));
  g_mutex_unlock (&state_lock);
}

char *
mv_backup_take_failure (const char *db_path)
{
  g_autofree char *canonical = NULL;
  g_autofree char *key = NULL;
  char *message = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  canonical = g_canonicalize_filename (db_path, NULL);
  g_mutex_lock (&state_lock);
  /* Stolen, key and all: the key is ours to free then. */
  if (failures != NULL)
    g_hash_table_steal_extended (failures, canonical, (gpointer *) &key, (gpointer *) &message);
  g_mutex_unlock (&state_lock);
  return message;
}

static sqlite3 *
open_read_only (const char *path)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", escaped);
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 2000);
  return db;
}

static gint64
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted_at IS NULL",
                                          table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (db != NULL && sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

GPtrArray *
mv_backup_list (const char  *db_path,
                GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) mv_backup_free);
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = mv_backup_folder_for (db_path);
  if (!(names = list_names (folder, &local_error)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not read the backups in “%s”: %s"),
                   folder, local_error->message);
      return NULL;
    }

  for (guint i = 0; i < names->len; i++)
    {
      MvBackup *backup = g_new0 (MvBackup, 1);
      sqlite3 *db;

      backup->path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      backup->time = parse_name (g_ptr_array_index (names, i));
      db = open_read_only (backup->path);
      backup->n_members = count_rows (db, "members");
      backup->n_meetings = count_rows (db, "meetings");
      backup->n_items = count_rows (db, "agenda_items");
      backup->n_documents = count_rows (db, "documents");
      sqlite3_close_v2 (db);
      g_ptr_array_add (backups, backup);
    }

  return g_steal_pointer (&backups);
}

static gboolean
is_medvirke_file (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ours = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ours = sqlite3_column_int (stmt, 0) == MV_APPLICATION_ID;
  sqlite3_finalize (stmt);
  return ours;
}

static gboolean
target_exists (const char *path)
{
  GStatBuf st;

  /* A dangling link counts: writing through it would make a file elsewhere. */
  return g_lstat (path, &st) == 0;
}

/* Puts @tmp in place as @target, unless a file got there meanwhile. */
static gboolean
place_new_file (const char  *tmp,
                const char  *target,
                GError     **error)
{
  int saved_errno;

  if (link (tmp, target) == 0)
    {
      g_unlink (tmp);
      return TRUE;
    }
  saved_errno = errno;
  if (saved_errno != EEXIST && !target_exists (target) && g_rename (tmp, target) == 0)
    return TRUE;  /* a file system without hard links */
  if (saved_errno != EEXIST)
    saved_errno = errno;

  if (saved_errno == EEXIST || target_exists (target))
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("“%s” already exists; a backup is restored into a new file only"), target);
  else
    g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"), target,
                 g_strerror (saved_errno));
  return FALSE;
}

gboolean
mv_backup_restore (const char  *backup,
                   const char  *target,
                   GError     **error)
{
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *message = NULL;
  sqlite3 *source;
  GStatBuf st;
  int rc;

  g_return_val_if_fail (backup != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  source_path = g_canonicalize_filename (backup, NULL);
  target_path = g_canonicalize_filename (target, NULL);

  if (g_stat (source_path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("Could not read the backup “%s”: %s"),
                   source_path, g_strerror (saved_errno));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not a backup: it is not a regular file"), source_path);
      return FALSE;
    }
  if (target_exists (target_path))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” already exists; a backup is restored into a new file only"),
                   target_path);
      return FALSE;
    }

  if (!(source = open_read_only (source_path)) || !is_medvirke_file (source))
    {
      sqlite3_close_v2 (source);
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE,
                   _("“%s” is not a backup of a Medvirke file"), source_path);
      return FALSE;
    }

  folder = g_path_get_dirname (target_path);
  if (!(tmp = make_temporary (folder, error)))
    {
      sqlite3_close_v2 (source);
      return FALSE;
    }

  rc = _mv_store_copy_database (source, tmp, TRUE, &message);
  sqlite3_close_v2 (source);
  if (rc != SQLITE_OK || !sync_file (tmp))
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        g_set_error (error, MV_ERROR, MV_ERROR_DAMAGED,
                     _("The backup “%s” is damaged (%s); nothing was restored"), source_path,
                     message);
      else
        g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"), target_path,
                     message ? message : g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }

  if (!place_new_file (tmp, target_path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}
