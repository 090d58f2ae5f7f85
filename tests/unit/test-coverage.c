/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "mv-council.h"
#include "mv-coverage.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-store.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-user-group.h"

/* The coverage panel for small councils built member by member, each rule
 * seen both on and off, judged on a fixed day: 1 March 2026. */

typedef struct
{
  MvTestStore   ts;
  GDate      day;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_EMPTY);

  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget NAV Testby", NULL);
  g_assert_true (mv_store_insert (f->ts.store, council, &error));
  g_assert_no_error (error);
  f->ts.council = g_object_ref (council);

  g_date_clear (&f->day, 1);
  g_date_set_dmy (&f->day, 1, G_DATE_MARCH, 2026);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}

/* The day @days after the fixture's day, as the store keeps dates. */
static char *
day_string (Fixture *f,
            int      days)
{
  GDate date = f->day;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

#define NO_END G_MININT

/* A member whose term started a year ago and ends @end_days after the
 * fixture's day (NO_END: no end). */
static MvMember *
add_member_full (Fixture        *f,
                 const char     *name,
                 MvMemberRole    role,
                 MvGender        gender,
                 gboolean        young,
                 int             end_days,
                 MvOrganisation *org)
{
  g_autofree char *start = day_string (f, -365);
  g_autofree char *end = end_days != NO_END ? day_string (f, end_days) : NULL;
  g_autoptr(MvMember) member = NULL;
  g_autoptr(GError) error = NULL;

  member = g_object_new (MV_TYPE_MEMBER,
                         "council-id", mv_record_get_id (MV_RECORD (f->ts.council)),
                         "name", name,
                         "role", role,
                         "gender", gender,
                         "young", young,
                         "term-start", start,
                         "term-end", end,
                         "organisation-id", org ? mv_record_get_id (MV_RECORD (org)) : NULL,
                         NULL);
  g_assert_true (mv_store_insert (f->ts.store, member, &error));
  g_assert_no_error (error);
  return member;
}

static MvMember *
add_member (Fixture      *f,
            const char   *name,
            MvMemberRole  role,
            MvGender      gender)
{
  return add_member_full (f, name, role, gender, FALSE, NO_END, NULL);
}

static MvMember *
add_deputy (Fixture    *f,
            const char *name,
            MvMember   *stands_in_for,
            int         end_days)
{
  MvMember *deputy = add_member_full (f, name, MV_MEMBER_ROLE_DEPUTY, MV_GENDER_FEMALE, FALSE,
                                      end_days, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_set (f->ts.store, deputy, &error,
                               "deputy-for", mv_record_get_id (MV_RECORD (stands_in_for)),
                               NULL));
  g_assert_no_error (error);
  return deputy;
}

static MvOrganisation *
add_organisation (Fixture    *f,
                  const char *short_name,
                  const char *name)
{
  g_autoptr(MvOrganisation) org = g_object_new (MV_TYPE_ORGANISATION,
                                                "short-name", short_name,
                                                "name", name,
                                                NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (f->ts.store, org, &error));
  g_assert_no_error (error);
  return org;
}

static MvUserGroup *
find_group (Fixture    *f,
            const char *name)
{
  GListModel *groups = mv_store_get_model (f->ts.store, MV_TYPE_USER_GROUP);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MvUserGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (mv_user_group_get_name (group), name))
        return group;
    }
  g_error ("No user group “%s”", name);
}

static void
speaks_for (Fixture    *f,
            MvMember   *member,
            const char *group_name)
{
  g_autoptr(MvMemberUserGroup) link = NULL;
  g_autoptr(GError) error = NULL;

  link = g_object_new (MV_TYPE_MEMBER_USER_GROUP,
                       "member-id", mv_record_get_id (MV_RECORD (member)),
                       "user-group-id", mv_record_get_id (MV_RECORD (find_group (f, group_name))),
                       NULL);
  g_assert_true (mv_store_insert (f->ts.store, link, &error));
  g_assert_no_error (error);
}

static MvCoverage *
compute (Fixture *f)
{
  MvCoverage *coverage = mv_coverage_compute (f->ts.store, f->ts.council, &f->day);

  g_assert_nonnull (coverage);
  return coverage;
}

/* The names in a list of members, ", "-separated. */
static char *
names (GPtrArray *members)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < members->len; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            mv_member_get_name (g_ptr_array_index (members, i)));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_names(members, expected) \
  G_STMT_START { \
    g_autofree char *mv_names_ = names (members); \
    g_assert_cmpstr (mv_names_, ==, (expected)); \
  } G_STMT_END

/* The text has this line, whole. */
static void
assert_line (MvCoverage *coverage,
             const char *line)
{
  g_autofree char *text = mv_coverage_to_text (coverage);
  g_autofree char *needle = g_strconcat ("\n", line, "\n", NULL);

  if (strstr (text, needle) == NULL)
    g_error ("The coverage text lacks the line “%s”:\n%s", line, text);
}

static gboolean
group_is_uncovered (MvCoverage *coverage,
                    const char *name)
{
  for (guint i = 0; i < coverage->uncovered->len; i++)
    if (g_str_equal (mv_user_group_get_name (g_ptr_array_index (coverage->uncovered, i)), name))
      return TRUE;
  return FALSE;
}

static MvCoverageGroup *
group_entry (MvCoverage *coverage,
             const char *name)
{
  for (guint i = 0; i < coverage->groups->len; i++)
    {
      MvCoverageGroup *entry = g_ptr_array_index (coverage->groups, i);

      if (g_str_equal (mv_user_group_get_name (entry->group), name))
        return entry;
    }
  g_error ("No user group “%s” in the coverage", name);
}

/* ---------------------------------------------------------------------- */

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  MvMember *kari = add_member (f, "Kari", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  MvMember *gone = add_member_full (f, "Tidligere", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE,
                                    FALSE, -1, NULL);
  g_autoptr(MvCoverage) before = NULL;
  g_autoptr(MvCoverage) after = NULL;
  guint n_groups = g_list_model_get_n_items (mv_store_get_model (f->ts.store, MV_TYPE_USER_GROUP));

  speaks_for (f, kari, "Ungdom");
  /* A member whose term has ended covers nothing. */
  speaks_for (f, gone, "Innvandrere");

  before = compute (f);
  g_assert_cmpuint (before->groups->len, ==, n_groups);
  g_assert_cmpuint (before->uncovered->len, ==, n_groups - 1);
  g_assert_false (group_is_uncovered (before, "Ungdom"));
  g_assert_true (group_is_uncovered (before, "Innvandrere"));
  assert_names (group_entry (before, "Ungdom")->members, "Kari");
  assert_names (group_entry (before, "Innvandrere")->members, "");
  assert_line (before, "User group “Ungdom”: Kari");
  {
    g_autofree char *text = mv_coverage_to_text (before);

    g_assert_nonnull (strstr (text, "\nUser groups without a member: Innvandrere, "));
    g_assert_null (strstr (text, "User group “Innvandrere”"));
  }

  /* Someone active speaks for the immigrants: covered. */
  speaks_for (f, add_member (f, "Amir", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_MALE), "Innvandrere");
  after = compute (f);
  g_assert_false (group_is_uncovered (after, "Innvandrere"));
  assert_names (group_entry (after, "Innvandrere")->members, "Amir");
  g_assert_cmpuint (after->uncovered->len, ==, n_groups - 2);
}

static void
test_groups_all_covered (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *groups = mv_store_get_model (f->ts.store, MV_TYPE_USER_GROUP);
  MvMember *kari = add_member (f, "Kari", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  g_autoptr(MvCoverage) coverage = NULL;
  g_autofree char *count = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MvUserGroup) group = g_list_model_get_item (groups, i);

      speaks_for (f, kari, mv_user_group_get_name (group));
    }

  coverage = compute (f);
  g_assert_cmpuint (coverage->uncovered->len, ==, 0);
  assert_line (coverage, "User groups without a member: none");
  count = g_strdup_printf ("User groups with a member: %u of %u",
                           g_list_model_get_n_items (groups), g_list_model_get_n_items (groups));
  assert_line (coverage, count);
}

static void
test_seats (Fixture       *f,
            gconstpointer  data)
{
  MvOrganisation *ffo = add_organisation (f, "FFO", "Funksjonshemmedes Fellesorganisasjon");
  MvOrganisation *rio = add_organisation (f, "", "Rusmisbrukernes interesseorganisasjon");
  MvOrganisation *nav = add_organisation (f, "NAV", "NAV Testby");
  g_autoptr(MvCoverage) coverage = NULL;
  MvCoverageSeats *seats;

  add_member_full (f, "A", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE, FALSE, NO_END, ffo);
  add_member_full (f, "B", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE, FALSE, NO_END, ffo);
  add_member_full (f, "C", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_MALE, FALSE, NO_END, ffo);
  add_member_full (f, "D", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_MALE, FALSE, NO_END, rio);
  add_member_full (f, "E", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE, FALSE, -10, rio);   /* ended */
  add_member_full (f, "F", MV_MEMBER_ROLE_SECRETARY, MV_GENDER_MALE, FALSE, NO_END, nav);
  add_member_full (f, "G", MV_MEMBER_ROLE_NAV_LEADER, MV_GENDER_MALE, FALSE, NO_END, nav);
  add_member_full (f, "H", MV_MEMBER_ROLE_VICE_CHAIR, MV_GENDER_MALE, FALSE, NO_END, NULL);

  coverage = compute (f);
  /* By name; NAV's staff hold no seat; no organisation comes last. */
  g_assert_cmpuint (coverage->seats->len, ==, 3);
  seats = g_ptr_array_index (coverage->seats, 0);
  g_assert_true (seats->organisation == ffo);
  g_assert_cmpuint (seats->n_members, ==, 2);
  g_assert_cmpuint (seats->n_deputies, ==, 1);
  seats = g_ptr_array_index (coverage->seats, 1);
  g_assert_true (seats->organisation == rio);
  g_assert_cmpuint (seats->n_members, ==, 0);
  g_assert_cmpuint (seats->n_deputies, ==, 1);
  seats = g_ptr_array_index (coverage->seats, 2);
  g_assert_null (seats->organisation);
  g_assert_cmpuint (seats->n_members, ==, 1);

  assert_line (coverage, "Seats for FFO: 2 members, 1 deputy");
  assert_line (coverage, "Seats for Rusmisbrukernes interesseorganisasjon: 0 members, 1 deputy");
  assert_line (coverage, "Seats without an organisation: 1 member, 0 deputies");
}

static void
test_youth (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Not reserved, nobody young: a fact, not a warning. */
  add_member (f, "Eldre", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    g_assert_false (coverage->youth_seat_reserved);
    g_assert_false (coverage->youth_seat_empty);
    g_assert_cmpuint (coverage->young_members->len, ==, 0);
    assert_line (coverage, "Members under 30: none");
    assert_line (coverage, "Reserved seat for young people: not reserved");
  }

  /* Reserved and empty: a warning. A young deputy, or a young secretary,
   * does not fill the seat. */
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "reserve-youth-seat", TRUE, NULL));
  g_assert_no_error (error);
  add_member_full (f, "Ung Vara", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_MALE, TRUE, NO_END, NULL);
  add_member_full (f, "Ung Sekretær", MV_MEMBER_ROLE_SECRETARY, MV_GENDER_MALE, TRUE, NO_END,
                   NULL);
  add_member_full (f, "Ung Før", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE, TRUE, -1, NULL);
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    g_assert_true (coverage->youth_seat_reserved);
    g_assert_true (coverage->youth_seat_empty);
    g_assert_cmpuint (coverage->young_members->len, ==, 0);
    assert_names (coverage->young_deputies, "Ung Vara");
    assert_line (coverage, "Deputies under 30: Ung Vara");
    assert_line (coverage, "Reserved seat for young people: empty");
    g_assert_cmpuint (mv_coverage_count_warnings (coverage), >=, 1);
  }

  /* A young member sits: filled. */
  add_member_full (f, "Ung Medlem", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE, TRUE, NO_END, NULL);
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    g_assert_false (coverage->youth_seat_empty);
    assert_names (coverage->young_members, "Ung Medlem");
    assert_line (coverage, "Members under 30: Ung Medlem");
    assert_line (coverage, "Reserved seat for young people: filled");
  }

  /* Not reserved, someone young: still no warning. */
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "reserve-youth-seat", FALSE, NULL));
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    g_assert_false (coverage->youth_seat_empty);
    assert_line (coverage, "Reserved seat for young people: not reserved");
  }
}

static void
test_gender_rule (void)
{
  static const struct { guint f, m, o, u; MvGenderBalanceStatus status; } cases[] = {
    { 0, 0, 0, 0, MV_GENDER_BALANCE_NOT_APPLICABLE },
    { 1, 0, 0, 0, MV_GENDER_BALANCE_NOT_APPLICABLE },
    { 1, 1, 0, 0, MV_GENDER_BALANCE_MET },
    { 2, 0, 0, 0, MV_GENDER_BALANCE_NOT_MET },
    { 2, 1, 0, 0, MV_GENDER_BALANCE_MET },          /* three: both are there */
    { 3, 0, 0, 0, MV_GENDER_BALANCE_NOT_MET },
    { 2, 2, 0, 0, MV_GENDER_BALANCE_MET },
    { 3, 1, 0, 0, MV_GENDER_BALANCE_NOT_MET },      /* 25 % */
    { 4, 1, 0, 0, MV_GENDER_BALANCE_NOT_MET },      /* 20 % */
    { 3, 2, 0, 0, MV_GENDER_BALANCE_MET },          /* 40 % exactly */
    { 2, 3, 0, 0, MV_GENDER_BALANCE_MET },
    { 4, 2, 0, 0, MV_GENDER_BALANCE_NOT_MET },      /* 33 % */
    { 4, 3, 0, 0, MV_GENDER_BALANCE_MET },
    { 6, 4, 0, 0, MV_GENDER_BALANCE_MET },
    { 7, 3, 0, 0, MV_GENDER_BALANCE_NOT_MET },
    { 2, 2, 1, 0, MV_GENDER_BALANCE_MET },          /* 40 % of five */
    { 1, 1, 1, 0, MV_GENDER_BALANCE_MET },
    { 1, 0, 1, 0, MV_GENDER_BALANCE_NOT_MET },
    { 2, 2, 0, 1, MV_GENDER_BALANCE_UNKNOWN },
    { 4, 0, 0, 1, MV_GENDER_BALANCE_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MvGenderBalanceStatus status = mv_gender_balance_judge (cases[i].f, cases[i].m,
                                                              cases[i].o, cases[i].u);

      if (status != cases[i].status)
        g_error ("%u women, %u men, %u other, %u unknown: %d, not %d", cases[i].f, cases[i].m,
                 cases[i].o, cases[i].u, status, cases[i].status);
    }
}

static void
test_gender_balanced (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MvCoverage) coverage = NULL;

  add_member (f, "K1", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE);
  add_member (f, "K2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  add_member (f, "M1", MV_MEMBER_ROLE_VICE_CHAIR, MV_GENDER_MALE);
  add_member (f, "M2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE);
  /* NAV's people are no user representatives: they do not tip it. */
  add_member (f, "NAV 1", MV_MEMBER_ROLE_NAV_LEADER, MV_GENDER_FEMALE);
  add_member (f, "NAV 2", MV_MEMBER_ROLE_NAV_STAFF, MV_GENDER_FEMALE);
  add_member (f, "NAV 3", MV_MEMBER_ROLE_SECRETARY, MV_GENDER_UNKNOWN);
  add_member (f, "Obs", MV_MEMBER_ROLE_OBSERVER, MV_GENDER_UNKNOWN);

  coverage = compute (f);
  g_assert_cmpint (coverage->gender_members.status, ==, MV_GENDER_BALANCE_MET);
  g_assert_cmpuint (coverage->gender_members.n_female, ==, 2);
  g_assert_cmpuint (coverage->gender_members.n_male, ==, 2);
  g_assert_cmpuint (coverage->gender_members.n_unknown, ==, 0);
  g_assert_cmpint (coverage->gender_deputies.status, ==, MV_GENDER_BALANCE_NOT_APPLICABLE);
  assert_line (coverage, "Gender balance of the members: 2 women, 2 men – meets the 40 % rule");
  assert_line (coverage, "Gender balance of the deputies: nobody – too few to judge");
}

static void
test_gender_unbalanced (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvCoverage) coverage = NULL;

  add_member (f, "K1", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE);
  add_member (f, "K2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  add_member (f, "K3", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  add_member (f, "K4", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  add_member (f, "M1", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE);
  /* A man whose term has ended does not help. */
  add_member_full (f, "M2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE, FALSE, -1, NULL);
  /* Deputies are judged on their own: one each. */
  add_member (f, "V1", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_MALE);
  add_member (f, "V2", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_FEMALE);

  coverage = compute (f);
  g_assert_cmpint (coverage->gender_members.status, ==, MV_GENDER_BALANCE_NOT_MET);
  g_assert_cmpint (coverage->gender_deputies.status, ==, MV_GENDER_BALANCE_MET);
  assert_line (coverage,
               "Gender balance of the members: 4 women, 1 man – does not meet the 40 % rule");
  assert_line (coverage, "Gender balance of the deputies: 1 woman, 1 man – meets the 40 % rule");
}

static void
test_gender_unknown (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvCoverage) coverage = NULL;

  add_member (f, "K1", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE);
  add_member (f, "K2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE);
  add_member (f, "M1", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE);
  add_member (f, "M2", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE);
  add_member (f, "Ukjent", MV_MEMBER_ROLE_MEMBER, MV_GENDER_UNKNOWN);

  coverage = compute (f);
  g_assert_cmpint (coverage->gender_members.status, ==, MV_GENDER_BALANCE_UNKNOWN);
  g_assert_cmpuint (coverage->gender_members.n_unknown, ==, 1);
  assert_line (coverage, "Gender balance of the members: 2 women, 2 men, 1 not given – "
                         "unknown until everyone’s gender is given");
}

static void
test_terms (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MvCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *in_30 = day_string (f, 30);
  g_autofree char *ended_on = day_string (f, -1);
  g_autofree char *ending_line = NULL;
  g_autofree char *ended_line = NULL;
  MvMember *deleted;

  add_member_full (f, "Om 30 dager", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 30, NULL);
  add_member_full (f, "I dag", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 0, NULL);
  add_member_full (f, "Om 90 dager", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 90, NULL);
  add_member_full (f, "Om 91 dager", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 91, NULL);
  add_member_full (f, "Om 120 dager", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 120, NULL);
  add_member_full (f, "Uten slutt", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, NO_END, NULL);
  add_member_full (f, "I går", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_FEMALE, FALSE, -1, NULL);
  deleted = add_member_full (f, "Slettet", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, -30,
                             NULL);
  g_assert_true (mv_store_delete (f->ts.store, deleted, &error));
  g_assert_no_error (error);

  coverage = compute (f);
  /* Soonest first; a term that ends today is still running. */
  assert_names (coverage->ending, "I dag, Om 30 dager, Om 90 dager");
  assert_names (coverage->ended, "I går");

  {
    g_autofree char *today = day_string (f, 0);
    g_autofree char *in_90 = day_string (f, 90);

    ending_line = g_strdup_printf ("Terms ending within 90 days: I dag (%s), Om 30 dager (%s), "
                                   "Om 90 dager (%s)", today, in_30, in_90);
  }
  ended_line = g_strdup_printf ("Terms ended, still in the register: I går (%s)", ended_on);
  assert_line (coverage, ending_line);
  assert_line (coverage, ended_line);
}

static void
test_terms_none (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MvCoverage) coverage = NULL;

  add_member_full (f, "Om 120 dager", MV_MEMBER_ROLE_MEMBER, MV_GENDER_FEMALE, FALSE, 120, NULL);
  coverage = compute (f);
  g_assert_cmpuint (coverage->ending->len, ==, 0);
  g_assert_cmpuint (coverage->ended->len, ==, 0);
  assert_line (coverage, "Terms ending within 90 days: none");
  assert_line (coverage, "Terms ended, still in the register: none");
}

static void
test_deputies (Fixture       *f,
               gconstpointer  data)
{
  MvMember *chair = add_member (f, "Leder", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE);
  MvMember *member = add_member (f, "Medlem", MV_MEMBER_ROLE_MEMBER, MV_GENDER_MALE);
  MvMember *vice = add_member (f, "Nestleder", MV_MEMBER_ROLE_VICE_CHAIR, MV_GENDER_MALE);

  /* Neither deputies nor NAV need a deputy. */
  add_member (f, "Sekretær", MV_MEMBER_ROLE_SECRETARY, MV_GENDER_FEMALE);
  add_member (f, "Løs vara", MV_MEMBER_ROLE_DEPUTY, MV_GENDER_FEMALE);
  /* A deputy whose term has ended stands in for nobody. */
  add_deputy (f, "Tidligere vara", vice, -1);

  {
    g_autoptr(MvCoverage) coverage = compute (f);

    assert_names (coverage->without_deputy, "Leder, Nestleder, Medlem");
    assert_line (coverage, "Members without a deputy: Leder, Nestleder, Medlem");
  }

  add_deputy (f, "Vara for medlem", member, NO_END);
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    assert_names (coverage->without_deputy, "Leder, Nestleder");
  }

  add_deputy (f, "Vara for leder", chair, NO_END);
  add_deputy (f, "Vara for nestleder", vice, NO_END);
  {
    g_autoptr(MvCoverage) coverage = compute (f);

    g_assert_cmpuint (coverage->without_deputy->len, ==, 0);
    assert_line (coverage, "Members without a deputy: none");
  }
}

/* Only the council's own members count. */
static void
test_other_council (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MvCouncil) other = g_object_new (MV_TYPE_COUNCIL, "name", "Et annet utvalg", NULL);
  g_autoptr(MvMember) stranger = NULL;
  g_autoptr(MvCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (f->ts.store, other, &error));
  stranger = g_object_new (MV_TYPE_MEMBER,
                           "council-id", mv_record_get_id (MV_RECORD (other)),
                           "name", "Fremmed",
                           "young", TRUE,
                           NULL);
  g_assert_true (mv_store_insert (f->ts.store, stranger, &error));
  g_assert_no_error (error);
  speaks_for (f, stranger, "Innvandrere");

  coverage = compute (f);
  g_assert_true (group_is_uncovered (coverage, "Innvandrere"));
  g_assert_cmpuint (coverage->young_members->len, ==, 0);
  g_assert_cmpuint (coverage->without_deputy->len, ==, 0);
  g_assert_cmpuint (coverage->seats->len, ==, 0);
}

/* The whole text of a small council, line by line. */
static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  MvOrganisation *ffo = add_organisation (f, "FFO", "Funksjonshemmedes Fellesorganisasjon");
  MvMember *kari = add_member_full (f, "Kari", MV_MEMBER_ROLE_CHAIR, MV_GENDER_FEMALE, FALSE,
                                    NO_END, ffo);
  g_autoptr(MvCoverage) coverage = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  speaks_for (f, kari, "Ungdom");
  coverage = compute (f);
  text = mv_coverage_to_text (coverage);
  lines = g_strsplit (text, "\n", -1);

  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_cmpstr (lines[0], ==, "Coverage of Brukerutvalget NAV Testby on 2026-03-01");
  g_assert_cmpstr (lines[1], ==, "User groups with a member: 1 of 10");
  g_assert_true (g_str_has_prefix (lines[2], "User groups without a member: Innvandrere, "));
  g_assert_cmpstr (lines[3], ==, "User group “Ungdom”: Kari");
  g_assert_cmpstr (lines[4], ==, "Seats for FFO: 1 member, 0 deputies");
  g_assert_cmpstr (lines[5], ==, "Members under 30: none");
  g_assert_cmpstr (lines[6], ==, "Deputies under 30: none");
  g_assert_cmpstr (lines[7], ==, "Reserved seat for young people: not reserved");
  g_assert_cmpstr (lines[8], ==, "Gender balance of the members: 1 woman – too few to judge");
  g_assert_cmpstr (lines[9], ==, "Gender balance of the deputies: nobody – too few to judge");
  g_assert_cmpstr (lines[10], ==, "Terms ending within 90 days: none");
  g_assert_cmpstr (lines[11], ==, "Terms ended, still in the register: none");
  g_assert_cmpstr (lines[12], ==, "Members without a deputy: Kari");
  g_assert_cmpstr (lines[13], ==, "");
  g_assert_null (lines[14]);

  /* 9 uncovered groups and Kari without a deputy. */
  g_assert_cmpuint (mv_coverage_count_warnings (coverage), ==, 10);
}

/* Without a day: today. */
static void
test_today (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *headline = g_strdup_printf ("Coverage of Brukerutvalget NAV Testby on %s\n",
                                               today);
  g_autoptr(MvCoverage) coverage = mv_coverage_compute (f->ts.store, f->ts.council, NULL);
  g_autofree char *text = mv_coverage_to_text (coverage);

  g_assert_true (g_str_has_prefix (text, headline));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/coverage/groups/covered-and-not", test_groups);
  ADD ("/coverage/groups/all-covered", test_groups_all_covered);
  ADD ("/coverage/seats", test_seats);
  ADD ("/coverage/youth", test_youth);
  g_test_add_func ("/coverage/gender/rule", test_gender_rule);
  ADD ("/coverage/gender/balanced", test_gender_balanced);
  ADD ("/coverage/gender/unbalanced", test_gender_unbalanced);
  ADD ("/coverage/gender/unknown", test_gender_unknown);
  ADD ("/coverage/terms/ending-and-ended", test_terms);
  ADD ("/coverage/terms/none", test_terms_none);
  ADD ("/coverage/deputies", test_deputies);
  ADD ("/coverage/other-council", test_other_council);
  ADD ("/coverage/text", test_text);
  ADD ("/coverage/today", test_today);

#undef ADD

  return g_test_run ();
}
