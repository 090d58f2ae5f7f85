/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-export.h"
#include "mv-council.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-export-dialog-private.h"
#include "mv-gui-util.h"
#include "mv-meeting-actions.h"
#include "mv-meeting-util.h"
#include "mv-meetings.h"
#include "mv-packet.h"

struct _MvExportDialog
{
  AdwWindow       parent_instance;

  MvStore        *store;
  MvMeeting      *meeting;
  GCancellable   *cancellable;   /* while an export runs */
  char           *path;          /* of the last export */
  gboolean        disposed;

  /* Template widgets */
  GtkWidget      *cancel_button;
  GtkLabel       *error_label;
  GtkWidget      *export_button;
  GtkWidget      *gaps_box;
  GtkLabel       *gaps_label;
  AdwComboRow    *language_row;
  GtkCheckButton *notice_check;
  GtkWidget      *options_group;
  GtkCheckButton *packet_check;
  GtkProgressBar *progress_bar;
  GtkWidget      *progress_box;
  GtkSwitch      *public_switch;
  GtkLabel       *status_label;
  GtkWidget      *version_group;
  AdwWindowTitle *window_title;
  GtkCheckButton *xlsx_check;
};

G_DEFINE_FINAL_TYPE (MvExportDialog, mv_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (MvExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_busy (MvExportDialog *self,
          gboolean        busy)
{
  gtk_widget_set_sensitive (self->options_group, !busy);
  gtk_widget_set_sensitive (self->version_group, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", !busy);
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_label_set_text (self->status_label, "");
  if (!busy)
    g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static MvLanguage
council_language (MvExportDialog *self)
{
  MvCouncil *council;

  if (self->store == NULL || self->meeting == NULL)
    return MV_LANGUAGE_NB;
  council = mv_store_lookup (self->store, MV_TYPE_COUNCIL,
                             mv_meeting_get_council_id (self->meeting));
  return council != NULL ? mv_council_get_language (council) : MV_LANGUAGE_NB;
}

static void
options_changed_cb (MvExportDialog *self)
{
  show_error (self, NULL);
}

/* The gaps of the notice, shown above the choices: the export can go on,
 * but the user sees what the members would miss. */
static void
update_gaps (MvExportDialog *self)
{
  g_autofree char *gaps = mv_notice_gaps_dup_text (self->store, self->meeting);

  gtk_label_set_text (self->gaps_label, gaps ? gaps : "");
  gtk_widget_set_visible (self->gaps_box, gaps != NULL);
  gtk_button_set_label (GTK_BUTTON (self->export_button),
                        gaps ? _("_Export Anyway…") : _("_Export…"));
}

static void
export_progress_cb (double      fraction,
                    const char *what,
                    gpointer    user_data)
{
  MvExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_label_set_text (self->status_label, what);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MvExportDialog) self = user_data;
  g_autoptr(GPtrArray) left_out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (!mv_meeting_export_finish (result, &left_out, &error))
    {
      /* Closed while it ran: the export was cancelled, nothing to show. */
      if (self->disposed)
        return;
      set_busy (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  if (self->disposed)
    return;
  set_busy (self, FALSE);
  file = g_file_new_for_path (self->path);
  mv_add_exported_toast (GTK_WIDGET (self), file);
  if (left_out != NULL && left_out->len > 0)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (ngettext ("%u attachment is not in the packet; "
                                           "it is listed after the notice",
                                           "%u attachments are not in the packet; "
                                           "they are listed after the notice",
                                           left_out->len),
                                 left_out->len);
      mv_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * mv_export_dialog_export_to:
 * @path: the file to write; an existing one is replaced only on success
 *
 * Starts the export of what the options say; the dialog shows its progress
 * and closes when it is done.
 */
void
mv_export_dialog_export_to (MvExportDialog *self,
                            const char     *path)
{
  g_return_if_fail (MV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->cancellable == NULL);

  show_error (self, NULL);
  g_free (self->path);
  self->path = g_strdup (path);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  gtk_label_set_text (self->status_label, _("Starting"));

  mv_meeting_export_async_full (self->store, self->meeting, mv_export_dialog_get_kind (self),
                                mv_export_dialog_get_language (self),
                                mv_export_dialog_get_public (self), path, self->cancellable,
                                export_progress_cb, self, NULL, export_done_cb,
                                g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MvExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    return;
  if ((path = g_file_get_path (file)) == NULL)
    {
      show_error (self, _("Choose a folder on this computer"));
      return;
    }
  mv_export_dialog_export_to (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvExportDialog *self = MV_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = mv_export_dialog_dup_default_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Meeting Papers"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (mv_export_dialog_get_kind (self) == MV_MEETING_EXPORT_XLSX)
    mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("Spreadsheets (XLSX)"),
                                MV_MIME_TYPE_XLSX, "xlsx");
  else
    mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("PDF Documents"),
                                "application/pdf", "pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvExportDialog *self = MV_EXPORT_DIALOG (widget);

  /* While it runs, Cancel stops the export and keeps the dialog. */
  if (self->cancellable != NULL)
    {
      gtk_label_set_text (self->status_label, _("Stopping…"));
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
mv_export_dialog_close_request (GtkWindow *window)
{
  MvExportDialog *self = MV_EXPORT_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (mv_export_dialog_parent_class)->close_request (window);
}

static void
mv_export_dialog_dispose (GObject *object)
{
  MvExportDialog *self = MV_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_export_dialog_parent_class)->dispose (object);
}

static void
mv_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MvExportDialog *self = MV_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mv_export_dialog_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_export_dialog_class_init (MvExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mv_export_dialog_dispose;
  object_class->get_property = mv_export_dialog_get_property;
  window_class->close_request = mv_export_dialog_close_request;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, gaps_box);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, notice_check);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, options_group);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, packet_check);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, public_switch);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, version_group);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MvExportDialog, xlsx_check);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "export.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "export.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
mv_export_dialog_init (MvExportDialog *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MV_TYPE_LANGUAGE);

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (languages, mv_enum_to_label (MV_TYPE_LANGUAGE,
                                                         enum_class->values[i].value));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
}

MvExportDialog *
mv_export_dialog_new (GtkWindow *parent,
                      MvStore   *store,
                      MvMeeting *meeting)
{
  MvExportDialog *self;
  g_autofree char *label = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  self = g_object_new (MV_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->meeting = g_object_ref (meeting);

  label = mv_meeting_dup_label (meeting);
  adw_window_title_set_subtitle (self->window_title, label);
  adw_combo_row_set_selected (self->language_row, council_language (self));
  update_gaps (self);
  return self;
}

void
mv_export_dialog_present (GtkWidget *parent,
                          MvStore   *store,
                          MvMeeting *meeting)
{
  GtkRoot *root;
  MvExportDialog *self;

  g_return_if_fail (GTK_IS_WIDGET (parent));

  root = gtk_widget_get_root (parent);
  self = mv_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, meeting);
  gtk_window_present (GTK_WINDOW (self));
}

MvMeetingExportKind
mv_export_dialog_get_kind (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), MV_MEETING_EXPORT_NOTICE);

  if (gtk_check_button_get_active (self->packet_check))
    return MV_MEETING_EXPORT_PACKET;
  if (gtk_check_button_get_active (self->xlsx_check))
    return MV_MEETING_EXPORT_XLSX;
  return MV_MEETING_EXPORT_NOTICE;
}

void
mv_export_dialog_set_kind (MvExportDialog      *self,
                           MvMeetingExportKind  kind)
{
  g_return_if_fail (MV_IS_EXPORT_DIALOG (self));

  gtk_check_button_set_active (mv_export_dialog_get_kind_check (self, kind), TRUE);
}

gboolean
mv_export_dialog_get_public (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->public_switch);
}

void
mv_export_dialog_set_public (MvExportDialog *self,
                             gboolean        public_only)
{
  g_return_if_fail (MV_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->public_switch, public_only);
}

/* The language of the papers' fixed words; the council's at first. */
MvLanguage
mv_export_dialog_get_language (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), MV_LANGUAGE_NB);

  return (MvLanguage) adw_combo_row_get_selected (self->language_row);
}

void
mv_export_dialog_set_language (MvExportDialog *self,
                               MvLanguage      language)
{
  g_return_if_fail (MV_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->language_row, language);
}

char *
mv_export_dialog_dup_default_name (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return mv_meeting_export_default_name (self->store, self->meeting,
                                         mv_export_dialog_get_kind (self),
                                         mv_export_dialog_get_public (self));
}

gboolean
mv_export_dialog_get_busy (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

GtkCheckButton *
mv_export_dialog_get_kind_check (MvExportDialog      *self,
                                 MvMeetingExportKind  kind)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  switch (kind)
    {
    case MV_MEETING_EXPORT_PACKET:
      return self->packet_check;
    case MV_MEETING_EXPORT_XLSX:
      return self->xlsx_check;
    case MV_MEETING_EXPORT_NOTICE:
    default:
      return self->notice_check;
    }
}

GtkSwitch *
mv_export_dialog_get_public_switch (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return self->public_switch;
}

GtkProgressBar *
mv_export_dialog_get_progress_bar (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return self->progress_bar;
}

const char *
mv_export_dialog_get_error (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
           ? gtk_label_get_text (self->error_label) : NULL;
}

AdwComboRow *
mv_export_dialog_get_language_row (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return self->language_row;
}

/* The gaps of the notice the dialog shows, or NULL. */
const char *
mv_export_dialog_get_gaps (MvExportDialog *self)
{
  g_return_val_if_fail (MV_IS_EXPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->gaps_box) ? gtk_label_get_text (self->gaps_label) : NULL;
}
