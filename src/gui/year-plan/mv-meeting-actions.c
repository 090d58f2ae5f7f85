/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mv-agenda-export.h"
#include "mv-cache.h"
#include "mv-council.h"
#include "mv-dates.h"
#include "mv-document-words.h"
#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-meeting-actions.h"
#include "mv-meeting-export.h"
#include "mv-member.h"
#include "mv-notice-gaps.h"
#include "mv-queries.h"
#include "mv-text.h"

/* Opening and showing files ------------------------------------------- */

static GdkAppLaunchContext *
launch_context (GtkWidget *widget)
{
  GdkDisplay *display = widget ? gtk_widget_get_display (widget) : gdk_display_get_default ();

  return display ? gdk_display_get_app_launch_context (display) : NULL;
}

typedef struct
{
  GtkWidget *widget;   /* weak: it may go before the launch answers */
  char      *what;     /* what was opened, for the message */
} Launch;

static Launch *
launch_new (GtkWidget *widget)
{
  Launch *launch = g_new0 (Launch, 1);

  if (widget != NULL)
    g_set_weak_pointer (&launch->widget, widget);
  return launch;
}

static void
launch_free (Launch *launch)
{
  g_clear_weak_pointer (&launch->widget);
  g_free (launch->what);
  g_free (launch);
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(GError) error = NULL;

  /* GLib's own words ("Failed to find default application for content
   * type …") are neither translated nor meant for a secretary. */
  if (!g_app_info_launch_default_for_uri_finish (result, &error) && launch->widget != NULL)
    {
      g_autofree char *message = NULL;

      g_debug ("Opening %s: %s", launch->what, error->message);
      message = g_strdup_printf (_("No program on this computer opens “%s”. Choose one in "
                                   "Settings → Default Applications."), launch->what);
      mv_widget_show_error (launch->widget, _("Could Not Open the File"), message);
    }
  launch_free (launch);
}

static void
launch_uri (GtkWidget  *widget,
            const char *uri)
{
  g_autoptr(GdkAppLaunchContext) context = launch_context (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  Launch *launch = launch_new (widget);

  launch->what = g_file_is_native (file) ? g_file_get_parse_name (file) : g_strdup (uri);
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, launch_cb,
                                           launch);
}

void
mv_open_file (GtkWidget *widget,
              GFile     *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  launch_uri (widget, uri);
}

typedef struct
{
  Launch *launch;
  GFile  *file;
} ShowItems;

static void
show_items_free (ShowItems *show)
{
  g_clear_pointer (&show->launch, launch_free);
  g_clear_object (&show->file);
  g_free (show);
}

static void
open_folder (ShowItems *show)
{
  g_autoptr(GFile) folder = g_file_get_parent (show->file);
  g_autofree char *uri = g_file_get_uri (folder ? folder : show->file);

  launch_uri (show->launch->widget, uri);
  show_items_free (show);
}

static void
show_items_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ShowItems *show = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      g_debug ("FileManager1.ShowItems: %s", error->message);
      open_folder (show);
      return;
    }
  show_items_free (show);
}

static void
session_bus_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShowItems *show = user_data;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };

  if (!(bus = g_bus_get_finish (result, &error)))
    {
      g_debug ("No session bus: %s", error->message);
      open_folder (show);
      return;
    }

  uri = g_file_get_uri (show->file);
  uris[0] = uri;
  /* Not auto-started: without a file manager on the bus, open the folder. */
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, 5000, NULL, show_items_cb, show);
}

void
mv_show_in_folder (GtkWidget *widget,
                   GFile     *file)
{
  ShowItems *show;

  g_return_if_fail (G_IS_FILE (file));

  show = g_new0 (ShowItems, 1);
  show->launch = launch_new (widget);
  show->file = g_object_ref (file);
  g_bus_get (G_BUS_TYPE_SESSION, NULL, session_bus_cb, show);
}

/* The toast outlives the dialog that made it: failures to open go to the
 * window it is shown in. */
typedef struct
{
  GFile     *file;
  GtkWidget *window;   /* weak */
} ToastData;

static void
toast_data_free (ToastData *data)
{
  g_clear_object (&data->file);
  g_clear_weak_pointer (&data->window);
  g_free (data);
}

static GtkWidget *
main_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  while (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));
  return GTK_IS_WINDOW (root) ? GTK_WIDGET (root) : NULL;
}

static void
toast_open_cb (AdwToast *toast,
               gpointer  user_data)
{
  ToastData *data = g_object_get_data (G_OBJECT (toast), "mv-toast-data");

  mv_open_file (data->window, data->file);
}

static void
toast_show_in_folder_cb (GtkButton *button,
                         AdwToast  *toast)
{
  ToastData *data = g_object_get_data (G_OBJECT (toast), "mv-toast-data");

  mv_show_in_folder (data->window, data->file);
  adw_toast_dismiss (toast);
}

void
mv_add_exported_toast (GtkWidget *widget,
                       GFile     *file)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  ToastData *data;
  AdwToast *toast;
  GtkWidget *box, *label, *button;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Exported “%s”"), name);

  /* A toast has one button of its own; the second goes in its title. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new (message);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  button = gtk_button_new_with_mnemonic (_("Show in _Folder"));
  mv_widget_plain_mnemonics (button);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), button);

  data = g_new0 (ToastData, 1);
  data->file = g_object_ref (file);
  g_set_weak_pointer (&data->window, main_window (widget));

  toast = adw_toast_new (message);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "mv-toast-data", data,
                          (GDestroyNotify) toast_data_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (toast_open_cb), NULL);
  g_signal_connect_object (button, "clicked", G_CALLBACK (toast_show_in_folder_cb), toast, 0);
  mv_widget_add_toast (widget, toast);
}

/* Printing ------------------------------------------------------------ */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MvPdfWriter       *writer)
{
  /* The unit is points and the page is the whole sheet. */
  guint n = mv_pdf_writer_paginate (writer, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MvPdfWriter       *writer)
{
  mv_pdf_writer_draw_page (writer, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_object_set_data (G_OBJECT (operation), "mv-reported", GINT_TO_POINTER (TRUE));
      gtk_print_operation_get_error (operation, &error);
      mv_widget_show_error (GTK_WIDGET (parent), _("Could Not Print the Notice"),
                            error ? error->message : _("The printer did not say why"));
    }
  g_object_unref (parent);
}

static GtkPrintOperation *
notice_print_operation (MvStore     *store,
                        MvMeeting   *meeting,
                        GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *date = mv_meeting_dup_date (meeting);
  g_autofree char *job = NULL;
  MvPdfWriter *writer;

  if (!(writer = mv_agenda_notice_new (store, meeting, MV_AGENDA_COUNCIL_LANGUAGE, FALSE, error)))
    return NULL;

  operation = gtk_print_operation_new ();
  /* Translators: the name of a print job; %s is the meeting's date. */
  job = g_strdup_printf (_("Notice %s"), date);
  gtk_print_operation_set_job_name (operation, job);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "mv-writer", writer,
                          (GDestroyNotify) mv_pdf_writer_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), writer);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), writer);
  return g_steal_pointer (&operation);
}

void
mv_print_notice (GtkWindow *parent,
                 MvStore   *store,
                 MvMeeting *meeting)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_MEETING (meeting));

  if (!(operation = notice_print_operation (store, meeting, &error)))
    {
      mv_widget_show_error (GTK_WIDGET (parent), _("Could Not Print the Notice"), error->message);
      return;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), g_object_ref (parent));
  /* A failure is shown once: by "done" when it came, else here. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      !g_object_get_data (G_OBJECT (operation), "mv-reported"))
    mv_widget_show_error (GTK_WIDGET (parent), _("Could Not Print the Notice"),
                          error ? error->message : _("The printer did not say why"));
}

gboolean
mv_print_notice_to_pdf (MvStore     *store,
                        MvMeeting   *meeting,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(operation = notice_print_operation (store, meeting, error)))
    return FALSE;
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* E-mail -------------------------------------------------------------- */

typedef struct
{
  const char *subject;   /* council, date */
  const char *body;      /* date */
} MailWords;

/* The members get the mail in the council's document language. */
static const MailWords mail_nb = {
  "Innkalling til møte i %s %s",
  "Hei,\n\nvedlagt er innkalling og saksliste til møtet %s.\n\nMed vennlig hilsen\nsekretariatet",
};
static const MailWords mail_nn = {
  "Innkalling til møte i %s %s",
  "Hei,\n\nvedlagt er innkalling og sakliste til møtet %s.\n\nVennleg helsing\nsekretariatet",
};
static const MailWords mail_en = {
  "Notice of meeting – %s, %s",
  "Hello,\n\nplease find attached the notice and agenda for the meeting on %s.\n\n"
  "Kind regards\nThe secretariat",
};

typedef struct
{
  GtkWidget *parent;    /* weak */
  GFile     *file;
  GStrv      recipients;
  char      *subject;
  char      *body;
} Mail;

static void
mail_free (Mail *mail)
{
  g_clear_weak_pointer (&mail->parent);
  g_clear_object (&mail->file);
  g_strfreev (mail->recipients);
  g_free (mail->subject);
  g_free (mail->body);
  g_free (mail);
}

/* mailto: with the addresses, subject and body; the file to attach by
 * hand is shown in its folder. */
static void
mail_by_uri (Mail *mail)
{
  g_autoptr(GString) uri = g_string_new ("mailto:");
  g_autofree char *subject = g_uri_escape_string (mail->subject, NULL, FALSE);
  g_autofree char *body = g_uri_escape_string (mail->body, NULL, FALSE);
  g_autofree char *name = g_file_get_basename (mail->file);
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GAppInfo) mail_program = NULL;
  g_autoptr(GAppInfo) folder_program = NULL;

  for (guint i = 0; mail->recipients[i] != NULL; i++)
    {
      g_autofree char *address = g_uri_escape_string (mail->recipients[i], "@", FALSE);

      g_string_append_printf (uri, "%s%s", i > 0 ? "," : "", address);
    }
  g_string_append_printf (uri, "?subject=%s&body=%s", subject, body);

  mail_program = g_app_info_get_default_for_uri_scheme ("mailto");
  folder_program = g_app_info_get_default_for_type ("inode/directory", FALSE);
  path = g_file_get_parse_name (mail->file);

  if (mail_program == NULL)
    {
      /* Nothing would open: say what to do, in a dialog that stays. */
      if (mail->parent != NULL)
        {
          message = g_strdup_printf (_("No program on this computer is set to write e-mail. "
                                       "Choose one in Settings → Default Applications, or "
                                       "attach the notice to an e-mail yourself: it is “%s”."),
                                     path);
          mv_widget_show_error (mail->parent, _("No E-mail Program"), message);
          if (folder_program != NULL)
            mv_show_in_folder (mail->parent, mail->file);
        }
      mail_free (mail);
      return;
    }

  launch_uri (mail->parent, uri->str);
  if (mail->parent != NULL)
    {
      /* The folder only where something can show it; else where it is. */
      if (folder_program != NULL)
        {
          mv_show_in_folder (mail->parent, mail->file);
          message = g_strdup_printf (_("Attach “%s” from the folder that opened"), name);
        }
      else
        message = g_strdup_printf (_("Attach the notice to the e-mail: it is “%s”"), path);
      mv_widget_add_toast (mail->parent, adw_toast_new (message));
    }
  mail_free (mail);
}

static void
xdg_email_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Mail *mail = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error))
    {
      g_debug ("xdg-email: %s", error->message);
      mail_by_uri (mail);
      return;
    }
  mail_free (mail);
}

static void
mail_send (Mail *mail)
{
  g_autofree char *xdg_email = g_find_program_in_path ("xdg-email");
  g_autofree char *path = g_file_get_path (mail->file);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;

  /* In a sandbox a file cannot be handed to the mail client this way. */
  if (xdg_email == NULL || path == NULL || g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      mail_by_uri (mail);
      return;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_add_many (builder, xdg_email, "--utf8", "--subject", mail->subject,
                           "--body", mail->body, "--attach", path, NULL);
  g_strv_builder_addv (builder, (const char **) mail->recipients);
  argv = g_strv_builder_end (builder);

  process = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE,
                               &error);
  if (process == NULL)
    {
      g_debug ("xdg-email: %s", error->message);
      mail_by_uri (mail);
      return;
    }
  g_subprocess_wait_check_async (process, NULL, xdg_email_cb, mail);
}

static void
mail_notice_written_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  Mail *mail = user_data;
  g_autoptr(GError) error = NULL;

  if (!mv_meeting_export_finish (result, NULL, &error))
    {
      if (mail->parent != NULL)
        mv_widget_show_error (mail->parent, _("Could Not Write the Notice"), error->message);
      mail_free (mail);
      return;
    }
  mail_send (mail);
}

static void
send_notice_now (GtkWidget *parent,
                 MvStore   *store,
                 MvMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *date = NULL;
  const MailWords *words;
  MvCouncil *council;
  Mail *mail;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_MEETING (meeting));

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  words = mv_words_for_language (council ? mv_council_get_language (council) : MV_LANGUAGE_NB,
                                 &mail_nb, &mail_nn, &mail_en);

  mail = g_new0 (Mail, 1);
  g_set_weak_pointer (&mail->parent, parent);
  mail->recipients = mv_meeting_dup_recipients (store, meeting);
  if (mail->recipients[0] == NULL)
    {
      mv_widget_show_error (parent, _("No One to Send To"),
                            _("None of the council’s members and deputies has an e-mail "
                              "address. Add them on the Members page."));
      mail_free (mail);
      return;
    }

  date = mv_date_iso_to_entry (mv_meeting_get_starts_at (meeting));
  mail->subject = mv_words_printf (words->subject,
                                   council ? mv_council_get_name (council) : "", date);
  mail->body = mv_words_printf (words->body, date);

  /* Outgoing files live in the cache: they are copies, made again each
   * time, and removed when the app quits. */
  dir = mv_cache_get_dir (MV_CACHE_OUTGOING);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("Could not make the folder “%s”"), dir);

      mv_widget_show_error (parent, _("Could Not Write the Notice"), message);
      mail_free (mail);
      return;
    }
  name = mv_meeting_export_default_name (store, meeting, MV_MEETING_EXPORT_NOTICE, FALSE);
  path = g_build_filename (dir, name, NULL);
  mail->file = g_file_new_for_path (path);

  mv_meeting_export_async (store, meeting, MV_MEETING_EXPORT_NOTICE, FALSE, path, NULL, NULL,
                           NULL, NULL, mail_notice_written_cb, mail);
}

static void
send_anyway_cb (AdwMessageDialog *dialog,
                const char       *response)
{
  GtkWidget *parent = g_object_get_data (G_OBJECT (dialog), "mv-parent");
  MvStore *store = g_object_get_data (G_OBJECT (dialog), "mv-store");
  MvMeeting *meeting = g_object_get_data (G_OBJECT (dialog), "mv-meeting");

  if (gtk_widget_get_root (parent) != NULL)
    send_notice_now (parent, store, meeting);
}

void
mv_send_notice_by_email (GtkWidget *parent,
                         MvStore   *store,
                         MvMeeting *meeting)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_MEETING (meeting));

  dialog = mv_notice_gaps_dialog_new (parent, store, meeting, _("Send the Notice Anyway?"),
                                      _("_Send Anyway"));
  if (dialog == NULL)
    {
      send_notice_now (parent, store, meeting);
      return;
    }

  g_object_set_data_full (G_OBJECT (dialog), "mv-parent", g_object_ref (parent), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "mv-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "mv-meeting", g_object_ref (meeting),
                          g_object_unref);
  g_signal_connect (dialog, "response::anyway", G_CALLBACK (send_anyway_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Gaps in the notice ---------------------------------------------------- */

char *
mv_notice_gaps_dup_text (MvStore   *store,
                         MvMeeting *meeting)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  gaps = mv_agenda_notice_gaps (store, meeting);
  if (gaps->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < gaps->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (gaps, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkWidget *
mv_notice_gaps_dialog_new (GtkWidget  *parent,
                           MvStore    *store,
                           MvMeeting  *meeting,
                           const char *heading,
                           const char *anyway)
{
  g_autofree char *gaps = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  if ((gaps = mv_notice_gaps_dup_text (store, meeting)) == NULL)
    return NULL;

  /* Told before it goes out, where the user decides – a toast would come
   * after the fact. */
  body = g_strdup_printf (_("The members need this to act on the notice:\n%s"), gaps);
  root = gtk_widget_get_root (parent);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "anyway", anyway,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "anyway",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}
