/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-backup.h"
#include "mv-council-dialog.h"
#include "mv-council-settings.h"
#include "mv-councils.h"
#include "mv-documents-page.h"
#include "mv-gui-util.h"
#include "mv-items-page.h"
#include "mv-meeting-util.h"
#include "mv-members-page.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-search-bar.h"
#include "mv-window-actions.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"

struct _MvWindow
{
  AdwApplicationWindow  parent_instance;

  MvContext            *context;
  char                 *section;
  GBinding             *council_name_binding;
  GBinding             *council_tooltip_binding;
  gboolean              syncing_dropdown;
  guint                 refresh_source;
  gboolean              refresh_failed;

  /* Template widgets */
  GtkWidget            *add_member_button;
  GtkDropDown          *council_dropdown;
  GtkLabel             *council_title;
  GtkWidget            *create_button;
  GtkLabel             *file_label;
  AdwLeaflet           *leaflet;
  GtkRevealer          *main_banner;
  GtkButton            *main_banner_button;
  GtkLabel             *main_banner_label;
  GtkStack             *main_stack;
  GtkWidget            *member_menu_button;
  GtkWidget            *sample_button;
  MvSearchBar          *search_bar;
  GtkStack             *section_stack;
  AdwWindowTitle       *section_title;
  GtkListBox           *sidebar;
  GtkStack             *title_stack;
  AdwToastOverlay      *toast_overlay;
  GtkRevealer          *welcome_banner;
  GtkButton            *welcome_banner_button;
  GtkLabel             *welcome_banner_label;
};

G_DEFINE_FINAL_TYPE (MvWindow, mv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static MvStore *
get_store (MvWindow *self)
{
  return mv_context_get_store (self->context);
}

static MvCouncil *
get_council (MvWindow *self)
{
  return mv_context_get_council (self->context);
}

static GListModel *
get_councils (MvWindow *self)
{
  return get_store (self) ? mv_store_get_model (get_store (self), MV_TYPE_COUNCIL) : NULL;
}

static void
update_actions (MvWindow *self)
{
  gboolean writable = get_store (self) != NULL && !mv_store_get_read_only (get_store (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-to-computer",
                                 get_store (self) != NULL &&
                                 mv_store_get_network_fs (get_store (self)) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup",
                                 get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-council", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-sample",
                                 writable && mv_store_is_empty (get_store (self)));

  /* Ctrl+F searches the council's items and documents from any section. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find",
                                 get_store (self) != NULL && get_council (self) != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.council-settings",
                                 get_store (self) != NULL && get_council (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-meeting", get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", get_store (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-item", get_store (self) != NULL);
}

/* The welcome page until the file holds a council; a switcher in the
 * sidebar's title once it holds more than one. */
static void
update_councils (MvWindow *self)
{
  GListModel *councils = get_councils (self);
  guint n_councils = councils ? g_list_model_get_n_items (councils) : 0;
  gboolean empty = get_store (self) == NULL || mv_store_is_empty (get_store (self));

  if (get_council (self) == NULL ||
      get_store (self) == NULL ||
      mv_store_lookup (get_store (self), MV_TYPE_COUNCIL,
                       mv_record_get_id (MV_RECORD (get_council (self)))) == NULL)
    {
      g_autoptr(MvCouncil) first = n_councils > 0 ? g_list_model_get_item (councils, 0) : NULL;

      mv_window_set_council (self, first);
    }

  gtk_stack_set_visible_child_name (self->title_stack, n_councils > 1 ? "switcher" : "title");
  gtk_stack_set_visible_child_name (self->main_stack, empty ? "welcome" : "main");
  update_actions (self);
}

static void
councils_changed_cb (MvWindow   *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *councils)
{
  update_councils (self);
}

static void
council_dropdown_notify_cb (MvWindow *self)
{
  MvCouncil *council;

  if (self->syncing_dropdown)
    return;

  council = gtk_drop_down_get_selected_item (self->council_dropdown);
  if (council != NULL)
    mv_window_set_council (self, council);
}

static void
sync_dropdown (MvWindow *self)
{
  GListModel *councils = gtk_drop_down_get_model (self->council_dropdown);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; councils != NULL && get_council (self) != NULL &&
                    i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(MvCouncil) council = g_list_model_get_item (councils, i);

      if (council == get_council (self))
        {
          position = i;
          break;
        }
    }

  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_selected (self->council_dropdown, position);
  self->syncing_dropdown = FALSE;
}

/* The header bar's buttons for a section's commands (its New, its menu)
 * show with that section: the one whose actions the New button names. */
static void
update_section_buttons (MvWindow  *self,
                        GtkWidget *page)
{
  const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (self->add_member_button));
  const char *prefix = NULL;
  gboolean own;

  if (MV_IS_SECTION_PAGE (page))
    mv_section_page_get_actions (MV_SECTION_PAGE (page), &prefix);
  own = prefix != NULL && action != NULL && g_str_has_prefix (action, prefix) &&
        action[strlen (prefix)] == '.';

  gtk_widget_set_visible (self->add_member_button, own);
  gtk_widget_set_visible (self->member_menu_button, own);
}

static void
update_section (MvWindow *self)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->section_stack, self->section);
  GtkStackPage *page = gtk_stack_get_page (self->section_stack, child);
  GtkWidget *row = NULL;
  guint index = 0;

  gtk_stack_set_visible_child (self->section_stack, child);
  adw_window_title_set_title (self->section_title, gtk_stack_page_get_title (page));
  update_section_buttons (self, child);
  update_actions (self);

  /* The sidebar's rows are in the order of the stack's pages. */
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       c != NULL && c != child;
       c = gtk_widget_get_next_sibling (c))
    index++;
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->sidebar, index));
  gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

static void
back_clicked_cb (MvWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);

  /* The bar is over the section, which a narrow window may hide. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  mv_search_bar_set_search_mode (self->search_bar, TRUE);
}

static void
search_result_activated_cb (MvWindow   *self,
                            int         kind,
                            const char *id,
                            int         page)
{
  gpointer record;

  if (get_store (self) == NULL)
    return;

  if (kind == MV_SEARCH_KIND_ITEM)
    {
      record = mv_store_lookup (get_store (self), MV_TYPE_AGENDA_ITEM, id);
      if (record != NULL)
        {
          mv_search_bar_set_search_mode (self->search_bar, FALSE);
          mv_window_show_item (self, record);
        }
    }
  else
    {
      record = mv_store_lookup (get_store (self), MV_TYPE_DOCUMENT, id);
      if (record != NULL)
        {
          /* Before the bar, hidden, forgets it. */
          g_autofree char *text = g_strdup (mv_search_bar_get_text (self->search_bar));

          mv_search_bar_set_search_mode (self->search_bar, FALSE);
          if (mv_window_show_document (self, record, MAX (page - 1, 0)))
            mv_documents_page_mark_words (MV_DOCUMENTS_PAGE (
                                            mv_window_get_section_page (self, "documents")),
                                          text);
        }
    }
}

static void
council_settings_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (mv_council_settings_new (GTK_WINDOW (self), get_store (self),
                                                           get_council (self))));
}

static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);

  mv_window_show_meeting (self, mv_store_lookup (get_store (self), MV_TYPE_MEETING,
                                                 g_variant_get_string (parameter, NULL)));
}

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  MvAgendaItem *item = mv_store_lookup (get_store (self), MV_TYPE_AGENDA_ITEM,
                                        g_variant_get_string (parameter, NULL));

  if (item != NULL)
    mv_window_show_item (self, item);
}

/* An item just made elsewhere (the meeting page's New Item), shown in the
 * items section with the cursor in its title. */
static void
edit_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  MvAgendaItem *item = mv_store_lookup (get_store (self), MV_TYPE_AGENDA_ITEM,
                                        g_variant_get_string (parameter, NULL));

  if (item != NULL && mv_window_show_item (self, item))
    mv_items_page_focus_title (MV_ITEMS_PAGE (mv_window_get_section_page (self, "items")));
}

/* How often the window looks for what other programs wrote into its file
 * (medvirke-cli, another window or instance); a look is one PRAGMA. */
#define REFRESH_INTERVAL_SECONDS 2

static void
refresh_store (MvWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (get_store (self) == NULL)
    return;

  /* A day's backup that failed is said once; the write itself went on. */
  {
    g_autofree char *failure = mv_backup_take_failure (mv_store_get_path (get_store (self)));
    g_autofree char *message = NULL;

    if (failure != NULL)
      {
        message = g_strdup_printf (_("Today’s backup could not be made: %s"), failure);
        mv_window_show_toast (self, message);
      }
  }

  if (mv_store_refresh (get_store (self), NULL, &error))
    {
      self->refresh_failed = FALSE;
      return;
    }

  /* Once, not at every tick of the timer, until a look succeeds again. */
  if (!self->refresh_failed)
    mv_window_show_error (self, _("Could Not Read the File"), error->message);
  self->refresh_failed = TRUE;
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  refresh_store (MV_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
is_active_cb (MvWindow *self)
{
  /* Coming back from the terminal where medvirke-cli ran, the window shows
   * its changes at once. */
  if (gtk_window_is_active (GTK_WINDOW (self)))
    refresh_store (self);
}

static gboolean
mv_window_close_request (GtkWindow *window)
{
  MvWindow *self = MV_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);

  /* The size to come back to is the one it had before it was maximized. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (mv_context_get_settings (self->context), "window-width", width);
      g_settings_set_int (mv_context_get_settings (self->context), "window-height", height);
    }
  g_settings_set_boolean (mv_context_get_settings (self->context), "window-maximized", maximized);

  return GTK_WINDOW_CLASS (mv_window_parent_class)->close_request (window);
}

static void
mv_window_dispose (GObject *object)
{
  MvWindow *self = MV_WINDOW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (get_store (self) != NULL)
    g_signal_handlers_disconnect_by_func (get_councils (self), councils_changed_cb, self);
  g_clear_pointer (&self->council_name_binding, g_binding_unbind);
  g_clear_pointer (&self->council_tooltip_binding, g_binding_unbind);

  G_OBJECT_CLASS (mv_window_parent_class)->dispose (object);

  g_clear_object (&self->context);
}

static void
mv_window_finalize (GObject *object)
{
  MvWindow *self = MV_WINDOW (object);

  g_free (self->section);

  G_OBJECT_CLASS (mv_window_parent_class)->finalize (object);
}

static void
mv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MvWindow *self = MV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MvWindow *self = MV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      mv_window_set_section (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Ctrl+Z: the last change a toast offered to undo, in whichever section
 * it was made. A text field with the focus undoes its own typing first. */
static gboolean
undo_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     MvWindow              *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* An empty field – the search a section puts the focus in – has no
   * typing to undo: the window's change is what Ctrl+Z is meant for. */
  if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) &&
      (state & GDK_MODIFIER_MASK) == GDK_CONTROL_MASK &&
      GTK_IS_EDITABLE (focus) && *gtk_editable_get_text (GTK_EDITABLE (focus)) == '\0')
    return gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
  return FALSE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (!mv_widget_undo_last (widget))
    gtk_widget_error_bell (widget);
}

static void
mv_window_class_init (MvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mv_window_dispose;
  object_class->finalize = mv_window_finalize;
  object_class->get_property = mv_window_get_property;
  object_class->set_property = mv_window_set_property;

  window_class->close_request = mv_window_close_request;

  /* What the sections, the search bar and their panels show. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MV_TYPE_CONTEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, "members",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MV_TYPE_DOCUMENTS_PAGE);
  g_type_ensure (MV_TYPE_ITEMS_PAGE);
  g_type_ensure (MV_TYPE_MEMBERS_PAGE);
  g_type_ensure (MV_TYPE_SEARCH_BAR);
  g_type_ensure (MV_TYPE_YEAR_PLAN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MvWindow, add_member_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, council_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, council_title);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, create_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, main_banner);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, main_banner_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, main_banner_label);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, member_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, sample_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, welcome_banner);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, welcome_banner_button);
  gtk_widget_class_bind_template_child (widget_class, MvWindow, welcome_banner_label);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_result_activated_cb);

  mv_window_install_file_actions (widget_class);
  gtk_widget_class_install_property_action (widget_class, "win.show-section", "section");
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.council-settings", NULL,
                                   council_settings_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "s", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.show-item", "s", show_item_action);
  gtk_widget_class_install_action (widget_class, "win.edit-item", "s", edit_item_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.council-settings", NULL);

  /* In the bubble phase: a text field with the focus undoes its typing. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo",
                                       NULL);
}

static void
mv_window_init (MvWindow *self)
{
  g_autoptr(GtkExpression) name_expression = NULL;

  /* Before the template: the rows' win.show-section reads it as the
   * action's state while they are built. */
  self->section = g_strdup ("members");
  /* And the template's bindings hand it to the sections. */
  self->context = mv_context_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics_in_windows ();
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (undo_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }

  /* Each section's commands, for the header bar and the menus too. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *prefix;
      GActionGroup *actions = MV_IS_SECTION_PAGE (child)
                              ? mv_section_page_get_actions (MV_SECTION_PAGE (child), &prefix)
                              : NULL;

      if (actions != NULL)
        gtk_widget_insert_action_group (GTK_WIDGET (self), prefix, actions);
    }

  /* Restored once; saved when the window closes. */
  g_settings_bind (mv_context_get_settings (self->context), "window-width", self, "default-width",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (mv_context_get_settings (self->context), "window-height", self, "default-height",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (mv_context_get_settings (self->context), "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES);

  /* Screen readers read the row by its label, not by the icon beside it. */
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);
      GtkWidget *label;

      if (row == NULL)
        break;

      label = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (GTK_LABEL (label)),
                                      -1);
    }

  /* Other programs may write the file while it is open here. */
  self->refresh_source = g_timeout_add_seconds (REFRESH_INTERVAL_SECONDS, refresh_timeout_cb, self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);

  name_expression = gtk_property_expression_new (MV_TYPE_COUNCIL, NULL, "name");
  gtk_drop_down_set_expression (self->council_dropdown, name_expression);
  g_signal_connect_object (self->council_dropdown, "notify::selected-item",
                           G_CALLBACK (council_dropdown_notify_cb), self, G_CONNECT_SWAPPED);

  update_section (self);
  update_councils (self);
}

/**
 * mv_window_new:
 * @store: (nullable): the file to show
 */
MvWindow *
mv_window_new (GtkApplication *application,
               MvStore        *store)
{
  MvWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || MV_IS_STORE (store), NULL);

  self = g_object_new (MV_TYPE_WINDOW, "application", application, NULL);

  mv_window_set_store (self, store);

  return self;
}

MvStore *
mv_window_get_store (MvWindow *self)
{
  g_return_val_if_fail (MV_IS_WINDOW (self), NULL);

  return get_store (self);
}

void
mv_window_set_store (MvWindow *self,
                     MvStore  *store)
{
  gboolean read_only;
  gboolean on_share;

  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));

  if (get_store (self) == store)
    return;

  if (get_store (self) != NULL)
    g_signal_handlers_disconnect_by_func (get_councils (self), councils_changed_cb, self);

  /* The old file's council goes with it. */
  mv_window_set_council (self, NULL);
  mv_context_set_store (self->context, store);
  /* The changes to undo were the other file's. */
  mv_widget_clear_undo (GTK_WIDGET (self));

  read_only = get_store (self) != NULL && mv_store_get_read_only (get_store (self));
  on_share = get_store (self) != NULL && mv_store_get_network_fs (get_store (self)) != NULL;
  if (read_only || on_share)
    {
      g_autofree char *text = NULL;

      if (mv_store_get_damaged (get_store (self)))
        text = g_strdup (_("This file is damaged, so it is open read-only. Save a copy of what "
                           "can be read, or restore a backup."));
      else if (read_only)
        text = g_strdup (_("This file is read-only. Changes cannot be saved."));
      else
        text = g_strdup_printf (_("This file is on a network share (%s). Medvirke works on it "
                                  "without SQLite’s write-ahead log, which does not reach across "
                                  "computers, and two computers writing at once can still damage "
                                  "it. Copy it to this computer to work safely."),
                                mv_store_get_network_fs (get_store (self)));

      gtk_label_set_text (self->welcome_banner_label, text);
      gtk_label_set_text (self->main_banner_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->welcome_banner_button), on_share);
  gtk_widget_set_visible (GTK_WIDGET (self->main_banner_button), on_share);
  gtk_revealer_set_reveal_child (self->welcome_banner, read_only || on_share);
  gtk_revealer_set_reveal_child (self->main_banner, read_only || on_share);

  if (get_store (self) != NULL)
    {
      g_autofree char *name = g_filename_display_basename (mv_store_get_path (get_store (self)));

      gtk_label_set_label (self->file_label, name);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->file_label), get_store (self) != NULL);

  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_model (self->council_dropdown, get_councils (self));
  self->syncing_dropdown = FALSE;

  /* Last, so that the drop-down and the pages have seen a change of the
   * list before the window acts on it. */
  if (get_store (self) != NULL)
    g_signal_connect_object (get_councils (self), "items-changed",
                             G_CALLBACK (councils_changed_cb), self, G_CONNECT_SWAPPED);

  update_councils (self);
}

/**
 * mv_window_open_path:
 *
 * Opens the Medvirke file at @path, made anew when there is none, in place
 * of the one shown. On error the window keeps its file.
 */
gboolean
mv_window_open_path (MvWindow    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(MvStore) store = NULL;

  g_return_val_if_fail (MV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = mv_store_open (path, MV_STORE_FLAGS_NONE, error);
  if (store == NULL)
    return FALSE;

  mv_window_set_store (self, store);
  g_settings_set_string (mv_context_get_settings (self->context), "last-file", mv_store_get_path (store));

  return TRUE;
}

MvCouncil *
mv_window_get_council (MvWindow *self)
{
  g_return_val_if_fail (MV_IS_WINDOW (self), NULL);

  return get_council (self);
}

void
mv_window_set_council (MvWindow  *self,
                       MvCouncil *council)
{
  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (council == NULL || MV_IS_COUNCIL (council));

  if (get_council (self) == council)
    return;

  mv_context_set_council (self->context, council);

  g_clear_pointer (&self->council_name_binding, g_binding_unbind);
  g_clear_pointer (&self->council_tooltip_binding, g_binding_unbind);
  if (council != NULL)
    {
      self->council_name_binding = g_object_bind_property (council, "name",
                                                           self->council_title, "label",
                                                           G_BINDING_SYNC_CREATE);
      /* A name longer than two lines of the sidebar is cut there. */
      self->council_tooltip_binding = g_object_bind_property (council, "name",
                                                              self->council_title,
                                                              "tooltip-text",
                                                              G_BINDING_SYNC_CREATE);
    }
  else
    {
      gtk_label_set_label (self->council_title, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->council_title), NULL);
    }

  sync_dropdown (self);
  update_actions (self);

}

const char *
mv_window_get_section (MvWindow *self)
{
  g_return_val_if_fail (MV_IS_WINDOW (self), NULL);

  return self->section;
}

/**
 * mv_window_set_section:
 * @section: "members", "year-plan", "items" or "documents"
 *
 * Shows the section, also when the window is too narrow for the sidebar
 * and the section beside each other.
 */
void
mv_window_set_section (MvWindow   *self,
                       const char *section)
{
  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (section != NULL);

  if (gtk_stack_get_child_by_name (self->section_stack, section) == NULL)
    {
      g_warning ("The window has no section “%s”", section);
      return;
    }

  if (g_strcmp0 (self->section, section) != 0)
    {
      g_free (self->section);
      self->section = g_strdup (section);
      update_section (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/**
 * mv_window_show_meeting:
 * @meeting: (nullable): a meeting of the window's file
 *
 * Shows the meeting's page, with its agenda, in the year plan of its
 * council.
 */
void
mv_window_show_meeting (MvWindow  *self,
                        MvMeeting *meeting)
{
  g_autoptr(MvCouncil) council = NULL;
  MvYearPlanPage *year_plan;
  GDate date;

  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (meeting == NULL || MV_IS_MEETING (meeting));

  if (meeting == NULL || get_store (self) == NULL)
    return;

  council = mv_meeting_dup_council (get_store (self), meeting);
  if (council != NULL)
    mv_window_set_council (self, council);
  year_plan = MV_YEAR_PLAN_PAGE (mv_window_get_section_page (self, "year-plan"));
  mv_window_set_section (self, "year-plan");
  if (mv_meeting_get_date (meeting, &date))
    mv_year_plan_page_set_year (year_plan, g_date_get_year (&date));
  mv_year_plan_page_show_meeting (year_plan, meeting);
}

/**
 * mv_window_create_council:
 *
 * Adds a council to the file and shows it; shows why when that fails.
 *
 * Returns: (transfer none) (nullable): the new council
 */
MvCouncil *
mv_window_create_council (MvWindow   *self,
                          const char *name,
                          const char *nav_unit)
{
  g_autoptr(GError) error = NULL;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_WINDOW (self), NULL);

  if (get_store (self) == NULL)
    return NULL;

  council = mv_council_create (get_store (self), name, nav_unit, NULL, &error);
  if (council == NULL)
    {
      mv_window_show_error (self, _("Could Not Create the Council"), error->message);
      return NULL;
    }

  mv_window_set_council (self, council);
  return council;
}

/**
 * mv_window_create_sample:
 *
 * Fills the empty file with the sample council; shows why when that fails.
 */
gboolean
mv_window_create_sample (MvWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MV_IS_WINDOW (self), FALSE);

  if (get_store (self) == NULL)
    return FALSE;

  if (!mv_sample_create (get_store (self), mv_pdf_inspect, &error))
    {
      mv_window_show_error (self, _("Could Not Create the Sample Council"), error->message);
      return FALSE;
    }

  return TRUE;
}

void
mv_window_show_error (MvWindow   *self,
                      const char *heading,
                      const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (MV_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
mv_window_show_toast (MvWindow   *self,
                      const char *message)
{
  g_return_if_fail (MV_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * mv_window_add_toast:
 * @toast: (transfer full): a toast, perhaps with a button
 */
void
mv_window_add_toast (MvWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
mv_window_get_visible_page (MvWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

GtkListBox *
mv_window_get_sidebar (MvWindow *self)
{
  return self->sidebar;
}

GtkLabel *
mv_window_get_council_title (MvWindow *self)
{
  return self->council_title;
}

/* The banner of the page shown. */
GtkRevealer *
mv_window_get_banner (MvWindow *self)
{
  return g_str_equal (mv_window_get_visible_page (self), "main") ? self->main_banner
                                                                 : self->welcome_banner;
}

/* The banner's button of the page shown: Copy to This Computer. */
GtkWidget *
mv_window_get_banner_button (MvWindow *self)
{
  return g_str_equal (mv_window_get_visible_page (self), "main")
         ? GTK_WIDGET (self->main_banner_button)
         : GTK_WIDGET (self->welcome_banner_button);
}

/**
 * mv_window_show_item:
 *
 * Shows @item: its row in the items section.
 *
 * Returns: whether the item's row is shown
 */
gboolean
mv_window_show_item (MvWindow     *self,
                     MvAgendaItem *item)
{
  g_return_val_if_fail (MV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);

  mv_window_set_section (self, "items");
  return mv_items_page_select_item (MV_ITEMS_PAGE (mv_window_get_section_page (self, "items")),
                                    item);
}

/**
 * mv_window_show_document:
 * @page: from 0
 *
 * Shows @document at @page in the documents section.
 */
gboolean
mv_window_show_document (MvWindow   *self,
                         MvDocument *document,
                         int         page)
{
  MvSectionPage *documents;

  g_return_val_if_fail (MV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);

  mv_window_set_section (self, "documents");
  documents = mv_window_get_section_page (self, "documents");
  return mv_documents_page_show_document (MV_DOCUMENTS_PAGE (documents), document, page);
}

MvSearchBar *
mv_window_get_search_bar (MvWindow *self)
{
  return self->search_bar;
}

GtkWidget *
mv_window_get_create_button (MvWindow *self)
{
  return self->create_button;
}

GtkWidget *
mv_window_get_sample_button (MvWindow *self)
{
  return self->sample_button;
}

GtkWidget *
mv_window_get_add_member_button (MvWindow *self)
{
  return self->add_member_button;
}

GtkWidget *
mv_window_get_member_menu_button (MvWindow *self)
{
  return self->member_menu_button;
}

MvSectionPage *
mv_window_get_section_page (MvWindow   *self,
                            const char *section)
{
  return MV_SECTION_PAGE (gtk_stack_get_child_by_name (self->section_stack, section));
}
