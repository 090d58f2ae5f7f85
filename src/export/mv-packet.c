/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <qpdf/qpdf-c.h>
#include <string.h>

#include "mv-agenda-export.h"
#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-document-words.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-output.h"
#include "mv-packet.h"
#include "mv-packet-notice.h"
#include "mv-packet-stamp.h"
#include "mv-pdf-writer.h"
#include "mv-queries.h"

/* The packet is assembled with libqpdf's C API. The notice is the base
 * document (its metadata, tags and outline stay); the attachments' pages
 * are added as foreign pages, which qpdf copies object by object with
 * everything they reference (fonts, images, annotations), so nothing is
 * rasterised or re-encoded. A source must stay open until the packet is
 * written: qpdf copies the foreign streams' data only then. */

/* The packet's fixed words, like the year plan's: a setting of the council,
 * not the UI's locale. */
static const MvPacketWords words_nb = {
  .notice = "Innkalling og saksliste",
  .attachments = "Vedlegg",
  .left_out = "Vedlegg som ikke er med i pakken",
  .left_out_intro = "Disse vedleggene følger ikke med i denne PDF-en. De sendes som egne filer "
                    "eller fås hos sekretariatet.",
  .not_pdf = "ikke en PDF-fil",
  .encrypted = "beskyttet med passord",
  .damaged = "kan ikke leses",
  .no_pages = "har ingen sider",
  .page_format = "Side %d av %d",
  .stamp_item = "Vedlegg %d til sak %s – side %d av %d",
  .stamp_plain = "Vedlegg %d – side %d av %d",
  .stamp_meeting = "Vedlegg %d til møtet – side %d av %d",
};

static const MvPacketWords words_nn = {
  .notice = "Innkalling og sakliste",
  .attachments = "Vedlegg",
  .left_out = "Vedlegg som ikkje er med i pakken",
  .left_out_intro = "Desse vedlegga følgjer ikkje med i denne PDF-en. Dei blir sende som eigne "
                    "filer eller kan fåast hos sekretariatet.",
  .not_pdf = "ikkje ei PDF-fil",
  .encrypted = "verna med passord",
  .damaged = "kan ikkje lesast",
  .no_pages = "har ingen sider",
  .page_format = "Side %d av %d",
  .stamp_item = "Vedlegg %d til sak %s – side %d av %d",
  .stamp_plain = "Vedlegg %d – side %d av %d",
  .stamp_meeting = "Vedlegg %d til møtet – side %d av %d",
};

static const MvPacketWords words_en = {
  .notice = "Notice and agenda",
  .attachments = "Attachments",
  .left_out = "Attachments not included in this packet",
  .left_out_intro = "These attachments are not part of this PDF. They are sent as separate "
                    "files or can be had from the secretariat.",
  .not_pdf = "not a PDF file",
  .encrypted = "protected by a password",
  .damaged = "cannot be read",
  .no_pages = "has no pages",
  .page_format = "Page %d of %d",
  .stamp_item = "Attachment %d to item %s – page %d of %d",
  .stamp_plain = "Attachment %d – page %d of %d",
  .stamp_meeting = "Attachment %d to the meeting – page %d of %d",
};

typedef struct
{
  const MvPacketWords *words;
  const char *item;          /* "Sak %s %s": number and title */
  const char *meeting_docs;  /* the bookmark of the meeting's own documents */
  const char *packet;        /* "Møtepakke" */
  const char *public_suffix;
} CouncilWords;

static const CouncilWords council_nb = {
  &words_nb, "Sak %s %s", "Dokumenter til møtet", "Møtepakke", " (offentlig versjon)",
};
static const CouncilWords council_nn = {
  &words_nn, "Sak %s %s", "Dokument til møtet", "Møtepakke", " (offentleg versjon)",
};
static const CouncilWords council_en = {
  &words_en, "Item %s %s", "Meeting documents", "Meeting packet", " (public version)",
};

/* @language, or the council's for MV_AGENDA_COUNCIL_LANGUAGE. */
static const CouncilWords *
council_words (MvStore    *store,
               MvMeeting  *meeting,
               MvLanguage  language)
{
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_meeting_get_council_id (meeting));

  if (language == MV_AGENDA_COUNCIL_LANGUAGE)
    language = council ? mv_council_get_language (council) : MV_LANGUAGE_NB;
  return mv_words_for_language (language, &council_nb, &council_nn, &council_en);
}

static void
omission_free (MvPacketOmission *omission)
{
  g_free (omission->heading);
  g_free (omission->title);
  g_free (omission->file_name);
  g_free (omission->reason);
  g_free (omission);
}

void
mv_packet_result_free (MvPacketResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->left_out, g_ptr_array_unref);
  g_free (result);
}

/* qpdf ---------------------------------------------------------------- */

typedef struct
{
  const MvPacketPart *part;
  GBytes             *bytes;   /* qpdf reads from it until cleanup */
  qpdf_data           qpdf;
  int                 n_pages;
  int                 first;    /* its first page in the packet, from 0 */
  int                 number;   /* n of "Vedlegg n til sak": from 1 in its item */
} Source;

static void
source_clear (Source *source)
{
  if (source->qpdf != NULL)
    qpdf_cleanup (&source->qpdf);
  g_clear_pointer (&source->bytes, g_bytes_unref);
}

static qpdf_data
open_pdf (GBytes       *bytes,
          const char   *description,
          int          *n_pages,
          gboolean     *encrypted,
          char        **detail)
{
  qpdf_data qpdf = qpdf_init ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  int pages;

  *encrypted = FALSE;
  qpdf_silence_errors (qpdf);
  qpdf_set_suppress_warnings (qpdf, QPDF_TRUE);

  if (qpdf_read_memory (qpdf, description, data ? data : "", size, NULL) & QPDF_ERRORS)
    {
      qpdf_error e = qpdf_get_error (qpdf);

      *encrypted = e != NULL && qpdf_get_error_code (qpdf, e) == qpdf_e_password;
      if (detail != NULL)
        *detail = g_strdup (e ? qpdf_get_error_full_text (qpdf, e) : "");
      qpdf_cleanup (&qpdf);
      return NULL;
    }

  /* The copied pages take their inherited attributes (MediaBox, Resources,
   * Rotate) with them. */
  if (qpdf_push_inherited_attributes_to_page (qpdf) & QPDF_ERRORS ||
      (pages = qpdf_get_num_pages (qpdf)) < 0)
    {
      qpdf_error e = qpdf_get_error (qpdf);

      if (detail != NULL)
        *detail = g_strdup (e ? qpdf_get_error_full_text (qpdf, e) : "");
      qpdf_cleanup (&qpdf);
      return NULL;
    }

  *n_pages = pages;
  return qpdf;
}

static void
set_qpdf_error (qpdf_data    qpdf,
                const char  *path,
                GError     **error)
{
  qpdf_error e = qpdf_get_error (qpdf);

  g_set_error (error, MV_ERROR, MV_ERROR_FAILED, _("Could not put the packet “%s” together: %s"),
               path, e ? qpdf_get_error_full_text (qpdf, e) : _("unknown error"));
}

/* An outline item under @parent (the /Outlines dictionary or an item),
 * going to @page; the counts say that every level is open. */
/* The notice's XMP (mv-pdf-writer.c) names the notice; the packet's is
 * to name the packet, as its /Info does and DisplayDocTitle shows. */
static void
retitle_xmp (qpdf_data   out,
             const char *title)
{
  qpdf_oh metadata = qpdf_oh_get_key (out, qpdf_get_root (out), "/Metadata");
  unsigned char *data = NULL;
  size_t len = 0;
  g_autofree char *xmp = NULL;
  g_autofree char *retitled = NULL;

  if (!qpdf_oh_is_stream (out, metadata) ||
      qpdf_oh_get_stream_data (out, metadata, qpdf_dl_all, NULL, &data, &len) & QPDF_ERRORS ||
      data == NULL)
    return;
  xmp = g_strndup ((const char *) data, len);
  free (data);
  retitled = mv_pdf_xmp_set_title (xmp, title);
  qpdf_oh_replace_stream_data (out, metadata, (const unsigned char *) retitled,
                               strlen (retitled), qpdf_oh_new_null (out),
                               qpdf_oh_new_null (out));
}

static qpdf_oh
outline_append (qpdf_data   out,
                qpdf_oh     parent,
                const char *title,
                qpdf_oh     page)
{
  qpdf_oh item = qpdf_make_indirect_object (out, qpdf_oh_new_dictionary (out));
  qpdf_oh dest = qpdf_oh_new_array (out);
  qpdf_oh last;

  qpdf_oh_replace_key (out, item, "/Title", qpdf_oh_new_unicode_string (out, title));
  qpdf_oh_replace_key (out, item, "/Parent", parent);
  qpdf_oh_append_item (out, dest, page);
  qpdf_oh_append_item (out, dest, qpdf_oh_new_name (out, "/Fit"));
  qpdf_oh_replace_key (out, item, "/Dest", dest);

  last = qpdf_oh_get_key (out, parent, "/Last");
  if (qpdf_oh_is_dictionary (out, last))
    {
      qpdf_oh_replace_key (out, last, "/Next", item);
      qpdf_oh_replace_key (out, item, "/Prev", last);
    }
  else
    qpdf_oh_replace_key (out, parent, "/First", item);
  qpdf_oh_replace_key (out, parent, "/Last", item);

  /* An open item adds itself to every open ancestor's count. */
  for (qpdf_oh p = parent; qpdf_oh_is_dictionary (out, p); p = qpdf_oh_get_key (out, p, "/Parent"))
    {
      qpdf_oh count = qpdf_oh_get_key (out, p, "/Count");
      int n = qpdf_oh_is_integer (out, count) ? qpdf_oh_get_int_value_as_int (out, count) : 0;

      if (n < 0)
        break;
      qpdf_oh_replace_key (out, p, "/Count", qpdf_oh_new_integer (out, n + 1));
    }

  return item;
}

static qpdf_oh
outline_root (qpdf_data out)
{
  qpdf_oh root = qpdf_get_root (out);
  qpdf_oh outlines = qpdf_oh_get_key (out, root, "/Outlines");

  if (!qpdf_oh_is_dictionary (out, outlines))
    {
      outlines = qpdf_make_indirect_object (out, qpdf_oh_new_dictionary (out));
      qpdf_oh_replace_key (out, outlines, "/Type", qpdf_oh_new_name (out, "/Outlines"));
      qpdf_oh_replace_key (out, root, "/Outlines", outlines);
    }
  return outlines;
}

/* A copied page keeps its content but not its place in its old document's
 * structure tree: the keys would point into the notice's tree instead. */
static void
drop_structure_keys (qpdf_data out,
                     qpdf_oh   page)
{
  qpdf_oh annots = qpdf_oh_get_key (out, page, "/Annots");

  qpdf_oh_remove_key (out, page, "/StructParents");
  if (qpdf_oh_is_array (out, annots))
    for (int i = 0; i < qpdf_oh_get_array_n_items (out, annots); i++)
      {
        qpdf_oh annot = qpdf_oh_get_array_item (out, annots, i);

        if (qpdf_oh_is_dictionary (out, annot))
          qpdf_oh_remove_key (out, annot, "/StructParent");
      }
}

/* A title made from the file name says nothing the file name does not. */
static gboolean
title_is_file_name (const char *title,
                    const char *file_name)
{
  const char *dot = strrchr (file_name, '.');
  gsize stem = dot ? (gsize) (dot - file_name) : strlen (file_name);

  return title == NULL || *title == '\0' || g_str_equal (title, file_name) ||
         (strlen (title) == stem && strncmp (title, file_name, stem) == 0);
}

/* qpdf does not follow a reference from one page to another while it
 * copies a page ("not crossing page boundary"): a link to a later page of
 * the attachment would lose its target. Point each copied link whose
 * target is a page of the attachment at that page's copy. */
static void
fix_link_target (qpdf_data   src,
                 qpdf_oh     src_holder,
                 qpdf_data   out,
                 qpdf_oh     out_holder,
                 const char *key,
                 int         first)
{
  qpdf_oh src_dest = qpdf_oh_get_key (src, src_holder, key);
  qpdf_oh out_dest = qpdf_oh_get_key (out, out_holder, key);
  qpdf_oh target;
  int index;

  if (!qpdf_oh_is_array (src, src_dest) || qpdf_oh_get_array_n_items (src, src_dest) == 0 ||
      !qpdf_oh_is_array (out, out_dest) || qpdf_oh_get_array_n_items (out, out_dest) == 0)
    return;
  target = qpdf_oh_get_array_item (src, src_dest, 0);
  if (!qpdf_oh_is_dictionary (src, target))
    return;
  index = qpdf_find_page_by_oh (src, target);
  if (index < 0)
    {
      qpdf_get_error (src);  /* not one of its pages: leave it */
      return;
    }
  qpdf_oh_set_array_item (out, out_dest, 0, qpdf_get_page_n (out, first + index));
}

static void
fix_page_links (qpdf_data out,
                int       first,
                qpdf_data src,
                int       n_pages)
{
  for (int p = 0; p < n_pages; p++)
    {
      qpdf_oh src_annots = qpdf_oh_get_key (src, qpdf_get_page_n (src, p), "/Annots");
      qpdf_oh out_annots = qpdf_oh_get_key (out, qpdf_get_page_n (out, first + p), "/Annots");
      int n;

      if (!qpdf_oh_is_array (src, src_annots) || !qpdf_oh_is_array (out, out_annots))
        continue;
      n = qpdf_oh_get_array_n_items (src, src_annots);
      if (n != qpdf_oh_get_array_n_items (out, out_annots))
        continue;

      for (int i = 0; i < n; i++)
        {
          qpdf_oh src_annot = qpdf_oh_get_array_item (src, src_annots, i);
          qpdf_oh out_annot = qpdf_oh_get_array_item (out, out_annots, i);
          qpdf_oh src_action, out_action;

          if (!qpdf_oh_is_dictionary (src, src_annot) || !qpdf_oh_is_dictionary (out, out_annot))
            continue;
          fix_link_target (src, src_annot, out, out_annot, "/Dest", first);
          src_action = qpdf_oh_get_key (src, src_annot, "/A");
          out_action = qpdf_oh_get_key (out, out_annot, "/A");
          if (qpdf_oh_is_dictionary (src, src_action) && qpdf_oh_is_dictionary (out, out_action))
            fix_link_target (src, src_action, out, out_action, "/D", first);
        }
      qpdf_oh_release_all (src);
    }
}

static GBytes *
list_page (GPtrArray           *left_out,
           const MvPacketWords *words,
           GError             **error)
{
  g_autoptr(MvPdfWriter) writer = mv_pdf_writer_new ();
  const char *heading = NULL;

  mv_pdf_writer_set_metadata (writer, words->left_out, NULL, NULL, NULL);
  /* Numbered with the packet's pages. */
  mv_pdf_writer_set_page_format (writer, NULL);
  mv_pdf_writer_add_heading (writer, 1, words->left_out, FALSE);
  mv_pdf_writer_add_paragraph (writer, words->left_out_intro);

  for (guint i = 0; i < left_out->len;)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      heading = ((MvPacketOmission *) g_ptr_array_index (left_out, i))->heading;
      for (; i < left_out->len; i++)
        {
          MvPacketOmission *o = g_ptr_array_index (left_out, i);

          if (g_strcmp0 (o->heading, heading) != 0)
            break;
          if (!title_is_file_name (o->title, o->file_name))
            g_ptr_array_add (lines, g_strdup_printf ("%s (%s): %s", o->title, o->file_name,
                                                     o->reason));
          else
            g_ptr_array_add (lines, g_strdup_printf ("%s: %s", o->file_name, o->reason));
        }
      g_ptr_array_add (lines, NULL);
      if (heading != NULL && *heading != '\0')
        mv_pdf_writer_add_heading (writer, 2, heading, FALSE);
      mv_pdf_writer_add_list (writer, (const char * const *) lines->pdata);
    }

  return mv_pdf_writer_save_to_bytes (writer, words->left_out, error);
}

static void
report (MvPacketProgressFunc  progress,
        gpointer              data,
        double                fraction,
        const char           *what)
{
  if (progress != NULL)
    progress (CLAMP (fraction, 0.0, 1.0), what, data);
}

typedef struct
{
  MvPacketProgressFunc  progress;
  gpointer              data;
} WriteProgress;

static void
write_progress (int   percent,
                void *user_data)
{
  WriteProgress *wp = user_data;

  report (wp->progress, wp->data, 0.6 + 0.4 * percent / 100.0, _("Writing the packet"));
}

static void
add_omission (GPtrArray          *left_out,
              const MvPacketPart *part,
              const char         *reason)
{
  MvPacketOmission *o = g_new0 (MvPacketOmission, 1);

  o->heading = g_strdup (part->heading);
  o->title = g_strdup (part->title);
  o->file_name = g_strdup (part->file_name);
  o->reason = g_strdup (reason);
  g_ptr_array_add (left_out, o);
}

/* Numbers and stamps --------------------------------------------------- */

/* The page's box as shown (its CropBox, else its MediaBox) and its
 * rotation, 0, 90, 180 or 270. */
static void
page_geometry (qpdf_data  out,
               qpdf_oh    page,
               double     box[4],
               int       *rotate)
{
  qpdf_oh crop = qpdf_oh_get_key (out, page, "/CropBox");
  qpdf_oh media = qpdf_oh_get_key (out, page, "/MediaBox");
  qpdf_oh r = qpdf_oh_get_key (out, page, "/Rotate");
  qpdf_oh use = qpdf_oh_is_array (out, crop) && qpdf_oh_get_array_n_items (out, crop) == 4
                  ? crop : media;
  double v[4] = { 0, 0, 612, 792 };

  if (qpdf_oh_is_array (out, use) && qpdf_oh_get_array_n_items (out, use) == 4)
    for (int i = 0; i < 4; i++)
      {
        qpdf_oh item = qpdf_oh_get_array_item (out, use, i);

        if (qpdf_oh_is_number (out, item))
          v[i] = qpdf_oh_get_numeric_value (out, item);
      }
  box[0] = MIN (v[0], v[2]);
  box[1] = MIN (v[1], v[3]);
  box[2] = MAX (v[0], v[2]);
  box[3] = MAX (v[1], v[3]);

  *rotate = qpdf_oh_is_integer (out, r) ? qpdf_oh_get_int_value_as_int (out, r) : 0;
  *rotate = ((*rotate % 360) + 360) % 360;
  if (*rotate % 90 != 0)
    *rotate = 0;
}

/* A dictionary of its own with @dict's entries, so that a change to the
 * copy leaves a dictionary that other pages share as it was. */
static qpdf_oh
shallow_copy (qpdf_data out,
              qpdf_oh   dict)
{
  qpdf_oh copy = qpdf_oh_new_dictionary (out);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  if (!qpdf_oh_is_dictionary (out, dict))
    return copy;
  qpdf_oh_begin_dict_key_iter (out, dict);
  while (qpdf_oh_dict_more_keys (out))
    g_ptr_array_add (keys, g_strdup (qpdf_oh_dict_next_key (out)));
  for (guint i = 0; i < keys->len; i++)
    qpdf_oh_replace_key (out, copy, keys->pdata[i],
                         qpdf_oh_get_key (out, dict, keys->pdata[i]));
  return copy;
}

static qpdf_oh
content_stream (qpdf_data   out,
                const char *text)
{
  qpdf_oh stream = qpdf_oh_new_stream (out);

  qpdf_oh_replace_stream_data (out, stream, (const unsigned char *) text, strlen (text),
                               qpdf_oh_new_null (out), qpdf_oh_new_null (out));
  return stream;
}

/* Draws page @index of @stamps over page @index of @out: the stamp page
 * becomes a form XObject, and the page's content is wrapped in q … Q and
 * followed by the form, in the page's own user space turned as the page is
 * shown, inside an Artifact's marked content. */
static gboolean
stamp_page (qpdf_data  out,
            int        index,
            qpdf_data  stamps,
            double     width,
            double     height)
{
  qpdf_oh page = qpdf_get_page_n (out, index);
  qpdf_oh stamp, stamp_resources, form, dict, bbox, resources, xobjects, contents, array;
  unsigned char *data = NULL;
  size_t length = 0;
  g_autofree char *name = NULL;
  g_autofree char *draw = NULL;
  double box[4], m[6];
  char n[6][G_ASCII_DTOSTR_BUF_SIZE];
  int rotate;

  /* The stamp page's content becomes the form's, its resources (fonts
   * that all the stamp pages share) come over once. */
  stamp = qpdf_get_page_n (stamps, index);
  stamp_resources = qpdf_oh_get_key (stamps, stamp, "/Resources");
  if (qpdf_oh_get_page_content_data (stamps, stamp, &data, &length) & QPDF_ERRORS)
    return FALSE;
  form = qpdf_oh_new_stream (out);
  dict = qpdf_oh_get_dict (out, form);
  qpdf_oh_replace_key (out, dict, "/Type", qpdf_oh_new_name (out, "/XObject"));
  qpdf_oh_replace_key (out, dict, "/Subtype", qpdf_oh_new_name (out, "/Form"));
  bbox = qpdf_oh_new_array (out);
  qpdf_oh_append_item (out, bbox, qpdf_oh_new_integer (out, 0));
  qpdf_oh_append_item (out, bbox, qpdf_oh_new_integer (out, 0));
  qpdf_oh_append_item (out, bbox, qpdf_oh_new_real_from_double (out, width, 3));
  qpdf_oh_append_item (out, bbox, qpdf_oh_new_real_from_double (out, height, 3));
  qpdf_oh_replace_key (out, dict, "/BBox", bbox);
  /* qpdf copies only indirect objects from another file; cairo makes a
   * page's resources one. */
  if (qpdf_oh_get_object_id (stamps, stamp_resources) == 0)
    {
      free (data);
      return FALSE;
    }
  qpdf_oh_replace_key (out, dict, "/Resources",
                       qpdf_oh_copy_foreign_object (out, stamps, stamp_resources));
  qpdf_oh_replace_stream_data (out, form, data, length, qpdf_oh_new_null (out),
                               qpdf_oh_new_null (out));
  free (data);

  /* Its own copies of the resources: an attachment's pages often share
   * theirs. */
  resources = shallow_copy (out, qpdf_oh_get_key (out, page, "/Resources"));
  xobjects = shallow_copy (out, qpdf_oh_get_key (out, resources, "/XObject"));
  name = g_strdup ("/MvStamp");
  for (int i = 1; qpdf_oh_has_key (out, xobjects, name); i++)
    {
      g_free (name);
      name = g_strdup_printf ("/MvStamp%d", i);
    }
  qpdf_oh_replace_key (out, xobjects, name, form);
  qpdf_oh_replace_key (out, resources, "/XObject", xobjects);
  qpdf_oh_replace_key (out, page, "/Resources", resources);

  /* From the stamp's space, as the page is shown, to the page's. */
  page_geometry (out, page, box, &rotate);
  switch (rotate)
    {
    case 90:
      m[0] = 0, m[1] = 1, m[2] = -1, m[3] = 0, m[4] = box[2], m[5] = box[1];
      break;
    case 180:
      m[0] = -1, m[1] = 0, m[2] = 0, m[3] = -1, m[4] = box[2], m[5] = box[3];
      break;
    case 270:
      m[0] = 0, m[1] = -1, m[2] = 1, m[3] = 0, m[4] = box[0], m[5] = box[3];
      break;
    default:
      m[0] = 1, m[1] = 0, m[2] = 0, m[3] = 1, m[4] = box[0], m[5] = box[1];
      break;
    }
  for (int i = 0; i < 6; i++)
    g_ascii_formatd (n[i], sizeof n[i], "%.3f", m[i]);
  draw = g_strdup_printf ("\nQ\n/Artifact BMC\nq %s %s %s %s %s %s cm %s Do Q\nEMC\n",
                          n[0], n[1], n[2], n[3], n[4], n[5], name);

  contents = qpdf_oh_get_key (out, page, "/Contents");
  array = qpdf_oh_new_array (out);
  qpdf_oh_append_item (out, array, content_stream (out, "q\n"));
  if (qpdf_oh_is_array (out, contents))
    for (int i = 0; i < qpdf_oh_get_array_n_items (out, contents); i++)
      qpdf_oh_append_item (out, array, qpdf_oh_get_array_item (out, contents, i));
  else if (qpdf_oh_is_stream (out, contents))
    qpdf_oh_append_item (out, array, contents);
  qpdf_oh_append_item (out, array, content_stream (out, draw));
  qpdf_oh_replace_key (out, page, "/Contents", array);
  return !qpdf_has_error (out);
}

/* Every page's number in the packet, and on each attachment page its
 * stamp. The stamps' PDF is a source like the attachments: @stamps and
 * @stamp_bytes stay until the packet is written. */
static gboolean
stamp_pages (qpdf_data            out,
             GArray              *sources,
             const MvPacketWords *words,
             qpdf_data           *stamps_out,
             GBytes             **stamp_bytes,
             GError             **error)
{
  int n_pages = qpdf_get_num_pages (out);
  g_autofree MvPacketStampPage *pages = g_new0 (MvPacketStampPage, n_pages);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *detail = NULL;
  qpdf_data stamps;
  gboolean encrypted;
  int n_stamps = 0;
  gboolean ok = TRUE;

  for (int i = 0; i < n_pages; i++)
    {
      double box[4];
      int rotate;
      char *number = words->page_format ? mv_words_printf (words->page_format, i + 1, n_pages)
                                        : g_strdup ("");

      page_geometry (out, qpdf_get_page_n (out, i), box, &rotate);
      pages[i].width = rotate % 180 ? box[3] - box[1] : box[2] - box[0];
      pages[i].height = rotate % 180 ? box[2] - box[0] : box[3] - box[1];
      pages[i].number = number;
      g_ptr_array_add (texts, number);
    }
  qpdf_oh_release_all (out);

  for (guint s = 0; s < sources->len; s++)
    {
      Source *source = &g_array_index (sources, Source, s);
      const MvPacketPart *part = source->part;

      for (int p = 0; p < source->n_pages; p++)
        {
          char *stamp = NULL;

          if (part->of_meeting && words->stamp_meeting)
            stamp = mv_words_printf (words->stamp_meeting, source->number, p + 1,
                                     source->n_pages);
          else if (!part->of_meeting && part->item_number && *part->item_number &&
                   words->stamp_item)
            stamp = mv_words_printf (words->stamp_item, source->number, part->item_number, p + 1,
                                     source->n_pages);
          else if (!part->of_meeting && words->stamp_plain)
            stamp = mv_words_printf (words->stamp_plain, source->number, p + 1, source->n_pages);
          if (stamp != NULL)
            g_ptr_array_add (texts, stamp);
          pages[source->first + p].stamp = stamp;
        }
    }

  if (!(bytes = mv_packet_stamps_pdf (pages, n_pages, error)))
    return FALSE;
  *stamp_bytes = g_bytes_ref (bytes);
  if (!(stamps = open_pdf (bytes, "stamps", &n_stamps, &encrypted, &detail)) ||
      n_stamps != n_pages)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED, _("Could not number the packet’s pages: %s"),
                   detail ? detail : "");
      if (stamps != NULL)
        qpdf_cleanup (&stamps);
      return FALSE;
    }

  for (int i = 0; i < n_pages && ok; i++)
    {
      ok = stamp_page (out, i, stamps, pages[i].width, pages[i].height);
      qpdf_oh_release_all (stamps);
    }
  if (!ok)
    {
      qpdf_error e = qpdf_get_error (out);

      if (e == NULL)
        e = qpdf_get_error (stamps);
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED, _("Could not number the packet’s pages: %s"),
                   e ? qpdf_get_error_full_text (out, e) : _("unknown error"));
    }
  *stamps_out = stamps;
  return ok;
}

/**
 * mv_packet_merge:
 * @notice: the notice and agenda, a PDF
 * @parts: (element-type MvPacketPart): the attachments in order
 * @words: the fixed words in the document's language
 * @title: (nullable): the packet's title in its metadata
 * @path: the file to write; left as it was on failure
 *
 * Returns: (transfer full): what went in and what was left out, or %NULL
 *   with @error set (the notice is not a PDF, the file cannot be written,
 *   cancelled)
 */
MvPacketResult *
mv_packet_merge (GBytes               *notice,
                 GPtrArray            *parts,
                 const MvPacketWords  *words,
                 const char           *title,
                 const char           *path,
                 MvPacketProgressFunc  progress,
                 gpointer              progress_data,
                 GCancellable         *cancellable,
                 GError              **error)
{
  return mv_packet_merge_full (notice, parts, words, title, path, MV_OUTPUT_PRIVATE, progress,
                               progress_data, cancellable, error);
}

/**
 * mv_packet_merge_full:
 * @flags: how the file is written (MV_OUTPUT_PRIVATE unless it is public)
 *
 * mv_packet_merge() with the output's flags.
 */
MvPacketResult *
mv_packet_merge_full (GBytes               *notice,
                      GPtrArray            *parts,
                      const MvPacketWords  *words,
                      const char           *title,
                      const char           *path,
                      MvOutputFlags         flags,
                      MvPacketProgressFunc  progress,
                      gpointer              progress_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(MvPacketResult) result = g_new0 (MvPacketResult, 1);
  g_autoptr(MvOutput) output = NULL;
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (Source));
  g_autoptr(GBytes) list_bytes = NULL;
  g_autofree char *detail = NULL;
  qpdf_data out = NULL;
  qpdf_data list = NULL;
  qpdf_data stamps = NULL;
  g_autoptr(GBytes) stamp_bytes = NULL;
  WriteProgress wp = { progress, progress_data };
  const char *heading = NULL;
  qpdf_oh outlines, attachments_outline = 0, item_outline = 0;
  gboolean encrypted;
  gboolean ok = FALSE;
  int n_notice = 0, n_list = 0, number = 0;

  g_return_val_if_fail (notice != NULL, NULL);
  g_return_val_if_fail (parts != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  g_array_set_clear_func (sources, (GDestroyNotify) source_clear);
  result->left_out = g_ptr_array_new_with_free_func ((GDestroyNotify) omission_free);

  if (!(output = mv_output_new_full (path, flags, error)))
    return NULL;

  if (!(out = open_pdf (notice, "notice", &n_notice, &encrypted, &detail)) || n_notice == 0)
    {
      if (out != NULL)
        qpdf_cleanup (&out);
      g_set_error (error, MV_ERROR, MV_ERROR_BAD_DOCUMENT,
                   _("The notice for the packet is not a readable PDF: %s"),
                   detail ? detail : _("it has no pages"));
      return NULL;
    }

  /* First open every attachment, so that the list of those left out can go
   * right after the notice. */
  for (guint i = 0; i < parts->len; i++)
    {
      const MvPacketPart *part = g_ptr_array_index (parts, i);
      Source source = { part, NULL, NULL, 0, 0, 0 };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      report (progress, progress_data, 0.4 * i / MAX (parts->len, 1), _("Reading the attachments"));

      if (g_strcmp0 (part->mime_type, "application/pdf") != 0 || part->bytes == NULL)
        {
          add_omission (result->left_out, part, words->not_pdf);
          continue;
        }

      source.bytes = g_bytes_ref (part->bytes);
      source.qpdf = open_pdf (source.bytes, part->file_name, &source.n_pages, &encrypted, NULL);
      if (source.qpdf == NULL || source.n_pages == 0)
        {
          add_omission (result->left_out, part,
                        encrypted ? words->encrypted
                                  : source.qpdf == NULL ? words->damaged : words->no_pages);
          source_clear (&source);
          continue;
        }
      g_array_append_val (sources, source);
    }

  /* The notice keeps its own outline; without one it gets a bookmark. */
  outlines = outline_root (out);
  if (!qpdf_oh_is_dictionary (out, qpdf_oh_get_key (out, outlines, "/First")))
    outline_append (out, outlines, words->notice, qpdf_get_page_n (out, 0));

  if (result->left_out->len > 0)
    {
      if (!(list_bytes = list_page (result->left_out, words, error)))
        goto out;
      if (!(list = open_pdf (list_bytes, "list", &n_list, &encrypted, &detail)))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_FAILED, "%s", detail);
          goto out;
        }
      for (int p = 0; p < n_list; p++)
        if (qpdf_add_page (out, list, qpdf_get_page_n (list, p), QPDF_FALSE) & QPDF_ERRORS)
          {
            set_qpdf_error (out, path, error);
            goto out;
          }
      outline_append (out, outlines, words->left_out, qpdf_get_page_n (out, n_notice));
    }

  for (guint i = 0; i < sources->len; i++)
    {
      Source *source = &g_array_index (sources, Source, i);
      const MvPacketPart *part = source->part;
      int first = qpdf_get_num_pages (out);

      source->first = first;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      report (progress, progress_data, 0.4 + 0.2 * i / MAX (sources->len, 1),
              _("Putting the packet together"));

      for (int p = 0; p < source->n_pages; p++)
        {
          qpdf_oh page = qpdf_get_page_n (source->qpdf, p);

          if (qpdf_add_page (out, source->qpdf, page, QPDF_FALSE) & QPDF_ERRORS)
            {
              set_qpdf_error (out, path, error);
              goto out;
            }
          drop_structure_keys (out, qpdf_get_page_n (out, first + p));
          qpdf_oh_release_all (source->qpdf);
        }
      fix_page_links (out, first, source->qpdf, source->n_pages);

      if (attachments_outline == 0)
        attachments_outline = outline_append (out, outlines, words->attachments,
                                              qpdf_get_page_n (out, first));
      if (item_outline == 0 || g_strcmp0 (heading, part->heading) != 0)
        {
          heading = part->heading;
          item_outline = outline_append (out, attachments_outline, heading ? heading : "",
                                         qpdf_get_page_n (out, first));
          number = 0;
        }
      source->number = ++number;
      outline_append (out, item_outline,
                      part->title && *part->title ? part->title : part->file_name,
                      qpdf_get_page_n (out, first));
      result->n_attachments++;
    }

  if (title != NULL)
    {
      qpdf_oh trailer = qpdf_get_trailer (out);
      qpdf_oh info = qpdf_oh_get_key (out, trailer, "/Info");

      if (!qpdf_oh_is_dictionary (out, info))
        {
          info = qpdf_make_indirect_object (out, qpdf_oh_new_dictionary (out));
          qpdf_oh_replace_key (out, trailer, "/Info", info);
        }
      qpdf_oh_replace_key (out, info, "/Title", qpdf_oh_new_unicode_string (out, title));
      retitle_xmp (out, title);
    }
  /* Open with the bookmarks showing. */
  qpdf_oh_replace_key (out, qpdf_get_root (out), "/PageMode",
                       qpdf_oh_new_name (out, "/UseOutlines"));

  result->n_pages = qpdf_get_num_pages (out);
  result->n_notice_pages = n_notice;
  result->n_list_pages = n_list;

  report (progress, progress_data, 0.6, _("Numbering the pages"));
  if (!stamp_pages (out, sources, words, &stamps, &stamp_bytes, error))
    goto out;

  if (qpdf_has_error (out))
    {
      set_qpdf_error (out, path, error);
      goto out;
    }

  if (qpdf_init_write (out, mv_output_get_path (output)) & QPDF_ERRORS)
    {
      set_qpdf_error (out, path, error);
      goto out;
    }
  qpdf_set_object_stream_mode (out, qpdf_o_generate);
  qpdf_set_preserve_encryption (out, QPDF_FALSE);
  qpdf_register_progress_reporter (out, write_progress, &wp);
  if (qpdf_write (out) & QPDF_ERRORS)
    {
      set_qpdf_error (out, path, error);
      goto out;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;
  if (!mv_output_commit (output, error))
    goto out;
  report (progress, progress_data, 1.0, _("Done"));
  ok = TRUE;

out:
  if (stamps != NULL)
    qpdf_cleanup (&stamps);
  if (list != NULL)
    qpdf_cleanup (&list);
  if (out != NULL)
    qpdf_cleanup (&out);
  return ok ? g_steal_pointer (&result) : NULL;
}

/* From the store ------------------------------------------------------ */

static void
part_free (MvPacketPart *part)
{
  g_free ((char *) part->heading);
  g_free ((char *) part->item_number);
  g_free ((char *) part->title);
  g_free ((char *) part->file_name);
  g_free ((char *) part->mime_type);
  g_clear_pointer (&part->bytes, g_bytes_unref);
  g_free (part);
}

static gboolean
add_documents (MvStore     *store,
               MvRecord    *owner,
               const char  *heading,
               const char  *item_number,
               gboolean     public_only,
               GPtrArray   *parts,
               GError     **error)
{
  g_autoptr(GPtrArray) documents = mv_documents_list (store, owner);

  for (guint i = 0; i < documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (documents, i);
      MvPacketPart *part;

      /* A meeting's list also holds its items' documents. */
      if (MV_IS_MEETING (owner) && mv_document_get_item_id (document) != NULL &&
          *mv_document_get_item_id (document) != '\0')
        continue;
      if (public_only && !mv_document_get_public (document))
        continue;

      part = g_new0 (MvPacketPart, 1);
      part->heading = g_strdup (heading);
      part->item_number = g_strdup (item_number);
      part->of_meeting = MV_IS_MEETING (owner);
      part->title = g_strdup (mv_document_get_title (document));
      part->file_name = g_strdup (mv_document_get_file_name (document));
      part->mime_type = g_strdup (mv_document_get_mime_type (document));
      g_ptr_array_add (parts, part);
      if (g_strcmp0 (part->mime_type, "application/pdf") == 0 &&
          !(part->bytes = mv_store_load_bytes (store, document, error)))
        return FALSE;
    }
  return TRUE;
}

static char *
packet_title (MvStore    *store,
              MvMeeting  *meeting,
              MvLanguage  language,
              gboolean    public_only)
{
  const CouncilWords *w = council_words (store, meeting, language);
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_meeting_get_council_id (meeting));
  g_autofree char *date = mv_meeting_dup_date (meeting);

  return g_strdup_printf ("%s %s – %s%s", w->packet, date,
                          council ? mv_council_get_name (council) : "",
                          public_only ? w->public_suffix : "");
}

/**
 * mv_packet_export:
 * @path: the file to write; left as it was on any error
 *
 * Returns: (transfer full): what went in and what was left out, or %NULL
 *   with @error set
 */
MvPacketResult *
mv_packet_export (MvStore               *store,
                  MvMeeting             *meeting,
                  gboolean               public_only,
                  const char            *path,
                  MvPacketProgressFunc   progress,
                  gpointer               progress_data,
                  GCancellable          *cancellable,
                  GError               **error)
{
  return mv_packet_export_full (store, meeting, MV_AGENDA_COUNCIL_LANGUAGE, public_only, path,
                                progress, progress_data, cancellable, error);
}

MvPacketResult *
mv_packet_export_full (MvStore               *store,
                       MvMeeting             *meeting,
                       MvLanguage             language,
                       gboolean               public_only,
                       const char            *path,
                       MvPacketProgressFunc   progress,
                       gpointer               progress_data,
                       GCancellable          *cancellable,
                       GError               **error)
{
  const CouncilWords *w;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GBytes) notice = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  w = council_words (store, meeting, language);
  report (progress, progress_data, 0.0, _("Making the notice"));
  if (!(notice = mv_packet_notice_pdf (store, meeting, language, public_only, error)))
    return NULL;

  if (!add_documents (store, MV_RECORD (meeting), w->meeting_docs, NULL, public_only, parts,
                      error))
    return NULL;

  items = mv_store_list_agenda (store, meeting);
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = NULL;
      g_autofree char *heading = NULL;

      if (public_only && !mv_agenda_item_get_public (item))
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      number = mv_agenda_item_dup_number (item);
      if (number != NULL && *number != '\0')
        heading = mv_words_printf (w->item, number, mv_agenda_item_get_title (item));
      else
        heading = g_strdup (mv_agenda_item_get_title (item));
      if (!add_documents (store, MV_RECORD (item), heading, number, public_only, parts, error))
        return NULL;
    }

  title = packet_title (store, meeting, language, public_only);
  /* The public packet is for anyone; the full one is not. */
  return mv_packet_merge_full (notice, parts, w->words, title, path,
                               public_only ? MV_OUTPUT_NONE : MV_OUTPUT_PRIVATE, progress,
                               progress_data, cancellable, error);
}
