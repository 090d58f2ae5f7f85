/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-csv.h"
#include "mv-error.h"
#include "mv-member-user-group.h"
#include "mv-members.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-registers.h"
#include "mv-text.h"

/* --- The edit ------------------------------------------------------------- */

static void
course_free (gpointer data)
{
  MvMemberCourse *course = data;

  g_clear_object (&course->training);
  g_free (course->course);
  g_free (course->taken_on);
  g_free (course);
}

/**
 * mv_member_edit_new:
 *
 * Returns: (transfer full): the fields of a new member: no name, the role
 *   "member", no user groups and no courses
 */
MvMemberEdit *
mv_member_edit_new (void)
{
  MvMemberEdit *edit = g_new0 (MvMemberEdit, 1);

  edit->role = MV_MEMBER_ROLE_MEMBER;
  edit->gender = MV_GENDER_UNKNOWN;
  edit->contact_shown = MV_CONTACT_SHOWN_EMAIL;
  edit->user_group_ids = g_ptr_array_new_with_free_func (g_free);
  edit->courses = g_ptr_array_new_with_free_func (course_free);
  return edit;
}

/**
 * mv_member_edit_new_from:
 *
 * Returns: (transfer full): @member's fields as they are in the file, with
 *   the user groups (those still in the file) and courses
 */
MvMemberEdit *
mv_member_edit_new_from (MvStore  *store,
                         MvMember *member)
{
  GListModel *links;
  GListModel *trainings;
  const char *member_id;
  MvMemberEdit *edit;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEMBER (member), NULL);

  edit = mv_member_edit_new ();
  edit->name = g_strdup (mv_member_get_name (member));
  edit->role = mv_member_get_role (member);
  edit->organisation_id = g_strdup (mv_member_get_organisation_id (member));
  edit->deputy_for = g_strdup (mv_member_get_deputy_for (member));
  edit->term_start = g_strdup (mv_member_get_term_start (member));
  edit->term_end = g_strdup (mv_member_get_term_end (member));
  edit->email = g_strdup (mv_member_get_email (member));
  edit->phone = g_strdup (mv_member_get_phone (member));
  edit->contact_shown = mv_member_get_contact_shown (member);
  edit->gender = mv_member_get_gender (member);
  edit->young = mv_member_get_young (member);
  edit->honorarium = mv_record_get_boolean (MV_RECORD (member), "honorarium");
  edit->notes = g_strdup (mv_record_get_string (MV_RECORD (member), "notes"));

  member_id = mv_record_get_id (MV_RECORD (member));
  links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);
      const char *group_id = mv_member_user_group_get_user_group_id (link);

      if (g_strcmp0 (mv_member_user_group_get_member_id (link), member_id) == 0 &&
          mv_store_lookup (store, MV_TYPE_USER_GROUP, group_id) != NULL)
        g_ptr_array_add (edit->user_group_ids, g_strdup (group_id));
    }

  trainings = mv_store_get_model (store, MV_TYPE_TRAINING);
  for (guint i = 0; i < g_list_model_get_n_items (trainings); i++)
    {
      g_autoptr(MvTraining) training = g_list_model_get_item (trainings, i);

      if (g_strcmp0 (mv_training_get_member_id (training), member_id) == 0)
        mv_member_edit_add_course (edit, training, mv_training_get_course (training),
                                   mv_training_get_taken_on (training));
    }

  return edit;
}

void
mv_member_edit_free (MvMemberEdit *edit)
{
  if (edit == NULL)
    return;

  g_free (edit->name);
  g_free (edit->organisation_id);
  g_free (edit->new_organisation);
  g_free (edit->deputy_for);
  g_free (edit->term_start);
  g_free (edit->term_end);
  g_free (edit->email);
  g_free (edit->phone);
  g_free (edit->notes);
  g_ptr_array_unref (edit->user_group_ids);
  g_ptr_array_unref (edit->courses);
  g_free (edit);
}

/**
 * mv_member_edit_add_course:
 * @training: (nullable): a course of the log to keep, or %NULL for a new one
 *   named @course, taken on @taken_on (nullable, YYYY-MM-DD)
 */
void
mv_member_edit_add_course (MvMemberEdit *edit,
                           MvTraining   *training,
                           const char   *course,
                           const char   *taken_on)
{
  MvMemberCourse *entry;

  g_return_if_fail (edit != NULL);
  g_return_if_fail (training == NULL || MV_IS_TRAINING (training));

  entry = g_new0 (MvMemberCourse, 1);
  entry->training = training ? g_object_ref (training) : NULL;
  entry->course = g_strdup (course);
  entry->taken_on = g_strdup (taken_on);
  g_ptr_array_add (edit->courses, entry);
}

/* --- The checks ----------------------------------------------------------- */

void
mv_member_problem_free (MvMemberProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->reason);
  g_free (problem);
}

static void
add_problem (GPtrArray     *problems,
             MvMemberField  field,
             char          *reason)
{
  MvMemberProblem *problem = g_new0 (MvMemberProblem, 1);

  problem->field = field;
  problem->reason = reason;
  g_ptr_array_add (problems, problem);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || mv_is_blank (text);
}

/* A text longer than its column holds, named as the column's label. */
static void
check_length (GPtrArray     *problems,
              MvMemberField  field,
              GType          type,
              const char    *property,
              const char    *value)
{
  char *reason = mv_record_class_text_problem (type, property, value);

  if (reason != NULL)
    add_problem (problems, field, reason);
}

gboolean
mv_member_parse_date (const char       *text,
                      MvMemberWording   wording,
                      char            **iso,
                      char            **reason)
{
  g_return_val_if_fail (iso != NULL, FALSE);

  *iso = NULL;
  if (is_blank (text))
    return TRUE;

  if ((*iso = mv_csv_parse_date (text)) != NULL)
    return TRUE;

  if (reason != NULL)
    {
      if (wording == MV_MEMBER_WORDING_FORM)
        /* Translators: %s is what the user typed into a date field. */
        *reason = g_strdup_printf (_("“%s” is not a date; write it as DD.MM.YYYY"), text);
      else
        *reason = g_strdup_printf (_("“%s” is not a date"), text);
    }
  return FALSE;
}

static gboolean
contains_id (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return TRUE;
  return FALSE;
}

/**
 * mv_members_check:
 * @council: (nullable): the council of a new member; for @member its own
 * @member: (nullable): the member @edit is for, %NULL for a new one
 *
 * See mv-members.h.
 */
GPtrArray *
mv_members_check (MvStore            *store,
                  MvCouncil          *council,
                  MvMember           *member,
                  const MvMemberEdit *edit,
                  MvMemberWording     wording)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) mv_member_problem_free);
  g_autofree char *email = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  char *reason = NULL;
  gboolean form = wording == MV_MEMBER_WORDING_FORM;
  const char *council_id;

  g_return_val_if_fail (MV_IS_STORE (store), problems);
  g_return_val_if_fail (member == NULL || MV_IS_MEMBER (member), problems);
  g_return_val_if_fail (edit != NULL, problems);

  council_id = member != NULL ? mv_member_get_council_id (member)
             : council != NULL ? mv_record_get_id (MV_RECORD (council)) : NULL;

  if (is_blank (edit->name))
    add_problem (problems, MV_MEMBER_FIELD_NAME,
                 g_strdup (form ? _("Enter the member’s name") : _("the name is empty")));
  else
    check_length (problems, MV_MEMBER_FIELD_NAME, MV_TYPE_MEMBER, "name", edit->name);

  if (edit->new_organisation != NULL)
    {
      if (is_blank (edit->new_organisation))
        add_problem (problems, MV_MEMBER_FIELD_NEW_ORGANISATION,
                     g_strdup (_("Enter the new organisation’s name, or choose another "
                                 "organisation")));
      else
        check_length (problems, MV_MEMBER_FIELD_NEW_ORGANISATION, MV_TYPE_ORGANISATION, "name",
                      edit->new_organisation);
    }
  else if (!is_blank (edit->organisation_id) &&
           mv_store_lookup (store, MV_TYPE_ORGANISATION, edit->organisation_id) == NULL)
    add_problem (problems, MV_MEMBER_FIELD_ORGANISATION,
                 g_strdup_printf (_("“%s” is not an organisation in the file"),
                                  edit->organisation_id));

  if (!is_blank (edit->deputy_for))
    {
      MvMember *principal = mv_store_lookup (store, MV_TYPE_MEMBER, edit->deputy_for);

      if (principal == NULL || g_strcmp0 (mv_member_get_council_id (principal), council_id) != 0)
        add_problem (problems, MV_MEMBER_FIELD_DEPUTY_FOR,
                     g_strdup_printf (_("“%s” is not a member of the council"), edit->deputy_for));
      else if (principal == member)
        add_problem (problems, MV_MEMBER_FIELD_DEPUTY_FOR,
                     g_strdup (_("a member cannot be their own deputy")));
    }

  if (!mv_member_parse_date (edit->term_start, wording, &start, &reason))
    add_problem (problems, MV_MEMBER_FIELD_TERM_START, g_steal_pointer (&reason));
  if (!mv_member_parse_date (edit->term_end, wording, &end, &reason))
    add_problem (problems, MV_MEMBER_FIELD_TERM_END, g_steal_pointer (&reason));
  else if (start != NULL && end != NULL && strcmp (end, start) < 0)
    add_problem (problems, MV_MEMBER_FIELD_TERM_END,
                 g_strdup (form ? _("The term ends before it starts")
                                : _("the term ends before it starts")));

  email = g_strstrip (g_strdup (edit->email ? edit->email : ""));
  if (g_utf8_strlen (email, -1) > MV_TEXT_NAME_MAX)
    check_length (problems, MV_MEMBER_FIELD_EMAIL, MV_TYPE_MEMBER, "email", email);
  else if (*email != '\0' && !mv_email_is_valid (email))
    add_problem (problems, MV_MEMBER_FIELD_EMAIL,
                 g_strdup_printf (_("“%s” is not an e-mail address"), email));
  check_length (problems, MV_MEMBER_FIELD_PHONE, MV_TYPE_MEMBER, "phone", edit->phone);
  check_length (problems, MV_MEMBER_FIELD_NOTES, MV_TYPE_MEMBER, "notes", edit->notes);

  for (guint i = 0; i < edit->user_group_ids->len; i++)
    {
      const char *id = g_ptr_array_index (edit->user_group_ids, i);

      if (mv_store_lookup (store, MV_TYPE_USER_GROUP, id) == NULL)
        {
          add_problem (problems, MV_MEMBER_FIELD_USER_GROUPS,
                       g_strdup_printf (_("“%s” is not a user group"), id));
          break;
        }
    }

  for (guint i = 0; i < edit->courses->len; i++)
    {
      MvMemberCourse *course = g_ptr_array_index (edit->courses, i);
      g_autofree char *taken_on = NULL;

      if (course->training != NULL)
        continue;
      if (is_blank (course->course))
        {
          add_problem (problems, MV_MEMBER_FIELD_COURSES, g_strdup (_("a course needs a name")));
          break;
        }
      if ((reason = mv_record_class_text_problem (MV_TYPE_TRAINING, "course", course->course)))
        {
          add_problem (problems, MV_MEMBER_FIELD_COURSES, g_steal_pointer (&reason));
          break;
        }
      if (!mv_member_parse_date (course->taken_on, wording, &taken_on, &reason))
        {
          add_problem (problems, MV_MEMBER_FIELD_COURSES, g_steal_pointer (&reason));
          break;
        }
    }

  return problems;
}

/* --- The write ------------------------------------------------------------ */

static char *
clean (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

static const char *
id_or_null (const char *id)
{
  return is_blank (id) ? NULL : id;
}

static MvMemberUserGroup *
find_link (MvStore    *store,
           const char *member_id,
           const char *group_id)
{
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);

      if (g_strcmp0 (mv_member_user_group_get_member_id (link), member_id) == 0 &&
          g_strcmp0 (mv_member_user_group_get_user_group_id (link), group_id) == 0)
        return link;
    }

  return NULL;
}

/* A link between a member and a user group, for Undo: the pair is unique
 * in the file, also when soft-deleted, so links are purged for good and
 * made again rather than deleted and restored. */
typedef struct
{
  char *id;
  char *member_id;
  char *user_group_id;
} Link;

static void
link_free (gpointer data)
{
  Link *link = data;

  g_free (link->id);
  g_free (link->member_id);
  g_free (link->user_group_id);
  g_free (link);
}

static Link *
link_new (const char *id,
          const char *member_id,
          const char *user_group_id)
{
  Link *link = g_new0 (Link, 1);

  link->id = g_strdup (id);
  link->member_id = g_strdup (member_id);
  link->user_group_id = g_strdup (user_group_id);
  return link;
}

static gboolean
undo_link_added (MvStore   *store,
                 gpointer   data,
                 GError   **error)
{
  Link *link = data;
  MvMemberUserGroup *record = find_link (store, link->member_id, link->user_group_id);

  return record == NULL || mv_store_purge (store, record, error);
}

static gboolean
undo_link_removed (MvStore   *store,
                   gpointer   data,
                   GError   **error)
{
  Link *link = data;
  g_autoptr(MvMemberUserGroup) record = NULL;

  if (find_link (store, link->member_id, link->user_group_id) != NULL)
    return TRUE;

  record = g_object_new (MV_TYPE_MEMBER_USER_GROUP,
                         "id", link->id,
                         "member-id", link->member_id,
                         "user-group-id", link->user_group_id,
                         NULL);
  return mv_store_insert (store, record, error);
}

/* The member's links become @wanted. Links to groups that are no longer in
 * the file (removed, and may come back by Undo) are left alone. */
static gboolean
write_user_groups (MvStore    *store,
                   MvMember   *member,
                   GPtrArray  *wanted,
                   MvUndo     *undo,
                   GError    **error)
{
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  const char *member_id = mv_record_get_id (MV_RECORD (member));
  g_autoptr(GPtrArray) unwanted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);
      const char *group_id = mv_member_user_group_get_user_group_id (link);

      if (g_strcmp0 (mv_member_user_group_get_member_id (link), member_id) == 0 &&
          mv_store_lookup (store, MV_TYPE_USER_GROUP, group_id) != NULL &&
          !contains_id (wanted, group_id))
        g_ptr_array_add (unwanted, g_object_ref (link));
    }

  for (guint i = 0; i < unwanted->len; i++)
    {
      MvMemberUserGroup *link = g_ptr_array_index (unwanted, i);

      if (undo != NULL)
        mv_undo_add_step (undo, undo_link_removed,
                          link_new (mv_record_get_id (MV_RECORD (link)), member_id,
                                    mv_member_user_group_get_user_group_id (link)),
                          link_free);
      if (!mv_store_purge (store, link, error))
        return FALSE;
    }

  for (guint i = 0; i < wanted->len; i++)
    {
      const char *group_id = g_ptr_array_index (wanted, i);
      g_autoptr(MvMemberUserGroup) link = NULL;

      if (is_blank (group_id) || find_link (store, member_id, group_id) != NULL)
        continue;

      link = g_object_new (MV_TYPE_MEMBER_USER_GROUP,
                           "member-id", member_id,
                           "user-group-id", group_id,
                           NULL);
      if (!mv_store_insert (store, link, error))
        return FALSE;
      if (undo != NULL)
        mv_undo_add_step (undo, undo_link_added, link_new (NULL, member_id, group_id), link_free);
    }

  return TRUE;
}

static gboolean
keeps_training (GPtrArray  *courses,
                MvTraining *training)
{
  for (guint i = 0; i < courses->len; i++)
    if (((MvMemberCourse *) g_ptr_array_index (courses, i))->training == training)
      return TRUE;
  return FALSE;
}

/* The training log becomes @courses: courses left out are removed (a soft
 * delete), new ones added. */
static gboolean
write_courses (MvStore    *store,
               MvMember   *member,
               GPtrArray  *courses,
               MvUndo     *undo,
               GError    **error)
{
  GListModel *trainings = mv_store_get_model (store, MV_TYPE_TRAINING);
  const char *member_id = mv_record_get_id (MV_RECORD (member));
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (trainings); i++)
    {
      g_autoptr(MvTraining) training = g_list_model_get_item (trainings, i);

      if (g_strcmp0 (mv_training_get_member_id (training), member_id) == 0 &&
          !keeps_training (courses, training))
        g_ptr_array_add (removed, g_object_ref (training));
    }

  for (guint i = 0; i < removed->len; i++)
    {
      MvTraining *training = g_ptr_array_index (removed, i);

      if (undo != NULL)
        mv_undo_note_record (undo, training);
      if (!mv_store_delete (store, training, error))
        return FALSE;
    }

  for (guint i = 0; i < courses->len; i++)
    {
      MvMemberCourse *course = g_ptr_array_index (courses, i);
      g_autoptr(MvTraining) training = NULL;
      g_autofree char *name = NULL;
      g_autofree char *taken_on = NULL;

      if (course->training != NULL)
        continue;

      name = clean (course->course);
      mv_member_parse_date (course->taken_on, MV_MEMBER_WORDING_FORM, &taken_on, NULL);
      training = g_object_new (MV_TYPE_TRAINING,
                               "member-id", member_id,
                               "course", name,
                               "taken-on", taken_on,
                               NULL);
      if (!mv_store_insert (store, training, error))
        return FALSE;
      if (undo != NULL)
        mv_undo_note_new (undo, training);
    }

  return TRUE;
}

/**
 * mv_members_write:
 *
 * See mv-members.h. @edit must have passed mv_members_check().
 *
 * Returns: (transfer none): the member written, or %NULL with @error set
 */
MvMember *
mv_members_write (MvStore            *store,
                  MvCouncil          *council,
                  MvMember           *member,
                  const MvMemberEdit *edit,
                  MvUndo             *undo,
                  GError            **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *term_start = NULL;
  g_autofree char *term_end = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(MvMember) wanted = NULL;
  const char *organisation_id = id_or_null (edit->organisation_id);

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (member != NULL || MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (edit != NULL, NULL);

  if (edit->new_organisation != NULL)
    {
      MvOrganisationFields fields;
      MvOrganisation *organisation;

      mv_organisation_fields_init (&fields, NULL);
      fields.name = edit->new_organisation;
      if (!(organisation = mv_organisations_insert (store, &fields, undo, error)))
        return NULL;
      organisation_id = mv_record_get_id (MV_RECORD (organisation));
    }

  if (!mv_member_parse_date (edit->term_start, MV_MEMBER_WORDING_FORM, &term_start, &reason) ||
      !mv_member_parse_date (edit->term_end, MV_MEMBER_WORDING_FORM, &term_end, &reason))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, reason);
      return NULL;
    }

  name = clean (edit->name);
  email = clean (edit->email);
  phone = clean (edit->phone);

  /* The one list of a member's fields. */
  wanted = g_object_new (MV_TYPE_MEMBER,
                         "council-id", member ? mv_member_get_council_id (member)
                                              : mv_record_get_id (MV_RECORD (council)),
                         "name", name,
                         "organisation-id", organisation_id,
                         "role", edit->role,
                         "deputy-for", id_or_null (edit->deputy_for),
                         "term-start", term_start,
                         "term-end", term_end,
                         "email", email,
                         "phone", phone,
                         "contact-shown", edit->contact_shown,
                         "gender", edit->gender,
                         "young", edit->young,
                         "honorarium", edit->honorarium,
                         "notes", edit->notes ? edit->notes : "",
                         NULL);

  if (member == NULL)
    {
      if (!mv_store_insert (store, wanted, error))
        return NULL;
      if (undo != NULL)
        mv_undo_note_new (undo, wanted);
      /* The store's list holds it from here on. */
      member = wanted;
    }
  else
    {
      if (undo != NULL)
        mv_undo_note_record (undo, member);
      if (!mv_store_update_from (store, member, wanted, error))
        return NULL;
    }

  if (!write_user_groups (store, member, edit->user_group_ids, undo, error) ||
      !write_courses (store, member, edit->courses, undo, error))
    return NULL;

  return member;
}

/**
 * mv_members_save:
 *
 * See mv-members.h.
 */
MvMember *
mv_members_save (MvStore            *store,
                 MvCouncil          *council,
                 MvMember           *member,
                 const MvMemberEdit *edit,
                 MvUndo            **undo,
                 GError            **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();
  g_autoptr(GPtrArray) problems = NULL;
  MvMember *saved;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (member == NULL || MV_IS_MEMBER (member), NULL);
  g_return_val_if_fail (member != NULL || MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (edit != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Checked inside the batch: the deputy, the organisation and the user
   * groups as the file has them now. */
  if (!mv_store_begin (store, error))
    return NULL;

  if (member != NULL &&
      mv_store_lookup (store, MV_TYPE_MEMBER, mv_record_get_id (MV_RECORD (member))) != member)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("“%s” is no longer in the file; the member may have been removed"),
                   mv_member_get_name (member));
      goto failed;
    }

  problems = mv_members_check (store, council, member, edit, MV_MEMBER_WORDING_FORM);
  if (problems->len > 0)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           ((MvMemberProblem *) g_ptr_array_index (problems, 0))->reason);
      goto failed;
    }

  if (!(saved = mv_members_write (store, council, member, edit, done, error)))
    goto failed;
  if (!mv_store_commit (store, error))
    return NULL;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return saved;

failed:
  mv_store_rollback (store);
  return NULL;
}

/**
 * mv_members_delete:
 * @undo: (out) (optional): how to bring the member back
 */
gboolean
mv_members_delete (MvStore   *store,
                   MvMember  *member,
                   MvUndo   **undo,
                   GError   **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEMBER (member), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mv_undo_note_record (done, member);
  if (!mv_store_delete (store, member, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}

/**
 * mv_members_restore:
 * @member: a member removed by mv_members_delete(), or found with
 *   mv_store_lookup_deleted()
 * @undo: (out) (optional): how to remove the member again
 */
gboolean
mv_members_restore (MvStore   *store,
                    MvMember  *member,
                    MvUndo   **undo,
                    GError   **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEMBER (member), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mv_undo_note_record (done, member);
  if (!mv_store_restore (store, member, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}
