/* error.c — filling and formatting ra_error values. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

ra_status ra_error_set(ra_error *err, ra_status status, const char *file, long line, long col,
                       const char *fmt, ...)
{
    if (!err)
        return status;
    err->status = status;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return status;
}

void ra_error_clear(ra_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

const char *ra_status_name(ra_status status)
{
    static const char *const names[] = {
        [RA_OK] = "ok",
        [RA_ERR_USAGE] = "usage",
        [RA_ERR_INPUT] = "input",
        [RA_ERR_IO] = "io",
        [RA_ERR_NOMEM] = "nomem",
        [RA_ERR_LIMIT] = "limit",
        [RA_ERR_INTERNAL] = "internal",
    };
    if ((unsigned)status < sizeof names / sizeof names[0])
        return names[status];
    return "unknown";
}

void ra_error_format(const ra_error *err, char *buf, size_t size)
{
    if (!size)
        return;
    if (err->file[0] && err->line > 0 && err->col > 0)
        snprintf(buf, size, "%s:%ld:%ld: %s", err->file, err->line, err->col, err->msg);
    else if (err->file[0] && err->line > 0)
        snprintf(buf, size, "%s:%ld: %s", err->file, err->line, err->msg);
    else if (err->file[0])
        snprintf(buf, size, "%s: %s", err->file, err->msg);
    else
        snprintf(buf, size, "%s", err->msg);
}
