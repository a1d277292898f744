/* tempfile.h — the temporary file beside an output, for writing it
 * atomically (write, flush, rename over the output). Created with mode 0666
 * less the process umask, like any file the user makes, without changing the
 * umask (which is process-wide: batch threads write at the same time).
 * The caller owns *tmp (free it) and unlinks it when the write fails. */
#ifndef RA_TEMPFILE_H
#define RA_TEMPFILE_H

#include <stdbool.h>

/* Opens "<path>.tmp-XXXXXXXX" exclusively; returns the descriptor, or -1
 * with errno set. */
int ra_tempfile_open(const char *path, char **tmp);

/* The file an output named path is to replace: path itself, or, when path
 * is a symbolic link, the file it leads to. A temporary file renamed over a
 * link would replace the link (/dev/stdout, which a shell's redirection
 * makes lead to a regular file, or a link the user keeps to the latest
 * report), not the file it names. Returns a new string (the caller frees
 * it), or NULL with errno set: ENOMEM, or ENOENT for a link that leads to
 * nothing. */
char *ra_output_target(const char *path);

/* Why ra_output_target failed (its errno e), for a message. */
const char *ra_output_target_reason(int e);

/* Does path name something that exists and is not a regular file (a device
 * such as /dev/null, a FIFO, a socket)? Renaming a temporary file over it
 * would replace it, so such a target is written directly or refused. */
bool ra_output_is_special(const char *path);

#endif
