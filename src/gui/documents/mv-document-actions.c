/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mv-cache.h"
#include "mv-document-actions.h"
#include "mv-document-bytes.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-text.h"
#include "mv-store-files.h"

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A name that stays inside the folder it is put in. */
static char *
safe_file_name (MvDocument *document)
{
  g_autofree char *name = g_path_get_basename (mv_document_get_file_name (document));

  if (*name == '\0' || g_str_equal (name, ".") || g_str_equal (name, "..") ||
      g_str_equal (name, G_DIR_SEPARATOR_S))
    return g_strdup (_("document"));
  return g_steal_pointer (&name);
}

typedef struct
{
  GWeakRef  widget;
  char     *name;
} Job;

static Job *
job_new (GtkWidget  *widget,
         const char *name)
{
  Job *job = g_new0 (Job, 1);

  g_weak_ref_init (&job->widget, widget);
  job->name = g_strdup (name);
  return job;
}

static void
job_free (Job *job)
{
  g_weak_ref_clear (&job->widget);
  g_free (job->name);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
show_job_error (Job        *job,
                const char *heading,
                const char *message)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&job->widget);

  if (widget != NULL)
    mv_widget_show_error (widget, heading, message);
  else
    g_warning ("%s: %s", heading, message);
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message =
        /* Translators: a file name, then why no application opened it. */
        g_strdup_printf (_("“%s” has no application to open it: %s"), job->name, error->message);

      show_job_error (job, _("Could Not Open the Document"), message);
    }
}

static void
written_for_open_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) widget = NULL;
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      show_job_error (job, _("Could Not Open the Document"), error->message);
      return;
    }

  widget = g_weak_ref_get (&job->widget);
  if (widget != NULL)
    context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                                      gtk_widget_get_display (widget)));
  uri = g_file_get_uri (G_FILE (source));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launched_cb,
                                           g_steal_pointer (&job));
}

/**
 * mv_document_open:
 *
 * Opens @document in the system's application for its type: the bytes go
 * to a private file in the cache (under its own name, which the
 * application shows), and that file is opened. The app removes it when it
 * quits (mv_cache_clear()).
 */
void
mv_document_open (GtkWidget  *widget,
                  MvStore    *store,
                  MvDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_DOCUMENT (document));

  bytes = mv_store_load_bytes (store, document, &error);
  if (bytes == NULL)
    {
      mv_widget_show_error (widget, _("Could Not Open the Document"), error->message);
      return;
    }

  /* One folder per content, so that two documents of one name do not
   * overwrite each other while both are open. */
  cache = mv_cache_get_dir (MV_CACHE_OPEN);
  dir = g_build_filename (cache, mv_document_get_sha256 (document), NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      mv_widget_show_error (widget, _("Could Not Open the Document"), g_strerror (saved_errno));
      return;
    }

  name = safe_file_name (document);
  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, written_for_open_cb, job_new (widget, name));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(Job) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) widget = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      show_job_error (job, _("Could Not Save a Copy"), error->message);
      return;
    }

  widget = g_weak_ref_get (&job->widget);
  message = g_strdup_printf (_("Saved “%s”"), job->name);
  if (widget != NULL)
    mv_widget_add_toast (widget, adw_toast_new (message));
}

typedef struct
{
  GtkWidget  *widget;
  MvStore    *store;
  MvDocument *document;
} SaveCopy;

static void
save_copy_free (SaveCopy *save)
{
  g_object_unref (save->widget);
  g_object_unref (save->store);
  g_object_unref (save->document);
  g_free (save);
}

static void
save_copy_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       SaveCopy        *save)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      /* Never over an open database, the Medvirke file above all. */
      if (path != NULL && mv_store_file_in_use (path))
        g_set_error (&error, MV_ERROR, MV_ERROR_IN_USE,
                     _("“%s” is a database that is open in Medvirke or another program; "
                       "choose another name"), path);
      else
        bytes = mv_store_load_bytes (save->store, save->document, &error);
      if (bytes == NULL)
        mv_widget_show_error (save->widget, _("Could Not Save a Copy"), error->message);
      else
        {
          /* An exempt document is for the owner's eyes alone. */
          GFileCreateFlags flags = G_FILE_CREATE_REPLACE_DESTINATION |
            (mv_document_get_public (save->document) ? 0 : G_FILE_CREATE_PRIVATE);

          name = g_file_get_basename (file);
          g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, flags, NULL,
                                               saved_cb, job_new (save->widget, name));
        }
    }

  save_copy_free (save);
}

/**
 * mv_document_save_copy:
 *
 * Asks where, then writes the document's bytes there as they were
 * attached, under its original name unless the user changes it.
 */
void
mv_document_save_copy (GtkWidget  *widget,
                       MvStore    *store,
                       MvDocument *document)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  SaveCopy *save;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_DOCUMENT (document));

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), window_of (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = safe_file_name (document);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  save = g_new0 (SaveCopy, 1);
  save->widget = g_object_ref (widget);
  save->store = g_object_ref (store);
  save->document = g_object_ref (document);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * mv_document_set_public:
 * @public: %FALSE to exempt the document from public access
 */
gboolean
mv_document_set_public (GtkWidget  *widget,
                        MvStore    *store,
                        MvDocument *document,
                        gboolean    public)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);

  if (!mv_documents_set_public (store, document, public, NULL, &error))
    {
      mv_widget_show_error (widget, _("Could Not Change the Document"), error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mv_document_set_exempt_basis:
 * @basis: the MvExemptBasis the public papers cite in the document's place
 *
 * Keeps the document exempt and changes the reason why.
 */
gboolean
mv_document_set_exempt_basis (GtkWidget     *widget,
                              MvStore       *store,
                              MvDocument    *document,
                              MvExemptBasis  basis)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);

  if (!mv_documents_set_public_full (store, document, FALSE, basis, NULL, &error))
    {
      mv_widget_show_error (widget, _("Could Not Change the Document"), error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mv_document_title_dialog_new:
 * @accessible: the accessible name of the entry ("Title of “x.pdf”")
 * @proposed: the title filled in, all of it selected
 * @accept: the id of the response that takes the title, with @accept_label
 *
 * An AdwMessageDialog that asks for a document's title: Cancel and
 * @accept, Enter is @accept and Escape Cancel. The entry is the dialog's
 * data "title-entry"; the caller connects "response" and presents it.
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
mv_document_title_dialog_new (GtkWindow  *parent,
                              const char *heading,
                              const char *body,
                              const char *accessible,
                              const char *proposed,
                              const char *accept,
                              const char *accept_label)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *entry = gtk_entry_new ();

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    accept, accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), accept,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), accept);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  gtk_editable_set_text (GTK_EDITABLE (entry), proposed ? proposed : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_max_length (GTK_ENTRY (entry), MV_TEXT_NAME_MAX);
  /* Room for a heading of some words: the dialog is narrow by itself. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 48);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "title-entry", entry);
  return dialog;
}

static void
change_title_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          GtkWidget        *widget)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  MvDocument *document = g_object_get_data (G_OBJECT (dialog), "document");
  MvStore *store = g_object_get_data (G_OBJECT (dialog), "store");
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *was = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "change") || mv_record_is_deleted (MV_RECORD (document)))
    return;

  was = g_strdup (mv_document_get_title (document));
  if (!mv_documents_set_title (store, document, gtk_editable_get_text (entry), &undo, &error))
    {
      mv_widget_show_error (widget, _("Could Not Change the Title"), error->message);
      return;
    }
  if (g_strcmp0 (was, mv_document_get_title (document)) == 0)
    return;
  /* Translators: a toast after a document's title was changed, with its old title. */
  message = g_strdup_printf (_("“%s” has a new title"), was);
  mv_widget_add_store_undo_toast (widget, message, store, g_steal_pointer (&undo),
                                  _("Could Not Change the Title Back"));
}

/**
 * mv_document_change_title:
 *
 * Asks for a new title for @document, its title filled in; Change (Enter)
 * writes it with an Undo.
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWidget *
mv_document_change_title (GtkWidget  *widget,
                          MvStore    *store,
                          MvDocument *document)
{
  GtkRoot *root;
  GtkWidget *dialog;
  g_autofree char *label = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), NULL);

  root = gtk_widget_get_root (widget);
  /* Translators: the accessible name of the title's entry, with the document's title. */
  label = g_strdup_printf (_("New title of “%s”"), mv_document_get_title (document));
  dialog = mv_document_title_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         _("Change the Title"),
                                         _("The notice, the agenda and the meeting packet name "
                                           "the document by its title."),
                                         label, mv_document_get_title (document), "change",
                                         _("C_hange"));
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  /* Not called once the view has gone. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (change_title_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "title-entry"));
  return dialog;
}

/**
 * mv_document_remove:
 *
 * Removes @document with a toast that can undo it; shows why when that
 * fails.
 */
gboolean
mv_document_remove (GtkWidget  *widget,
                    MvStore    *store,
                    MvDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) steps = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);

  if (!mv_documents_remove (store, document, &steps, &error))
    {
      mv_widget_show_error (widget, _("Could Not Remove the Document"), error->message);
      return FALSE;
    }

  message = g_strdup_printf (_("“%s” removed"), mv_document_get_title (document));
  mv_widget_add_store_undo_toast (widget, message, store, g_steal_pointer (&steps),
                                  _("Could Not Restore the Document"));
  return TRUE;
}

/* By content (SHA-256), which is what the password opens. */
static GHashTable *
passwords (void)
{
  static GHashTable *table;

  if (table == NULL)
    table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return table;
}

void
mv_document_remember_password (MvDocument *document,
                               const char *password)
{
  g_return_if_fail (MV_IS_DOCUMENT (document));

  if (password != NULL && *password != '\0' && mv_document_get_sha256 (document) != NULL)
    g_hash_table_replace (passwords (), g_strdup (mv_document_get_sha256 (document)),
                          g_strdup (password));
}

/**
 * mv_document_lookup_password:
 *
 * Returns: (nullable): the password that opened @document in this session
 */
const char *
mv_document_lookup_password (MvDocument *document)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (document), NULL);

  if (mv_document_get_sha256 (document) == NULL)
    return NULL;
  return g_hash_table_lookup (passwords (), mv_document_get_sha256 (document));
}

char *
mv_document_dup_description (MvDocument *document)
{
  g_autofree char *size = NULL;
  int pages;

  g_return_val_if_fail (MV_IS_DOCUMENT (document), NULL);

  size = g_format_size (mv_document_get_size (document));
  pages = mv_document_get_page_count (document);
  if (pages <= 0)
    /* Translators: a document's file name and size, e.g. "plan.docx · 12.3 kB". */
    return g_strdup_printf (_("%s · %s"), mv_document_get_file_name (document), size);

  /* Translators: a PDF's file name, pages and size: "plan.pdf · 15 pages · 66.8 kB". */
  return g_strdup_printf (ngettext ("%s · %d page · %s", "%s · %d pages · %s", pages),
                          mv_document_get_file_name (document), pages, size);
}
