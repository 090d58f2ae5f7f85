/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every export writes to a temporary file beside its target, syncs it to
 * the disk and renames it over the target only when the whole file was
 * written, so that a failed export or a power cut leaves the target as it
 * was. */
typedef struct _MvOutput MvOutput;

typedef enum
{
  MV_OUTPUT_NONE    = 0,
  /* Contact details, money or exempt documents: readable by the owner
   * alone (0600), whatever the umask or the mode of a replaced file. */
  MV_OUTPUT_PRIVATE = 1 << 0,
} MvOutputFlags;

MvOutput   *mv_output_new        (const char     *target,
                                  GError        **error);
MvOutput   *mv_output_new_full   (const char     *target,
                                  MvOutputFlags   flags,
                                  GError        **error);
const char *mv_output_get_path   (MvOutput    *self);
gboolean    mv_output_write      (MvOutput    *self,
                                  const void  *data,
                                  gsize        size,
                                  GError     **error);
gboolean    mv_output_commit     (MvOutput    *self,
                                  GError     **error);
void        mv_output_free       (MvOutput    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvOutput, mv_output_free)

G_END_DECLS
