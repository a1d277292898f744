/* cli.h — what the command-line layer shares: exit codes (SPEC section 4),
 * the command table entries, and JSON output helpers. Only this layer exits. */
#ifndef RA_CLI_H
#define RA_CLI_H

#include <stdio.h>

#include "error.h"

enum {
    RA_EXIT_OK = 0,
    RA_EXIT_NEGATIVE = 1, /* the command's negative answer (rows rejected, ...) */
    RA_EXIT_USAGE = 2,
    RA_EXIT_INPUT = 3, /* input unusable */
    RA_EXIT_IO = 4,    /* output or I/O error */
    RA_EXIT_INTERNAL = 70
};

/* The exit code for a failed status. */
int ra_exit_for(ra_status st);

int cmd_validate(int argc, char **argv);

/* Writes s as a JSON string literal (quotes included); NULL as null. */
void json_string(FILE *out, const char *s);
void json_string_n(FILE *out, const char *s, size_t len);

#endif
