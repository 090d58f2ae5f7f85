/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "mv-agenda.h"
#include "mv-councils.h"
#include "mv-csv.h"
#include "mv-error.h"
#include "mv-member-user-group.h"
#include "mv-members.h"
#include "mv-queries.h"
#include "mv-registers.h"
#include "mv-restore.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The core operations behind the member form, the registers, the CSV
 * import and "medvirke-cli restore": what lands in the file (read on a
 * connection of our own), what is refused and why, and that each Undo puts
 * the file back as it was. */

typedef struct
{
  MvTestStore  ts;
  sqlite3     *db;      /* our own connection to the file */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up_named (&f->ts, "medlemmer.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (&f->ts, "Brukerutvalget NAV Testby", "NAV Testby");
  f->db = mv_test_db_open (f->ts.path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->db, sqlite3_close);
  mv_test_store_tear_down (&f->ts);
}

static char *
column (Fixture    *f,
        const char *table,
        const char *id,
        const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", name, table);

  return mv_test_db_text (f->db, sql, id, NULL);
}

#define assert_column(f, table, id, name, expected) \
  G_STMT_START { \
    g_autofree char *mv_value_ = column ((f), (table), (id), (name)); \
    g_assert_cmpstr (mv_value_, ==, (expected)); \
  } G_STMT_END

/* The record has a deleted_at: it was removed (a soft delete). */
#define assert_removed(f, table, id) \
  G_STMT_START { \
    g_autofree char *mv_value_ = column ((f), (table), (id), "deleted_at"); \
    g_assert_nonnull (mv_value_); \
  } G_STMT_END

static gint64
count (Fixture    *f,
       const char *sql,
       const char *id)
{
  return mv_test_db_int (f->db, sql, id, NULL);
}

/* The names of the user groups a member speaks for, by position, as the
 * file holds them. */
static char *
groups_of (Fixture    *f,
           const char *member_id)
{
  return mv_test_db_text (f->db,
                          "SELECT coalesce(group_concat(name, ', '), '') FROM "
                          "(SELECT g.name FROM member_user_groups l "
                          " JOIN user_groups g ON g.id = l.user_group_id "
                          " WHERE l.member_id = ?1 AND l.deleted_at IS NULL ORDER BY g.position)",
                          member_id, NULL);
}

static char *
courses_of (Fixture    *f,
            const char *member_id)
{
  return mv_test_db_text (f->db,
                          "SELECT coalesce(group_concat(course, ', '), '') FROM "
                          "(SELECT course FROM member_training WHERE member_id = ?1 "
                          " AND deleted_at IS NULL ORDER BY course)",
                          member_id, NULL);
}

static const char *
group_id (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  MvUserGroup *group = mv_user_groups_find (f->ts.store, name, &error);

  g_assert_no_error (error);
  return mv_record_get_id (MV_RECORD (group));
}

static MvOrganisation *
add_organisation (Fixture    *f,
                  const char *name,
                  const char *short_name)
{
  g_autoptr(GError) error = NULL;
  MvOrganisationFields fields;
  MvOrganisation *organisation;

  mv_organisation_fields_init (&fields, NULL);
  fields.name = name;
  fields.short_name = short_name;
  organisation = mv_organisations_add (f->ts.store, &fields, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (organisation);
  return organisation;
}

static MvMember *
save (Fixture      *f,
      MvMember     *member,
      MvMemberEdit *edit,
      MvUndo      **undo)
{
  g_autoptr(GError) error = NULL;
  MvMember *saved = mv_members_save (f->ts.store, f->ts.council, member, edit, undo, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);
  return saved;
}

static MvMember *
add_member (Fixture    *f,
            const char *name)
{
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();

  edit->name = g_strdup (name);
  return save (f, NULL, edit, NULL);
}

static void
apply (Fixture *f,
       MvUndo  *undo)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (undo);
  g_assert_false (mv_undo_is_empty (undo));
  g_assert_true (mv_undo_apply (undo, f->ts.store, &error));
  g_assert_no_error (error);
}

/* ---------------------------------------------------------------------- */

static void
test_save_new (Fixture       *f,
               gconstpointer  data)
{
  MvMember *principal = add_member (f, "Kari Haugen");
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *organisation_id = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *courses = NULL;
  const char *id;
  MvMember *member;

  /* As the form hands it over: text as typed, a new organisation by name. */
  edit->name = g_strdup ("  Amina Yusuf ");
  edit->role = MV_MEMBER_ROLE_DEPUTY;
  edit->new_organisation = g_strdup ("Innvandrernes Landsorganisasjon");
  edit->deputy_for = g_strdup (mv_record_get_id (MV_RECORD (principal)));
  edit->term_start = g_strdup ("01.02.2026");
  edit->term_end = g_strdup ("2029-01-31");
  edit->email = g_strdup (" amina@example.no ");
  edit->phone = g_strdup ("+47 900 11 222");
  edit->gender = MV_GENDER_FEMALE;
  edit->young = TRUE;
  edit->honorarium = TRUE;
  edit->notes = g_strdup ("Tolk ved behov");
  g_ptr_array_add (edit->user_group_ids, g_strdup (group_id (f, "Innvandrere")));
  g_ptr_array_add (edit->user_group_ids, g_strdup (group_id (f, "Ungdom")));
  mv_member_edit_add_course (edit, NULL, "Brukermedvirkning i NAV", "2026-03-15");

  member = save (f, NULL, edit, &undo);
  id = mv_record_get_id (MV_RECORD (member));

  assert_column (f, "members", id, "name", "Amina Yusuf");
  assert_column (f, "members", id, "council_id", mv_record_get_id (MV_RECORD (f->ts.council)));
  assert_column (f, "members", id, "role", "deputy");
  assert_column (f, "members", id, "deputy_for", mv_record_get_id (MV_RECORD (principal)));
  assert_column (f, "members", id, "term_start", "2026-02-01");
  assert_column (f, "members", id, "term_end", "2029-01-31");
  assert_column (f, "members", id, "email", "amina@example.no");
  assert_column (f, "members", id, "phone", "+47 900 11 222");
  assert_column (f, "members", id, "gender", "female");
  assert_column (f, "members", id, "young", "1");
  assert_column (f, "members", id, "honorarium", "1");
  assert_column (f, "members", id, "notes", "Tolk ved behov");
  organisation_id = column (f, "members", id, "organisation_id");
  assert_column (f, "organisations", organisation_id, "name", "Innvandrernes Landsorganisasjon");
  assert_column (f, "organisations", organisation_id, "kind", "user-organisation");
  groups = groups_of (f, id);
  g_assert_cmpstr (groups, ==, "Ungdom, Innvandrere");
  courses = courses_of (f, id);
  g_assert_cmpstr (courses, ==, "Brukermedvirkning i NAV");
  g_assert_cmpint (count (f, "SELECT count(*) FROM member_training WHERE member_id = ?1 "
                             "AND taken_on = '2026-03-15'", id), ==, 1);

  /* Undo takes it all away again: the member, the organisation made for
   * them, the links and the course. */
  apply (f, undo);
  assert_removed (f, "members", id);
  assert_removed (f, "organisations", organisation_id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM member_user_groups WHERE member_id = ?1", id),
                   ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM member_training WHERE member_id = ?1 "
                             "AND deleted_at IS NULL", id), ==, 0);
  g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_MEMBER, id));
}

static void
test_save_existing (Fixture       *f,
                    gconstpointer  data)
{
  MvOrganisation *ffo = add_organisation (f, "Funksjonshemmedes Fellesorganisasjon", "FFO");
  MvOrganisation *safo = add_organisation (f, "Samarbeidsforumet av funksjonshemmedes "
                                              "organisasjoner", "SAFO");
  g_autoptr(MvMemberEdit) first = mv_member_edit_new ();
  g_autoptr(MvMemberEdit) edit = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *updated_at = NULL;
  MvMember *member;
  const char *id;

  first->name = g_strdup ("Ola Nordmann");
  first->organisation_id = g_strdup (mv_record_get_id (MV_RECORD (ffo)));
  first->term_start = g_strdup ("2026-01-01");
  first->term_end = g_strdup ("2028-12-31");
  first->email = g_strdup ("ola@example.no");
  g_ptr_array_add (first->user_group_ids, g_strdup (group_id (f, "Langtidssyke")));
  g_ptr_array_add (first->user_group_ids, g_strdup (group_id (f, "Arbeidssøkere")));
  mv_member_edit_add_course (first, NULL, "Første kurs", NULL);
  mv_member_edit_add_course (first, NULL, "Andre kurs", "2026-02-01");
  member = save (f, NULL, first, NULL);
  id = mv_record_get_id (MV_RECORD (member));

  /* The edit starts from the file; the term moves back in time, a group
   * and a course go, others come. */
  edit = mv_member_edit_new_from (f->ts.store, member);
  g_assert_cmpstr (edit->name, ==, "Ola Nordmann");
  g_assert_cmpuint (edit->user_group_ids->len, ==, 2);
  g_assert_cmpuint (edit->courses->len, ==, 2);
  g_free (edit->term_start);
  edit->term_start = g_strdup ("01.01.2020");
  g_free (edit->term_end);
  edit->term_end = g_strdup ("31.12.2021");
  g_free (edit->organisation_id);
  edit->organisation_id = g_strdup (mv_record_get_id (MV_RECORD (safo)));
  edit->role = MV_MEMBER_ROLE_CHAIR;
  g_ptr_array_remove_index (edit->user_group_ids, 0);
  g_ptr_array_add (edit->user_group_ids, g_strdup (group_id (f, "Ungdom")));
  for (guint i = 0; i < edit->courses->len; i++)
    if (g_str_equal (((MvMemberCourse *) g_ptr_array_index (edit->courses, i))->course,
                     "Første kurs"))
      g_ptr_array_remove_index (edit->courses, i);
  mv_member_edit_add_course (edit, NULL, "Tredje kurs", NULL);

  g_assert_true (save (f, member, edit, &undo) == member);
  assert_column (f, "members", id, "term_start", "2020-01-01");
  assert_column (f, "members", id, "term_end", "2021-12-31");
  assert_column (f, "members", id, "role", "chair");
  assert_column (f, "members", id, "organisation_id", mv_record_get_id (MV_RECORD (safo)));
  {
    g_autofree char *groups = groups_of (f, id);
    g_autofree char *courses = courses_of (f, id);

    g_assert_cmpstr (groups, ==, "Ungdom, Arbeidssøkere");
    g_assert_cmpstr (courses, ==, "Andre kurs, Tredje kurs");
  }

  /* Undo: the term comes back in one write (one column at a time it would
   * end before it starts half-way, and the file refuses that). */
  apply (f, undo);
  assert_column (f, "members", id, "term_start", "2026-01-01");
  assert_column (f, "members", id, "term_end", "2028-12-31");
  assert_column (f, "members", id, "role", "member");
  assert_column (f, "members", id, "organisation_id", mv_record_get_id (MV_RECORD (ffo)));
  {
    g_autofree char *groups = groups_of (f, id);
    g_autofree char *courses = courses_of (f, id);

    g_assert_cmpstr (groups, ==, "Langtidssyke, Arbeidssøkere");
    g_assert_cmpstr (courses, ==, "Andre kurs, Første kurs");
  }
  g_assert_cmpstr (mv_member_get_term_start (member), ==, "2026-01-01");

  /* Saving what is there writes nothing. */
  updated_at = column (f, "members", id, "updated_at");
  g_clear_pointer (&edit, mv_member_edit_free);
  edit = mv_member_edit_new_from (f->ts.store, member);
  g_clear_pointer (&undo, mv_undo_free);
  save (f, member, edit, &undo);
  assert_column (f, "members", id, "updated_at", updated_at);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  MvMember *member = add_member (f, "Kari Haugen");
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(GPtrArray) form = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { MvMemberField field; const char *form; const char *list; } expected[] = {
    { MV_MEMBER_FIELD_NAME, "Enter the member’s name", "the name is empty" },
    { MV_MEMBER_FIELD_ORGANISATION, "“ingen-org” is not an organisation in the file",
      "“ingen-org” is not an organisation in the file" },
    { MV_MEMBER_FIELD_DEPUTY_FOR, "“ingen” is not a member of the council",
      "“ingen” is not a member of the council" },
    { MV_MEMBER_FIELD_TERM_START, "“31.02.2026” is not a date; write it as DD.MM.YYYY",
      "“31.02.2026” is not a date" },
    { MV_MEMBER_FIELD_EMAIL, "“amina@” is not an e-mail address",
      "“amina@” is not an e-mail address" },
    { MV_MEMBER_FIELD_USER_GROUPS, "“ingen-gruppe” is not a user group",
      "“ingen-gruppe” is not a user group" },
  };
  gint64 n_members = count (f, "SELECT count(*) FROM members", NULL);

  edit->name = g_strdup ("   ");
  edit->organisation_id = g_strdup ("ingen-org");
  edit->deputy_for = g_strdup ("ingen");
  edit->term_start = g_strdup ("31.02.2026");
  edit->term_end = g_strdup ("2026-01-01");
  edit->email = g_strdup (" amina@ ");
  g_ptr_array_add (edit->user_group_ids, g_strdup ("ingen-gruppe"));

  form = mv_members_check (f->ts.store, f->ts.council, NULL, edit, MV_MEMBER_WORDING_FORM);
  list = mv_members_check (f->ts.store, f->ts.council, NULL, edit, MV_MEMBER_WORDING_LIST);
  g_assert_cmpuint (form->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      MvMemberProblem *a = g_ptr_array_index (form, i);
      MvMemberProblem *b = g_ptr_array_index (list, i);

      g_assert_cmpint (a->field, ==, expected[i].field);
      g_assert_cmpstr (a->reason, ==, expected[i].form);
      g_assert_cmpint (b->field, ==, expected[i].field);
      g_assert_cmpstr (b->reason, ==, expected[i].list);
    }

  /* Refused: nothing is written, and the error says the first reason. */
  g_assert_null (mv_members_save (f->ts.store, f->ts.council, NULL, edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Enter the member’s name");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM members", NULL), ==,
                   n_members);

  /* A term that ends first; a new organisation without a name; a member
   * as their own deputy. */
  g_clear_pointer (&edit, mv_member_edit_free);
  edit = mv_member_edit_new_from (f->ts.store, member);
  edit->term_start = g_strdup ("2026-02-01");
  edit->term_end = g_strdup ("31.01.2026");
  edit->new_organisation = g_strdup (" ");
  edit->deputy_for = g_strdup (mv_record_get_id (MV_RECORD (member)));
  g_clear_pointer (&form, g_ptr_array_unref);
  form = mv_members_check (f->ts.store, NULL, member, edit, MV_MEMBER_WORDING_FORM);
  g_assert_cmpuint (form->len, ==, 3);
  g_assert_cmpint (((MvMemberProblem *) g_ptr_array_index (form, 0))->field, ==,
                   MV_MEMBER_FIELD_NEW_ORGANISATION);
  g_assert_cmpstr (((MvMemberProblem *) g_ptr_array_index (form, 0))->reason, ==,
                   "Enter the new organisation’s name, or choose another organisation");
  g_assert_cmpstr (((MvMemberProblem *) g_ptr_array_index (form, 1))->reason, ==,
                   "a member cannot be their own deputy");
  g_assert_cmpint (((MvMemberProblem *) g_ptr_array_index (form, 2))->field, ==,
                   MV_MEMBER_FIELD_TERM_END);
  g_assert_cmpstr (((MvMemberProblem *) g_ptr_array_index (form, 2))->reason, ==,
                   "The term ends before it starts");
  g_assert_null (mv_members_save (f->ts.store, NULL, member, edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpint (count (f, "SELECT count(*) FROM organisations", NULL), ==, 0);
  assert_column (f, "members", mv_record_get_id (MV_RECORD (member)), "term_start", NULL);
}

static void
test_save_removed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MvMember) member = g_object_ref (add_member (f, "Rune Pedersen"));
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new_from (f->ts.store, member);
  g_autoptr(GError) error = NULL;

  /* Another program removes the member while the form is open. */
  mv_test_db_exec (f->db, "UPDATE members SET deleted_at = '2026-01-01T00:00:00Z'");
  g_assert_null (mv_members_save (f->ts.store, NULL, member, edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Rune Pedersen"));
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  MvMember *member = add_member (f, "Mona Strand");
  g_autofree char *id = g_strdup (mv_record_get_id (MV_RECORD (member)));
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvUndo) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) other = NULL;
  MvMember *removed;

  g_assert_true (mv_members_delete (f->ts.store, member, &undo, &error));
  g_assert_no_error (error);
  assert_removed (f, "members", id);
  g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_MEMBER, id));

  apply (f, undo);
  assert_column (f, "members", id, "deleted_at", NULL);
  g_assert_true (mv_store_lookup (f->ts.store, MV_TYPE_MEMBER, id) == member);

  /* Removed here, restored by another program that never saw it. */
  g_clear_pointer (&undo, mv_undo_free);
  g_assert_true (mv_members_delete (f->ts.store, member, &undo, &error));
  other = mv_store_open (f->ts.path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_null (mv_store_lookup (other, MV_TYPE_MEMBER, id));
  g_assert_null (mv_store_lookup_deleted (other, MV_TYPE_MEETING, id));
  removed = mv_store_lookup_deleted (other, MV_TYPE_MEMBER, id);
  g_assert_nonnull (removed);
  g_assert_cmpstr (mv_member_get_name (removed), ==, "Mona Strand");
  g_assert_true (mv_members_restore (other, removed, &again, &error));
  g_assert_no_error (error);
  assert_column (f, "members", id, "deleted_at", NULL);
  g_assert_true (mv_store_lookup (other, MV_TYPE_MEMBER, id) == removed);

  /* And its Undo removes the member again. */
  g_assert_true (mv_undo_apply (again, other, &error));
  g_assert_no_error (error);
  assert_removed (f, "members", id);
}

static void
test_organisations (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  MvOrganisationFields fields;
  MvOrganisation *organisation;
  const char *id;

  /* A blank name is refused, and nothing is written. */
  mv_organisation_fields_init (&fields, NULL);
  fields.name = "  ";
  g_assert_null (mv_organisations_add (f->ts.store, &fields, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "An organisation needs a name");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM organisations", NULL), ==, 0);

  fields.name = " Mental Helse ";
  fields.kind = MV_ORGANISATION_KIND_OTHER;
  fields.areas = "psykisk helse, arbeid ";
  organisation = mv_organisations_add (f->ts.store, &fields, &undo, &error);
  g_assert_no_error (error);
  id = mv_record_get_id (MV_RECORD (organisation));
  assert_column (f, "organisations", id, "name", "Mental Helse");
  assert_column (f, "organisations", id, "kind", "other");
  assert_column (f, "organisations", id, "areas", "psykisk helse, arbeid");
  assert_column (f, "organisations", id, "short_name", "");

  /* One field changed; Undo gives the old fields back. */
  {
    g_autoptr(MvUndo) update = NULL;

    mv_organisation_fields_init (&fields, organisation);
    fields.short_name = "MH";
    g_assert_true (mv_organisations_update (f->ts.store, organisation, &fields, &update, &error));
    g_assert_no_error (error);
    assert_column (f, "organisations", id, "short_name", "MH");
    assert_column (f, "organisations", id, "name", "Mental Helse");

    fields.name = "";
    g_assert_false (mv_organisations_update (f->ts.store, organisation, &fields, NULL, &error));
    g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
    g_clear_error (&error);
    assert_column (f, "organisations", id, "name", "Mental Helse");

    apply (f, update);
    assert_column (f, "organisations", id, "short_name", "");
  }

  /* Found by id, short name or name, without case. */
  add_organisation (f, "Funksjonshemmedes Fellesorganisasjon", "FFO");
  g_assert_true (mv_organisations_find (f->ts.store, id, &error) == organisation);
  g_assert_true (mv_organisations_find (f->ts.store, "mental helse", &error) == organisation);
  g_assert_nonnull (mv_organisations_find (f->ts.store, "ffo", &error));
  g_assert_no_error (error);
  g_assert_null (mv_organisations_find (f->ts.store, "RIO", &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“RIO”"));
  g_clear_error (&error);
  /* The short name comes first; two of them are one too many. */
  add_organisation (f, "Mental Helse Ungdom", "Mental Helse");
  g_assert_true (mv_organisations_find (f->ts.store, "Mental Helse", &error) != organisation);
  /* A second organisation of one name or short name (without case) is
   * refused, naming the first, and nothing is written. */
  mv_organisation_fields_init (&fields, NULL);
  fields.name = "Forbundet for omsorg";
  fields.short_name = "ffo";
  g_assert_null (mv_organisations_add (f->ts.store, &fields, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Funksjonshemmedes Fellesorganisasjon”"));
  g_clear_error (&error);
  fields.name = " funksjonshemmedes fellesorganisasjon ";
  fields.short_name = "";
  g_assert_null (mv_organisations_add (f->ts.store, &fields, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM organisations", NULL), ==, 3);
  /* Nor may a change make one the twin of another. */
  mv_organisation_fields_init (&fields, organisation);
  fields.short_name = "FFO";
  g_assert_false (mv_organisations_update (f->ts.store, organisation, &fields, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  assert_column (f, "organisations", id, "short_name", "");

  /* A file from before may hold two: the short name then finds neither. */
  mv_test_db_exec (f->db, "INSERT INTO organisations (id, name, short_name, created_at, "
                          "updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000001', "
                          "'Forbundet for omsorg', 'FFO', '2026-01-01T00:00:00Z', "
                          "'2026-01-01T00:00:00Z')");
  g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (mv_organisations_find (f->ts.store, "FFO", &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "“FFO”"));
  g_clear_error (&error);

  list = mv_organisations_list (f->ts.store);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (mv_organisation_get_name (g_ptr_array_index (list, 0)), ==,
                   "Forbundet for omsorg");

  /* Undo of the add removes it. */
  apply (f, undo);
  assert_removed (f, "organisations", id);
}

/* An organisation without members can be removed, with Undo; one that a
 * member (also a former one) belongs to is refused, naming them. */
static void
test_organisations_delete (Fixture       *f,
                           gconstpointer  data)
{
  MvOrganisation *ffo = add_organisation (f, "Funksjonshemmedes Fellesorganisasjon", "FFO");
  MvOrganisation *rio = add_organisation (f, "Rusmisbrukernes interesseorganisasjon", "RIO");
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ffo_id = g_strdup (mv_record_get_id (MV_RECORD (ffo)));
  g_autofree char *rio_id = g_strdup (mv_record_get_id (MV_RECORD (rio)));

  edit->name = g_strdup ("Kari Nordmann");
  edit->organisation_id = g_strdup (ffo_id);
  save (f, NULL, edit, NULL);

  g_assert_false (mv_organisations_delete (f->ts.store, ffo, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Funksjonshemmedes Fellesorganisasjon”"));
  g_assert_nonnull (strstr (error->message, "Kari Nordmann"));
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM organisations WHERE deleted_at IS NULL",
                          NULL), ==, 2);

  g_assert_true (mv_organisations_delete (f->ts.store, rio, &undo, &error));
  g_assert_no_error (error);
  assert_removed (f, "organisations", rio_id);
  g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_ORGANISATION, rio_id));

  apply (f, undo);
  g_assert_nonnull (mv_store_lookup (f->ts.store, MV_TYPE_ORGANISATION, rio_id));
  g_assert_cmpint (count (f, "SELECT count(*) FROM organisations WHERE deleted_at IS NULL",
                          NULL), ==, 2);
}

static void
test_user_groups (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) before = mv_user_groups_list (f->ts.store);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(MvUndo) add_undo = NULL;
  g_autoptr(MvUndo) rename_undo = NULL;
  g_autoptr(MvUndo) delete_undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *position = NULL;
  g_autofree char *expected = NULL;
  MvUserGroup *group;
  const char *id;

  g_assert_cmpuint (before->len, >, 0);
  g_assert_null (mv_user_groups_add (f->ts.store, " ", NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A user group needs a name");
  g_clear_error (&error);

  /* Another program adds a group first: the new one still goes last. */
  mv_test_db_exec (f->db, "INSERT INTO user_groups (id, name, position, created_at, updated_at) "
                          "VALUES ('fra-cli', 'Pårørende', 40, '2026-01-01', '2026-01-01')");
  group = mv_user_groups_add (f->ts.store, " Studenter ", &add_undo, &error);
  g_assert_no_error (error);
  id = mv_record_get_id (MV_RECORD (group));
  assert_column (f, "user_groups", id, "name", "Studenter");
  assert_column (f, "user_groups", id, "position", "41");
  after = mv_user_groups_list (f->ts.store);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  g_assert_true (g_ptr_array_index (after, after->len - 1) == group);

  g_assert_false (mv_user_groups_rename (f->ts.store, group, "", NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (mv_user_groups_rename (f->ts.store, group, "Studenter og lærlinger", &rename_undo,
                                        &error));
  g_assert_no_error (error);
  assert_column (f, "user_groups", id, "name", "Studenter og lærlinger");
  g_assert_true (mv_user_groups_find (f->ts.store, "STUDENTER OG LÆRLINGER", &error) == group);
  g_assert_true (mv_user_groups_find (f->ts.store, id, &error) == group);
  g_assert_null (mv_user_groups_find (f->ts.store, "Studenter", &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_clear_error (&error);

  apply (f, rename_undo);
  assert_column (f, "user_groups", id, "name", "Studenter");

  g_assert_true (mv_user_groups_delete (f->ts.store, group, &delete_undo, &error));
  g_assert_no_error (error);
  assert_removed (f, "user_groups", id);
  apply (f, delete_undo);
  assert_column (f, "user_groups", id, "deleted_at", NULL);

  apply (f, add_undo);
  assert_removed (f, "user_groups", id);
}

/* The CSV import writes through the same operation as the form. */
static void
test_import_writes_as_the_form (Fixture       *f,
                                gconstpointer  data)
{
  static const char csv[] = "navn;organisasjon;fra;til;e-post\n"
                            "  Siri   Siste ;Ny Forening;01.01.2026;31.12.2027; siri@example.no\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(MvImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *organisation_id = NULL;

  report = mv_import_members_csv (f->ts.store, f->ts.council, bytes, "liste.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 1);
  id = mv_test_db_text (f->db, "SELECT id FROM members WHERE name = ?1", "Siri Siste", NULL);
  g_assert_nonnull (id);
  assert_column (f, "members", id, "term_start", "2026-01-01");
  assert_column (f, "members", id, "term_end", "2027-12-31");
  assert_column (f, "members", id, "email", "siri@example.no");
  assert_column (f, "members", id, "notes", "");
  assert_column (f, "members", id, "honorarium", "0");
  organisation_id = column (f, "members", id, "organisation_id");
  assert_column (f, "organisations", organisation_id, "name", "Ny Forening");
}

/* "medvirke-cli restore": an item goes back to its place. */
static void
test_restore_by_id (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvStore) other = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autofree char *item_id = NULL;
  g_autofree char *member_id = NULL;
  g_autofree char *meeting_id = NULL;
  MvAgendaItem *item;
  MvMeeting *meeting;
  MvRecord *restored;
  GDate date;
  int position;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 8, 12, 2026);
  meeting = mv_meeting_create (f->ts.store, f->ts.council, &date, "10:00", 180, NULL, NULL, &error);
  g_assert_no_error (error);
  meeting_id = g_strdup (mv_record_get_id (MV_RECORD (meeting)));
  item = mv_agenda_add_item (f->ts.store, f->ts.council, meeting, "Brukerundersøkelsen",
                             MV_ITEM_KIND_INPUT, 20, "Leder", NULL, NULL, &error);
  g_assert_no_error (error);
  item_id = g_strdup (mv_record_get_id (MV_RECORD (item)));
  position = mv_agenda_item_get_position (item);
  member_id = g_strdup (mv_record_get_id (MV_RECORD (add_member (f, "Per Hansen"))));

  g_assert_true (mv_agenda_remove_item (f->ts.store, item, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mv_members_delete (f->ts.store, mv_store_lookup (f->ts.store, MV_TYPE_MEMBER,
                                                               member_id), NULL, &error));
  g_clear_object (&f->ts.store);

  /* A program that opens the file afresh, as medvirke-cli does. */
  other = mv_store_open (f->ts.path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  restored = mv_restore_by_id (other, item_id, &undo, &error);
  g_assert_no_error (error);
  g_assert_true (MV_IS_AGENDA_ITEM (restored));
  assert_column (f, "agenda_items", item_id, "deleted_at", NULL);
  assert_column (f, "agenda_items", item_id, "meeting_id", meeting_id);
  agenda = mv_store_list_agenda (other, mv_store_lookup (other, MV_TYPE_MEETING, meeting_id));
  g_assert_true (g_ptr_array_index (agenda, position) == (gpointer) restored);
  g_assert_cmpint (count (f, "SELECT count(DISTINCT position) = count(*) FROM agenda_items "
                             "WHERE meeting_id = ?1 AND deleted_at IS NULL", meeting_id), ==, 1);

  /* Its Undo takes it off again. */
  g_assert_true (mv_undo_apply (undo, other, &error));
  g_assert_no_error (error);
  assert_removed (f, "agenda_items", item_id);

  restored = mv_restore_by_id (other, member_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (MV_IS_MEMBER (restored));
  assert_column (f, "members", member_id, "deleted_at", NULL);

  /* What is not removed, and what is not there. */
  g_assert_null (mv_restore_by_id (other, member_id, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, member_id));
  g_clear_error (&error);
  g_assert_null (mv_restore_by_id (other, "ikke-en-id", NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“ikke-en-id”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/members-ops/save/new", test_save_new);
  ADD ("/members-ops/save/existing", test_save_existing);
  ADD ("/members-ops/save/removed", test_save_removed);
  ADD ("/members-ops/check", test_check);
  ADD ("/members-ops/delete-restore", test_delete_restore);
  ADD ("/members-ops/organisations", test_organisations);
  ADD ("/members-ops/organisations/delete", test_organisations_delete);
  ADD ("/members-ops/user-groups", test_user_groups);
  ADD ("/members-ops/import", test_import_writes_as_the_form);
  ADD ("/members-ops/restore-by-id", test_restore_by_id);

  return g_test_run ();
}
