/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>
#include <sys/resource.h>

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
/* Whether the bytes of @path (a database, say) hold the ASCII @text, in
 * any case: what someone without the app reads in the file. FALSE when
 * there is no such file. */
gboolean mv_test_file_contains  (const char *path,
                                 const char *text);

/* Where the sample documents (src/core/sample) and the test data
 * (tests/data) are. */
char    *mv_test_sample_path    (const char *name);
char    *mv_test_data_path      (const char *name);

/* Limits the size of the files this process writes to @bytes, as a full
 * disk would fail a write half-way, until mv_test_end_file_size_limit()
 * restores @old. */
void     mv_test_begin_file_size_limit (rlim_t         bytes,
                                        struct rlimit *old);
void     mv_test_end_file_size_limit   (struct rlimit *old);
/* After a failed write to @name in @dir: the target is still there and no
 * temporary file was left beside it. */
void     mv_test_assert_no_temp_files  (const char    *dir,
                                        const char    *name);

/* Sets @locale for LC_ALL. When the machine lacks it the test is skipped
 * (FALSE) – unless MEDVIRKE_TEST_LOCALES=required, as build-aux/test sets
 * after installing the locales: then a missing one fails the test. */
gboolean mv_test_set_locale     (const char *locale);

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

/* pdftotext's UTF-8 text of page @page of @pdf, of all pages for 0. */
char    *mv_test_pdf_text       (const char *pdf,
                                 int         page);
/* The number of pages pdfinfo sees. */
int      mv_test_pdf_n_pages    (const char *pdf);
/* @text with runs of white space (also form feeds) as one space, and none
 * at the ends: text wraps differently in a PDF. */
char    *mv_test_squeeze        (const char *text);

/* A part of the XLSX @xlsx, such as "xl/worksheets/sheet1.xml". */
char    *mv_test_xlsx_part      (const char *xlsx,
                                 const char *part);
/* The style and the raw value of the cell @ref ("A6") of a sheet's XML, and
 * whether the value indexes the shared strings; FALSE when the cell or its
 * value is missing. */
gboolean mv_test_xlsx_cell      (const char  *sheet,
                                 const char  *ref,
                                 int         *style,
                                 gboolean    *is_string,
                                 char       **value);
/* The numFmt format code of cell style @style in styles.xml, or
 * "builtin N" for a built-in one. */
char    *mv_test_xlsx_style_format (const char *styles,
                                    int         style);

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
/* The same with the arguments as a list ended by NULL. */
void     mv_test_run_cli_va     (MvTestRun          *run,
                                 const char         *language,
                                 const char         *first,
                                 va_list             args);
void     mv_test_run_cli_args   (MvTestRun          *run,
                                 const char         *language,
                                 const char         *first,
                                 ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
