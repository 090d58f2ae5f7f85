/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MV_ERROR (mv_error_quark ())

/* Codes a caller can act on; the message is for the secretary. */
typedef enum
{
  MV_ERROR_FAILED,
  MV_ERROR_NOT_DATABASE,   /* the file is not an SQLite database */
  MV_ERROR_FOREIGN,        /* an SQLite file of another application */
  MV_ERROR_TOO_NEW,        /* made by a newer Medvirke */
  MV_ERROR_READ_ONLY,      /* the file may not be written */
  MV_ERROR_IO,             /* the file system said no */
  MV_ERROR_INVALID,        /* bad input from the user */
  MV_ERROR_NOT_FOUND,      /* no such record */
  MV_ERROR_AMBIGUOUS,      /* more than one record matches */
  MV_ERROR_CONSTRAINT,     /* the data would break a rule of the file */
  MV_ERROR_NOT_EMPTY,      /* the file already holds data */
  MV_ERROR_ENCRYPTED,      /* a document needs a password */
  MV_ERROR_BAD_DOCUMENT,   /* a document cannot be read */
  MV_ERROR_CANCELLED,
  MV_ERROR_IN_USE,         /* another connection has the file open */
  MV_ERROR_DAMAGED,        /* the file, or a document in it, is damaged */
} MvError;

GQuark mv_error_quark (void);

G_END_DECLS
