/* cli.h — what the command-line layer shares: exit codes (SPEC section 4),
 * the command table entries, and JSON output helpers. Only this layer exits. */
#ifndef RA_CLI_H
#define RA_CLI_H

#include <stdio.h>

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
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
int cmd_audit(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_keygen(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_merge(int argc, char **argv);

/* Parses a positive size ("1048576"); false when it is not one. */
bool cli_parse_size(const char *s, size_t *out);

/* The as-of date: --as-of when given, else the UTC date of SOURCE_DATE_EPOCH
 * when set, else today (UTC). false with a message on stderr when invalid. */
bool cli_as_of(const char *arg, ra_date *out);

/* Default rule pack: ./rules/core, or RA_RULES_DIR when set. */
const char *cli_default_rules(void);

#endif
