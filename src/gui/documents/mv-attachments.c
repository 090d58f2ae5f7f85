/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mv-attachments-private.h"
#include "mv-document-actions.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-pdf.h"
#include "mv-text.h"

struct _MvAttachments
{
  GtkWidget           parent_instance;

  MvStore            *store;
  MvRecord           *owner;
  GtkCustomFilter    *filter;
  GtkFilterListModel *documents;
  GSettings          *settings;
  GCancellable       *cancellable;
  GPtrArray          *batches;          /* of Batch, the ones running */
  AdwMessageDialog   *password_dialog;  /* weak */

  /* Template widgets */
  GtkWidget          *attach_button;
  GtkListBox         *list;
  GtkStack           *list_stack;
  GtkListBox         *progress_list;
  GtkProgressBar     *progress_bar;
  GtkWidget          *progress_box;
};

G_DEFINE_FINAL_TYPE (MvAttachments, mv_attachments, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A file's row while it is read, and after, when it was refused. */
typedef enum
{
  FILE_WAITING,
  FILE_READING,
  FILE_FAILED,
} FileState;

typedef struct
{
  MvAttachments *self;
  MvRecord      *owner;
  GPtrArray     *rows;      /* of AdwActionRow, one per file */
  char          *password;
  MvAttachFlags  flags;     /* STORE_TEXT: the user chose to keep an encrypted PDF's text */
  guint          n_done;
} Batch;

static void
batch_free (Batch *batch)
{
  g_object_unref (batch->self);
  g_object_unref (batch->owner);
  g_ptr_array_unref (batch->rows);
  g_free (batch->password);
  g_free (batch);
}

static gboolean
can_write (MvAttachments *self)
{
  return self->store != NULL && self->owner != NULL && !mv_store_get_read_only (self->store);
}

static void
update_actions (MvAttachments *self)
{
  gboolean writable = can_write (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.attach", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.toggle-public", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.remove", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.change-title", writable);
}

/* The progress bar counts the files of the shown owner only. */
static void
update_progress (MvAttachments *self)
{
  guint total = 0, done = 0;
  g_autofree char *text = NULL;

  /* A file read while the widget went away. */
  if (self->progress_box == NULL)
    return;

  for (guint i = 0; i < self->batches->len; i++)
    {
      Batch *batch = g_ptr_array_index (self->batches, i);

      if (batch->owner != self->owner)
        continue;
      total += batch->rows->len;
      done += batch->n_done;
    }

  gtk_widget_set_visible (self->progress_box, total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->progress_list)) != NULL);
  if (total == 0)
    return;

  /* Translators: while files are attached: "Reading 3 of 10 files…". */
  text = g_strdup_printf (ngettext ("Reading %u of %u file…", "Reading %u of %u files…", total),
                          MIN (done + 1, total), total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
}

static void
set_busy_changed (MvAttachments *self,
                  gboolean       was_busy)
{
  if (was_busy != mv_attachments_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* --- Rows of files being read ---------------------------------------------- */

static void dismiss_clicked_cb  (GtkButton *button,
                                 GtkWidget *row);
static void password_clicked_cb (GtkButton *button,
                                 GtkWidget *row);

static GtkWidget *
file_row_new (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Waiting"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spinner);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  g_object_set_data_full (G_OBJECT (row), "file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (row), "spinner", spinner);
  g_object_set_data (G_OBJECT (row), "state", GINT_TO_POINTER (FILE_WAITING));
  return row;
}

static FileState
file_row_get_state (GtkWidget *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "state"));
}

static void
file_row_clear_buttons (GtkWidget *row)
{
  GtkWidget *button;

  if ((button = g_object_get_data (G_OBJECT (row), "password-button")) != NULL)
    adw_action_row_remove (ADW_ACTION_ROW (row), button);
  if ((button = g_object_get_data (G_OBJECT (row), "dismiss-button")) != NULL)
    adw_action_row_remove (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "password-button", NULL);
  g_object_set_data (G_OBJECT (row), "dismiss-button", NULL);
}

static void
file_row_set_reading (GtkWidget *row)
{
  GtkWidget *spinner = g_object_get_data (G_OBJECT (row), "spinner");

  file_row_clear_buttons (row);
  mv_row_set_error (row, FALSE);
  gtk_widget_set_visible (spinner, TRUE);
  gtk_spinner_start (GTK_SPINNER (spinner));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Reading…"));
  g_object_set_data (G_OBJECT (row), "state", GINT_TO_POINTER (FILE_READING));
}

static void
file_row_set_failed (GtkWidget    *row,
                     const GError *error)
{
  GtkWidget *spinner = g_object_get_data (G_OBJECT (row), "spinner");
  g_autofree char *name = g_file_get_basename (g_object_get_data (G_OBJECT (row), "file"));
  g_autofree char *dismiss_label = NULL;
  GtkWidget *button;

  file_row_clear_buttons (row);
  gtk_spinner_stop (GTK_SPINNER (spinner));
  gtk_widget_set_visible (spinner, FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
  mv_row_set_error (row, TRUE);
  g_object_set_data (G_OBJECT (row), "state", GINT_TO_POINTER (FILE_FAILED));

  if (g_error_matches (error, MV_ERROR, MV_ERROR_ENCRYPTED))
    {
      button = gtk_button_new_with_mnemonic (_("Enter _Password…"));
      mv_widget_plain_mnemonics (button);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect (button, "clicked", G_CALLBACK (password_clicked_cb), row);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "password-button", button);
    }

  button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Dismiss"));
  /* Translators: the button that hides the message about a refused file. */
  dismiss_label = g_strdup_printf (_("Dismiss the message about “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dismiss_label, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (dismiss_clicked_cb), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "dismiss-button", button);
}

static void
remove_file_row (GtkWidget *row)
{
  GtkWidget *parent = gtk_widget_get_parent (row);
  MvAttachments *self;

  if (!GTK_IS_LIST_BOX (parent))
    return;

  self = MV_ATTACHMENTS (gtk_widget_get_ancestor (parent, MV_TYPE_ATTACHMENTS));
  gtk_list_box_remove (GTK_LIST_BOX (parent), row);
  if (self != NULL)
    update_progress (self);
}

static void
dismiss_clicked_cb (GtkButton *button,
                    GtkWidget *row)
{
  remove_file_row (row);
}

/* --- Attaching -------------------------------------------------------------- */

static void
attach_progress_cb (GFile        *file,
                    guint         index,
                    guint         n_files,
                    MvDocument   *document,
                    const GError *error,
                    gpointer      user_data)
{
  Batch *batch = user_data;
  MvAttachments *self = batch->self;
  GtkWidget *row = g_ptr_array_index (batch->rows, index);

  batch->n_done = index + 1;
  if (self->progress_box == NULL)
    return;

  if (document != NULL)
    {
      if (mv_record_get_boolean (MV_RECORD (document), "encrypted"))
        mv_document_remember_password (document, batch->password);
      remove_file_row (row);
    }
  else
    {
      file_row_set_failed (row, error);
      /* A protected PDF asks at once, one dialog at a time. */
      if (g_error_matches (error, MV_ERROR, MV_ERROR_ENCRYPTED) &&
          self->password_dialog == NULL && batch->owner == self->owner &&
          gtk_widget_get_parent (row) != NULL)
        password_clicked_cb (NULL, row);
    }

  if (index + 1 < batch->rows->len)
    file_row_set_reading (g_ptr_array_index (batch->rows, index + 1));

  update_progress (self);
}

static void
attach_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Batch *batch = user_data;
  g_autoptr(MvAttachments) self = g_object_ref (batch->self);
  g_autoptr(GError) error = NULL;
  gboolean was_busy = mv_attachments_get_busy (self);

  /* Refused files have their rows already; what is left was cancelled. */
  mv_documents_attach_files_finish (MV_STORE (source), result, NULL, &error);
  for (guint i = 0; i < batch->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (batch->rows, i);

      if (file_row_get_state (row) != FILE_FAILED)
        remove_file_row (row);
    }

  g_ptr_array_remove (self->batches, batch);
  update_progress (self);
  set_busy_changed (self, was_busy);
}

static guint64
size_limit (MvAttachments *self)
{
  return (guint64) g_settings_get_uint (self->settings, "document-size-limit") * 1000 * 1000;
}

/* @title: for the one file of @files, or %NULL. */
static void
start_batch (MvAttachments  *self,
             GFile         **files,
             GtkWidget     **rows,
             guint           n_files,
             const char     *title,
             const char     *password,
             MvAttachFlags   flags)
{
  gboolean was_busy = mv_attachments_get_busy (self);
  Batch *batch;

  batch = g_new0 (Batch, 1);
  batch->self = g_object_ref (self);
  batch->owner = g_object_ref (self->owner);
  batch->password = g_strdup (password);
  batch->flags = flags;
  batch->rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (batch->rows, g_object_ref (rows[i]));
  g_ptr_array_add (self->batches, batch);

  file_row_set_reading (rows[0]);
  update_progress (self);
  set_busy_changed (self, was_busy);

  if (title != NULL && n_files == 1)
    mv_documents_attach_file_async (self->store, self->owner, files[0], title, password, flags,
                                    size_limit (self), mv_pdf_inspect, self->cancellable,
                                    attach_progress_cb, batch, NULL, attach_done_cb, batch);
  else
    mv_documents_attach_files_full_async (self->store, self->owner, files, n_files, password,
                                          flags, size_limit (self), mv_pdf_inspect,
                                          self->cancellable, attach_progress_cb, batch, NULL,
                                          attach_done_cb, batch);
}

/**
 * mv_attachments_attach_files:
 * @files: (array length=n_files): files to attach to the owner
 *
 * Reads the files in a worker, one after the other, and attaches each to
 * the item or meeting: a row shows each file meanwhile, and stays with the
 * reason when a file is refused.
 */
void
mv_attachments_attach_files (MvAttachments  *self,
                             GFile         **files,
                             guint           n_files)
{
  g_autofree GtkWidget **rows = NULL;

  g_return_if_fail (MV_IS_ATTACHMENTS (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0 || !can_write (self))
    return;

  rows = g_new0 (GtkWidget *, n_files);
  for (guint i = 0; i < n_files; i++)
    {
      rows[i] = file_row_new (files[i]);
      gtk_list_box_append (self->progress_list, rows[i]);
    }

  start_batch (self, files, rows, n_files, NULL, NULL, MV_ATTACH_FLAGS_NONE);
}

/* --- The password of a protected PDF --------------------------------------- */

static void
password_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWidget        *row)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "password-entry");
  GtkCheckButton *store_text = g_object_get_data (G_OBJECT (dialog), "store-text-check");
  MvAttachments *self;
  GFile *file = g_object_get_data (G_OBJECT (row), "file");

  self = MV_ATTACHMENTS (gtk_widget_get_ancestor (row, MV_TYPE_ATTACHMENTS));
  if (self == NULL)
    return;

  /* Answered: a wrong password may ask again at once. */
  if (self->password_dialog == dialog)
    g_clear_weak_pointer (&self->password_dialog);

  if (!g_str_equal (response, "attach") || !can_write (self))
    return;

  start_batch (self, &file, &row, 1, NULL, gtk_editable_get_text (entry),
               gtk_check_button_get_active (store_text) ? MV_ATTACH_FLAGS_STORE_TEXT
                                                        : MV_ATTACH_FLAGS_NONE);
}

static void
password_clicked_cb (GtkButton *button,
                     GtkWidget *row)
{
  MvAttachments *self = MV_ATTACHMENTS (gtk_widget_get_ancestor (row, MV_TYPE_ATTACHMENTS));
  GtkRoot *root = gtk_widget_get_root (row);
  g_autofree char *name = g_file_get_basename (g_object_get_data (G_OBJECT (row), "file"));
  g_autofree char *body = NULL;
  const char *explanation;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *store_text;
  GtkWidget *note;

  if (self == NULL)
    return;

  body = g_strdup_printf (_("%s. Enter its password to attach it; the document is stored "
                            "as it is, and asks for the password when it is opened."),
                          adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Password Required"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "attach", _("_Attach"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "attach",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "attach");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  /* A GtkEntry: GTK 4.8's GtkPasswordEntry is freed wrongly when the
   * dialog closes while it has the focus. */
  entry = gtk_entry_new ();
  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  {
    /* Translators: the accessible name of the entry, with the file's name. */
    g_autofree char *label = g_strdup_printf (_("Password of “%s”"), name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label, -1);
  }
  gtk_box_append (GTK_BOX (box), entry);

  /* Per document, and off unless the user turns it on: with the text in
   * the file, anyone who has the file reads it without the password
   * (privacy by default). */
  store_text = gtk_check_button_new_with_mnemonic (_("_Store its text for search"));
  mv_widget_plain_mnemonics (store_text);
  explanation = _("Search then finds words in it, but anyone who has the Medvirke file can "
                  "read the text there without the password.");
  note = gtk_label_new (explanation);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (store_text),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explanation, -1);
  gtk_box_append (GTK_BOX (box), store_text);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "password-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "store-text-check", store_text);

  g_signal_connect_object (dialog, "response", G_CALLBACK (password_response_cb), row, 0);
  g_set_weak_pointer (&self->password_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* --- The documents ---------------------------------------------------------- */

static GMenuModel *
document_menu (MvDocument *document)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) second = g_menu_new ();
  const char *id = mv_record_get_id (MV_RECORD (document));
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Open"), NULL);
  g_menu_item_set_action_and_target (item, "attachments.open", "s", id);
  g_menu_append_item (first, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("Save a _Copy…"), NULL);
  g_menu_item_set_action_and_target (item, "attachments.save-copy", "s", id);
  g_menu_append_item (first, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Change the _Title…"), NULL);
  g_menu_item_set_action_and_target (item, "attachments.change-title", "s", id);
  g_menu_append_item (first, item);
  g_clear_object (&item);

  item = g_menu_item_new (mv_document_get_public (document)
                          ? _("_Exempt from Public Access")
                          : _("Make _Public"), NULL);
  g_menu_item_set_action_and_target (item, "attachments.toggle-public", "s", id);
  g_menu_append_item (second, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target (item, "attachments.remove", "s", id);
  g_menu_append_item (second, item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (second));
  return G_MENU_MODEL (menu);
}

static void
document_public_cb (MvDocument    *document,
                    GParamSpec    *pspec,
                    GtkMenuButton *button)
{
  g_autoptr(GMenuModel) menu = document_menu (document);

  gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  MvDocument *document = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *description = mv_document_dup_description (document);
  g_autofree char *menu_label = NULL;
  g_autoptr(GIcon) icon = NULL;
  g_autoptr(GMenuModel) menu = document_menu (document);
  g_autofree char *content_type =
    g_content_type_from_mime_type (mv_document_get_mime_type (document));
  GtkWidget *exempt;
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (document, "title", row, "title", G_BINDING_SYNC_CREATE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "document", g_object_ref (document), g_object_unref);

  icon = g_content_type_get_symbolic_icon (content_type ? content_type
                                                        : "application/octet-stream");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_gicon (icon));

  /* Translators: shown on a document that is exempt from public access. */
  exempt = gtk_label_new (_("Exempt"));
  gtk_widget_add_css_class (exempt, "caption");
  gtk_widget_add_css_class (exempt, "dim-label");
  gtk_widget_set_valign (exempt, GTK_ALIGN_CENTER);
  g_object_bind_property (document, "public", exempt, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), exempt);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Document Menu"));
  /* Translators: the accessible name of a document's menu button. */
  menu_label = g_strdup_printf (_("Menu of “%s”"), mv_document_get_title (document));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  menu_label, -1);
  g_signal_connect_object (document, "notify::public", G_CALLBACK (document_public_cb),
                           button, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
row_activated_cb (MvAttachments *self,
                  GtkListBoxRow *row)
{
  MvDocument *document = g_object_get_data (G_OBJECT (row), "document");

  if (document != NULL && self->store != NULL)
    mv_document_open (GTK_WIDGET (self), self->store, document);
}

static gboolean
filter_document (gpointer item,
                 gpointer user_data)
{
  MvAttachments *self = user_data;
  const char *owner_id;

  if (self->owner == NULL)
    return FALSE;

  owner_id = mv_record_get_id (self->owner);
  if (MV_IS_AGENDA_ITEM (self->owner))
    return g_strcmp0 (mv_document_get_item_id (item), owner_id) == 0;
  return g_strcmp0 (mv_document_get_meeting_id (item), owner_id) == 0;
}

static void
update_placeholder (MvAttachments *self)
{
  gboolean empty = self->documents == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->documents)) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static MvDocument *
lookup_document (MvAttachments *self,
                 GVariant      *parameter)
{
  if (self->store == NULL)
    return NULL;

  return mv_store_lookup (self->store, MV_TYPE_DOCUMENT, g_variant_get_string (parameter, NULL));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  MvDocument *document = lookup_document (self, parameter);

  if (document != NULL)
    mv_document_open (widget, self->store, document);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  MvDocument *document = lookup_document (self, parameter);

  if (document != NULL)
    mv_document_save_copy (widget, self->store, document);
}

static void
change_title_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  MvDocument *document = lookup_document (self, parameter);

  if (document != NULL && can_write (self))
    mv_document_change_title (widget, self->store, document);
}

static void
toggle_public_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  MvDocument *document = lookup_document (self, parameter);

  if (document != NULL)
    mv_document_set_public (widget, self->store, document, !mv_document_get_public (document));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  MvDocument *document = lookup_document (self, parameter);

  if (document != NULL)
    mv_document_remove (widget, self->store, document);
}

/* --- One file chosen: its title first --------------------------------------- */

typedef struct
{
  GFile   *file;
  guint64  size_limit;
} Proposal;

static void
proposal_free (Proposal *proposal)
{
  g_object_unref (proposal->file);
  g_free (proposal);
}

/* Reads the file as attaching would, for the title it would get. */
static void
propose_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Proposal *proposal = task_data;
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree char *name = g_file_get_basename (proposal->file);
  GError *error = NULL;

  if (!mv_documents_inspect_file (proposal->file, NULL, proposal->size_limit, mv_pdf_inspect,
                                  cancellable, &mime_type, &info, &bytes, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, mv_documents_propose_title (name, info, FALSE), g_free);
}

static void
title_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWidget        *row)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  MvAttachments *self = MV_ATTACHMENTS (gtk_widget_get_ancestor (row, MV_TYPE_ATTACHMENTS));
  GFile *file = g_object_get_data (G_OBJECT (row), "file");

  if (self == NULL)
    return;
  if (!g_str_equal (response, "attach") || !can_write (self))
    {
      remove_file_row (row);
      return;
    }
  /* A blank title is the proposed one again. */
  start_batch (self, &file, &row, 1, gtk_editable_get_text (entry), NULL, MV_ATTACH_FLAGS_NONE);
}

static void
ask_title (MvAttachments *self,
           GtkWidget     *row,
           const char    *proposed)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = g_file_get_basename (g_object_get_data (G_OBJECT (row), "file"));
  g_autofree char *body = NULL;
  g_autofree char *label = NULL;
  GtkWidget *spinner = g_object_get_data (G_OBJECT (row), "spinner");
  GtkWidget *dialog;

  gtk_spinner_stop (GTK_SPINNER (spinner));
  gtk_widget_set_visible (spinner, FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Waiting for its title"));

  /* Translators: the body of the dialog that asks for a new document's title. */
  body = g_strdup_printf (_("“%s” goes by this title in the notice, the agenda and the meeting "
                            "packet."), name);
  /* Translators: the accessible name of the title's entry, with the file's name. */
  label = g_strdup_printf (_("Title of “%s”"), name);
  dialog = mv_document_title_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         _("Title of the Document"), body, label, proposed,
                                         "attach", _("_Attach"));

  g_signal_connect_object (dialog, "response", G_CALLBACK (title_response_cb), row, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "title-entry"));
}

static void
proposed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWidget *list = gtk_widget_get_parent (row);
  MvAttachments *self;

  /* The owner changed meanwhile: its rows went, and so does the file. */
  if (!GTK_IS_LIST_BOX (list) ||
      !(self = MV_ATTACHMENTS (gtk_widget_get_ancestor (list, MV_TYPE_ATTACHMENTS))))
    return;

  if (title != NULL)
    ask_title (self, row, title);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    remove_file_row (row);
  else
    {
      file_row_set_failed (row, error);
      if (g_error_matches (error, MV_ERROR, MV_ERROR_ENCRYPTED) && self->password_dialog == NULL)
        password_clicked_cb (NULL, row);
    }
}

/**
 * mv_attachments_attach_file_titled:
 *
 * Reads @file and asks for its title, with the one it would get (the PDF's
 * own or its first heading) filled in; Attach (Enter) attaches it by that
 * title, Cancel (Escape) does not attach it. A PDF that asks for a
 * password asks for that instead, as mv_attachments_attach_files() does.
 */
void
mv_attachments_attach_file_titled (MvAttachments *self,
                                   GFile         *file)
{
  g_autoptr(GTask) task = NULL;
  Proposal *proposal;
  GtkWidget *row;

  g_return_if_fail (MV_IS_ATTACHMENTS (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!can_write (self))
    return;

  row = file_row_new (file);
  gtk_list_box_append (self->progress_list, row);
  file_row_set_reading (row);
  update_progress (self);

  proposal = g_new0 (Proposal, 1);
  proposal->file = g_object_ref (file);
  proposal->size_limit = size_limit (self);
  task = g_task_new (NULL, self->cancellable, proposed_cb, g_object_ref (row));
  g_task_set_source_tag (task, mv_attachments_attach_file_titled);
  g_task_set_task_data (task, proposal, (GDestroyNotify) proposal_free);
  g_task_run_in_thread (task, propose_in_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MvAttachments   *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  /* One file: the user sees and may change its title first. Many go by
   * their proposed titles. */
  if (array->len == 1)
    mv_attachments_attach_file_titled (self, g_ptr_array_index (array, 0));
  else
    mv_attachments_attach_files (self, (GFile **) array->pdata, array->len);
  g_object_unref (self);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvAttachments *self = MV_ATTACHMENTS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_files = gtk_file_filter_new ();
  static const char * const mime_types[] = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "application/msword",
    "application/vnd.ms-excel",
    "text/plain",
    "image/*",
  };

  if (!can_write (self))
    return;

  gtk_file_filter_set_name (documents, _("Documents"));
  for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (documents, mime_types[i]);
  gtk_file_filter_set_name (all_files, _("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");

  chooser = gtk_file_chooser_native_new (_("Attach Documents"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), documents);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_files);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_clicked_cb (MvAttachments *self)
{
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static gboolean
drop_accept_cb (GtkDropTarget *target,
                GdkDrop       *drop,
                MvAttachments *self)
{
  return can_write (self) &&
         gdk_content_formats_contain_gtype (gdk_drop_get_formats (drop), GDK_TYPE_FILE_LIST);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MvAttachments *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !can_write (self))
    return FALSE;

  for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  mv_attachments_attach_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

static void
mv_attachments_dispose (GObject *object)
{
  MvAttachments *self = MV_ATTACHMENTS (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  if (self->documents != NULL)
    g_signal_handlers_disconnect_by_func (self->documents, update_placeholder, self);
  g_clear_weak_pointer (&self->password_dialog);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_ATTACHMENTS);
  /* The heading, which no field holds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->documents);
  g_clear_object (&self->filter);
  g_clear_object (&self->owner);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mv_attachments_parent_class)->dispose (object);
}

static void
mv_attachments_finalize (GObject *object)
{
  MvAttachments *self = MV_ATTACHMENTS (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->batches, g_ptr_array_unref);

  G_OBJECT_CLASS (mv_attachments_parent_class)->finalize (object);
}

static void
mv_attachments_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MvAttachments *self = MV_ATTACHMENTS (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mv_attachments_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_attachments_class_init (MvAttachmentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_attachments_dispose;
  object_class->finalize = mv_attachments_finalize;
  object_class->get_property = mv_attachments_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mv-attachments");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-attachments.ui");
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, attach_button);
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, list);
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, progress_box);
  gtk_widget_class_bind_template_child (widget_class, MvAttachments, progress_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "attachments.attach", NULL, attach_action);
  gtk_widget_class_install_action (widget_class, "attachments.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "attachments.save-copy", "s", save_copy_action);
  gtk_widget_class_install_action (widget_class, "attachments.change-title", "s",
                                   change_title_action);
  gtk_widget_class_install_action (widget_class, "attachments.toggle-public", "s",
                                   toggle_public_action);
  gtk_widget_class_install_action (widget_class, "attachments.remove", "s", remove_action);
}

static void
mv_attachments_init (MvAttachments *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attach_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attach documents"), -1);

  self->settings = g_settings_new (APPLICATION_ID);
  self->filter = gtk_custom_filter_new (filter_document, self, NULL);
  self->cancellable = g_cancellable_new ();
  self->batches = g_ptr_array_new_with_free_func ((GDestroyNotify) batch_free);

  mv_attachments_add_drop_target (self, GTK_WIDGET (self));

  update_actions (self);
  update_placeholder (self);
  update_progress (self);
}

GtkWidget *
mv_attachments_new (void)
{
  return g_object_new (MV_TYPE_ATTACHMENTS, NULL);
}

/**
 * mv_attachments_add_drop_target:
 * @widget: the widget files may be dropped on, such as the whole page
 *   that holds @self
 *
 * Attaches the files dropped on @widget to the owner of @self.
 */
void
mv_attachments_add_drop_target (MvAttachments *self,
                                GtkWidget     *widget)
{
  GtkDropTarget *target;

  g_return_if_fail (MV_IS_ATTACHMENTS (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "accept", G_CALLBACK (drop_accept_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

/**
 * mv_attachments_set_owner:
 * @store: (nullable): the file
 * @item: (nullable): the item whose documents to show
 * @meeting: (nullable): or the meeting whose own documents to show
 *
 * Shows the documents of @item or @meeting (not both). Files still being
 * read for the previous owner go on being attached to it.
 */
void
mv_attachments_set_owner (MvAttachments *self,
                          MvStore       *store,
                          MvAgendaItem  *item,
                          MvMeeting     *meeting)
{
  MvRecord *owner = item ? MV_RECORD (item) : MV_RECORD (meeting);
  GtkWidget *child;

  g_return_if_fail (MV_IS_ATTACHMENTS (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));
  g_return_if_fail (item == NULL || MV_IS_AGENDA_ITEM (item));
  g_return_if_fail (meeting == NULL || MV_IS_MEETING (meeting));
  g_return_if_fail (item == NULL || meeting == NULL);

  if (store == NULL)
    owner = NULL;

  if (self->store != store)
    {
      if (self->documents != NULL)
        g_signal_handlers_disconnect_by_func (self->documents, update_placeholder, self);
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->documents);
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          self->documents =
            gtk_filter_list_model_new (g_object_ref (mv_store_get_model (store, MV_TYPE_DOCUMENT)),
                                       g_object_ref (GTK_FILTER (self->filter)));
          g_signal_connect_swapped (self->documents, "items-changed",
                                    G_CALLBACK (update_placeholder), self);
          gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->documents),
                                   create_document_row, self, NULL);
        }
    }

  if (g_set_object (&self->owner, owner))
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

      /* The rows of files read for another owner go with it. */
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->progress_list))) != NULL)
        gtk_list_box_remove (self->progress_list, child);
    }

  update_actions (self);
  update_placeholder (self);
  update_progress (self);
}

/**
 * mv_attachments_get_owner:
 *
 * Returns: (transfer none) (nullable): the item or meeting shown
 */
MvRecord *
mv_attachments_get_owner (MvAttachments *self)
{
  g_return_val_if_fail (MV_IS_ATTACHMENTS (self), NULL);

  return self->owner;
}

/**
 * mv_attachments_get_busy:
 *
 * Returns: whether files are being read for any owner
 */
gboolean
mv_attachments_get_busy (MvAttachments *self)
{
  g_return_val_if_fail (MV_IS_ATTACHMENTS (self), FALSE);

  return self->batches != NULL && self->batches->len > 0;
}

GtkListBox *
mv_attachments_get_list (MvAttachments *self)
{
  return self->list;
}

GtkListBox *
mv_attachments_get_progress_list (MvAttachments *self)
{
  return self->progress_list;
}

GtkWidget *
mv_attachments_get_attach_button (MvAttachments *self)
{
  return self->attach_button;
}
