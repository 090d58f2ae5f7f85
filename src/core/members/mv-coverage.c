/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-coverage.h"
#include "mv-dates.h"
#include "mv-member-user-group.h"
#include "mv-queries.h"

static void
coverage_group_free (MvCoverageGroup *group)
{
  g_object_unref (group->group);
  g_ptr_array_unref (group->members);
  g_free (group);
}

static void
coverage_seats_free (MvCoverageSeats *seats)
{
  g_clear_object (&seats->organisation);
  g_free (seats);
}

void
mv_coverage_free (MvCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_object_unref (coverage->council);
  g_ptr_array_unref (coverage->groups);
  g_ptr_array_unref (coverage->uncovered);
  g_ptr_array_unref (coverage->seats);
  g_ptr_array_unref (coverage->young_members);
  g_ptr_array_unref (coverage->young_deputies);
  g_ptr_array_unref (coverage->ending);
  g_ptr_array_unref (coverage->ended);
  g_ptr_array_unref (coverage->without_deputy);
  g_free (coverage);
}

static GPtrArray *
object_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static gboolean
holds_seat (MvMember *member)
{
  MvMemberRole role = mv_member_get_role (member);

  return role == MV_MEMBER_ROLE_CHAIR || role == MV_MEMBER_ROLE_VICE_CHAIR ||
         role == MV_MEMBER_ROLE_MEMBER;
}

static gboolean
is_deputy (MvMember *member)
{
  return mv_member_get_role (member) == MV_MEMBER_ROLE_DEPUTY;
}

/**
 * mv_gender_balance_judge:
 *
 * Returns: whether the counts meet likestillings- og diskrimineringsloven
 *   § 28: each gender at least 40 % of four or more, both genders among
 *   two or three
 */
MvGenderBalanceStatus
mv_gender_balance_judge (guint n_female,
                         guint n_male,
                         guint n_other,
                         guint n_unknown)
{
  guint n = n_female + n_male + n_other + n_unknown;

  if (n < 2)
    return MV_GENDER_BALANCE_NOT_APPLICABLE;
  if (n_unknown > 0)
    return MV_GENDER_BALANCE_UNKNOWN;
  if (n <= 3)
    return n_female > 0 && n_male > 0 ? MV_GENDER_BALANCE_MET : MV_GENDER_BALANCE_NOT_MET;
  /* 40 % without rounding: share * 5 >= 2 * n. */
  return n_female * 5 >= 2 * n && n_male * 5 >= 2 * n ? MV_GENDER_BALANCE_MET
                                                       : MV_GENDER_BALANCE_NOT_MET;
}

static void
count_gender (MvGenderBalance *balance,
              MvMember        *member)
{
  switch (mv_member_get_gender (member))
    {
    case MV_GENDER_FEMALE:
      balance->n_female++;
      break;
    case MV_GENDER_MALE:
      balance->n_male++;
      break;
    case MV_GENDER_OTHER:
      balance->n_other++;
      break;
    case MV_GENDER_UNKNOWN:
    default:
      balance->n_unknown++;
      break;
    }
}

static void
judge (MvGenderBalance *balance)
{
  balance->status = mv_gender_balance_judge (balance->n_female, balance->n_male,
                                             balance->n_other, balance->n_unknown);
}

static const char *
organisation_label (MvOrganisation *org)
{
  const char *short_name = mv_organisation_get_short_name (org);

  return *short_name != '\0' ? short_name : mv_organisation_get_name (org);
}

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  MvCoverageSeats *sa = *(MvCoverageSeats **) a;
  MvCoverageSeats *sb = *(MvCoverageSeats **) b;

  /* Members without an organisation come last. */
  if (sa->organisation == NULL || sb->organisation == NULL)
    return (sa->organisation == NULL) - (sb->organisation == NULL);
  return g_utf8_collate (organisation_label (sa->organisation),
                         organisation_label (sb->organisation));
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  MvUserGroup *ga = *(MvUserGroup **) a;
  MvUserGroup *gb = *(MvUserGroup **) b;
  int cmp = mv_user_group_get_position (ga) - mv_user_group_get_position (gb);

  return cmp ? cmp : g_utf8_collate (mv_user_group_get_name (ga), mv_user_group_get_name (gb));
}

static int
compare_term_end (gconstpointer a,
                  gconstpointer b)
{
  MvMember *ma = *(MvMember **) a;
  MvMember *mb = *(MvMember **) b;
  int cmp = g_strcmp0 (mv_member_get_term_end (ma), mv_member_get_term_end (mb));

  return cmp ? cmp : g_utf8_collate (mv_member_get_name (ma), mv_member_get_name (mb));
}

static void
add_groups (MvCoverage *coverage,
            MvStore    *store,
            GPtrArray  *active)
{
  GListModel *groups = mv_store_get_model (store, MV_TYPE_USER_GROUP);
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  g_autoptr(GHashTable) speaks_for = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
  g_autoptr(GPtrArray) sorted = object_array ();

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);

      g_hash_table_add (speaks_for,
                        g_strconcat (mv_member_user_group_get_member_id (link), "/",
                                     mv_member_user_group_get_user_group_id (link), NULL));
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (groups, i));
  g_ptr_array_sort (sorted, compare_groups);

  for (guint i = 0; i < sorted->len; i++)
    {
      MvUserGroup *group = g_ptr_array_index (sorted, i);
      MvCoverageGroup *entry = g_new0 (MvCoverageGroup, 1);

      entry->group = g_object_ref (group);
      entry->members = object_array ();
      for (guint j = 0; j < active->len; j++)
        {
          MvMember *member = g_ptr_array_index (active, j);
          g_autofree char *key = g_strconcat (mv_record_get_id (MV_RECORD (member)), "/",
                                              mv_record_get_id (MV_RECORD (group)), NULL);

          if (g_hash_table_contains (speaks_for, key))
            g_ptr_array_add (entry->members, g_object_ref (member));
        }
      if (entry->members->len == 0)
        g_ptr_array_add (coverage->uncovered, g_object_ref (group));
      g_ptr_array_add (coverage->groups, entry);
    }
}

static void
add_seats (MvCoverage *coverage,
           MvStore    *store,
           GPtrArray  *active)
{
  g_autoptr(GHashTable) by_org = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < active->len; i++)
    {
      MvMember *member = g_ptr_array_index (active, i);
      const char *org_id = mv_member_get_organisation_id (member);
      MvOrganisation *org = mv_store_lookup (store, MV_TYPE_ORGANISATION, org_id);
      const char *key = org ? org_id : "";
      MvCoverageSeats *seats;

      if (!holds_seat (member) && !is_deputy (member))
        continue;

      seats = g_hash_table_lookup (by_org, key);
      if (seats == NULL)
        {
          seats = g_new0 (MvCoverageSeats, 1);
          seats->organisation = org ? g_object_ref (org) : NULL;
          g_hash_table_insert (by_org, (gpointer) key, seats);
          g_ptr_array_add (coverage->seats, seats);
        }
      if (holds_seat (member))
        seats->n_members++;
      else
        seats->n_deputies++;
    }

  g_ptr_array_sort (coverage->seats, compare_seats);
}

/**
 * mv_coverage_compute:
 * @day: (nullable): the day to judge by; %NULL for today
 *
 * Returns: (transfer full): the council's coverage on @day
 */
MvCoverage *
mv_coverage_compute (MvStore   *store,
                     MvCouncil *council,
                     GDate     *day)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) active = object_array ();
  g_autoptr(GHashTable) have_deputy = g_hash_table_new (g_str_hash, g_str_equal);
  MvCoverage *coverage;
  GDate horizon;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (day == NULL || g_date_valid (day), NULL);

  coverage = g_new0 (MvCoverage, 1);
  coverage->council = g_object_ref (council);
  if (day != NULL)
    coverage->day = *day;
  else
    mv_date_set_today (&coverage->day);
  horizon = coverage->day;
  g_date_add_days (&horizon, MV_COVERAGE_ENDING_DAYS);

  coverage->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) coverage_group_free);
  coverage->uncovered = object_array ();
  coverage->seats = g_ptr_array_new_with_free_func ((GDestroyNotify) coverage_seats_free);
  coverage->young_members = object_array ();
  coverage->young_deputies = object_array ();
  coverage->ending = object_array ();
  coverage->ended = object_array ();
  coverage->without_deputy = object_array ();
  coverage->youth_seat_reserved = mv_record_get_boolean (MV_RECORD (council),
                                                         "reserve-youth-seat");

  /* By role, then name: the order every list keeps. */
  members = mv_store_list_members (store, council, TRUE);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      GDate end;

      if (!mv_member_is_active (member, &coverage->day))
        {
          g_ptr_array_add (coverage->ended, g_object_ref (member));
          continue;
        }

      g_ptr_array_add (active, g_object_ref (member));
      if (mv_date_parse (mv_member_get_term_end (member), &end) &&
          g_date_compare (&end, &horizon) <= 0)
        g_ptr_array_add (coverage->ending, g_object_ref (member));
      if (mv_member_get_deputy_for (member) != NULL)
        g_hash_table_add (have_deputy, (gpointer) mv_member_get_deputy_for (member));

      if (holds_seat (member))
        {
          count_gender (&coverage->gender_members, member);
          if (mv_member_get_young (member))
            g_ptr_array_add (coverage->young_members, g_object_ref (member));
        }
      else if (is_deputy (member))
        {
          count_gender (&coverage->gender_deputies, member);
          if (mv_member_get_young (member))
            g_ptr_array_add (coverage->young_deputies, g_object_ref (member));
        }
    }
  g_ptr_array_sort (coverage->ending, compare_term_end);
  g_ptr_array_sort (coverage->ended, compare_term_end);

  for (guint i = 0; i < active->len; i++)
    {
      MvMember *member = g_ptr_array_index (active, i);

      if (holds_seat (member) &&
          !g_hash_table_contains (have_deputy, mv_record_get_id (MV_RECORD (member))))
        g_ptr_array_add (coverage->without_deputy, g_object_ref (member));
    }

  coverage->youth_seat_empty = coverage->youth_seat_reserved &&
                               coverage->young_members->len == 0;
  judge (&coverage->gender_members);
  judge (&coverage->gender_deputies);

  add_groups (coverage, store, active);
  add_seats (coverage, store, active);

  return coverage;
}

guint
mv_coverage_count_warnings (MvCoverage *coverage)
{
  g_return_val_if_fail (coverage != NULL, 0);

  return coverage->uncovered->len +
         (coverage->youth_seat_empty ? 1 : 0) +
         (coverage->gender_members.status == MV_GENDER_BALANCE_NOT_MET ? 1 : 0) +
         (coverage->gender_deputies.status == MV_GENDER_BALANCE_NOT_MET ? 1 : 0) +
         coverage->ending->len +
         coverage->ended->len +
         coverage->without_deputy->len;
}

/* ------------------------------------------------------------------------ */
/* As text                                                                  */
/* ------------------------------------------------------------------------ */

static void
add_line (GString    *text,
          const char *label,
          const char *value)
{
  /* Translators: a line of the coverage report, "Label: value" */
  g_string_append_printf (text, _("%s: %s"), label, value);
  g_string_append_c (text, '\n');
}

static char *
join_names (GPtrArray *members,
            gboolean   with_term_end)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (members->len == 0)
    return g_strdup (_("none"));

  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, mv_member_get_name (member));
      if (with_term_end)
        g_string_append_printf (out, " (%s)", mv_member_get_term_end (member));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
separate (GString *out)
{
  if (out->len > 0)
    g_string_append (out, ", ");
}

static char *
balance_text (const MvGenderBalance *b)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *verdict = NULL;

  /* The counts that are not zero. */
  if (b->n_female > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u woman", "%u women",
                                              b->n_female), b->n_female);
  if (b->n_male > 0)
    {
      separate (out);
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u man", "%u men",
                                                b->n_male), b->n_male);
    }
  if (b->n_other > 0)
    {
      separate (out);
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u of another gender",
                                                "%u of another gender", b->n_other),
                              b->n_other);
    }
  if (b->n_unknown > 0)
    {
      separate (out);
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u not given",
                                                "%u not given", b->n_unknown),
                              b->n_unknown);
    }
  if (out->len == 0)
    g_string_append (out, _("nobody"));

  switch (b->status)
    {
    case MV_GENDER_BALANCE_MET:
      /* xgettext:no-c-format */
      verdict = _("meets the 40 % rule");
      break;
    case MV_GENDER_BALANCE_NOT_MET:
      /* xgettext:no-c-format */
      verdict = _("does not meet the 40 % rule");
      break;
    case MV_GENDER_BALANCE_UNKNOWN:
      verdict = _("unknown until everyone’s gender is given");
      break;
    case MV_GENDER_BALANCE_NOT_APPLICABLE:
    default:
      verdict = _("too few to judge");
      break;
    }

  g_string_append (out, " – ");
  g_string_append (out, verdict);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * mv_coverage_to_text:
 *
 * Returns: (transfer full): the coverage panel as lines of text
 */
char *
mv_coverage_to_text (MvCoverage *coverage)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *day = NULL;
  guint n_covered;

  g_return_val_if_fail (coverage != NULL, NULL);

  day = mv_date_format (&coverage->day);
  g_string_append_printf (text, _("Coverage of %s on %s"),
                          mv_council_get_name (coverage->council), day);
  g_string_append_c (text, '\n');

  /* User groups */
  n_covered = coverage->groups->len - coverage->uncovered->len;
  {
    g_autofree char *count = g_strdup_printf (_("%u of %u"), n_covered, coverage->groups->len);
    g_autoptr(GString) names = g_string_new (NULL);

    add_line (text, _("User groups with a member"), count);
    for (guint i = 0; i < coverage->uncovered->len; i++)
      g_string_append_printf (names, "%s%s", i ? ", " : "",
                              mv_user_group_get_name (g_ptr_array_index (coverage->uncovered, i)));
    add_line (text, _("User groups without a member"), names->len ? names->str : _("none"));
  }
  for (guint i = 0; i < coverage->groups->len; i++)
    {
      MvCoverageGroup *entry = g_ptr_array_index (coverage->groups, i);
      g_autofree char *label = NULL;
      g_autofree char *names = NULL;

      if (entry->members->len == 0)
        continue;
      label = g_strdup_printf (_("User group “%s”"), mv_user_group_get_name (entry->group));
      names = join_names (entry->members, FALSE);
      add_line (text, label, names);
    }

  /* Seats */
  for (guint i = 0; i < coverage->seats->len; i++)
    {
      MvCoverageSeats *seats = g_ptr_array_index (coverage->seats, i);
      g_autofree char *label = NULL;
      g_autofree char *n_members = NULL;
      g_autofree char *n_deputies = NULL;
      g_autofree char *value = NULL;

      n_members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members",
                                                seats->n_members), seats->n_members);
      n_deputies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deputy", "%u deputies",
                                                 seats->n_deputies), seats->n_deputies);
      value = g_strdup_printf ("%s, %s", n_members, n_deputies);

      if (seats->organisation != NULL)
        label = g_strdup_printf (_("Seats for %s"), organisation_label (seats->organisation));
      else
        label = g_strdup (_("Seats without an organisation"));
      add_line (text, label, value);
    }

  /* Youth */
  {
    g_autofree char *young_members = join_names (coverage->young_members, FALSE);
    g_autofree char *young_deputies = join_names (coverage->young_deputies, FALSE);
    const char *seat;

    if (!coverage->youth_seat_reserved)
      seat = _("not reserved");
    else if (coverage->youth_seat_empty)
      seat = _("empty");
    else
      seat = _("filled");

    add_line (text, _("Members under 30"), young_members);
    add_line (text, _("Deputies under 30"), young_deputies);
    add_line (text, _("Reserved seat for young people"), seat);
  }

  /* Gender */
  {
    g_autofree char *members = balance_text (&coverage->gender_members);
    g_autofree char *deputies = balance_text (&coverage->gender_deputies);

    add_line (text, _("Gender balance of the members"), members);
    add_line (text, _("Gender balance of the deputies"), deputies);
  }

  /* Terms and deputies */
  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Terms ending within %d day",
                                                           "Terms ending within %d days",
                                                           MV_COVERAGE_ENDING_DAYS),
                                              MV_COVERAGE_ENDING_DAYS);
    g_autofree char *ending = join_names (coverage->ending, TRUE);
    g_autofree char *ended = join_names (coverage->ended, TRUE);
    g_autofree char *without = join_names (coverage->without_deputy, FALSE);

    add_line (text, label, ending);
    add_line (text, _("Terms ended, still in the register"), ended);
    add_line (text, _("Members without a deputy"), without);
  }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
