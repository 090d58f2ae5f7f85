/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-member.h"
#include "mv-store.h"
#include "mv-training.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* A member with all that is saved with them: the organisation (one of the
 * file, or a new one made with the member), the user groups they speak for
 * and the training log. The member form, medvirke-cli and the CSV import
 * fill an MvMemberEdit and hand it to mv_members_save(); the checks of
 * mv_members_check() are the same for all three. */

typedef struct
{
  MvTraining *training;   /* (nullable) a course already in the log, kept as it is */
  char       *course;     /* a new course: its name … */
  char       *taken_on;   /* (nullable) … and when, YYYY-MM-DD */
} MvMemberCourse;

/* The fields, as typed: text is saved without blanks at its ends, a blank
 * id or date is none. Free with mv_member_edit_free(). */
typedef struct
{
  char         *name;
  MvMemberRole  role;
  char         *organisation_id;   /* (nullable) an organisation of the file */
  char         *new_organisation;  /* (nullable) instead: the name of one to make */
  char         *deputy_for;        /* (nullable) the id of the member this one stands in for */
  char         *term_start;        /* (nullable) YYYY-MM-DD or DD.MM.YYYY */
  char         *term_end;          /* (nullable) the same; not before the start */
  char         *email;
  char         *phone;
  MvContactShown contact_shown;    /* what the papers print of the two; e-mail by default */
  MvGender      gender;
  gboolean      young;
  gboolean      honorarium;
  char         *notes;
  GPtrArray    *user_group_ids;    /* of char *: every user group the member speaks for */
  GPtrArray    *courses;           /* of MvMemberCourse *: the whole training log */
} MvMemberEdit;

MvMemberEdit *mv_member_edit_new        (void);
MvMemberEdit *mv_member_edit_new_from   (MvStore        *store,
                                         MvMember       *member);
void          mv_member_edit_free       (MvMemberEdit   *edit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvMemberEdit, mv_member_edit_free)

void          mv_member_edit_add_course (MvMemberEdit   *edit,
                                         MvTraining     *training,
                                         const char     *course,
                                         const char     *taken_on);

/* The checks ------------------------------------------------------------- */

typedef enum
{
  MV_MEMBER_FIELD_NAME,
  MV_MEMBER_FIELD_ORGANISATION,
  MV_MEMBER_FIELD_NEW_ORGANISATION,
  MV_MEMBER_FIELD_DEPUTY_FOR,
  MV_MEMBER_FIELD_TERM_START,
  MV_MEMBER_FIELD_TERM_END,
  MV_MEMBER_FIELD_EMAIL,
  MV_MEMBER_FIELD_USER_GROUPS,
  MV_MEMBER_FIELD_COURSES,
  MV_MEMBER_FIELD_PHONE,
  MV_MEMBER_FIELD_NOTES,
} MvMemberField;

/* How a reason is worded: a sentence under a field of the form ("The term
 * ends before it starts"), or a clause in a list of reasons, as the CSV
 * import's report and medvirke-cli give them ("the term ends before it
 * starts"). */
typedef enum
{
  MV_MEMBER_WORDING_FORM,
  MV_MEMBER_WORDING_LIST,
} MvMemberWording;

typedef struct
{
  MvMemberField  field;
  char          *reason;   /* translated */
} MvMemberProblem;

void          mv_member_problem_free    (MvMemberProblem *problem);

/* A date as a secretary types it (mv_csv_parse_date()). Blank is none: TRUE
 * with *@iso %NULL. Otherwise *@iso is the date YYYY-MM-DD, or FALSE with
 * *@reason saying why. */
gboolean      mv_member_parse_date      (const char      *text,
                                         MvMemberWording  wording,
                                         char           **iso,
                                         char           **reason);

/* Every reason @edit cannot be saved as @member (%NULL for a new member of
 * @council), in the order of MvMemberField; one per field at most.
 * Returns: (transfer full) (element-type MvMemberProblem): the problems,
 *   empty when there are none */
GPtrArray    *mv_members_check          (MvStore         *store,
                                         MvCouncil       *council,
                                         MvMember        *member,
                                         const MvMemberEdit *edit,
                                         MvMemberWording  wording);

/* The operations ---------------------------------------------------------- */

/* Checks @edit and writes it in one batch: a new member of @council when
 * @member is %NULL, else @member's new fields. A refused edit writes
 * nothing and fails with MV_ERROR_INVALID and the first reason (form
 * wording). @undo: (out) (optional): how to put everything back.
 * Returns: (transfer none): the member saved, or %NULL with @error set */
MvMember     *mv_members_save           (MvStore            *store,
                                         MvCouncil          *council,
                                         MvMember           *member,
                                         const MvMemberEdit *edit,
                                         MvUndo            **undo,
                                         GError            **error);

/* A soft delete and its reverse: the member leaves the lists with their
 * user groups and courses kept, so that restoring brings them back whole. */
gboolean      mv_members_delete         (MvStore            *store,
                                         MvMember           *member,
                                         MvUndo            **undo,
                                         GError            **error);
gboolean      mv_members_restore        (MvStore            *store,
                                         MvMember           *member,
                                         MvUndo            **undo,
                                         GError            **error);

/* The write of mv_members_save() without its checks, through the caller's
 * batch, for the CSV import; what it adds or changes is noted in @undo
 * when that is not %NULL. */
MvMember     *mv_members_write          (MvStore            *store,
                                         MvCouncil          *council,
                                         MvMember           *member,
                                         const MvMemberEdit *edit,
                                         MvUndo             *undo,
                                         GError            **error);

G_END_DECLS
