/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* CSV as Norwegian Excel writes it, and the import of a member list.
 *
 * The text is UTF-8 (with or without a byte order mark) or, when it holds
 * no valid multi-byte UTF-8 at all, Windows-1252; a file that is UTF-8 but
 * for some lines is read as UTF-8, and each record on such a line gets a
 * problem instead of guessed letters. UTF-16 with a byte order mark
 * (Excel's "Unicode text") is read too. The separator is ';', ',' or a tab: whichever
 * occurs most outside quotes in the first line (';' on a tie), unless the
 * first line is Excel's "sep=X". Fields may be quoted, with "" for a
 * quotation mark and line breaks inside the quotes; lines end in CRLF, LF
 * or CR. */

typedef struct
{
  guint   line;     /* the physical line the record starts on; the first is 1 */
  GStrv   fields;   /* what the cells hold, untrimmed; a line break in one is "\n" */
  guint   n_fields;
  char   *problem;  /* why the record could not be read whole, or NULL */
} MvCsvRecord;

void        mv_csv_record_free        (MvCsvRecord *record);

/* Returns: (transfer full) (element-type MvCsvRecord): every record, also
 *   blank ones, or %NULL with MV_ERROR_INVALID naming @file_name when the
 *   bytes are not text (empty, or holding NUL bytes). @separator, when not
 *   %NULL, gets the separator that was found. */
GPtrArray  *mv_csv_parse              (GBytes      *bytes,
                                       const char  *file_name,
                                       char        *separator,
                                       GError     **error);

/* A shape check, no more: one '@', something before it, a dot inside the
 * part after it, no blanks. */
gboolean    mv_email_is_valid         (const char  *address);

/* A date as a secretary types it, YYYY-MM-DD or DD.MM.YYYY (D.M.YYYY too),
 * and a real day of the calendar (mv_date_parse_user() with
 * MV_DATE_INPUT_FILE). Returns: (transfer full) (nullable): the date as
 * YYYY-MM-DD, or %NULL. */
char       *mv_csv_parse_date         (const char  *text);

typedef struct
{
  guint  line;     /* where the rejected row starts in the file; the header is 1 */
  char  *reason;   /* for the secretary, translated, without the line */
} MvImportRejection;

/* What the secretary should know about a row that was imported: it was
 * taken, but not quite as written, or it holds what needs seeing to. */
typedef enum
{
  MV_IMPORT_NOTE_NAV,         /* a NAV representative: no user organisation made */
  MV_IMPORT_NOTE_TERM_ENDED,  /* the term ended before today */
} MvImportNoteKind;

typedef struct
{
  guint             line;   /* where the row starts in the file; the header is 1 */
  MvImportNoteKind  kind;
  char             *name;   /* the member's name */
  char             *text;   /* for the secretary, translated, without the line:
                             * "Kari Nordmann – the term ended 31 Dec 2025" */
} MvImportNote;

typedef struct
{
  guint      n_added;               /* new members */
  guint      n_existing;            /* rows whose member was already there */
  GPtrArray *rejections;            /* of MvImportRejection*, by line */
  GPtrArray *notes;                 /* of MvImportNote*, by line: rows added, with a remark */
  GPtrArray *created_organisations; /* of char*: organisations made for the import */
  GPtrArray *ignored_columns;       /* of char*: header cells that name no known column */
} MvImportReport;

void            mv_import_report_free  (MvImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvImportReport, mv_import_report_free)

/* Imports a member list into @council.
 *
 * The header row names the columns, in any order and case: navn/name
 * (required), organisasjon/organisation, rolle/role, e-post/epost/email,
 * telefon/phone, fra/term_start, til/term_end, vara for/deputy_for,
 * kjønn/gender, under 30/young, brukergrupper/user groups. Other columns
 * are left out and listed in ignored_columns.
 *
 * Roles are Norwegian (medlem, vara, varamedlem, vararepresentant, leder,
 * nestleder, sekretær, observatør, NAV-leder, NAV-ansatt) or the English
 * nicks; an empty role is "member", or "deputy" when "vara for" names
 * someone. "vara for" names a member of the council or of the same file.
 * The user groups are names of the file's user groups (without case),
 * separated by ',' or ';'; a name that is none of them refuses the row.
 *
 * An organisation that is a NAV unit – the council's own nav-unit, "NAV"
 * or a name that starts with "NAV " – is not a user organisation: the row
 * is a NAV representative. No organisation is made for it; it belongs to
 * an organisation of the kind NAV that the cell names, or to none. An
 * empty role, or "member", becomes NAV staff (a NAV employee does not
 * represent the users, and would count as one in the coverage); the other
 * roles are kept. Each such row gets a note, unless it belongs to a NAV
 * organisation of the file with the role it was given.
 *
 * A new member whose term ended before today is imported, with a note.
 *
 * Each row that cannot be taken is rejected with its line and a reason;
 * the others are written in one transaction, all or none. A row whose
 * name and organisation (compared without case and surrounding blanks)
 * match a member of the council, or an earlier row, counts as existing
 * and is not added again (for a NAV representative: the same name as a
 * NAV representative of the council). Any other organisation that matches
 * no organisation's name or short name is made, as a user organisation,
 * and reported.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   file cannot be read as a member list at all (MV_ERROR_INVALID) or the
 *   store could not be written; the store is then unchanged.
 */
MvImportReport *mv_import_members_csv  (MvStore     *store,
                                        MvCouncil   *council,
                                        GBytes      *bytes,
                                        const char  *file_name,
                                        GError     **error);
MvImportReport *mv_import_members_csv_file (MvStore     *store,
                                            MvCouncil   *council,
                                            GFile       *file,
                                            const char  *file_name,
                                            GError     **error);

G_END_DECLS
