/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-columns.h"
#include "mv-coverage-panel.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-user-group.h"

/* Until mv_coverage_compute() is in core: the same facts, in the shape of
 * its MvCoverage, so that the switch is a change of names. */
#define ENDING_DAYS 90

typedef enum
{
  BALANCE_NOT_APPLICABLE,
  BALANCE_MET,
  BALANCE_NOT_MET,
  BALANCE_UNKNOWN,
} BalanceStatus;

typedef struct
{
  BalanceStatus status;
  guint         n_female;
  guint         n_male;
  guint         n_other;
  guint         n_unknown;
} Balance;

typedef struct
{
  MvUserGroup *group;
  GPtrArray   *members;
} CoverageGroup;

typedef struct
{
  MvOrganisation *organisation;
  guint           n_members;
  guint           n_deputies;
} CoverageSeats;

typedef struct
{
  GPtrArray *groups;          /* of CoverageGroup* */
  GPtrArray *uncovered;       /* of MvUserGroup* */
  GPtrArray *seats;           /* of CoverageSeats* */
  GPtrArray *young_members;   /* of MvMember* */
  GPtrArray *young_deputies;
  gboolean   youth_seat_reserved;
  gboolean   youth_seat_empty;
  Balance    gender_members;
  Balance    gender_deputies;
  GPtrArray *ending;
  GPtrArray *ended;
  GPtrArray *without_deputy;
} Coverage;

struct _MvCoveragePanel
{
  GtkWidget             parent_instance;

  MvStore              *store;
  MvCouncil            *council;
  GPtrArray            *watched_models;
  GPtrArray            *watched_members;
  GPtrArray            *rows;          /* (group, row) pairs shown now */
  GHashTable           *group_rows;    /* user group name → row */
  GHashTable           *member_links;  /* "section/name" → button */
  guint                 update_id;
  gboolean              covered_expanded;  /* kept across updates */

  /* Template widgets */
  AdwPreferencesGroup  *deputies_group;
  AdwPreferencesGroup  *gender_group;
  AdwPreferencesGroup  *groups_group;
  GtkScrolledWindow    *scrolled_window;
  AdwPreferencesGroup  *seats_group;
  GtkLabel             *summary_label;
  AdwPreferencesGroup  *terms_group;
  AdwPreferencesGroup  *youth_group;
};

G_DEFINE_FINAL_TYPE (MvCoveragePanel, mv_coverage_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNCIL,
  PROP_STORE,
  N_PROPS
};

enum {
  SIGNAL_MEMBER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
coverage_group_free (gpointer data)
{
  CoverageGroup *group = data;

  g_object_unref (group->group);
  g_ptr_array_unref (group->members);
  g_free (group);
}

static void
coverage_seats_free (gpointer data)
{
  CoverageSeats *seats = data;

  g_clear_object (&seats->organisation);
  g_free (seats);
}

static void
coverage_free (Coverage *coverage)
{
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Coverage, coverage_free)

static gboolean
is_representative (MvMember *member)
{
  switch (mv_member_get_role (member))
    {
    case MV_MEMBER_ROLE_CHAIR:
    case MV_MEMBER_ROLE_VICE_CHAIR:
    case MV_MEMBER_ROLE_MEMBER:
    case MV_MEMBER_ROLE_DEPUTY:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
count_gender (Balance  *balance,
              MvMember *member)
{
  switch (mv_member_get_gender (member))
    {
    case MV_GENDER_FEMALE: balance->n_female++; break;
    case MV_GENDER_MALE: balance->n_male++; break;
    case MV_GENDER_OTHER: balance->n_other++; break;
    default: balance->n_unknown++; break;
    }
}

static void
judge_balance (Balance *balance)
{
  guint total = balance->n_female + balance->n_male + balance->n_other + balance->n_unknown;

  if (balance->n_unknown > 0)
    balance->status = BALANCE_UNKNOWN;
  else if (total < 2)
    balance->status = BALANCE_NOT_APPLICABLE;
  else if (total < 4)
    balance->status = balance->n_female > 0 && balance->n_male > 0 ? BALANCE_MET : BALANCE_NOT_MET;
  else
    balance->status = balance->n_female * 10 >= total * 4 && balance->n_male * 10 >= total * 4
                      ? BALANCE_MET : BALANCE_NOT_MET;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  MvMember *ma = *(MvMember **) a;
  MvMember *mb = *(MvMember **) b;
  int cmp = (int) mv_member_get_role (ma) - (int) mv_member_get_role (mb);

  return cmp ? cmp : g_utf8_collate (mv_member_get_name (ma), mv_member_get_name (mb));
}

static int
compare_term_ends (gconstpointer a,
                   gconstpointer b)
{
  return g_strcmp0 (mv_member_get_term_end (*(MvMember **) a),
                    mv_member_get_term_end (*(MvMember **) b));
}

static int
compare_user_groups (gconstpointer a,
                     gconstpointer b)
{
  return mv_user_group_get_position (*(MvUserGroup **) a) -
         mv_user_group_get_position (*(MvUserGroup **) b);
}

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  CoverageSeats *sa = *(CoverageSeats **) a;
  CoverageSeats *sb = *(CoverageSeats **) b;

  if ((sa->organisation == NULL) != (sb->organisation == NULL))
    return sa->organisation == NULL ? 1 : -1;
  if (sa->organisation == NULL)
    return 0;
  return g_utf8_collate (mv_organisation_get_name (sa->organisation),
                         mv_organisation_get_name (sb->organisation));
}

static Coverage *
coverage_compute (MvStore   *store,
                  MvCouncil *council)
{
  Coverage *coverage = g_new0 (Coverage, 1);
  g_autoptr(GPtrArray) members = mv_store_list_members (store, council, TRUE);
  g_autoptr(GPtrArray) active = g_ptr_array_new ();
  g_autoptr(GHashTable) seats = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) has_deputy = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) user_groups = g_ptr_array_new ();
  g_autoptr(GDate) today = mv_date_new_today ();
  GListModel *groups_model = mv_store_get_model (store, MV_TYPE_USER_GROUP);
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  CoverageSeats *no_organisation = NULL;

  coverage->groups = g_ptr_array_new_with_free_func (coverage_group_free);
  coverage->uncovered = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->seats = g_ptr_array_new_with_free_func (coverage_seats_free);
  coverage->young_members = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->young_deputies = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->ending = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->ended = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->without_deputy = g_ptr_array_new_with_free_func (g_object_unref);
  coverage->youth_seat_reserved = mv_record_get_boolean (MV_RECORD (council),
                                                         "reserve-youth-seat");

  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      gboolean deputy = mv_member_get_role (member) == MV_MEMBER_ROLE_DEPUTY;

      if (!mv_member_is_active (member, today))
        {
          g_ptr_array_add (coverage->ended, g_object_ref (member));
          continue;
        }

      g_ptr_array_add (active, member);
      if (mv_days_until (mv_member_get_term_end (member), today) <= ENDING_DAYS)
        g_ptr_array_add (coverage->ending, g_object_ref (member));
      if (deputy && mv_member_get_deputy_for (member) != NULL)
        g_hash_table_add (has_deputy, (gpointer) mv_member_get_deputy_for (member));

      if (!is_representative (member))
        continue;

      if (mv_member_get_young (member))
        g_ptr_array_add (deputy ? coverage->young_deputies : coverage->young_members,
                         g_object_ref (member));
      count_gender (deputy ? &coverage->gender_deputies : &coverage->gender_members, member);

      {
        const char *organisation_id = mv_member_get_organisation_id (member);
        MvOrganisation *organisation = mv_store_lookup (store, MV_TYPE_ORGANISATION,
                                                        organisation_id);
        CoverageSeats *entry;

        entry = organisation ? g_hash_table_lookup (seats, organisation_id) : no_organisation;
        if (entry == NULL)
          {
            entry = g_new0 (CoverageSeats, 1);
            entry->organisation = organisation ? g_object_ref (organisation) : NULL;
            g_ptr_array_add (coverage->seats, entry);
            if (organisation != NULL)
              g_hash_table_insert (seats, (gpointer) organisation_id, entry);
            else
              no_organisation = entry;
          }
        if (deputy)
          entry->n_deputies++;
        else
          entry->n_members++;
      }
    }

  for (guint i = 0; i < active->len; i++)
    {
      MvMember *member = g_ptr_array_index (active, i);
      MvMemberRole role = mv_member_get_role (member);

      if ((role == MV_MEMBER_ROLE_CHAIR || role == MV_MEMBER_ROLE_VICE_CHAIR ||
           role == MV_MEMBER_ROLE_MEMBER) &&
          !g_hash_table_contains (has_deputy, mv_record_get_id (MV_RECORD (member))))
        g_ptr_array_add (coverage->without_deputy, g_object_ref (member));
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups_model); i++)
    g_ptr_array_add (user_groups, g_list_model_get_item (groups_model, i));
  g_ptr_array_sort (user_groups, compare_user_groups);

  for (guint i = 0; i < user_groups->len; i++)
    {
      CoverageGroup *group = g_new0 (CoverageGroup, 1);
      const char *group_id;

      group->group = g_ptr_array_index (user_groups, i);  /* the list's reference */
      group->members = g_ptr_array_new_with_free_func (g_object_unref);
      group_id = mv_record_get_id (MV_RECORD (group->group));

      for (guint j = 0; j < g_list_model_get_n_items (links); j++)
        {
          g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, j);

          if (g_strcmp0 (mv_member_user_group_get_user_group_id (link), group_id) != 0)
            continue;
          for (guint k = 0; k < active->len; k++)
            {
              MvMember *member = g_ptr_array_index (active, k);

              if (g_strcmp0 (mv_record_get_id (MV_RECORD (member)),
                             mv_member_user_group_get_member_id (link)) == 0)
                g_ptr_array_add (group->members, g_object_ref (member));
            }
        }

      g_ptr_array_sort (group->members, compare_members);
      if (group->members->len == 0)
        g_ptr_array_add (coverage->uncovered, g_object_ref (group->group));
      g_ptr_array_add (coverage->groups, group);
    }

  g_ptr_array_sort (coverage->seats, compare_seats);
  g_ptr_array_sort (coverage->ending, compare_term_ends);
  judge_balance (&coverage->gender_members);
  judge_balance (&coverage->gender_deputies);
  coverage->youth_seat_empty = coverage->youth_seat_reserved && coverage->young_members->len == 0;

  return coverage;
}

static void
member_link_clicked_cb (GtkButton       *button,
                        MvCoveragePanel *self)
{
  MvMember *member = g_object_get_data (G_OBJECT (button), "mv-member");

  g_signal_emit (self, signals[SIGNAL_MEMBER_ACTIVATED], 0, member);
}

static void
add_row (MvCoveragePanel     *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
fact_row (const char *title,
          const char *subtitle,
          const char *style)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  if (style != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (g_str_equal (style, "success")
                                                      ? "emblem-ok-symbolic"
                                                      : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, style);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_str_equal (style, "success") ? _("Covered")
                                                                     : _("Needs attention"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      if (!g_str_equal (style, "success"))
        gtk_widget_add_css_class (row, style);
    }

  return row;
}

static void
add_member_links (MvCoveragePanel     *self,
                  AdwPreferencesGroup *group,
                  const char          *section,
                  GPtrArray           *members,
                  const char          *style,
                  char *             (*detail) (MvMember *member))
{
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      g_autofree char *text = detail (member);
      g_autofree char *accessible = NULL;
      GtkWidget *row = fact_row (mv_member_get_name (member), text, style);
      /* Translators: a link beside a member in the coverage panel. */
      GtkWidget *button = gtk_button_new_with_label (_("Open"));

      gtk_widget_add_css_class (button, "link");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      /* Translators: a link in the coverage panel; %s is a member's name. */
      accessible = g_strdup_printf (_("Open %s"), mv_member_get_name (member));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
      g_object_set_data_full (G_OBJECT (button), "mv-member", g_object_ref (member),
                              g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (member_link_clicked_cb), self);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      add_row (self, group, row);

      g_hash_table_insert (self->member_links,
                           g_strdup_printf ("%s/%s", section, mv_member_get_name (member)),
                           button);
    }
}

static char *
ending_detail (MvMember *member)
{
  g_autofree char *date = mv_format_date (mv_member_get_term_end (member), _("%-d %b %Y"));

  /* Translators: %s is a date, e.g. "17 Mar 2027". */
  return g_strdup_printf (_("Term ends %s"), date);
}

static char *
ended_detail (MvMember *member)
{
  g_autofree char *date = mv_format_date (mv_member_get_term_end (member), _("%-d %b %Y"));

  /* Translators: %s is a date, e.g. "17 Mar 2027". */
  return g_strdup_printf (_("Term ended %s"), date);
}

static char *
role_detail (MvMember *member)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEMBER_ROLE, mv_member_get_role (member)));
}

static char *
join_names (GPtrArray *members)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < members->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            mv_member_get_name (g_ptr_array_index (members, i)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_balance_row (MvCoveragePanel *self,
                 const char      *title,
                 Balance         *balance)
{
  g_autofree char *counts = NULL;
  const char *verdict;
  const char *style = NULL;
  guint total = balance->n_female + balance->n_male + balance->n_other + balance->n_unknown;

  if (total == 0)
    return;

  if (balance->status == BALANCE_UNKNOWN)
    {
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("Not judged: the gender of %u person is not given",
                                   "Not judged: the gender of %u people is not given",
                                   balance->n_unknown),
                         balance->n_unknown);

      add_row (self, self->gender_group, fact_row (title, subtitle, NULL));
      return;
    }

  switch (balance->status)
    {
    case BALANCE_MET:
      verdict = _("Meets the 40 % rule");
      style = "success";
      break;
    case BALANCE_NOT_MET:
      verdict = _("Does not meet the 40 % rule");
      style = "warning";
      break;
    default:
      verdict = _("Too few to judge");
      break;
    }

  /* Translators: "4 women, 3 men" in the gender balance; %u are counts. */
  counts = g_strdup_printf (_("%u women, %u men"), balance->n_female, balance->n_male);
  if (balance->n_other > 0)
    {
      char *more = g_strdup_printf (_("%s, %u other"), counts, balance->n_other);

      g_free (counts);
      counts = more;
    }

  {
    g_autofree char *subtitle = g_strdup_printf ("%s · %s", counts, verdict);

    add_row (self, self->gender_group, fact_row (title, subtitle, style));
  }
}

static void
covered_expanded_cb (MvCoveragePanel *self,
                     GParamSpec      *pspec,
                     AdwExpanderRow  *expander)
{
  self->covered_expanded = adw_expander_row_get_expanded (expander);
}

static void
clear_rows (MvCoveragePanel *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i),
                                  g_ptr_array_index (self->rows, i + 1));
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->group_rows);
  g_hash_table_remove_all (self->member_links);
}

static void
show_coverage (MvCoveragePanel *self,
               Coverage        *coverage)
{
  g_autofree char *summary = NULL;
  guint n_warnings;

  /* The groups nobody speaks for first: they are what the secretariat must
   * act on. Those with a voice fold away under one row. */
  {
    guint n_covered = coverage->groups->len - coverage->uncovered->len;
    g_autofree char *covered_title =
      g_strdup_printf (ngettext ("%u group has a voice", "%u groups have a voice", n_covered),
                       n_covered);
    GtkWidget *expander = NULL;

    for (guint i = 0; i < coverage->groups->len; i++)
      {
        CoverageGroup *group = g_ptr_array_index (coverage->groups, i);
        GtkWidget *row;

        if (group->members->len > 0)
          continue;

        row = fact_row (mv_user_group_get_name (group->group),
                        _("No active member speaks for this group"), "warning");
        add_row (self, self->groups_group, row);
        g_hash_table_insert (self->group_rows, g_strdup (mv_user_group_get_name (group->group)),
                             row);
      }

    if (n_covered > 0)
      {
        expander = adw_expander_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), covered_title);
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), self->covered_expanded);
        g_signal_connect_swapped (expander, "notify::expanded",
                                  G_CALLBACK (covered_expanded_cb), self);
        add_row (self, self->groups_group, expander);
      }

    for (guint i = 0; i < coverage->groups->len; i++)
      {
        CoverageGroup *group = g_ptr_array_index (coverage->groups, i);
        g_autofree char *names = NULL;
        GtkWidget *row;

        if (group->members->len == 0)
          continue;

        names = join_names (group->members);
        row = fact_row (mv_user_group_get_name (group->group), names, "success");
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        g_hash_table_insert (self->group_rows, g_strdup (mv_user_group_get_name (group->group)),
                             row);
      }
  }

  {
    g_autofree char *names = join_names (coverage->young_members);
    const char *title = coverage->youth_seat_reserved ? _("Reserved youth seat")
                                                      : _("Members under 30");

    if (coverage->young_members->len > 0)
      add_row (self, self->youth_group, fact_row (title, names, "success"));
    else
      add_row (self, self->youth_group,
               fact_row (title,
                         coverage->youth_seat_reserved ? _("The seat reserved for a member under "
                                                           "30 is empty")
                                                       : _("No member under 30"),
                         coverage->youth_seat_reserved ? "warning" : NULL));

    if (coverage->young_deputies->len > 0)
      {
        g_autofree char *deputies = join_names (coverage->young_deputies);

        add_row (self, self->youth_group, fact_row (_("Deputies under 30"), deputies, NULL));
      }
  }

  add_balance_row (self, _("Members"), &coverage->gender_members);
  add_balance_row (self, _("Deputies"), &coverage->gender_deputies);
  gtk_widget_set_visible (GTK_WIDGET (self->gender_group),
                          coverage->gender_members.n_female + coverage->gender_members.n_male +
                          coverage->gender_members.n_other + coverage->gender_members.n_unknown +
                          coverage->gender_deputies.n_female + coverage->gender_deputies.n_male +
                          coverage->gender_deputies.n_other +
                          coverage->gender_deputies.n_unknown > 0);

  add_member_links (self, self->terms_group, "ended", coverage->ended, "error", ended_detail);
  add_member_links (self, self->terms_group, "ending", coverage->ending, "warning",
                    ending_detail);
  if (coverage->ended->len == 0 && coverage->ending->len == 0)
    add_row (self, self->terms_group,
             fact_row (_("No term ends within 90 days"), NULL, "success"));

  add_member_links (self, self->deputies_group, "without-deputy", coverage->without_deputy,
                    "warning", role_detail);
  if (coverage->without_deputy->len == 0)
    add_row (self, self->deputies_group,
             fact_row (_("Every member has a deputy"), NULL, "success"));

  for (guint i = 0; i < coverage->seats->len; i++)
    {
      CoverageSeats *seats = g_ptr_array_index (coverage->seats, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *members = NULL;
      g_autofree char *deputies = NULL;

      if (seats->organisation != NULL)
        title = g_strdup (mv_organisation_get_name (seats->organisation));
      else
        title = g_strdup (_("No organisation"));

      members = g_strdup_printf (ngettext ("%u member", "%u members", seats->n_members),
                                 seats->n_members);
      deputies = g_strdup_printf (ngettext ("%u deputy", "%u deputies", seats->n_deputies),
                                  seats->n_deputies);
      subtitle = g_strdup_printf ("%s, %s", members, deputies);
      add_row (self, self->seats_group, fact_row (title, subtitle, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->seats_group), coverage->seats->len > 0);

  n_warnings = coverage->uncovered->len + (coverage->youth_seat_empty ? 1 : 0) +
               (coverage->gender_members.status == BALANCE_NOT_MET ? 1 : 0) +
               (coverage->gender_deputies.status == BALANCE_NOT_MET ? 1 : 0) +
               coverage->ending->len + coverage->ended->len + coverage->without_deputy->len;
  if (n_warnings == 0)
    summary = g_strdup (_("Nothing is missing"));
  else
    summary = g_strdup_printf (ngettext ("%u thing needs attention",
                                         "%u things need attention", n_warnings),
                               n_warnings);
  gtk_label_set_text (self->summary_label, summary);
}

static gboolean
update_idle (gpointer user_data)
{
  MvCoveragePanel *self = user_data;

  self->update_id = 0;
  clear_rows (self);

  if (self->store != NULL && self->council != NULL)
    {
      g_autoptr(Coverage) coverage = coverage_compute (self->store, self->council);

      show_coverage (self, coverage);
    }
  else
    gtk_label_set_text (self->summary_label, "");

  return G_SOURCE_REMOVE;
}

static void
queue_update (MvCoveragePanel *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_idle, self, NULL);
}

static void
member_notify_cb (MvCoveragePanel *self)
{
  queue_update (self);
}

static void
unwatch_members (MvCoveragePanel *self)
{
  for (guint i = 0; i < self->watched_members->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_members, i),
                                          member_notify_cb, self);
  g_ptr_array_set_size (self->watched_members, 0);
}

/* A member's edit changes the record in place: no list changes then. */
static void
watch_members (MvCoveragePanel *self)
{
  GListModel *members;

  unwatch_members (self);
  if (self->store == NULL)
    return;

  members = mv_store_get_model (self->store, MV_TYPE_MEMBER);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (members, i);

      g_signal_connect_swapped (member, "notify", G_CALLBACK (member_notify_cb), self);
      g_ptr_array_add (self->watched_members, g_steal_pointer (&member));
    }
}

static void
model_changed_cb (MvCoveragePanel *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  if (self->store != NULL && model == mv_store_get_model (self->store, MV_TYPE_MEMBER))
    watch_members (self);
  queue_update (self);
}

static void
unwatch_store (MvCoveragePanel *self)
{
  for (guint i = 0; i < self->watched_models->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_models, i),
                                          model_changed_cb, self);
  g_ptr_array_set_size (self->watched_models, 0);
  unwatch_members (self);
}

static void
watch_store (MvCoveragePanel *self)
{
  GType types[] = { MV_TYPE_MEMBER, MV_TYPE_MEMBER_USER_GROUP, MV_TYPE_USER_GROUP,
                    MV_TYPE_ORGANISATION, MV_TYPE_COUNCIL };

  unwatch_store (self);
  if (self->store == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GListModel *model = mv_store_get_model (self->store, types[i]);

      g_signal_connect_object (model, "items-changed", G_CALLBACK (model_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched_models, g_object_ref (model));
    }
  watch_members (self);
}

static void
council_notify_cb (MvCoveragePanel *self)
{
  queue_update (self);
}

static void
mv_coverage_panel_dispose (GObject *object)
{
  MvCoveragePanel *self = MV_COVERAGE_PANEL (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->watched_models != NULL)
    unwatch_store (self);
  if (self->council != NULL)
    g_signal_handlers_disconnect_by_func (self->council, council_notify_cb, self);
  g_clear_object (&self->council);
  g_clear_object (&self->store);
  g_clear_pointer (&self->watched_models, g_ptr_array_unref);
  g_clear_pointer (&self->watched_members, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->group_rows, g_hash_table_unref);
  g_clear_pointer (&self->member_links, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_COVERAGE_PANEL);

  G_OBJECT_CLASS (mv_coverage_panel_parent_class)->dispose (object);
}

static void
mv_coverage_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MvCoveragePanel *self = MV_COVERAGE_PANEL (object);

  switch (prop_id)
    {
    case PROP_COUNCIL:
      g_value_set_object (value, self->council);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_coverage_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MvCoveragePanel *self = MV_COVERAGE_PANEL (object);

  switch (prop_id)
    {
    case PROP_COUNCIL:
      mv_coverage_panel_set_council (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      mv_coverage_panel_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_coverage_panel_class_init (MvCoveragePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_coverage_panel_dispose;
  object_class->get_property = mv_coverage_panel_get_property;
  object_class->set_property = mv_coverage_panel_set_property;

  properties[PROP_COUNCIL] =
    g_param_spec_object ("council", NULL, NULL, MV_TYPE_COUNCIL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MvCoveragePanel::member-activated:
   *
   * The user followed the link of a member, to see or edit them.
   */
  signals[SIGNAL_MEMBER_ACTIVATED] =
    g_signal_new ("member-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MV_TYPE_MEMBER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-coverage-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, deputies_group);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, gender_group);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, groups_group);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, seats_group);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, terms_group);
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, youth_group);
}

static void
mv_coverage_panel_init (MvCoveragePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched_models = g_ptr_array_new_with_free_func (g_object_unref);
  self->watched_members = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();
  self->group_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->member_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

MvStore *
mv_coverage_panel_get_store (MvCoveragePanel *self)
{
  g_return_val_if_fail (MV_IS_COVERAGE_PANEL (self), NULL);

  return self->store;
}

void
mv_coverage_panel_set_store (MvCoveragePanel *self,
                             MvStore         *store)
{
  g_return_if_fail (MV_IS_COVERAGE_PANEL (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  watch_store (self);
  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

MvCouncil *
mv_coverage_panel_get_council (MvCoveragePanel *self)
{
  g_return_val_if_fail (MV_IS_COVERAGE_PANEL (self), NULL);

  return self->council;
}

void
mv_coverage_panel_set_council (MvCoveragePanel *self,
                               MvCouncil       *council)
{
  g_return_if_fail (MV_IS_COVERAGE_PANEL (self));
  g_return_if_fail (council == NULL || MV_IS_COUNCIL (council));

  if (self->council == council)
    return;

  if (self->council != NULL)
    g_signal_handlers_disconnect_by_func (self->council, council_notify_cb, self);
  g_set_object (&self->council, council);
  if (self->council != NULL)
    g_signal_connect_swapped (self->council, "notify", G_CALLBACK (council_notify_cb), self);

  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNCIL]);
}

GtkWidget *
mv_coverage_panel_get_user_group_row (MvCoveragePanel *self,
                                      const char      *name)
{
  return g_hash_table_lookup (self->group_rows, name);
}

GtkWidget *
mv_coverage_panel_get_member_link (MvCoveragePanel *self,
                                   const char      *section,
                                   const char      *member_name)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", section, member_name);

  return g_hash_table_lookup (self->member_links, key);
}

const char *
mv_coverage_panel_get_summary (MvCoveragePanel *self)
{
  return gtk_label_get_text (self->summary_label);
}
