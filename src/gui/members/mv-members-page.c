/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-columns.h"
#include "mv-coverage-panel.h"
#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-member-dialog.h"
#include "mv-member-export.h"
#include "mv-member-user-group.h"
#include "mv-members-page-private.h"
#include "mv-members.h"
#include "mv-organisation.h"
#include "mv-organisations-dialog.h"
#include "mv-queries.h"
#include "mv-record-watch.h"
#include "mv-text.h"
#include "mv-user-group.h"
#include "mv-undo.h"
#include "mv-user-groups-dialog.h"

/* The positions of the term filter's choices. */
enum {
  STATUS_ACTIVE,
  STATUS_FORMER,
  STATUS_ALL,
};

struct _MvMembersPage
{
  MvSectionPage        parent_instance;

  GtkColumnViewColumn *deputy_column;
  GtkColumnViewColumn *user_groups_column;
  GtkSorter           *deputy_sorter;
  GtkSorter           *user_groups_sorter;
  MvRecordWatch       *watch;
  GtkWidget           *dialog;      /* weak: the member form shown */
  AdwToast            *last_toast;  /* weak */
  GtkWidget           *report_dialog;  /* weak: the last import's report */

  /* Template widgets */
  GtkColumnView       *column_view;
  MvCoveragePanel     *coverage_panel;
  GtkToggleButton     *coverage_button;
  AdwFlap             *flap;
  GtkDropDown         *role_dropdown;
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  GtkDropDown         *status_dropdown;
};

G_DEFINE_FINAL_TYPE (MvMembersPage, mv_members_page, MV_TYPE_SECTION_PAGE)

static char *
name_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_member_get_name (item));
}

static char *
role_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEMBER_ROLE, mv_member_get_role (item)));
}

static char *
organisation_text (gpointer item,
                   gpointer user_data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (user_data));

  if (store == NULL)
    return NULL;

  return g_strdup (mv_store_organisation_label (store, mv_member_get_organisation_id (item)));
}

static char *
user_groups_text (gpointer item,
                  gpointer user_data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (user_data));

  return store ? mv_member_dup_user_groups (store, item) : NULL;
}

static char *
term_end_text (gpointer item,
               gpointer user_data)
{
  return mv_date_format_user (mv_member_get_term_end (item), MV_DATE_STYLE_SHORT);
}

static char *
deputy_text (gpointer item,
             gpointer user_data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (user_data));

  return store ? mv_member_dup_deputy_text (store, item) : NULL;
}

static char *
email_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_member_get_email (item));
}

static char *
phone_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_member_get_phone (item));
}

/* The chair first, then by role as the enum orders them, then by name. */
static int
compare_roles (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int cmp = (int) mv_member_get_role ((MvMember *) a) - (int) mv_member_get_role ((MvMember *) b);

  if (cmp != 0)
    return cmp;
  return g_utf8_collate (mv_member_get_name ((MvMember *) a), mv_member_get_name ((MvMember *) b));
}

/* Open-ended terms last. */
static int
compare_term_ends (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const char *end_a = mv_member_get_term_end ((MvMember *) a);
  const char *end_b = mv_member_get_term_end ((MvMember *) b);
  gboolean open_a = end_a == NULL || *end_a == '\0';
  gboolean open_b = end_b == NULL || *end_b == '\0';

  if (open_a || open_b)
    return open_a - open_b;
  return g_strcmp0 (end_a, end_b);
}

static gboolean
matches_search (MvMembersPage *self,
                MvMember      *member,
                const char    *needle)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvOrganisation *organisation;

  if (mv_text_contains_folded (mv_member_get_name (member), needle))
    return TRUE;

  organisation = store ? mv_store_lookup (store, MV_TYPE_ORGANISATION,
                                          mv_member_get_organisation_id (member)) : NULL;
  if (organisation == NULL)
    return FALSE;

  return mv_text_contains_folded (mv_organisation_get_name (organisation), needle) ||
         mv_text_contains_folded (mv_organisation_get_short_name (organisation), needle);
}

static gboolean
mv_members_page_filter (MvSectionPage *page,
                        MvRecord      *record)
{
  MvMembersPage *self = MV_MEMBERS_PAGE (page);
  MvMember *member = MV_MEMBER (record);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint role = gtk_drop_down_get_selected (self->role_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean active = mv_member_is_active (member, NULL);

  if ((status == STATUS_ACTIVE && !active) || (status == STATUS_FORMER && active))
    return FALSE;

  /* The first choice is all roles, then the roles in the enum's order. */
  if (role != 0 && role != GTK_INVALID_LIST_POSITION &&
      (guint) mv_member_get_role (member) != role - 1)
    return FALSE;

  if (!mv_is_blank (search))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (search));
      g_autofree char *needle = mv_text_fold (stripped);

      if (!matches_search (self, member, needle))
        return FALSE;
    }

  return TRUE;
}

static gboolean
filters_are_default (MvMembersPage *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) == STATUS_ACTIVE &&
         gtk_drop_down_get_selected (self->role_dropdown) == 0 &&
         mv_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
filters_changed_cb (MvMembersPage *self)
{
  /* The template's signals may come before the page has its dropdowns. */
  if (self->role_dropdown == NULL || self->status_dropdown == NULL || self->search_entry == NULL)
    return;

  if (filters_are_default (self))
    {
      adw_status_page_set_title (self->status_page, _("No Members Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("The council’s members with a running term are listed "
                                         "here."));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Matching Members"));
      adw_status_page_set_description (self->status_page,
                                       _("Change the search or the filters to see more."));
    }

  mv_section_page_refilter (MV_SECTION_PAGE (self));
}

static void
stop_search_cb (MvMembersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The user groups and deputy columns show other records than the row's. */
static void
refresh_columns (gpointer user_data)
{
  MvMembersPage *self = user_data;

  /* An edit may have ended a term or changed a role the filters look at. */
  mv_section_page_refilter (MV_SECTION_PAGE (self));
  mv_column_view_column_refresh (self->user_groups_column);
  mv_column_view_column_refresh (self->deputy_column);
  gtk_sorter_changed (self->user_groups_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->deputy_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* An edit changes the record in place, which a filter does not see; a
 * group's or an organisation's new name shows in the members' rows. */
static void
store_changed (MvSectionPage *page)
{
  MvMembersPage *self = MV_MEMBERS_PAGE (page);
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));

  mv_record_watch_clear (self->watch);
  if (store == NULL)
    return;

  mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP), FALSE);
  mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_MEMBER), TRUE);
  mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_USER_GROUP), TRUE);
  mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_ORGANISATION), TRUE);
}

static void
queue_refresh (MvMembersPage *self)
{
  mv_record_watch_queue (self->watch);
}

static MvMember *
selected_member (MvMembersPage *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->column_view);

  if (!GTK_IS_SINGLE_SELECTION (model))
    return NULL;
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

static void
row_activated_cb (MvMembersPage *self,
                  guint          position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr(MvMember) member = model ? g_list_model_get_item (model, position) : NULL;

  if (member != NULL)
    mv_members_page_edit_member (self, member);
}

static gboolean
delete_selected_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  MvMembersPage *self = user_data;
  MvMember *member = selected_member (self);

  if (member == NULL)
    return FALSE;

  mv_members_page_delete_member (self, member);
  return TRUE;
}

static void
coverage_member_activated_cb (MvMembersPage *self,
                              MvMember      *member)
{
  mv_members_page_select_member (self, member);
  mv_members_page_edit_member (self, member);
}

static void
toggle_coverage_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MvMembersPage *self = MV_MEMBERS_PAGE (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
mv_members_page_dispose (GObject *object)
{
  MvMembersPage *self = MV_MEMBERS_PAGE (object);

  g_clear_pointer (&self->watch, mv_record_watch_free);
  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (GTK_WINDOW (self->dialog));
      self->dialog = NULL;
    }
  if (self->last_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->last_toast), (gpointer *) &self->last_toast);
  self->last_toast = NULL;
  if (self->report_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->report_dialog),
                                  (gpointer *) &self->report_dialog);
  self->report_dialog = NULL;
  g_clear_object (&self->deputy_sorter);
  g_clear_object (&self->user_groups_sorter);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_MEMBERS_PAGE);

  G_OBJECT_CLASS (mv_members_page_parent_class)->dispose (object);
}

#define DEFINE_ACTION(name, function)                      \
  static void                                              \
  name##_activated (GSimpleAction *action,                 \
                    GVariant      *parameter,              \
                    gpointer       user_data)              \
  {                                                        \
    function (MV_MEMBERS_PAGE (user_data));                \
  }

DEFINE_ACTION (add, mv_members_page_add_member)
DEFINE_ACTION (filter, mv_members_page_focus_search)
DEFINE_ACTION (import, mv_members_page_import)
DEFINE_ACTION (export, mv_members_page_export)
DEFINE_ACTION (show_organisations, mv_members_page_show_organisations)
DEFINE_ACTION (edit_user_groups, mv_members_page_edit_user_groups)

#undef DEFINE_ACTION

/* The section's commands, offered by the window as members.…; Ctrl+N and
 * Shift+Ctrl+F are its own while it is shown. */
static const GActionEntry action_entries[] = {
  { .name = "add", .activate = add_activated },
  { .name = "filter", .activate = filter_activated },
  { .name = "import", .activate = import_activated },
  { .name = "export", .activate = export_activated },
  { .name = "show-organisations", .activate = show_organisations_activated },
  { .name = "edit-user-groups", .activate = edit_user_groups_activated },
};

static void
update_actions (MvSectionPage *page)
{
  MvStore *store = mv_section_page_get_store (page);
  gboolean shown = store != NULL && mv_section_page_get_council (page) != NULL &&
                   mv_section_page_get_shown (page);
  gboolean writable = shown && !mv_store_get_read_only (store);

  mv_section_page_set_action_enabled (page, "add", writable);
  mv_section_page_set_action_enabled (page, "filter", shown);
  mv_section_page_set_action_enabled (page, "import", writable);
  mv_section_page_set_action_enabled (page, "export", shown);
  mv_section_page_set_action_enabled (page, "show-organisations", shown);
  mv_section_page_set_action_enabled (page, "edit-user-groups", writable);
}

static void
mv_members_page_class_init (MvMembersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MvSectionPageClass *page_class = MV_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mv_members_page_dispose;

  page_class->store_changed = store_changed;
  page_class->update_actions = update_actions;
  page_class->filter = mv_members_page_filter;

  g_type_ensure (MV_TYPE_COVERAGE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-members-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, coverage_button);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, coverage_panel);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, flap);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvMembersPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, coverage_member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "members.toggle-coverage", NULL,
                                   toggle_coverage_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "members.toggle-coverage",
                                       NULL);
}

static void
mv_members_page_init (MvMembersPage *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *column;
  GEnumClass *role_class;

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->watch = mv_record_watch_new (refresh_columns, self);

  /* Translators: the first choice of the role filter. */
  gtk_string_list_append (roles, _("All Roles"));
  role_class = g_type_class_ref (MV_TYPE_MEMBER_ROLE);
  for (guint i = 0; i < role_class->n_values; i++)
    gtk_string_list_append (roles, mv_enum_to_label (MV_TYPE_MEMBER_ROLE,
                                                     role_class->values[i].value));
  g_type_class_unref (role_class);
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));
  gtk_drop_down_set_selected (self->role_dropdown, 0);

  /* Widths that show a whole name or address; the table scrolls sideways
   * rather than cut every text short beside the coverage panel. */
  column = mv_column_view_add_text_column (self->column_view, _("Name"), name_text, self,
                                           mv_text_sorter_new (name_text, self),
                                           MV_COLUMN_EXPAND);
  gtk_column_view_column_set_fixed_width (column, 160);
  role_column =
    mv_column_view_add_text_column (self->column_view, _("Role"), role_text, self,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_roles, NULL, NULL)),
                                    MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (role_column, 130);
  column = mv_column_view_add_text_column (self->column_view, _("Organisation"),
                                           organisation_text, self,
                                           mv_text_sorter_new (organisation_text, self),
                                           MV_COLUMN_EXPAND);
  gtk_column_view_column_set_fixed_width (column, 130);
  self->user_groups_sorter = mv_text_sorter_new (user_groups_text, self);
  self->user_groups_column =
    mv_column_view_add_text_column (self->column_view, _("User Groups"), user_groups_text, self,
                                    g_object_ref (self->user_groups_sorter), MV_COLUMN_EXPAND);
  gtk_column_view_column_set_fixed_width (self->user_groups_column, 180);
  column = mv_column_view_add_text_column (self->column_view, _("Term Ends"), term_end_text, self,
                                           GTK_SORTER (gtk_custom_sorter_new (compare_term_ends,
                                                                              NULL, NULL)),
                                           MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (column, 105);
  self->deputy_sorter = mv_text_sorter_new (deputy_text, self);
  self->deputy_column =
    mv_column_view_add_text_column (self->column_view, _("Deputy"), deputy_text, self,
                                    g_object_ref (self->deputy_sorter), MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (self->deputy_column, 150);
  column = mv_column_view_add_text_column (self->column_view, _("E-mail"), email_text, self,
                                           mv_text_sorter_new (email_text, self),
                                           MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (column, 200);
  column = mv_column_view_add_text_column (self->column_view, _("Phone"), phone_text, self,
                                           mv_text_sorter_new (phone_text, self),
                                           MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (column, 120);
  gtk_column_view_sort_by_column (self->column_view, role_column, GTK_SORT_ASCENDING);

  /* Delete on a selected row removes the member, with Undo. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_callback_action_new (delete_selected_cb, self, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                      gtk_callback_action_new (delete_selected_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  g_object_bind_property (self, "context", self->coverage_panel, "context", G_BINDING_SYNC_CREATE);

  mv_section_page_add_actions (MV_SECTION_PAGE (self), "members",
                               action_entries, G_N_ELEMENTS (action_entries));
  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_n, GDK_CONTROL_MASK,
                                "members.add");
  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_f,
                                GDK_CONTROL_MASK | GDK_SHIFT_MASK, "members.filter");

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_MEMBER, self->column_view,
                            self->stack);
}

static gboolean
can_write (MvMembersPage *self)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));

  return store != NULL && !mv_store_get_read_only (store) &&
         mv_section_page_get_council (MV_SECTION_PAGE (self)) != NULL;
}

static void
dialog_saved_cb (MvMembersPage *self,
                 MvMember      *member)
{
  queue_refresh (self);
  mv_members_page_select_member (self, member);
}

static void
dialog_delete_cb (MvMembersPage  *self,
                  MvMember       *member,
                  MvMemberDialog *dialog)
{
  if (mv_members_page_delete_member (self, member))
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_dialog (MvMembersPage *self,
             MvMember      *member)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (GTK_WINDOW (self->dialog));
      self->dialog = NULL;
    }

  self->dialog = mv_member_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       mv_section_page_get_store (MV_SECTION_PAGE (self)),
                                       mv_section_page_get_council (MV_SECTION_PAGE (self)),
                                       member);
  g_object_add_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  g_signal_connect_object (self->dialog, "saved", G_CALLBACK (dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dialog, "delete", G_CALLBACK (dialog_delete_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->dialog));
}

/**
 * mv_members_page_add_member:
 *
 * Opens the form for a new member of the council.
 */
void
mv_members_page_add_member (MvMembersPage *self)
{
  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  if (can_write (self))
    show_dialog (self, NULL);
}

void
mv_members_page_edit_member (MvMembersPage *self,
                             MvMember      *member)
{
  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));
  g_return_if_fail (MV_IS_MEMBER (member));

  if (mv_section_page_get_store (MV_SECTION_PAGE (self)) != NULL)
    show_dialog (self, member);
}

typedef struct
{
  MvStore  *store;
  MvMember *member;
  MvUndo   *undo;
  GWeakRef  page;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->member);
  mv_undo_free (undo->undo);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static void
undo_closure_free (gpointer  data,
                   GClosure *closure)
{
  undo_free (data);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvMembersPage) page = g_weak_ref_get (&undo->page);

  if (!mv_undo_apply (undo->undo, undo->store, &error))
    {
      if (page != NULL)
        mv_widget_show_error (GTK_WIDGET (page), _("Could Not Restore the Member"),
                              error->message);
      else
        g_warning ("Could not restore a member: %s", error->message);
      return;
    }

  if (page != NULL)
    {
      queue_refresh (page);
      mv_members_page_select_member (page, undo->member);
    }
}

/**
 * mv_members_page_delete_member:
 *
 * Removes @member from the list with a toast that can undo it; shows why
 * when that fails.
 */
gboolean
mv_members_page_delete_member (MvMembersPage *self,
                               MvMember      *member)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) done = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  Undo *undo;

  g_return_val_if_fail (MV_IS_MEMBERS_PAGE (self), FALSE);
  g_return_val_if_fail (MV_IS_MEMBER (member), FALSE);

  if (store == NULL)
    return FALSE;

  if (!mv_members_delete (store, member, &done, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Remove the Member"), error->message);
      return FALSE;
    }

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (store);
  undo->member = g_object_ref (member);
  undo->undo = g_steal_pointer (&done);
  g_weak_ref_init (&undo->page, self);

  /* Translators: the toast after removing a member, named. */
  message = g_strdup_printf (_("“%s” removed"), mv_member_get_name (member));
  toast = mv_widget_add_undo_toast (GTK_WIDGET (self), message, G_CALLBACK (undo_clicked_cb),
                                    undo, undo_closure_free);

  if (self->last_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->last_toast), (gpointer *) &self->last_toast);
  self->last_toast = toast;
  if (toast != NULL)
    g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->last_toast);

  queue_refresh (self);
  return TRUE;
}

static void
scroll_to (MvMembersPage *self,
           guint          position)
{
  /* The column view scrolls through the list view inside it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/**
 * mv_members_page_select_member:
 *
 * Selects @member's row and scrolls to it, showing all terms when the
 * member's has ended.
 *
 * Returns: whether the row is shown
 */
gboolean
mv_members_page_select_member (MvMembersPage *self,
                               MvMember      *member)
{
  GtkSelectionModel *model;
  guint n;

  g_return_val_if_fail (MV_IS_MEMBERS_PAGE (self), FALSE);
  g_return_val_if_fail (MV_IS_MEMBER (member), FALSE);

  model = gtk_column_view_get_model (self->column_view);
  if (model == NULL)
    return FALSE;

  for (int attempt = 0; attempt < 2; attempt++)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (model));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MvMember) row = g_list_model_get_item (G_LIST_MODEL (model), i);

          if (row == member)
            {
              gtk_selection_model_select_item (model, i, TRUE);
              scroll_to (self, i);
              return TRUE;
            }
        }

      /* Hidden by the filters: show everyone and look again. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->role_dropdown, 0);
      gtk_drop_down_set_selected (self->status_dropdown, STATUS_ALL);
    }

  return FALSE;
}

void
mv_members_page_focus_search (MvMembersPage *self)
{
  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mv_members_page_show_organisations (MvMembersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  if (mv_section_page_get_store (MV_SECTION_PAGE (self)) == NULL)
    return;

  dialog = mv_organisations_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        mv_section_page_get_store (MV_SECTION_PAGE (self)),
                                        mv_section_page_get_council (MV_SECTION_PAGE (self)));
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
mv_members_page_edit_user_groups (MvMembersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  if (mv_section_page_get_store (MV_SECTION_PAGE (self)) == NULL)
    return;

  dialog = mv_user_groups_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      mv_section_page_get_store (MV_SECTION_PAGE (self)));
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
report_row (const char *title,
            const char *subtitle,
            const char *style)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (style != NULL)
    gtk_widget_add_css_class (row, style);
  return row;
}

static char *
join_strings (GPtrArray *strings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (strings, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the import did, row by row where rows were refused or noted. */
static void
show_import_report (MvMembersPage  *self,
                    const char     *file_name,
                    MvImportReport *report)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  g_autofree char *added = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *scrolled;

  /* Translators: %s is the name of the CSV file. */
  heading = g_strdup_printf (_("Imported “%s”"), file_name);
  added = g_strdup_printf (ngettext ("%u member added", "%u members added", report->n_added),
                           report->n_added);
  existing = g_strdup_printf (ngettext ("%u was already there", "%u were already there",
                                        report->n_existing),
                              report->n_existing);
  if (report->rejections->len > 0)
    {
      g_autofree char *rejected =
        g_strdup_printf (ngettext ("%u row was refused", "%u rows were refused",
                                   report->rejections->len),
                         report->rejections->len);

      body = g_strdup_printf ("%s, %s, %s.", added, existing, rejected);
    }
  else
    body = g_strdup_printf ("%s, %s.", added, existing);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import results"), -1);

  for (guint i = 0; i < report->rejections->len; i++)
    {
      MvImportRejection *rejection = g_ptr_array_index (report->rejections, i);
      /* Translators: a refused row of an imported CSV file. */
      g_autofree char *title = g_strdup_printf (_("Line %u"), rejection->line);

      gtk_list_box_append (GTK_LIST_BOX (list), report_row (title, rejection->reason, "error"));
    }

  /* Rows taken, but not quite as written, or with a term already over. */
  for (guint i = 0; i < report->notes->len; i++)
    {
      MvImportNote *note = g_ptr_array_index (report->notes, i);
      g_autofree char *title = g_strdup_printf (_("Line %u"), note->line);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           report_row (title, note->text,
                                       note->kind == MV_IMPORT_NOTE_TERM_ENDED ? "warning" : NULL));
    }

  if (report->created_organisations->len > 0)
    {
      g_autofree char *names = join_strings (report->created_organisations);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           report_row (_("New organisations"), names, NULL));
    }

  if (report->ignored_columns->len > 0)
    {
      g_autofree char *names = join_strings (report->ignored_columns);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           report_row (_("Columns left out"), names, NULL));
    }

  if (gtk_widget_get_first_child (list) != NULL)
    {
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }
  else
    {
      g_object_ref_sink (list);
      g_object_unref (list);
    }

  if (self->report_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->report_dialog),
                                  (gpointer *) &self->report_dialog);
  self->report_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->report_dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * mv_members_page_import_file:
 *
 * Imports the member list in @file into the council and shows what came
 * of it; shows why when the file could not be imported at all.
 *
 * Returns: whether the file was imported
 */
gboolean
mv_members_page_import_file (MvMembersPage *self,
                             GFile         *file)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(MvImportReport) report = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (MV_IS_MEMBERS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (store == NULL || council == NULL)
    return FALSE;

  name = g_file_get_basename (file);
  report = mv_import_members_csv_file (store, council, file, name, &error);

  if (report == NULL)
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Import the Member List"),
                            error->message);
      return FALSE;
    }

  queue_refresh (self);
  show_import_report (self, name, report);
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MvMembersPage   *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    mv_members_page_import_file (self, file);
  g_object_unref (self);
}

void
mv_members_page_import (MvMembersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  if (!can_write (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Import Members from CSV"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Files"), "text/csv", "csv");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MvMembersPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Open the File"), error->message);
}

typedef struct
{
  char     *uri;
  GWeakRef  page;
} OpenExport;

static void
open_export_free (gpointer  data,
                  GClosure *closure)
{
  OpenExport *open = data;

  g_free (open->uri);
  g_weak_ref_clear (&open->page);
  g_free (open);
}

static void
open_export_cb (AdwToast   *toast,
                OpenExport *open)
{
  MvMembersPage *self = g_weak_ref_get (&open->page);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (self == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  g_app_info_launch_default_for_uri_async (open->uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_cb, self);
}

/**
 * mv_members_page_export_to:
 * @path: ends in ".xlsx" or ".csv"
 *
 * Writes the members the term filter shows (active, or all when former
 * members are shown too) to @path, with a toast that opens the file.
 */
gboolean
mv_members_page_export_to (MvMembersPage  *self,
                           const char     *path,
                           GError        **error)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  gboolean all = gtk_drop_down_get_selected (self->status_dropdown) != STATUS_ACTIVE;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  OpenExport *open;
  AdwToast *toast;

  g_return_val_if_fail (MV_IS_MEMBERS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (store == NULL || council == NULL)
    return FALSE;

  if (!mv_export_members (store, council, all, path, error))
    return FALSE;

  file = g_file_new_for_path (path);
  name = g_filename_display_basename (path);
  /* Translators: %s is the name of the file the member list went to. */
  title = g_strdup_printf (_("Exported “%s”"), name);

  open = g_new0 (OpenExport, 1);
  open->uri = g_file_get_uri (file);
  g_weak_ref_init (&open->page, self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_export_cb), open,
                         open_export_free, 0);

  if (self->last_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->last_toast), (gpointer *) &self->last_toast);
  self->last_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->last_toast);

  mv_widget_add_toast (GTK_WIDGET (self), toast);
  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MvMembersPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkFileFilter *filter;
  const char *suffix;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  suffix = filter ? g_object_get_data (G_OBJECT (filter), "mv-suffix") : NULL;
  g_object_unref (chooser);

  if (file != NULL)
    {
      path = g_file_get_path (file);

      /* A name without the format's ending gets the one of the chosen filter. */
      if (path != NULL && !g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".csv") &&
          !g_str_has_suffix (path, ".XLSX") && !g_str_has_suffix (path, ".CSV"))
        {
          char *with_suffix = g_strconcat (path, suffix ? suffix : ".xlsx", NULL);

          g_free (path);
          path = with_suffix;
        }

      if (path != NULL && !mv_members_page_export_to (self, path, &error))
        mv_widget_show_error (GTK_WIDGET (self), _("Could Not Export the Member List"),
                              error->message);
    }

  g_object_unref (self);
}

void
mv_members_page_export (MvMembersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  GtkFileChooserNative *chooser;
  GtkFileFilter *xlsx;
  GtkFileFilter *csv;
  g_autofree char *name = NULL;

  g_return_if_fail (MV_IS_MEMBERS_PAGE (self));

  if (mv_section_page_get_store (MV_SECTION_PAGE (self)) == NULL || council == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Member List"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  xlsx = mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("Spreadsheet (XLSX)"),
                                     MV_MIME_TYPE_XLSX, "xlsx");
  g_object_set_data (G_OBJECT (xlsx), "mv-suffix", (gpointer) ".xlsx");
  csv = mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("CSV File"), "text/csv", "csv");
  g_object_set_data (G_OBJECT (csv), "mv-suffix", (gpointer) ".csv");
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), xlsx);

  /* Translators: the suggested name of an exported member list; %s is the
   * council's name. */
  name = g_strdup_printf (_("Members %s.xlsx"), mv_council_get_name (council));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GtkSearchEntry *
mv_members_page_get_search_entry (MvMembersPage *self)
{
  return self->search_entry;
}

GtkDropDown *
mv_members_page_get_role_dropdown (MvMembersPage *self)
{
  return self->role_dropdown;
}

GtkDropDown *
mv_members_page_get_status_dropdown (MvMembersPage *self)
{
  return self->status_dropdown;
}

MvCoveragePanel *
mv_members_page_get_coverage_panel (MvMembersPage *self)
{
  return self->coverage_panel;
}

MvMemberDialog *
mv_members_page_get_dialog (MvMembersPage *self)
{
  return self->dialog ? MV_MEMBER_DIALOG (self->dialog) : NULL;
}

AdwToast *
mv_members_page_get_last_toast (MvMembersPage *self)
{
  return self->last_toast;
}

AdwMessageDialog *
mv_members_page_get_report_dialog (MvMembersPage *self)
{
  return self->report_dialog ? ADW_MESSAGE_DIALOG (self->report_dialog) : NULL;
}
