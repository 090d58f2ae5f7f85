/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-members.h"
#include "mv-members-page-private.h"
#include "mv-organisation.h"
#include "mv-organisations-dialog.h"
#include "mv-user-groups-dialog.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-registers.h"
#include "mv-sample.h"
#include "mv-user-group.h"
#include "mv-window-private.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The members view as the secretariat uses it: the form and what it
 * refuses, adding, removing with Undo, the filters and the coverage panel.
 * Runs with a display (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  MvTestStore    ts;
  MvWindow      *window;
  MvMembersPage *page;
} Fixture;

/* As Enter or Space on @button does; then the work its click queued. */
static void
activate_button (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  mv_test_activate_button (button);
  mv_test_run_pending ();
}

/* Whether the coverage panel marks user group @name as without a voice. */
static gboolean
group_warned (MvCoveragePanel *panel,
              const char      *name)
{
  GtkWidget *row = mv_coverage_panel_get_user_group_row (panel, name);

  return row != NULL && gtk_widget_has_css_class (row, "warning");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_SAMPLE);

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  /* Wide enough for the sidebar beside the widest section (940 px, the
   * sections' stack is homogeneous): at 1100 px the window folds to the
   * sidebar once it has settled, and the coverage panel is not shown. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();

  fixture->page = MV_MEMBERS_PAGE (mv_window_get_section_page (fixture->window, "members"));
  g_assert_cmpstr (mv_window_get_section (fixture->window), ==, "members");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&fixture->ts);
}

static GListModel *
rows_of (Fixture *fixture)
{
  GtkColumnView *view = mv_section_page_get_column_view (MV_SECTION_PAGE (fixture->page));

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static MvMember *
find_row (Fixture    *fixture,
          const char *name)
{
  GListModel *rows = rows_of (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (rows, i);

      if (g_strcmp0 (mv_member_get_name (member), name) == 0)
        return member;
    }

  return NULL;
}

static MvMember *
find_member (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GPtrArray) members = mv_store_list_members (fixture->ts.store,
                                                        mv_window_get_council (fixture->window),
                                                        TRUE);

  for (guint i = 0; i < members->len; i++)
    if (g_strcmp0 (mv_member_get_name (g_ptr_array_index (members, i)), name) == 0)
      return g_ptr_array_index (members, i);

  return NULL;
}

static guint
count_members (Fixture *fixture,
               gboolean all)
{
  g_autoptr(GPtrArray) members = mv_store_list_members (fixture->ts.store,
                                                        mv_window_get_council (fixture->window),
                                                        all);

  return members->len;
}

static gboolean
has_user_group (Fixture    *fixture,
                MvMember   *member,
                const char *group_name)
{
  GListModel *links = mv_store_get_model (fixture->ts.store, MV_TYPE_MEMBER_USER_GROUP);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);
      MvUserGroup *group;

      if (g_strcmp0 (mv_member_user_group_get_member_id (link),
                     mv_record_get_id (MV_RECORD (member))) != 0)
        continue;
      group = mv_store_lookup (fixture->ts.store, MV_TYPE_USER_GROUP,
                               mv_member_user_group_get_user_group_id (link));
      if (group != NULL && g_strcmp0 (mv_user_group_get_name (group), group_name) == 0)
        return TRUE;
    }

  return FALSE;
}

static MvMemberDialog *
open_new_member_form (Fixture *fixture)
{
  MvMemberDialog *dialog;

  /* The "+" button in the header and Ctrl+N go through this action. */
  g_assert_true (gtk_widget_is_sensitive (mv_window_get_add_member_button (fixture->window)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "members.add", NULL);
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);

  dialog = mv_members_page_get_dialog (fixture->page);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  return dialog;
}

static void
set_text (MvMemberDialog *dialog,
          const char     *field,
          const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (mv_member_dialog_get_field (dialog, field)), text);
}

static const char *
get_text (MvMemberDialog *dialog,
          const char     *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (mv_member_dialog_get_field (dialog, field)));
}

static gboolean
field_has_error (MvMemberDialog *dialog,
                 const char     *field)
{
  return gtk_widget_has_css_class (mv_member_dialog_get_field (dialog, field), "error");
}

/* As a click on Save, or Ctrl+Enter, does. */
static void
press_save (MvMemberDialog *dialog)
{
  activate_button (mv_member_dialog_get_field (dialog, "save"));
}

static void
test_form_validation (Fixture       *fixture,
                      gconstpointer  data)
{
  MvMemberDialog *dialog = open_new_member_form (fixture);
  guint n_before = count_members (fixture, TRUE);
  GtkWidget *error_label;
  GtkWidget *check;
  MvMember *member;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Everything but a name, with a bad address and a term that ends first. */
  set_text (dialog, "email", "amina.yusuf@");
  set_text (dialog, "phone", "+47 900 11 222");
  set_text (dialog, "term-start", "01.02.2026");
  set_text (dialog, "term-end", "2026-01-31");
  check = mv_member_dialog_get_user_group (dialog, "Innvandrere");
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_switch_set_active (GTK_SWITCH (mv_member_dialog_get_field (dialog, "young")), TRUE);

  press_save (dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (count_members (fixture, TRUE), ==, n_before);
  g_assert_true (field_has_error (dialog, "name"));
  g_assert_true (field_has_error (dialog, "email"));
  g_assert_true (field_has_error (dialog, "term-end"));
  g_assert_false (field_has_error (dialog, "term-start"));
  g_assert_false (field_has_error (dialog, "phone"));
  gtk_test_accessible_assert_state (mv_member_dialog_get_field (dialog, "name"),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);

  /* The reasons are said under the groups. */
  error_label = mv_member_dialog_get_error (dialog, "name");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "name"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "amina.yusuf@"));
  error_label = mv_member_dialog_get_error (dialog, "term-end");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "ends before"));

  /* A name clears its own mark; the others stay, and Save is refused again. */
  set_text (dialog, "name", "Amina Yusuf");
  g_assert_false (field_has_error (dialog, "name"));
  g_assert_true (field_has_error (dialog, "email"));
  press_save (dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (count_members (fixture, TRUE), ==, n_before);
  g_assert_true (field_has_error (dialog, "email"));
  g_assert_true (field_has_error (dialog, "term-end"));

  /* A date that is no day is refused too. */
  set_text (dialog, "term-end", "31.02.2029");
  press_save (dialog);
  g_assert_nonnull (dialog);
  g_assert_true (field_has_error (dialog, "term-end"));

  /* Nothing typed was lost on the way. */
  g_assert_cmpstr (get_text (dialog, "name"), ==, "Amina Yusuf");
  g_assert_cmpstr (get_text (dialog, "phone"), ==, "+47 900 11 222");
  g_assert_cmpstr (get_text (dialog, "term-start"), ==, "01.02.2026");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (mv_member_dialog_get_field (dialog,
                                                                                 "young"))));

  set_text (dialog, "email", "amina.yusuf@example.no");
  set_text (dialog, "term-end", "31.01.2029");
  press_save (dialog);
  g_assert_null (dialog);

  g_assert_cmpuint (count_members (fixture, TRUE), ==, n_before + 1);
  member = find_member (fixture, "Amina Yusuf");
  g_assert_nonnull (member);
  g_assert_cmpstr (mv_member_get_email (member), ==, "amina.yusuf@example.no");
  g_assert_cmpstr (mv_member_get_phone (member), ==, "+47 900 11 222");
  g_assert_cmpstr (mv_member_get_term_start (member), ==, "2026-02-01");
  g_assert_cmpstr (mv_member_get_term_end (member), ==, "2029-01-31");
  g_assert_cmpint (mv_member_get_role (member), ==, MV_MEMBER_ROLE_MEMBER);
  g_assert_true (mv_member_get_young (member));
  g_assert_true (has_user_group (fixture, member, "Innvandrere"));
}

/* "Show in papers": e-mail only for a new member, saved as chosen and
 * shown again when the member is edited. */
static void
test_contact_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  MvMemberDialog *dialog = open_new_member_form (fixture);
  AdwComboRow *shown = ADW_COMBO_ROW (mv_member_dialog_get_field (dialog, "contact-shown"));
  GListModel *labels = adw_combo_row_get_model (shown);
  MvMember *member;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (shown)), ==,
                   "Show in Papers");
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==, "E-mail only");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 3), ==, "Neither");
  g_assert_cmpuint (adw_combo_row_get_selected (shown), ==, MV_CONTACT_SHOWN_EMAIL);

  set_text (dialog, "name", "Amina Yusuf");
  set_text (dialog, "email", "amina.yusuf@example.no");
  set_text (dialog, "phone", "+47 900 11 222");
  adw_combo_row_set_selected (shown, MV_CONTACT_SHOWN_EMAIL_PHONE);
  press_save (dialog);
  mv_test_wait_finalized (&dialog);
  g_assert_null (dialog);

  member = find_member (fixture, "Amina Yusuf");
  g_assert_nonnull (member);
  g_assert_cmpint (mv_member_get_contact_shown (member), ==, MV_CONTACT_SHOWN_EMAIL_PHONE);

  mv_members_page_edit_member (fixture->page, member);
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
  dialog = mv_members_page_get_dialog (fixture->page);
  shown = ADW_COMBO_ROW (mv_member_dialog_get_field (dialog, "contact-shown"));
  g_assert_cmpuint (adw_combo_row_get_selected (shown), ==, MV_CONTACT_SHOWN_EMAIL_PHONE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A field that was typed in is checked when the focus leaves it, as Save
 * would check it; one only passed through is not marked. */
static void
test_field_checked_on_leave (Fixture       *fixture,
                             gconstpointer  data)
{
  MvMemberDialog *dialog = open_new_member_form (fixture);
  GtkWidget *name = mv_member_dialog_get_field (dialog, "name");
  GtkWidget *email = mv_member_dialog_get_field (dialog, "email");
  GtkWidget *phone = mv_member_dialog_get_field (dialog, "phone");

  gtk_widget_grab_focus (name);
  gtk_widget_grab_focus (email);
  mv_test_run_pending ();
  g_assert_false (field_has_error (dialog, "name"));

  set_text (dialog, "email", "amina.yusuf@");
  gtk_widget_grab_focus (phone);
  mv_test_wait_for (field_has_error (dialog, "email"));
  g_assert_true (gtk_widget_is_visible (mv_member_dialog_get_error (dialog, "email")));
  gtk_test_accessible_assert_state (email, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  /* The focus stays where the user sent it. */
  g_assert_true (gtk_widget_is_focus (phone) || gtk_widget_is_ancestor (gtk_root_get_focus (
                   gtk_widget_get_root (phone)), phone));
  g_assert_false (field_has_error (dialog, "name"));

  gtk_widget_grab_focus (email);
  set_text (dialog, "email", "amina.yusuf@example.no");
  gtk_widget_grab_focus (phone);
  mv_test_run_pending ();
  g_assert_false (field_has_error (dialog, "email"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A new council without members is told what comes first, not greeted
 * with a warning per user group. */
static void
test_empty_council (Fixture       *fixture,
                    gconstpointer  data)
{
  MvCoveragePanel *panel = mv_members_page_get_coverage_panel (fixture->page);
  MvCouncil *sample = mv_section_page_get_council (MV_SECTION_PAGE (fixture->page));
  MvCouncil *fresh = mv_test_store_add_council (&fixture->ts, "Brukerutvalget NAV Nyby",
                                                "NAV Nyby");

  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  GtkWindow *dialog;

  g_assert_true (group_warned (panel, "Innvandrere"));
  g_assert_null (mv_coverage_panel_get_user_groups_note (panel));
  mv_window_set_council (fixture->window, fresh);
  mv_test_wait_for (g_str_has_prefix (mv_coverage_panel_get_summary (panel), "No members yet"));
  g_assert_cmpstr (mv_coverage_panel_get_summary (panel), ==,
                   "No members yet. Add the members, or import a list from the member "
                   "list’s menu.");
  g_assert_nonnull (mv_coverage_panel_get_user_group_row (panel, "Innvandrere"));
  g_assert_false (group_warned (panel, "Innvandrere"));

  /* Where the ready-made groups are shown, what they are, and the way to
   * change them. */
  g_assert_cmpstr (mv_coverage_panel_get_user_groups_note (panel), ==,
                   "These are NAV’s usual user groups – edit them to suit the council.");
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (panel),
                                        "These are NAV’s usual user groups – edit them to "
                                        "suit the council."));
  button = mv_test_find_button (GTK_WIDGET (panel), "_Edit…");
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Edit the user groups");
  activate_button (button);
  dialog = GTK_WINDOW (mv_test_wait_toplevel (MV_TYPE_USER_GROUPS_DIALOG));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  mv_test_wait_no_toplevel (MV_TYPE_USER_GROUPS_DIALOG);

  /* The first member: the council is under way, the note is gone. */
  edit->name = g_strdup ("Nora Ny");
  edit->role = MV_MEMBER_ROLE_MEMBER;
  g_assert_nonnull (mv_members_save (fixture->ts.store, fresh, NULL, edit, NULL, &error));
  g_assert_no_error (error);
  mv_test_wait_for (mv_coverage_panel_get_user_groups_note (panel) == NULL);
  g_assert_false (g_str_has_prefix (mv_coverage_panel_get_summary (panel), "No members yet"));
  g_assert_null (mv_test_find_button (GTK_WIDGET (panel), "_Edit…"));
  g_assert_true (group_warned (panel, "Innvandrere"));

  mv_window_set_council (fixture->window, sample);
  mv_test_wait_for (group_warned (panel, "Innvandrere"));
  g_assert_null (mv_coverage_panel_get_user_groups_note (panel));
}

/* The user groups dialog of a new file says where its groups come from,
 * until the file has members. */
static void
test_user_groups_first_run (void)
{
  static const char note[] =
    "These are NAV’s usual user groups, ready-made for a new council – edit them to suit "
    "the council: rename, remove or add groups. Press Enter or the check mark to save a name.";
  MvTestStore ts;
  g_autoptr(MvMemberEdit) edit = mv_member_edit_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  mv_test_store_set_up (&ts, MV_TEST_STORE_COUNCIL);

  dialog = mv_user_groups_dialog_new (NULL, ts.store);
  gtk_window_present (GTK_WINDOW (dialog));
  mv_test_wait_for (gtk_widget_get_mapped (dialog));
  g_assert_nonnull (mv_test_find_label (dialog, note));
  gtk_window_destroy (GTK_WINDOW (dialog));

  edit->name = g_strdup ("Nora Ny");
  edit->role = MV_MEMBER_ROLE_MEMBER;
  g_assert_nonnull (mv_members_save (ts.store, ts.council, NULL, edit, NULL, &error));
  g_assert_no_error (error);

  dialog = mv_user_groups_dialog_new (NULL, ts.store);
  gtk_window_present (GTK_WINDOW (dialog));
  mv_test_wait_for (gtk_widget_get_mapped (dialog));
  g_assert_null (mv_test_find_label (dialog, note));
  g_assert_nonnull (mv_test_find_label (dialog, "The NAV user groups the council should "
                                                "represent. Rename a group and press Enter or "
                                                "the check mark to save it."));
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_run_pending ();

  mv_test_store_tear_down (&ts);
}

/* The first organisation's row of the register, opened as a click would. */
static GtkWidget *
expand_first (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
      return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = expand_first (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* In the register of organisations, Remove takes one without members
 * away, with Undo (Ctrl+Z too), and says why one with members stays. */
static void
test_remove_organisation (Fixture       *fixture,
                          gconstpointer  data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (fixture->page));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (fixture->page));
  g_autoptr(GError) error = NULL;
  MvOrganisationFields fields;
  MvOrganisation *empty;
  GtkWidget *dialog;
  GtkWidget *remove;
  AdwMessageDialog *refusal;
  g_autofree char *id = NULL;

  mv_organisation_fields_init (&fields, NULL);
  fields.name = "Aaa tom forening";
  empty = mv_organisations_add (store, &fields, NULL, &error);
  g_assert_no_error (error);
  id = g_strdup (mv_record_get_id (MV_RECORD (empty)));

  dialog = mv_organisations_dialog_new (GTK_WINDOW (fixture->window), store, council);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The register is by name: the empty one first. */
  g_assert_nonnull (expand_first (dialog));
  mv_test_wait_for (mv_test_find_button (dialog, "_Remove") != NULL);
  remove = mv_test_find_button (dialog, "_Remove");
  gtk_test_accessible_assert_property (remove, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove Aaa tom forening");
  mv_test_activate_button (remove);
  mv_test_wait_for (mv_store_lookup (store, MV_TYPE_ORGANISATION, id) == NULL);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (fixture->window),
                                        "“Aaa tom forening” removed"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  mv_test_wait_for (mv_store_lookup (store, MV_TYPE_ORGANISATION, id) != NULL);
  g_assert_nonnull (mv_store_lookup (store, MV_TYPE_ORGANISATION, id));

  /* Without it, the first has members: refused, in a dialog that says so. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (mv_organisations_delete (store, mv_store_lookup (store, MV_TYPE_ORGANISATION, id),
                                          NULL, &error));
  dialog = mv_organisations_dialog_new (GTK_WINDOW (fixture->window), store, council);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (expand_first (dialog));
  mv_test_wait_for (mv_test_find_button (dialog, "_Remove") != NULL);
  remove = mv_test_find_button (dialog, "_Remove");
  mv_test_activate_button (remove);
  refusal = ADW_MESSAGE_DIALOG (mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (refusal), ==,
                   "Could Not Remove the Organisation");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), "cannot be removed"));
  gtk_window_destroy (GTK_WINDOW (refusal));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_add_member (Fixture       *fixture,
                 gconstpointer  data)
{
  MvCoveragePanel *panel = mv_members_page_get_coverage_panel (fixture->page);
  GtkColumnView *view = mv_section_page_get_column_view (MV_SECTION_PAGE (fixture->page));
  guint n_rows = g_list_model_get_n_items (rows_of (fixture));
  MvMemberDialog *dialog;
  GtkWidget *row;
  MvMember *member;
  MvMember *principal;
  AdwComboRow *organisation_row;
  GListModel *organisations;
  AdwFlap *flap;
  guint position = GTK_INVALID_LIST_POSITION;

  /* The sample leaves one group without a voice. */
  mv_test_wait_mapped (panel);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  row = mv_coverage_panel_get_user_group_row (panel, "Innvandrere");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "warning"));
  g_assert_nonnull (mv_coverage_panel_get_member_link (panel, "without-deputy", "Mona Strand"));

  dialog = open_new_member_form (fixture);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  set_text (dialog, "name", "Amina Yusuf");
  set_text (dialog, "email", "amina.yusuf@example.no");
  set_text (dialog, "term-start", "2026-01-01");
  set_text (dialog, "term-end", "31.12.2029");
  adw_combo_row_set_selected (ADW_COMBO_ROW (mv_member_dialog_get_field (dialog, "role")),
                              MV_MEMBER_ROLE_DEPUTY);

  /* Deputy for Mona Strand, who has none. */
  principal = find_member (fixture, "Mona Strand");
  {
    AdwComboRow *deputy_row = ADW_COMBO_ROW (mv_member_dialog_get_field (dialog, "deputy-for"));
    GListModel *names = adw_combo_row_get_model (deputy_row);

    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      {
        g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i);

        if (g_str_equal (gtk_string_object_get_string (name), "Mona Strand"))
          position = i;
      }
    g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
    adw_combo_row_set_selected (deputy_row, position);
  }

  /* A new organisation, made in the form. */
  organisation_row = ADW_COMBO_ROW (mv_member_dialog_get_field (dialog, "organisation"));
  organisations = adw_combo_row_get_model (organisation_row);
  g_assert_false (gtk_widget_get_visible (mv_member_dialog_get_field (dialog, "new-organisation")));
  adw_combo_row_set_selected (organisation_row, g_list_model_get_n_items (organisations) - 1);
  g_assert_true (gtk_widget_get_visible (mv_member_dialog_get_field (dialog, "new-organisation")));
  set_text (dialog, "new-organisation", "Innvandrernes Landsorganisasjon");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (mv_member_dialog_get_user_group (dialog,
                                                                                  "Innvandrere")),
                               TRUE);

  /* A course in the training log. */
  set_text (dialog, "course", "Brukermedvirkning i NAV");
  set_text (dialog, "course-date", "15.03.2026");
  activate_button (mv_member_dialog_get_field (dialog, "add-course"));
  g_assert_cmpuint (mv_member_dialog_get_n_courses (dialog), ==, 1);
  g_assert_cmpstr (get_text (dialog, "course"), ==, "");

  /* Enter in the name field saves, as the default button does. */
  gtk_widget_activate_default (mv_member_dialog_get_field (dialog, "name"));
  mv_test_wait_finalized (&dialog);
  g_assert_null (dialog);

  member = find_member (fixture, "Amina Yusuf");
  g_assert_nonnull (member);
  g_assert_cmpstr (mv_member_get_deputy_for (member), ==,
                   mv_record_get_id (MV_RECORD (principal)));
  g_assert_nonnull (mv_store_lookup (fixture->ts.store, MV_TYPE_ORGANISATION,
                                     mv_member_get_organisation_id (member)));

  /* The new row, and the deputy shown on both sides. */
  g_assert_cmpuint (g_list_model_get_n_items (rows_of (fixture)), ==, n_rows + 1);
  g_assert_true (find_row (fixture, "Amina Yusuf") == member);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  mv_test_wait_for (mv_test_find_label (GTK_WIDGET (view), "Amina Yusuf") != NULL &&
                    mv_test_find_label (GTK_WIDGET (view), "for Mona Strand") != NULL);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (view), "Amina Yusuf"));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (view), "for Mona Strand"));

  /* The coverage follows: the group has a voice, Mona Strand a deputy. */
  mv_test_wait_for (!group_warned (panel, "Innvandrere") &&
                    mv_coverage_panel_get_member_link (panel, "without-deputy",
                                                       "Mona Strand") == NULL);
  row = mv_coverage_panel_get_user_group_row (panel, "Innvandrere");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_has_css_class (row, "warning"));
  g_assert_null (mv_coverage_panel_get_member_link (panel, "without-deputy", "Mona Strand"));

  /* F9 hides the panel and shows it again. */
  flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_FLAP));
  g_assert_nonnull (flap);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (view), "members.toggle-coverage", NULL);
  mv_test_wait_for (!adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (view), "members.toggle-coverage", NULL);
  mv_test_wait_for (adw_flap_get_reveal_flap (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
}

/* What a key that @widget's shortcuts know does, as pressing it would. */
static gboolean
press_shortcut (GtkWidget *widget,
                guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 NULL);
        }
    }

  return FALSE;
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkColumnView *view = mv_section_page_get_column_view (MV_SECTION_PAGE (fixture->page));
  GListModel *rows = rows_of (fixture);
  guint n_rows = g_list_model_get_n_items (rows);
  MvMember *member = find_row (fixture, "Siv Andersen");
  MvMemberDialog *dialog;
  AdwToast *toast;

  g_assert_nonnull (member);
  g_object_ref (member);

  /* Delete on the selected row. */
  g_assert_true (mv_members_page_select_member (fixture->page, member));
  g_assert_true (press_shortcut (GTK_WIDGET (view), GDK_KEY_Delete));
  mv_test_wait_n_items (rows, n_rows - 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows - 1);
  g_assert_null (find_row (fixture, "Siv Andersen"));
  g_assert_true (mv_record_is_deleted (MV_RECORD (member)));

  toast = mv_members_page_get_last_toast (fixture->page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Siv Andersen” removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  g_signal_emit_by_name (toast, "button-clicked");
  mv_test_wait_n_items (rows, n_rows);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_assert_true (find_row (fixture, "Siv Andersen") == member);
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));

  /* The form's Remove button does the same. */
  mv_members_page_edit_member (fixture->page, member);
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
  dialog = mv_members_page_get_dialog (fixture->page);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (get_text (dialog, "name"), ==, "Siv Andersen");
  g_assert_true (gtk_widget_get_visible (mv_member_dialog_get_field (dialog, "delete")));
  activate_button (mv_member_dialog_get_field (dialog, "delete"));
  mv_test_wait_finalized (&dialog);
  g_assert_null (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows - 1);
  g_assert_null (find_row (fixture, "Siv Andersen"));

  g_signal_emit_by_name (mv_members_page_get_last_toast (fixture->page), "button-clicked");
  mv_test_wait_for (find_row (fixture, "Siv Andersen") == member);
  g_assert_true (find_row (fixture, "Siv Andersen") == member);

  /* Ctrl+Z (win.undo) undoes the last removal too, from another section,
   * and its toast says so, without its button; once, as the button would. */
  g_assert_true (mv_members_page_select_member (fixture->page, member));
  g_assert_true (press_shortcut (GTK_WIDGET (view), GDK_KEY_Delete));
  mv_test_wait_for (find_row (fixture, "Siv Andersen") == NULL);
  toast = mv_members_page_get_last_toast (fixture->page);
  g_assert_nonnull (toast);
  g_object_ref (toast);
  mv_window_set_section (fixture->window, "items");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  mv_test_wait_for (find_row (fixture, "Siv Andersen") == member);
  g_assert_false (mv_record_is_deleted (MV_RECORD (member)));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Undone: “Siv Andersen” removed");
  g_assert_null (adw_toast_get_button_label (toast));
  g_object_unref (toast);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  mv_test_run_pending ();
  g_assert_true (find_row (fixture, "Siv Andersen") == member);
  mv_window_set_section (fixture->window, "members");

  g_object_unref (member);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *roles = mv_members_page_get_role_dropdown (fixture->page);
  GtkDropDown *status = mv_members_page_get_status_dropdown (fixture->page);
  GtkSearchEntry *search = mv_members_page_get_search_entry (fixture->page);
  GListModel *rows = rows_of (fixture);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  guint n_deputies = 0;
  MvMember *former;
  GtkWidget *focus;

  gtk_test_accessible_assert_property (roles, GTK_ACCESSIBLE_PROPERTY_LABEL, "Show role");
  gtk_test_accessible_assert_property (status, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Show active or former members");
  gtk_test_accessible_assert_property (mv_window_get_add_member_button (fixture->window),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Add member");
  gtk_test_accessible_assert_property (mv_window_get_member_menu_button (fixture->window),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Member list menu");

  members = mv_store_list_members (fixture->ts.store, mv_window_get_council (fixture->window), FALSE);
  for (guint i = 0; i < members->len; i++)
    n_deputies += mv_member_get_role (g_ptr_array_index (members, i)) == MV_MEMBER_ROLE_DEPUTY;
  g_assert_cmpuint (n_deputies, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, members->len);

  /* The roles follow "All Roles" in the enum's order. */
  gtk_drop_down_set_selected (roles, 1 + MV_MEMBER_ROLE_DEPUTY);
  mv_test_wait_n_items (rows, n_deputies);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_deputies);
  gtk_drop_down_set_selected (roles, 1 + MV_MEMBER_ROLE_CHAIR);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  gtk_drop_down_set_selected (roles, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, members->len);

  /* A term that ended makes a former member. */
  former = find_member (fixture, "Ingrid Solberg");
  mv_store_set (fixture->ts.store, former, &error,
                "term-start", "2017-01-18", "term-end", "2020-01-17", NULL);
  g_assert_no_error (error);
  mv_test_wait_n_items (rows, members->len - 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, count_members (fixture, FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, members->len - 1);
  g_assert_null (find_row (fixture, "Ingrid Solberg"));

  gtk_drop_down_set_selected (status, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                    count_members (fixture, TRUE) - count_members (fixture, FALSE));
  g_assert_true (find_row (fixture, "Ingrid Solberg") == former);
  gtk_drop_down_set_selected (status, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, count_members (fixture, TRUE));
  gtk_drop_down_set_selected (status, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, count_members (fixture, FALSE));

  /* The coverage lists the ended term as a link that opens the member. */
  mv_test_wait_for (mv_coverage_panel_get_member_link (mv_members_page_get_coverage_panel (fixture->page),
                                                       "ended", "Ingrid Solberg") != NULL);
  {
    MvCoveragePanel *panel = mv_members_page_get_coverage_panel (fixture->page);
    GtkWidget *link = mv_coverage_panel_get_member_link (panel, "ended", "Ingrid Solberg");
    MvMemberDialog *dialog;

    g_assert_nonnull (link);
    g_assert_true (gtk_widget_has_css_class (link, "link"));
    gtk_test_accessible_assert_property (link, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Open Ingrid Solberg");
    g_signal_emit_by_name (link, "clicked");
    mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
    dialog = mv_members_page_get_dialog (fixture->page);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (get_text (dialog, "name"), ==, "Ingrid Solberg");
    g_assert_cmpstr (get_text (dialog, "term-end"), ==, "17.01.2020");
    gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
    mv_test_wait_for (mv_members_page_get_dialog (fixture->page) == NULL);
    g_assert_null (mv_members_page_get_dialog (fixture->page));
  }

  /* Escape on a changed form asks first; Keep Editing keeps it. */
  mv_members_page_edit_member (fixture->page, find_row (fixture, "Kari Haugen"));
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
  {
    MvMemberDialog *dialog = mv_members_page_get_dialog (fixture->page);
    AdwMessageDialog *question;

    g_assert_nonnull (dialog);
    set_text (dialog, "phone", "+47 400 00 001");
    gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
    mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_true (mv_members_page_get_dialog (fixture->page) == dialog);
    question = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard the Changes?");
    adw_message_dialog_response (question, "keep");
    mv_test_run_pending ();
    g_assert_true (mv_members_page_get_dialog (fixture->page) == dialog);
    g_assert_cmpstr (get_text (dialog, "phone"), ==, "+47 400 00 001");

    gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
    mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    question = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (question);
    adw_message_dialog_response (question, "discard");
    mv_test_wait_for (mv_members_page_get_dialog (fixture->page) == NULL);
    g_assert_null (mv_members_page_get_dialog (fixture->page));
    g_assert_cmpstr (mv_member_get_phone (find_member (fixture, "Kari Haugen")), !=,
                     "+47 400 00 001");
  }

  /* Shift+Ctrl+F (Ctrl+F searches items and documents), then a search by
   * organisation. */
  gtk_drop_down_set_selected (status, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "members.filter", NULL);
  mv_test_wait_for (gtk_widget_has_focus (GTK_WIDGET (search)) ||
                    gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                            GTK_WIDGET (search)));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (search) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (search)));
  gtk_editable_set_text (GTK_EDITABLE (search), "mental helse");
  mv_test_wait_n_items (rows, 2);  /* the entry waits 150 ms before it searches */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_nonnull (find_row (fixture, "Terje Lunde"));
  g_assert_nonnull (find_row (fixture, "Hanne Kristiansen"));
  gtk_editable_set_text (GTK_EDITABLE (search), "KARI");
  mv_test_wait_n_items (rows, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  mv_test_wait_n_items (rows, count_members (fixture, FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, count_members (fixture, FALSE));
}

static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char csv[] =
    "Navn;Organisasjon;Rolle;E-post;Til;Skostørrelse\r\n"
    "Amina Yusuf;Innvandrernes Landsorganisasjon;medlem;amina@example.no;31.12.2029;38\r\n"
    "Kari Haugen;FFO;leder;kari.haugen@ffo.example.no;17.03.2028;39\r\n"
    "Ola Nordmann;RIO;medlem;ola@;;44\r\n"
    "Nina Ny;NAV Eksempelby;;nina@nav.example.no;;\r\n"
    "Tone Tidligere;FFO;medlem;;31.12.2020;\r\n";
  g_autofree char *csv_path = g_build_filename (fixture->ts.dir, "medlemmer.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (fixture->ts.dir, "Medlemmer.xlsx", NULL);
  g_autofree char *out_path = g_build_filename (fixture->ts.dir, "Medlemmer.csv", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rows = rows_of (fixture);
  guint n_rows = g_list_model_get_n_items (rows);
  AdwMessageDialog *report;
  GtkWidget *list;
  AdwToast *toast;

  g_file_set_contents (csv_path, csv, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (csv_path);

  g_assert_true (mv_members_page_import_file (fixture->page, file));
  /* Tone Tidligere's term is over: she is not in the active list. */
  mv_test_wait_for (g_list_model_get_n_items (rows) == n_rows + 2 &&
                    mv_members_page_get_report_dialog (fixture->page) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows + 2);
  g_assert_nonnull (find_row (fixture, "Amina Yusuf"));
  g_assert_nonnull (find_row (fixture, "Nina Ny"));
  g_assert_nonnull (find_member (fixture, "Tone Tidligere"));
  g_assert_null (find_member (fixture, "Ola Nordmann"));

  /* The report: three added, one there already, line 4 refused, the NAV
   * unit's member and the term that is over noted, one new organisation
   * (not the NAV unit), one column left out. */
  report = mv_members_page_get_report_dialog (fixture->page);
  g_assert_nonnull (report);
  g_assert_cmpstr (adw_message_dialog_get_heading (report), ==, "Imported “medlemmer.csv”");
  g_assert_cmpstr (adw_message_dialog_get_body (report), ==,
                   "3 members added, 1 was already there, 1 row was refused.");
  list = adw_message_dialog_get_extra_child (report);
  g_assert_nonnull (list);
  g_assert_nonnull (mv_test_find_label (list, "Line 4"));
  g_assert_nonnull (mv_test_find_label (list, "Line 5"));
  g_assert_nonnull (mv_test_find_label (list,
                                        "Nina Ny – “NAV Eksempelby” is NAV: added as NAV staff"));
  g_assert_nonnull (mv_test_find_label (list, "Line 6"));
  g_assert_nonnull (mv_test_find_label (list, "Tone Tidligere – the term ended 31 Dec 2020"));
  g_assert_nonnull (mv_test_find_label (list, "Innvandrernes Landsorganisasjon"));
  g_assert_nonnull (mv_test_find_label (list, "Skostørrelse"));
  adw_message_dialog_response (report, "close");
  mv_test_run_pending ();

  /* Export to both formats; a toast offers to open the file. */
  g_assert_true (mv_members_page_export_to (fixture->page, xlsx_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx_path, G_FILE_TEST_IS_REGULAR));
  toast = mv_members_page_get_last_toast (fixture->page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Exported “Medlemmer.xlsx”");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");

  g_assert_true (mv_members_page_export_to (fixture->page, out_path, &error));
  g_assert_no_error (error);
  g_file_get_contents (out_path, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (written, "Amina Yusuf"));
  g_assert_nonnull (strstr (written, "Kari Haugen"));
}

/* The first entry row under @widget titled @title (holding @text, if given). */
static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title,
                const char *text)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0 &&
      (text == NULL || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static MvOrganisation *
find_organisation (Fixture    *fixture,
                   const char *name)
{
  GListModel *organisations = mv_store_get_model (fixture->ts.store, MV_TYPE_ORGANISATION);

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(MvOrganisation) organisation = g_list_model_get_item (organisations, i);

      if (g_strcmp0 (mv_organisation_get_name (organisation), name) == 0)
        return organisation;
    }

  return NULL;
}

static void
test_registers (Fixture       *fixture,
                gconstpointer  data)
{
  MvCoveragePanel *panel = mv_members_page_get_coverage_panel (fixture->page);
  MvOrganisation *organisation;
  GtkWindow *dialog;
  GtkWidget *row;

  /* Organisations, from the member list menu. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "members.show-organisations", NULL);
  mv_test_wait_toplevel (MV_TYPE_ORGANISATIONS_DIALOG);
  dialog = mv_test_find_toplevel (MV_TYPE_ORGANISATIONS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (dialog), "Kreftforeningen"));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (dialog), "Ingrid Solberg (Member)"));

  row = find_entry_row (GTK_WIDGET (dialog), "Name of the New Organisation", NULL);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "Innvandrernes Landsorganisasjon");
  g_signal_emit_by_name (row, "apply");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  organisation = find_organisation (fixture, "Innvandrernes Landsorganisasjon");
  g_assert_nonnull (organisation);
  g_assert_cmpint (mv_organisation_get_kind (organisation), ==,
                   MV_ORGANISATION_KIND_USER_ORGANISATION);

  /* Its areas of competence, as text. */
  row = find_entry_row (GTK_WIDGET (dialog), "Areas of Competence", "");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "innvandring, arbeid, språk");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (mv_organisation_get_areas (organisation), ==, "innvandring, arbeid, språk");
  gtk_window_destroy (dialog);
  mv_test_wait_no_toplevel (MV_TYPE_ORGANISATIONS_DIALOG);

  /* User groups: a new one has nobody yet, and the panel says so. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "members.edit-user-groups", NULL);
  mv_test_wait_toplevel (MV_TYPE_USER_GROUPS_DIALOG);
  dialog = mv_test_find_toplevel (MV_TYPE_USER_GROUPS_DIALOG);
  g_assert_nonnull (dialog);
  row = find_entry_row (GTK_WIDGET (dialog), "Name of the New User Group", NULL);
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Studenter");
  g_signal_emit_by_name (row, "apply");
  mv_test_wait_for (group_warned (panel, "Studenter"));
  row = mv_coverage_panel_get_user_group_row (panel, "Studenter");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "warning"));

  row = find_entry_row (GTK_WIDGET (dialog), "User group 11", "Studenter");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Studenter og lærlinger");
  g_signal_emit_by_name (row, "apply");
  mv_test_wait_for (mv_coverage_panel_get_user_group_row (panel, "Studenter og lærlinger") != NULL &&
                    mv_coverage_panel_get_user_group_row (panel, "Studenter") == NULL);
  g_assert_nonnull (mv_coverage_panel_get_user_group_row (panel, "Studenter og lærlinger"));
  g_assert_null (mv_coverage_panel_get_user_group_row (panel, "Studenter"));
  gtk_window_destroy (dialog);
}

static void
test_failed_write (Fixture       *fixture,
                   gconstpointer  data)
{
  MvMember *member = find_member (fixture, "Rune Pedersen");
  g_autoptr(GError) error = NULL;
  MvMemberDialog *dialog;
  AdwMessageDialog *message;

  mv_members_page_edit_member (fixture->page, member);
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
  dialog = mv_members_page_get_dialog (fixture->page);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  set_text (dialog, "phone", "+47 400 00 000");

  /* The member goes for good while the form is open: the save fails. */
  mv_store_purge (fixture->ts.store, member, &error);
  g_assert_no_error (error);
  press_save (dialog);
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  message = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Save the Member");
  g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");
  adw_message_dialog_response (message, "close");

  /* The form stays, with what was typed. */
  g_assert_nonnull (dialog);
  g_assert_cmpstr (get_text (dialog, "phone"), ==, "+47 400 00 000");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMemberDialog *dialog;

  /* The same file, opened again where it may not be written. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  g_clear_object (&fixture->ts.store);
  g_assert_cmpint (g_chmod (fixture->ts.path, 0444), ==, 0);
  fixture->ts.store = mv_store_open (fixture->ts.path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_read_only (fixture->ts.store));

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();
  fixture->page = MV_MEMBERS_PAGE (mv_window_get_section_page (fixture->window, "members"));

  /* Reading stays possible; nothing offers to write. */
  g_assert_false (gtk_widget_is_sensitive (mv_window_get_add_member_button (fixture->window)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "members.add", NULL);
  mv_test_run_pending ();
  g_assert_null (mv_members_page_get_dialog (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (rows_of (fixture)), ==,
                    count_members (fixture, FALSE));

  mv_members_page_edit_member (fixture->page, find_row (fixture, "Kari Haugen"));
  mv_test_wait_for (mv_members_page_get_dialog (fixture->page) != NULL);
  dialog = mv_members_page_get_dialog (fixture->page);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_is_sensitive (mv_member_dialog_get_field (dialog, "save")));
  g_assert_false (gtk_widget_is_sensitive (mv_member_dialog_get_field (dialog, "delete")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  /* The English source strings. */
  g_unsetenv ("LANGUAGE");
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C");
  adw_init ();

  g_test_add ("/members/empty-council", Fixture, NULL, fixture_set_up, test_empty_council,
              fixture_tear_down);
  g_test_add_func ("/members/user-groups-first-run", test_user_groups_first_run);
  g_test_add ("/members/remove-organisation", Fixture, NULL, fixture_set_up,
              test_remove_organisation, fixture_tear_down);
  g_test_add ("/members/contact-shown", Fixture, NULL, fixture_set_up, test_contact_shown,
              fixture_tear_down);
  g_test_add ("/members/field-checked-on-leave", Fixture, NULL, fixture_set_up,
              test_field_checked_on_leave, fixture_tear_down);
  g_test_add ("/members/form-validation", Fixture, NULL, fixture_set_up, test_form_validation,
              fixture_tear_down);
  g_test_add ("/members/add", Fixture, NULL, fixture_set_up, test_add_member, fixture_tear_down);
  g_test_add ("/members/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo,
              fixture_tear_down);
  g_test_add ("/members/filters", Fixture, NULL, fixture_set_up, test_filters,
              fixture_tear_down);
  g_test_add ("/members/import-export", Fixture, NULL, fixture_set_up, test_import_export,
              fixture_tear_down);
  g_test_add ("/members/registers", Fixture, NULL, fixture_set_up, test_registers,
              fixture_tear_down);
  g_test_add ("/members/failed-write", Fixture, NULL, fixture_set_up, test_failed_write,
              fixture_tear_down);
  g_test_add ("/members/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);

  return g_test_run ();
}
