/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-meeting.h"
#include "mv-meetings.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What the meeting page does with a meeting's papers besides exporting
 * them (mv-export-dialog.h): print the notice, send it by e-mail, and the
 * toast that follows a written file. */

/* The print dialog for the notice, laid out as its PDF is. Failures are
 * shown over @parent. */
void      mv_print_notice            (GtkWindow   *parent,
                                      MvStore     *store,
                                      MvMeeting   *meeting);
/* The same pages through GtkPrintOperation's export to @path, without a
 * dialog: what the printer would get. */
gboolean  mv_print_notice_to_pdf     (MvStore     *store,
                                      MvMeeting   *meeting,
                                      const char  *path,
                                      GError     **error);

/* Writes the notice (full version) to Medvirke's cache folder in a worker,
 * then opens the mail client addressed to the council's members and
 * deputies who have an e-mail address: with the notice attached through
 * "xdg-email --attach" where that exists, else a mailto: link and the
 * file shown in its folder to attach by hand. A notice with gaps
 * (mv_notice_gaps_dialog_new()) is sent only when the user says so. */
void      mv_send_notice_by_email    (GtkWidget   *parent,
                                      MvStore     *store,
                                      MvMeeting   *meeting);
/* The addresses it uses: mv_meeting_dup_recipients(). */

/* When the notice lacks what a member needs to act on it
 * (mv_agenda_notice_gaps(): the place, the secretariat's name and contact,
 * a case's presenter), a dialog over @parent's window listing them, with
 * Cancel and @anyway (response "anyway"), not yet shown; NULL when nothing
 * is missing. */
GtkWidget *mv_notice_gaps_dialog_new (GtkWidget   *parent,
                                      MvStore     *store,
                                      MvMeeting   *meeting,
                                      const char  *heading,
                                      const char  *anyway);
/* The gaps as the dialog lists them, one "• gap" a line; NULL for none. */
char      *mv_notice_gaps_dup_text   (MvStore     *store,
                                      MvMeeting   *meeting);

/* "Exported “name”" with Open and Show in Folder, for the window @widget is
 * in. */
void      mv_add_exported_toast      (GtkWidget   *widget,
                                      GFile       *file);
void      mv_open_file               (GtkWidget   *widget,
                                      GFile       *file);
/* org.freedesktop.FileManager1.ShowItems over D-Bus; without a file
 * manager that answers, the folder is opened. */
void      mv_show_in_folder          (GtkWidget   *widget,
                                      GFile       *file);

G_END_DECLS
