/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Helpers shared by the non-GUI tests: temporary folders, what a file
 * looks like from outside (bytes, size, mtime, mode), and a connection of
 * the test's own to look at the rows in a Medvirke file. */

char    *mv_test_make_tmp_dir   (void);
void     mv_test_remove_tree    (const char *path);
char    *mv_test_list_dir       (const char *dir);

typedef struct
{
  char    *sha256;
  goffset  size;
  gint64   mtime_ns;
  guint    mode;        /* permission bits */
} MvTestFileState;

MvTestFileState *mv_test_file_state      (const char       *path);
void             mv_test_file_state_free (MvTestFileState  *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvTestFileState, mv_test_file_state_free)

#define mv_test_assert_file_unchanged(before, path) \
  G_STMT_START { \
    g_autoptr(MvTestFileState) mv_after_ = mv_test_file_state (path); \
    g_assert_nonnull (mv_after_); \
    g_assert_cmpstr (mv_after_->sha256, ==, (before)->sha256); \
    g_assert_cmpint (mv_after_->size, ==, (before)->size); \
    g_assert_cmpint (mv_after_->mtime_ns, ==, (before)->mtime_ns); \
    g_assert_cmpuint (mv_after_->mode, ==, (before)->mode); \
  } G_STMT_END

guint    mv_test_file_mode      (const char *path);
void     mv_test_write_file     (const char *path,
                                 const char *contents);

/* Raw SQL on a connection of our own. The variadic arguments are text
 * parameters bound to ?1, ?2, …, ended by NULL. */
sqlite3 *mv_test_db_open        (const char *path);
sqlite3 *mv_test_db_open_create (const char *path);
void     mv_test_db_exec        (sqlite3    *db,
                                 const char *sql);
gint64   mv_test_db_int         (sqlite3    *db,
                                 const char *sql,
                                 ...) G_GNUC_NULL_TERMINATED;
char    *mv_test_db_text        (sqlite3    *db,
                                 const char *sql,
                                 ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* Runs a tool from PATH (pdftotext, pdfinfo, unzip …) and returns what it
 * printed; the test fails when the tool does. */
char    *mv_test_run_tool       (const char *first,
                                 ...) G_GNUC_NULL_TERMINATED;
/* The value of a field of pdfinfo's output, e.g. "Tagged". */
char    *mv_test_pdfinfo_field  (const char *info,
                                 const char *name);

#define mv_test_assert_pdfinfo(info, name, value) \
  G_STMT_START { \
    g_autofree char *mv_value_ = mv_test_pdfinfo_field (info, name); \
    g_assert_cmpstr (mv_value_, ==, value); \
  } G_STMT_END

/* One run of medvirke-cli (named by MEDVIRKE_CLI): its exit status and what
 * it printed. A run that dies of a signal fails the test, as bad input must
 * end in a message, never in a crash. @language NULL gives the untranslated
 * messages whatever the machine's locale; "nb" gives Norwegian. */
typedef struct
{
  int    status;
  char  *out;
  char  *err;
} MvTestRun;

void     mv_test_run_clear      (MvTestRun          *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MvTestRun, mv_test_run_clear)
void     mv_test_run_cli        (MvTestRun          *run,
                                 const char         *language,
                                 const char * const *args);

G_END_DECLS
