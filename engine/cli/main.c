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
     "audit DIR [-o report.xlsx] [--findings F.jsonl|-] [--rules DIR] [--profile NAME]\n"
     "        [--rates FILE] [--as-of DATE] [--case REF] [--inspector NAME] [--fail-on SEV]\n"
     "        [--explain WORKER_ID|FILE:LINE] [--key KEY --cert CERT [--chain PEM] [--pass SRC]]"},
    {"rules", cmd_rules, "rules list|check|test [--rules DIR] [--profile NAME] [--cases DIR]"},
    {"verify", cmd_verify,
     "verify report.xlsx [--sig FILE] --ca CA.pem [--inputs DIR] [--at-signing-time] [--json]"},
    {"batch", cmd_batch,
     "batch ROOT -o OUTDIR [--jobs N] [--resume] [--shard K/N] [--min-cell K] [audit options]"},
    {"merge", cmd_merge, "merge OUTDIR... -o national.xlsx [--min-cell K]"},
    {"keygen", cmd_keygen,
     "keygen --out DIR [--days N] [--label WORD] [--force]   a TEST CA and signer"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: recruitaudit COMMAND [options]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        fprintf(out, "  %s\n", COMMANDS[i].usage);
    fprintf(out, "\n  --version   print the engine version\n"
                 "\nexit codes: 0 success; 1 the command's negative answer (findings at or above\n"
                 "--fail-on, rows rejected, not authentic, a submission failed); 2 usage error;\n"
                 "3 input unusable; 4 output or I/O error; 70 internal error\n");
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
