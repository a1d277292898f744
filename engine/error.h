/* error.h — status codes and the error value every fallible function fills.
 *
 * Functions return ra_status and, on failure, describe the problem in a
 * caller-owned ra_error (file, line, column, message). Nothing here allocates.
 */
#ifndef RA_ERROR_H
#define RA_ERROR_H

#include <stddef.h>

typedef enum {
    RA_OK = 0,
    RA_ERR_USAGE,   /* the caller asked for something impossible */
    RA_ERR_INPUT,   /* input unusable: missing file, column, bad header */
    RA_ERR_IO,      /* reading or writing failed */
    RA_ERR_NOMEM,   /* an allocation failed */
    RA_ERR_LIMIT,   /* a configured resource limit was exceeded */
    RA_ERR_INTERNAL /* a bug: an invariant did not hold */
} ra_status;

#define RA_ERROR_MSG_MAX 512
#define RA_ERROR_FILE_MAX 256

typedef struct {
    ra_status status;
    char file[RA_ERROR_FILE_MAX]; /* input file concerned, "" if none */
    long line;                    /* 1-based physical line, 0 if none */
    long col;                     /* 1-based column, 0 if none */
    char msg[RA_ERROR_MSG_MAX];
} ra_error;

/* Fills err (when non-NULL) and returns status, so callers can write
 * `return ra_error_set(err, RA_ERR_INPUT, path, line, 0, "...", ...);`. */
ra_status ra_error_set(ra_error *err, ra_status status, const char *file, long line, long col,
                       const char *fmt, ...) __attribute__((format(printf, 6, 7)));

void ra_error_clear(ra_error *err);

/* A short fixed name for a status ("input", "io", ...). */
const char *ra_status_name(ra_status status);

/* "file:line:col: msg" into buf (always NUL-terminated). */
void ra_error_format(const ra_error *err, char *buf, size_t size);

#endif
