/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-coverage-panel.h"
#include "mv-coverage.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-record-watch.h"
#include "mv-user-group.h"

struct _MvCoveragePanel
{
  GtkWidget             parent_instance;

  MvContext            *context;
  /* The context's, as last seen. */
  MvStore              *store;
  MvCouncil            *council;
  MvRecordWatch        *watch;
  GPtrArray            *rows;          /* (group, row) pairs shown now */
  GHashTable           *group_rows;    /* user group name → row */
  GHashTable           *member_links;  /* "section/name" → button */
  gboolean              covered_expanded;  /* kept across updates */

  /* Template widgets */
  AdwPreferencesGroup  *deputies_group;
  GtkWidget            *edit_groups_button;
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
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SIGNAL_MEMBER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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
  g_autofree char *date = mv_date_format_user (mv_member_get_term_end (member),
                                                MV_DATE_STYLE_SHORT);

  /* Translators: %s is a date, e.g. "17 Mar 2027". */
  return g_strdup_printf (_("Term ends %s"), date);
}

static char *
ended_detail (MvMember *member)
{
  g_autofree char *date = mv_date_format_user (mv_member_get_term_end (member),
                                                MV_DATE_STYLE_SHORT);

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
                 MvGenderBalance *balance)
{
  g_autofree char *counts = NULL;
  const char *verdict;
  const char *style = NULL;
  guint total = balance->n_female + balance->n_male + balance->n_other + balance->n_unknown;

  if (total == 0)
    return;

  if (balance->status == MV_GENDER_BALANCE_UNKNOWN)
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
    case MV_GENDER_BALANCE_MET:
      verdict = _("Meets the 40 % rule");
      style = "success";
      break;
    case MV_GENDER_BALANCE_NOT_MET:
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

/* A council with no members or deputies yet: nothing is missing so much
 * as everything is still to come, and ten warnings greet a new secretary
 * with an alarm. */
static gboolean
council_is_empty (MvCoverage *coverage)
{
  const MvGenderBalance *m = &coverage->gender_members;
  const MvGenderBalance *d = &coverage->gender_deputies;

  return m->n_female + m->n_male + m->n_other + m->n_unknown +
         d->n_female + d->n_male + d->n_other + d->n_unknown == 0;
}

static void
show_coverage (MvCoveragePanel *self,
               MvCoverage      *coverage)
{
  g_autofree char *summary = NULL;
  gboolean empty = council_is_empty (coverage);
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
        MvCoverageGroup *group = g_ptr_array_index (coverage->groups, i);
        GtkWidget *row;

        if (group->members->len > 0)
          continue;

        row = empty ? fact_row (mv_user_group_get_name (group->group), NULL, NULL)
                    : fact_row (mv_user_group_get_name (group->group),
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
        MvCoverageGroup *group = g_ptr_array_index (coverage->groups, i);
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
      MvCoverageSeats *seats = g_ptr_array_index (coverage->seats, i);
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

  /* A new file starts with NAV's usual groups, made for the secretary
   * rather than by them: until the council has members, say so where the
   * groups are shown, with the way to change them. */
  adw_preferences_group_set_description (self->groups_group,
                                         empty ? _("These are NAV’s usual user groups – edit "
                                                   "them to suit the council.")
                                               : NULL);
  gtk_widget_set_visible (self->edit_groups_button, empty);

  n_warnings = mv_coverage_count_warnings (coverage);
  if (empty)
    summary = g_strdup (_("No members yet. Add the members, or import a list from the member "
                          "list’s menu."));
  else if (n_warnings == 0)
    summary = g_strdup (_("Nothing is missing"));
  else
    summary = g_strdup_printf (ngettext ("%u thing needs attention",
                                         "%u things need attention", n_warnings),
                               n_warnings);
  gtk_label_set_text (self->summary_label, summary);
}

static void
update (gpointer user_data)
{
  MvCoveragePanel *self = user_data;

  clear_rows (self);

  if (self->store != NULL && self->council != NULL)
    {
      g_autoptr(MvCoverage) coverage = mv_coverage_compute (self->store, self->council, NULL);

      show_coverage (self, coverage);
    }
  else
    {
      gtk_label_set_text (self->summary_label, "");
      adw_preferences_group_set_description (self->groups_group, NULL);
      gtk_widget_set_visible (self->edit_groups_button, FALSE);
    }
}

static void
queue_update (MvCoveragePanel *self)
{
  mv_record_watch_queue (self->watch);
}

/* An edit changes the record in place: a member's term or role, a group's
 * or an organisation's name. No list changes then. */
static void
watch_store (MvCoveragePanel *self)
{
  mv_record_watch_clear (self->watch);
  if (self->store == NULL)
    return;

  mv_record_watch_add (self->watch, mv_store_get_model (self->store, MV_TYPE_MEMBER), TRUE);
  mv_record_watch_add (self->watch, mv_store_get_model (self->store, MV_TYPE_MEMBER_USER_GROUP),
                       FALSE);
  mv_record_watch_add (self->watch, mv_store_get_model (self->store, MV_TYPE_USER_GROUP), TRUE);
  mv_record_watch_add (self->watch, mv_store_get_model (self->store, MV_TYPE_ORGANISATION), TRUE);
  mv_record_watch_add (self->watch, mv_store_get_model (self->store, MV_TYPE_COUNCIL), FALSE);
}

static void
council_notify_cb (MvCoveragePanel *self)
{
  queue_update (self);
}

static void
set_store (MvCoveragePanel *self,
           MvStore         *store)
{
  if (!g_set_object (&self->store, store))
    return;

  watch_store (self);
  queue_update (self);
}

static void
set_council (MvCoveragePanel *self,
             MvCouncil       *council)
{
  if (self->council == council)
    return;

  if (self->council != NULL)
    g_signal_handlers_disconnect_by_func (self->council, council_notify_cb, self);
  g_set_object (&self->council, council);
  if (self->council != NULL)
    g_signal_connect_swapped (self->council, "notify", G_CALLBACK (council_notify_cb), self);

  queue_update (self);
}

static void
context_notify_cb (MvCoveragePanel *self)
{
  set_council (self, NULL);
  set_store (self, self->context ? mv_context_get_store (self->context) : NULL);
  set_council (self, self->context ? mv_context_get_council (self->context) : NULL);
}

static void
mv_coverage_panel_dispose (GObject *object)
{
  MvCoveragePanel *self = MV_COVERAGE_PANEL (object);

  g_clear_pointer (&self->watch, mv_record_watch_free);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, context_notify_cb, self);
  if (self->council != NULL)
    g_signal_handlers_disconnect_by_func (self->council, council_notify_cb, self);
  g_clear_object (&self->context);
  g_clear_object (&self->council);
  g_clear_object (&self->store);
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
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
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
    case PROP_CONTEXT:
      mv_coverage_panel_set_context (self, g_value_get_object (value));
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

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MV_TYPE_CONTEXT,
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
  gtk_widget_class_bind_template_child (widget_class, MvCoveragePanel, edit_groups_button);
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
  mv_widget_plain_mnemonics (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_groups_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit the user groups"), -1);

  self->watch = mv_record_watch_new (update, self);
  self->rows = g_ptr_array_new ();
  self->group_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->member_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

MvContext *
mv_coverage_panel_get_context (MvCoveragePanel *self)
{
  g_return_val_if_fail (MV_IS_COVERAGE_PANEL (self), NULL);

  return self->context;
}

/* Shows the coverage of @context's council, and follows it. */
void
mv_coverage_panel_set_context (MvCoveragePanel *self,
                               MvContext       *context)
{
  g_return_if_fail (MV_IS_COVERAGE_PANEL (self));
  g_return_if_fail (context == NULL || MV_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, context_notify_cb, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    {
      g_signal_connect_swapped (context, "notify::store", G_CALLBACK (context_notify_cb), self);
      g_signal_connect_swapped (context, "notify::council", G_CALLBACK (context_notify_cb), self);
    }
  context_notify_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
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

const char *
mv_coverage_panel_get_user_groups_note (MvCoveragePanel *self)
{
  if (!gtk_widget_get_visible (self->edit_groups_button))
    return NULL;
  return adw_preferences_group_get_description (self->groups_group);
}
