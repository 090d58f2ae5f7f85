/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-gui-util.h"
#include "mv-member-user-group.h"
#include "mv-organisation.h"
#include "mv-user-group.h"

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  MvUserGroup *ga = *(MvUserGroup **) a;
  MvUserGroup *gb = *(MvUserGroup **) b;

  return mv_user_group_get_position (ga) - mv_user_group_get_position (gb);
}

/**
 * mv_member_dup_user_groups:
 *
 * Returns: (transfer full): the names of the user groups @member speaks
 *   for, in the register's order, joined by ", "
 */
char *
mv_member_dup_user_groups (MvStore  *store,
                           MvMember *member)
{
  GListModel *links = mv_store_get_model (store, MV_TYPE_MEMBER_USER_GROUP);
  const char *id = mv_record_get_id (MV_RECORD (member));
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);
      MvUserGroup *group;

      if (g_strcmp0 (mv_member_user_group_get_member_id (link), id) != 0)
        continue;
      group = mv_store_lookup (store, MV_TYPE_USER_GROUP,
                               mv_member_user_group_get_user_group_id (link));
      if (group != NULL)
        g_ptr_array_add (groups, group);
    }

  g_ptr_array_sort (groups, compare_positions);
  for (guint i = 0; i < groups->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            mv_user_group_get_name (g_ptr_array_index (groups, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * mv_member_list_deputies:
 *
 * Returns: (transfer container): the members who stand in for @member
 */
GPtrArray *
mv_member_list_deputies (MvStore  *store,
                         MvMember *member)
{
  GListModel *members = mv_store_get_model (store, MV_TYPE_MEMBER);
  const char *id = mv_record_get_id (MV_RECORD (member));
  GPtrArray *deputies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MvMember) other = g_list_model_get_item (members, i);

      if (g_strcmp0 (mv_member_get_deputy_for (other), id) == 0)
        g_ptr_array_add (deputies, g_steal_pointer (&other));
    }

  return deputies;
}

/**
 * mv_member_dup_deputy_text:
 *
 * Returns: (transfer full): for a deputy "for" the member they stand in
 *   for; for a member, the names of their deputies
 */
char *
mv_member_dup_deputy_text (MvStore  *store,
                           MvMember *member)
{
  MvMember *principal = mv_store_lookup (store, MV_TYPE_MEMBER, mv_member_get_deputy_for (member));
  g_autoptr(GPtrArray) deputies = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (principal != NULL)
    /* Translators: in the Deputy column, whom a deputy stands in for. */
    return g_strdup_printf (_("for %s"), mv_member_get_name (principal));

  deputies = mv_member_list_deputies (store, member);
  for (guint i = 0; i < deputies->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            mv_member_get_name (g_ptr_array_index (deputies, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The window @widget is in, or the one its dialog stands over. */
static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  while (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The first toast overlay in @widget, depth first. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *overlay = find_toast_overlay (child);

      if (overlay != NULL)
        return overlay;
    }

  return NULL;
}

/* Shows a failure over the window @widget is in; never lost. */
void
mv_widget_show_error (GtkWidget  *widget,
                      const char *heading,
                      const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * mv_widget_add_toast:
 * @toast: (transfer full): a toast, perhaps with a button
 *
 * Shows @toast in the window @widget is in, or in the one its dialog stands
 * over: in that window's toast overlay, so that no widget needs to know the
 * window's type.
 */
void
mv_widget_add_toast (GtkWidget *widget,
                     AdwToast  *toast)
{
  GtkWindow *window = window_of (widget);
  AdwToastOverlay *overlay = window != NULL ? find_toast_overlay (GTK_WIDGET (window)) : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (toast);
}

/* Marks a row whose input is refused, for the eye and for screen readers. */
void
mv_row_set_error (GtkWidget *row,
                  gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               error ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* mv_row_set_error() for a @reason, which screen readers also read as the
 * row's description; NULL clears both. */
void
mv_row_set_error_reason (GtkWidget  *row,
                         const char *reason)
{
  mv_row_set_error (row, reason != NULL);
  if (reason != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    reason, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/**
 * mv_drop_down_get_toggle:
 *
 * Returns: (transfer none) (nullable): the toggle button that a GtkDropDown
 *   shows and focuses, its first GtkToggleButton
 */
GtkWidget *
mv_drop_down_get_toggle (GtkWidget *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child))
        return child;
      if ((found = mv_drop_down_get_toggle (child)) != NULL)
        return found;
    }
  return NULL;
}

/* @label without its mnemonic underscores ("_Ny sak" → "Ny sak", "__" → "_"). */
static char *
strip_mnemonic (const char *label)
{
  GString *plain = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            p++;
          else
            continue;
        }
      g_string_append_c (plain, *p);
    }
  return g_string_free (plain, FALSE);
}

static void
plain_label_cb (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  GtkWidget *target = user_data != NULL ? user_data : GTK_WIDGET (object);
  g_autofree char *label = NULL;
  g_autofree char *plain = NULL;
  gboolean underline = FALSE;

  g_object_get (object, "label", &label, "use-underline", &underline, NULL);
  if (label == NULL || !underline || strchr (label, '_') == NULL)
    return;

  plain = strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
}

static void
plain_mnemonic (GObject   *labelled,
                GtkWidget *target)
{
  if (g_object_get_data (labelled, "mv-plain-mnemonic") != NULL)
    return;
  g_object_set_data (labelled, "mv-plain-mnemonic", GINT_TO_POINTER (TRUE));
  g_signal_connect (labelled, "notify::label", G_CALLBACK (plain_label_cb), target);
  g_signal_connect (labelled, "notify::use-underline", G_CALLBACK (plain_label_cb), target);
  plain_label_cb (labelled, NULL, target);
}

/* GTK 4.8 copies a button's label, mnemonic underscore and all, into its
 * accessible name, and a screen reader then says "_Ny sak Ny sak"; an
 * AdwButtonContent's button has no name of its own. This gives every
 * button, check button and button content under @root (itself included)
 * its label's plain words as its name, now and whenever the label
 * changes. A button whose name should say more than its label gets that
 * name after this call. */
void
mv_widget_plain_mnemonics (GtkWidget *root)
{
  /* A GtkDropDown's focus goes to the toggle button inside it, which GTK
   * 4.8 names by its type ("GtkToggleButton"): it is labelled by its
   * drop-down, whose name the UI gives. */
  if (GTK_IS_DROP_DOWN (root))
    {
      GtkWidget *toggle = mv_drop_down_get_toggle (root);

      if (toggle != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, root, NULL, -1);
    }

  if (GTK_IS_BUTTON (root) || GTK_IS_CHECK_BUTTON (root))
    plain_mnemonic (G_OBJECT (root), NULL);
  else if (ADW_IS_BUTTON_CONTENT (root))
    {
      GtkWidget *button = gtk_widget_get_ancestor (root, GTK_TYPE_BUTTON);

      if (button != NULL)
        plain_mnemonic (G_OBJECT (root), button);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mv_widget_plain_mnemonics (child);
}

static void
toplevel_show_cb (GtkWidget *window,
                  gpointer   user_data)
{
  mv_widget_plain_mnemonics (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (window, "mv-plain-mnemonics-on-show") != NULL)
        continue;
      g_object_set_data (window, "mv-plain-mnemonics-on-show", GINT_TO_POINTER (TRUE));
      g_signal_connect (window, "show", G_CALLBACK (toplevel_show_cb), NULL);
    }
}

/* mv_widget_plain_mnemonics() for every window of the app when it is
 * shown, so that the buttons libadwaita makes (an AdwMessageDialog's
 * responses) read right too. Once is enough; later calls do nothing. */
void
mv_widget_plain_mnemonics_in_windows (void)
{
  static gboolean watching;
  GListModel *toplevels;

  if (watching)
    return;
  watching = TRUE;
  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), NULL);
}

/* For g_ptr_array_sort() of MvOrganisation: by name, as people sort. */
int
mv_compare_organisation_names (gconstpointer a,
                               gconstpointer b)
{
  return g_utf8_collate (mv_organisation_get_name (*(MvOrganisation **) a),
                         mv_organisation_get_name (*(MvOrganisation **) b));
}

/* The window's undo list: the toasts with an Undo button, the last on
 * top, so that Ctrl+Z anywhere in the window does what the last one's
 * button does – also after the toast has gone. Kept on the window, where
 * the toast overlay is found too. */
#define UNDO_TOASTS "mv-undo-toasts"
#define MAX_UNDO_TOASTS 50

static GPtrArray *
undo_toasts (GtkWindow *window,
             gboolean   create)
{
  GPtrArray *toasts = g_object_get_data (G_OBJECT (window), UNDO_TOASTS);

  if (toasts == NULL && create)
    {
      toasts = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (window), UNDO_TOASTS, toasts,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  return toasts;
}

/* The button was pressed: the change is undone and leaves the list. */
static void
undo_toast_clicked_cb (AdwToast  *toast,
                       GtkWindow *window)
{
  GPtrArray *toasts = undo_toasts (window, FALSE);

  if (toasts != NULL)
    g_ptr_array_remove (toasts, toast);
}

/* Shows @message over @widget's window in a toast before the others, whose
 * Undo button calls @undo_cb (AdwToast *toast, gpointer data); @free_data
 * frees @data when the toast is gone. Ctrl+Z (mv_widget_undo_last()) does
 * the same while it is the last undoable change of the window.
 *
 * Returns: (transfer none) (nullable): the toast, while it is shown */
AdwToast *
mv_widget_add_undo_toast (GtkWidget      *widget,
                          const char     *message,
                          GCallback       undo_cb,
                          gpointer        data,
                          GClosureNotify  free_data)
{
  GtkWindow *window;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo_cb, data, free_data, 0);

  if ((window = window_of (widget)) != NULL)
    {
      GPtrArray *toasts = undo_toasts (window, TRUE);

      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_clicked_cb),
                               window, 0);
      g_ptr_array_add (toasts, g_object_ref (toast));
      if (toasts->len > MAX_UNDO_TOASTS)
        g_ptr_array_remove_index (toasts, 0);
    }

  mv_widget_add_toast (widget, toast);
  return toast;
}

typedef struct
{
  GWeakRef  widget;
  MvStore  *store;
  MvUndo   *undo;
  char     *failed;   /* the heading of the error when the undo fails */
} StoreUndo;

static void
store_undo_free (gpointer  data,
                 GClosure *closure)
{
  StoreUndo *undo = data;

  g_weak_ref_clear (&undo->widget);
  g_clear_object (&undo->store);
  g_clear_pointer (&undo->undo, mv_undo_free);
  g_free (undo->failed);
  g_free (undo);
}

static void
store_undo_clicked_cb (AdwToast  *toast,
                       StoreUndo *undo)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&undo->widget);
  g_autoptr(MvUndo) steps = g_steal_pointer (&undo->undo);
  g_autoptr(GError) error = NULL;

  /* Once: the button and Ctrl+Z both end here. */
  if (steps == NULL || mv_undo_apply (steps, undo->store, &error))
    return;
  if (widget != NULL)
    mv_widget_show_error (widget, undo->failed, error->message);
  else
    g_warning ("%s: %s", undo->failed, error->message);
}

/**
 * mv_widget_add_store_undo_toast:
 * @undo: (transfer full): what a core operation handed back
 * @failed: the heading of the error shown when the undo fails ("Could Not
 *   Restore the Document")
 *
 * mv_widget_add_undo_toast() for the common case: Undo plays @undo back on
 * @store.
 *
 * Returns: (transfer none) (nullable): the toast, while it is shown
 */
AdwToast *
mv_widget_add_store_undo_toast (GtkWidget  *widget,
                                const char *message,
                                MvStore    *store,
                                MvUndo     *undo,
                                const char *failed)
{
  StoreUndo *data;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  data = g_new0 (StoreUndo, 1);
  g_weak_ref_init (&data->widget, widget);
  data->store = g_object_ref (store);
  data->undo = undo;
  data->failed = g_strdup (failed);
  return mv_widget_add_undo_toast (widget, message, G_CALLBACK (store_undo_clicked_cb), data,
                                   store_undo_free);
}

/**
 * mv_widget_undo_last:
 *
 * Undoes the last change of @widget's window that a toast offered to undo,
 * as its Undo button would. The toast, if still shown, then says so and
 * loses its button – rather than being dismissed, which libadwaita 1.2
 * does not survive while a toast it pushed back is still hiding.
 *
 * Returns: whether there was one
 */
gboolean
mv_widget_undo_last (GtkWidget *widget)
{
  GtkWindow *window = window_of (widget);
  GPtrArray *toasts = window ? undo_toasts (window, FALSE) : NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;

  if (toasts == NULL || toasts->len == 0)
    return FALSE;

  toast = g_ptr_array_steal_index (toasts, toasts->len - 1);
  /* Translators: a toast after Ctrl+Z; %s is what it said before, such as
   * "“Siv Andersen” removed". */
  title = g_strdup_printf (_("Undone: %s"), adw_toast_get_title (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_set_title (toast, title);
  adw_toast_set_button_label (toast, NULL);
  return TRUE;
}

/* Forgets the window's undoable changes: another file is shown. */
void
mv_widget_clear_undo (GtkWidget *widget)
{
  GtkWindow *window = window_of (widget);
  GPtrArray *toasts = window ? undo_toasts (window, FALSE) : NULL;

  if (toasts != NULL)
    g_ptr_array_set_size (toasts, 0);
}

typedef struct
{
  GWeakRef         widget;
  MvWidgetUndoFunc undo;
} OfferedUndo;

static void
offered_undo_free (gpointer  data,
                   GClosure *closure)
{
  OfferedUndo *offered = data;

  g_weak_ref_clear (&offered->widget);
  g_free (offered);
}

static void
offered_undo_clicked_cb (AdwToast    *toast,
                         OfferedUndo *offered)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&offered->widget);

  if (widget != NULL)
    offered->undo (widget);
}

/* An undo toast (mv_widget_add_undo_toast()) whose button calls @undo on
 * @widget, if @widget is still there then. */
void
mv_widget_offer_undo (GtkWidget        *widget,
                      const char       *message,
                      MvWidgetUndoFunc  undo)
{
  OfferedUndo *offered;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (undo != NULL);

  offered = g_new0 (OfferedUndo, 1);
  g_weak_ref_init (&offered->widget, widget);
  offered->undo = undo;
  mv_widget_add_undo_toast (widget, message, G_CALLBACK (offered_undo_clicked_cb), offered,
                            offered_undo_free);
}

/* Offers the files of one type (@mime_type or ending in .@suffix) under
 * @name in @chooser, which owns the filter returned. */
GtkFileFilter *
mv_file_chooser_add_filter (GtkFileChooser *chooser,
                            const char     *name,
                            const char     *mime_type,
                            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_val_if_fail (GTK_IS_FILE_CHOOSER (chooser), NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
  return filter;
}
