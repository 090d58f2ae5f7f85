/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-document.h"
#include "mv-text.h"

struct _MvDocument
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvDocument, mv_document, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNCIL_ID,
  PROP_ITEM_ID,
  PROP_MEETING_ID,
  PROP_FILE_NAME,
  PROP_TITLE,
  PROP_MIME_TYPE,
  PROP_SIZE,
  PROP_SHA256,
  PROP_PAGE_COUNT,
  PROP_ENCRYPTED,
  PROP_PUBLIC,
  PROP_TEXT_STORED,
  PROP_EXEMPT_BASIS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_document_class_init (MvDocumentClass *klass)
{
  properties[PROP_COUNCIL_ID] = mv_param_string ("council-id", NULL);
  properties[PROP_ITEM_ID] = mv_param_string ("item-id", NULL);
  properties[PROP_MEETING_ID] = mv_param_string ("meeting-id", NULL);
  properties[PROP_FILE_NAME] = mv_param_text ("file-name", "", N_("File name"), MV_TEXT_NAME_MAX);
  properties[PROP_TITLE] = mv_param_text ("title", "", N_("Title"), MV_TEXT_NAME_MAX);
  properties[PROP_MIME_TYPE] = mv_param_string ("mime-type", "application/octet-stream");
  properties[PROP_SIZE] = mv_param_int64 ("size");
  properties[PROP_SHA256] = mv_param_string ("sha256", NULL);
  properties[PROP_PAGE_COUNT] = mv_param_int ("page-count", 0, G_MAXINT, 0);
  properties[PROP_ENCRYPTED] = mv_param_boolean ("encrypted", FALSE);
  properties[PROP_PUBLIC] = mv_param_boolean ("public", TRUE);
  /* Whether the document's text is in the file, page by page and in
   * search: an encrypted PDF's only when the user asked for it. */
  properties[PROP_TEXT_STORED] = mv_param_boolean ("text-stored", FALSE);

  properties[PROP_EXEMPT_BASIS] = mv_param_enum ("exempt-basis", MV_TYPE_EXEMPT_BASIS,
                                                 MV_EXEMPT_BASIS_OFFL_13_FVL_13);

  mv_record_class_install (MV_RECORD_CLASS (klass), "documents", properties, N_PROPS);
}

static void
mv_document_init (MvDocument *self)
{
}

const char *
mv_document_get_council_id (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COUNCIL_ID]);
}

const char *
mv_document_get_item_id (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_ITEM_ID]);
}

const char *
mv_document_get_meeting_id (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEETING_ID]);
}

const char *
mv_document_get_file_name (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_FILE_NAME]);
}

const char *
mv_document_get_title (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TITLE]);
}

const char *
mv_document_get_mime_type (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MIME_TYPE]);
}

gint64
mv_document_get_size (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), 0);

  return MV_RECORD_INT64 (self, properties[PROP_SIZE]);
}

const char *
mv_document_get_sha256 (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_SHA256]);
}

int
mv_document_get_page_count (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), 0);

  return MV_RECORD_INT (self, properties[PROP_PAGE_COUNT]);
}

gboolean
mv_document_get_public (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), 0);

  return MV_RECORD_BOOLEAN (self, properties[PROP_PUBLIC]);
}

gboolean
mv_document_get_encrypted (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), FALSE);

  return MV_RECORD_BOOLEAN (self, properties[PROP_ENCRYPTED]);
}

gboolean
mv_document_get_text_stored (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), FALSE);

  return MV_RECORD_BOOLEAN (self, properties[PROP_TEXT_STORED]);
}

/* What the packet's list cites in the document's place when it is not
 * public. */
MvExemptBasis
mv_document_get_exempt_basis (MvDocument *self)
{
  g_return_val_if_fail (MV_IS_DOCUMENT (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_EXEMPT_BASIS]);
}
