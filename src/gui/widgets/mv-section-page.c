/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-columns.h"
#include "mv-section-page.h"

typedef struct
{
  MvContext          *context;

  GType               record_type;
  GtkColumnView      *column_view;
  GtkStack           *stack;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;

  char               *action_prefix;
  GSimpleActionGroup *actions;
  GtkEventController *shortcuts;
  GtkWidget          *stack_parent;
} MvSectionPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MvSectionPage, mv_section_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_record (gpointer item,
               gpointer user_data)
{
  MvSectionPage *self = MV_SECTION_PAGE (user_data);
  MvSectionPageClass *klass = MV_SECTION_PAGE_GET_CLASS (self);
  MvCouncil *council = mv_section_page_get_council (self);
  MvRecord *record = item;

  if (council == NULL ||
      g_strcmp0 (mv_record_get_string (record, "council-id"),
                 mv_record_get_id (MV_RECORD (council))) != 0)
    return FALSE;

  return klass->filter == NULL || klass->filter (self, record);
}

static void
update_placeholder (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);
  gboolean empty = priv->filtered == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (priv->filtered)) == 0;

  gtk_stack_set_visible_child_name (priv->stack, empty ? "empty" : "list");
}

static void
filtered_items_changed_cb (MvSectionPage *self)
{
  update_placeholder (self);
}

static void
set_up_model (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);
  MvStore *store = mv_section_page_get_store (self);

  if (priv->filtered != NULL)
    g_signal_handlers_disconnect_by_func (priv->filtered, filtered_items_changed_cb, self);
  g_clear_object (&priv->filtered);
  g_clear_object (&priv->filter);

  if (priv->column_view == NULL)
    return;

  if (store == NULL)
    {
      gtk_column_view_set_model (priv->column_view, NULL);
      update_placeholder (self);
      return;
    }

  priv->filter = gtk_custom_filter_new (filter_record, self, NULL);
  priv->filtered = g_object_ref (
    mv_column_view_set_records (priv->column_view,
                                mv_store_get_model (store, priv->record_type),
                                g_object_ref (GTK_FILTER (priv->filter))));
  g_signal_connect_swapped (priv->filtered, "items-changed",
                            G_CALLBACK (filtered_items_changed_cb), self);
  update_placeholder (self);
}

static void
update_actions (MvSectionPage *self)
{
  MvSectionPageClass *klass = MV_SECTION_PAGE_GET_CLASS (self);

  if (klass->update_actions != NULL)
    klass->update_actions (self);
}

static void
context_store_notify_cb (MvSectionPage *self)
{
  MvSectionPageClass *klass = MV_SECTION_PAGE_GET_CLASS (self);

  set_up_model (self);
  if (klass->store_changed != NULL)
    klass->store_changed (self);
  update_actions (self);
}

static void
context_council_notify_cb (MvSectionPage *self)
{
  MvSectionPageClass *klass = MV_SECTION_PAGE_GET_CLASS (self);

  mv_section_page_refilter (self);
  if (klass->council_changed != NULL)
    klass->council_changed (self);
  update_actions (self);
}

/* A section is shown while it is its stack's visible child – also while a
 * narrow window shows the sidebar over it. */
static void
parent_notify_cb (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (priv->stack_parent != NULL)
    g_signal_handlers_disconnect_by_func (priv->stack_parent, update_actions, self);
  g_set_weak_pointer (&priv->stack_parent, GTK_IS_STACK (parent) ? parent : NULL);
  if (priv->stack_parent != NULL)
    g_signal_connect_swapped (priv->stack_parent, "notify::visible-child",
                              G_CALLBACK (update_actions), self);

  update_actions (self);
}

static void
mv_section_page_dispose (GObject *object)
{
  MvSectionPage *self = MV_SECTION_PAGE (object);
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  if (priv->filtered != NULL)
    g_signal_handlers_disconnect_by_func (priv->filtered, filtered_items_changed_cb, self);
  if (priv->column_view != NULL)
    gtk_column_view_set_model (priv->column_view, NULL);
  g_clear_object (&priv->filtered);
  g_clear_object (&priv->filter);
  if (priv->context != NULL)
    g_signal_handlers_disconnect_by_data (priv->context, self);
  if (priv->stack_parent != NULL)
    g_signal_handlers_disconnect_by_func (priv->stack_parent, update_actions, self);
  g_clear_weak_pointer (&priv->stack_parent);
  g_clear_object (&priv->context);
  g_clear_object (&priv->actions);
  g_clear_pointer (&priv->action_prefix, g_free);
  g_clear_object (&priv->column_view);
  g_clear_object (&priv->stack);

  G_OBJECT_CLASS (mv_section_page_parent_class)->dispose (object);
}

static void
mv_section_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MvSectionPage *self = MV_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, mv_section_page_get_context (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_section_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MvSectionPage *self = MV_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      mv_section_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_section_page_class_init (MvSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_section_page_dispose;
  object_class->get_property = mv_section_page_get_property;
  object_class->set_property = mv_section_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MV_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mv_section_page_init (MvSectionPage *self)
{
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_notify_cb), NULL);
}

/**
 * mv_section_page_set_view:
 * @stack: has a child "list" that holds @column_view and a child "empty",
 *   shown while the council has no records of @record_type
 *
 * For a subclass's init, after its template.
 */
void
mv_section_page_set_view (MvSectionPage *self,
                          GType          record_type,
                          GtkColumnView *column_view,
                          GtkStack      *stack)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_if_fail (MV_IS_SECTION_PAGE (self));
  g_return_if_fail (g_type_is_a (record_type, MV_TYPE_RECORD));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));
  g_return_if_fail (GTK_IS_STACK (stack));

  /* Held past the subclass's gtk_widget_dispose_template(), for dispose. */
  priv->record_type = record_type;
  g_set_object (&priv->column_view, column_view);
  g_set_object (&priv->stack, stack);

  set_up_model (self);
}

MvContext *
mv_section_page_get_context (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), NULL);

  return priv->context;
}

/**
 * mv_section_page_set_context:
 *
 * Shows the records of @context's council in @context's file, and follows
 * it when either changes.
 */
void
mv_section_page_set_context (MvSectionPage *self,
                             MvContext     *context)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);
  MvSectionPageClass *klass;

  g_return_if_fail (MV_IS_SECTION_PAGE (self));
  g_return_if_fail (context == NULL || MV_IS_CONTEXT (context));

  if (priv->context == context)
    return;

  klass = MV_SECTION_PAGE_GET_CLASS (self);
  if (priv->context != NULL)
    g_signal_handlers_disconnect_by_data (priv->context, self);
  g_set_object (&priv->context, context);
  if (context != NULL)
    {
      g_signal_connect_swapped (context, "notify::store",
                                G_CALLBACK (context_store_notify_cb), self);
      g_signal_connect_swapped (context, "notify::council",
                                G_CALLBACK (context_council_notify_cb), self);
    }

  set_up_model (self);
  if (klass->store_changed != NULL)
    klass->store_changed (self);
  if (klass->council_changed != NULL)
    klass->council_changed (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* The context's file and council, or NULL while it has none. */
MvStore *
mv_section_page_get_store (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), NULL);

  return priv->context != NULL ? mv_context_get_store (priv->context) : NULL;
}

MvCouncil *
mv_section_page_get_council (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), NULL);

  return priv->context != NULL ? mv_context_get_council (priv->context) : NULL;
}

GtkColumnView *
mv_section_page_get_column_view (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), NULL);

  return priv->column_view;
}

/**
 * mv_section_page_refilter:
 *
 * Runs the filter again, for a subclass whose filter depends on more than
 * the council.
 */
void
mv_section_page_refilter (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_if_fail (MV_IS_SECTION_PAGE (self));

  if (priv->filter != NULL)
    gtk_filter_changed (GTK_FILTER (priv->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * mv_section_page_add_actions:
 * @prefix: the section's name for its actions, e.g. "members"
 * @entries: activated with the page as their user data
 *
 * For a subclass's init: the section's commands, which the window offers
 * under @prefix to its header bar and menus as well (prefix.name). Each
 * starts disabled; the subclass's update_actions enables them.
 */
void
mv_section_page_add_actions (MvSectionPage      *self,
                             const char         *prefix,
                             const GActionEntry *entries,
                             guint               n_entries)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_if_fail (MV_IS_SECTION_PAGE (self));
  g_return_if_fail (priv->actions == NULL);

  priv->action_prefix = g_strdup (prefix);
  priv->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (priv->actions), entries, n_entries, self);
  for (guint i = 0; i < n_entries; i++)
    mv_section_page_set_action_enabled (self, entries[i].name, FALSE);
}

/**
 * mv_section_page_get_actions:
 * @prefix: (out) (optional): the prefix they go under
 *
 * Returns: (transfer none) (nullable): the section's actions
 */
GActionGroup *
mv_section_page_get_actions (MvSectionPage  *self,
                             const char    **prefix)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), NULL);

  if (prefix != NULL)
    *prefix = priv->action_prefix;

  return priv->actions ? G_ACTION_GROUP (priv->actions) : NULL;
}

void
mv_section_page_set_action_enabled (MvSectionPage *self,
                                    const char    *name,
                                    gboolean       enabled)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);
  GAction *action;

  g_return_if_fail (MV_IS_SECTION_PAGE (self));
  g_return_if_fail (priv->actions != NULL);

  action = g_action_map_lookup_action (G_ACTION_MAP (priv->actions), name);
  g_return_if_fail (G_IS_SIMPLE_ACTION (action));

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/**
 * mv_section_page_add_shortcut:
 * @action_name: a detailed action name, the section's own or any other
 *
 * A shortcut that works wherever the focus is in the window while the
 * section is shown: the keys may be the same as another section's (Ctrl+N
 * is each section's New), as an action is enabled only while its section
 * is shown (mv_section_page_get_shown()), and GTK runs the shortcuts of a
 * section the window shows.
 */
void
mv_section_page_add_shortcut (MvSectionPage   *self,
                              guint            keyval,
                              GdkModifierType  modifiers,
                              const char      *action_name)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_if_fail (MV_IS_SECTION_PAGE (self));

  if (priv->shortcuts == NULL)
    {
      priv->shortcuts = gtk_shortcut_controller_new ();
      gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (priv->shortcuts),
                                         GTK_SHORTCUT_SCOPE_MANAGED);
      gtk_widget_add_controller (GTK_WIDGET (self), priv->shortcuts);
    }

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (priv->shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action_name)));
}

/* Whether the window shows the section now: it is the visible child of
 * the window's stack of sections (or, outside a stack, mapped). */
gboolean
mv_section_page_get_shown (MvSectionPage *self)
{
  MvSectionPagePrivate *priv = mv_section_page_get_instance_private (self);

  g_return_val_if_fail (MV_IS_SECTION_PAGE (self), FALSE);

  if (priv->stack_parent != NULL)
    return gtk_stack_get_visible_child (GTK_STACK (priv->stack_parent)) == GTK_WIDGET (self);

  return gtk_widget_get_mapped (GTK_WIDGET (self));
}
