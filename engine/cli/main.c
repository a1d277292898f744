/* main.c — the recruitaudit command table and dispatch. Commands live in
 * cmd_*.c; each parses its own options and returns an exit code. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
} command;

static const command COMMANDS[] = {
    {"validate", cmd_validate,
     "validate DIR [--json]          check a submission before sending it"},
    {"audit", cmd_audit,
     "audit DIR [--findings F.jsonl] [--rules DIR] [--profile NAME] [--rates FILE]\n"
     "        [--as-of DATE] [--fail-on SEV] [--explain WORKER_ID|FILE:LINE]"},
    {"rules", cmd_rules, "rules list|check|test [--rules DIR] [--profile NAME] [--cases DIR]"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: recruitaudit COMMAND [options]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        fprintf(out, "  %s\n", COMMANDS[i].usage);
    fprintf(out, "\n  --version   print the engine version\n");
}

int ra_exit_for(ra_status st)
{
    switch (st) {
    case RA_OK:
        return RA_EXIT_OK;
    case RA_ERR_USAGE:
        return RA_EXIT_USAGE;
    case RA_ERR_INPUT:
    case RA_ERR_LIMIT:
        return RA_EXIT_INPUT;
    case RA_ERR_IO:
    case RA_ERR_NOMEM:
        return RA_EXIT_IO;
    case RA_ERR_INTERNAL:
        break;
    }
    return RA_EXIT_INTERNAL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return RA_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return RA_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("recruitaudit %s\n", RA_VERSION);
        return RA_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (!strcmp(argv[1], COMMANDS[i].name))
            return COMMANDS[i].run(argc - 1, argv + 1);
    fprintf(stderr, "recruitaudit: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return RA_EXIT_USAGE;
}
