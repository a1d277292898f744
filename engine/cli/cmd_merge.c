/* cmd_merge.c — `recruitaudit merge OUTDIR... -o national.xlsx`: the national
 * figures of a batch run as shards (--shard K/N) on several machines, from
 * their output folders; the same figures, and the same national.xlsx bytes,
 * as one unsharded run. Signed (national.xlsx.p7s) when a key is given. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch.h"
#include "cli.h"

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit merge: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr,
            "usage: recruitaudit merge OUTDIR... -o national.xlsx [--min-cell K]\n"
            "                          [--key KEY --cert CERT [--chain PEM] [--pass SRC]]\n"
            "       (national.csv is written beside national.xlsx; with --key, the detached\n"
            "       signature national.xlsx.p7s; --pass takes env:VAR or file:PATH)\n");
    return RA_EXIT_USAGE;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int by_base_name(const void *pa, const void *pb)
{
    const char *a = strrchr(*(char *const *)pa, '/'), *b = strrchr(*(char *const *)pb, '/');
    return strcmp(a ? a : "", b ? b : "");
}

int cmd_merge(int argc, char **argv)
{
    const char *out = NULL, *key = NULL, *cert = NULL, *chain = NULL, *pass = NULL;
    size_t min_cell = 5;
    char **dirs = NULL;
    size_t ndirs = 0, cap = 0;
    int code = RA_EXIT_OK;
    for (int i = 1; i < argc && !code; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            out = argv[++i];
        } else if (!strcmp(argv[i], "--min-cell") && i + 1 < argc) {
            if (!cli_parse_size(argv[++i], &min_cell) || min_cell > 1000000)
                code = usage("--min-cell expects a positive number", argv[i]);
        } else if (!strcmp(argv[i], "--key") && i + 1 < argc) {
            key = argv[++i];
        } else if (!strcmp(argv[i], "--cert") && i + 1 < argc) {
            cert = argv[++i];
        } else if (!strcmp(argv[i], "--chain") && i + 1 < argc) {
            chain = argv[++i];
        } else if (!strcmp(argv[i], "--pass") && i + 1 < argc) {
            pass = argv[++i];
        } else if (argv[i][0] == '-') {
            code = usage("unknown option", argv[i]);
        } else if (!is_dir(argv[i])) {
            fprintf(stderr, "error: %s: not a batch output folder\n", argv[i]);
            code = RA_EXIT_INPUT;
        } else {
            /* Each submission folder of the shard: one with summary/ or failed.txt. */
            DIR *d = opendir(argv[i]);
            struct dirent *de;
            while (d && (de = readdir(d)) && !code) {
                if (de->d_name[0] == '.')
                    continue;
                size_t len = strlen(argv[i]) + strlen(de->d_name) + 16;
                char *path = malloc(len), *probe = malloc(len + 16);
                if (!path || !probe) {
                    free(path);
                    free(probe);
                    code = RA_EXIT_INTERNAL;
                    break;
                }
                snprintf(path, len, "%s/%s", argv[i], de->d_name);
                snprintf(probe, len + 16, "%s/summary", path);
                struct stat st;
                bool sub = is_dir(probe);
                snprintf(probe, len + 16, "%s/failed.txt", path);
                sub = sub || stat(probe, &st) == 0;
                free(probe);
                if (!sub) {
                    free(path);
                    continue;
                }
                if (ndirs == cap) {
                    cap = cap ? cap * 2 : 64;
                    char **nd = realloc(dirs, cap * sizeof *nd);
                    if (!nd) {
                        free(path);
                        code = RA_EXIT_INTERNAL;
                        break;
                    }
                    dirs = nd;
                }
                dirs[ndirs++] = path;
            }
            if (d)
                closedir(d);
        }
    }
    if (!code && !out)
        code = usage("-o national.xlsx is required", NULL);
    if (!code && (key || cert || chain || pass) && !(key && cert))
        code = usage("signing needs --key and --cert together", NULL);
    if (!code && !ndirs) {
        fprintf(stderr, "error: no submission outputs in the folders given\n");
        code = RA_EXIT_INPUT;
    }
    ra_signer *signer = NULL;
    if (!code && key) {
        /* Before any output: a wrong key or passphrase writes nothing. */
        ra_error err;
        ra_status st = ra_signer_load(key, cert, chain, pass, &signer, &err);
        if (st != RA_OK) {
            char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
            ra_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "error: %s\n", msg);
            code = ra_exit_for(st);
        }
    }
    if (!code) {
        qsort(dirs, ndirs, sizeof *dirs, by_base_name);
        size_t len = strlen(out) + 8;
        char *csv = malloc(len);
        if (!csv) {
            code = RA_EXIT_INTERNAL;
        } else {
            snprintf(csv, len, "%s", out);
            char *dot = strrchr(csv, '.');
            if (dot && !strcmp(dot, ".xlsx"))
                *dot = '\0';
            strcat(csv, ".csv");
            code = ra_batch_national((const char *const *)dirs, ndirs, csv, out, signer,
                                     (unsigned)min_cell);
            free(csv);
        }
    }
    ra_signer_free(signer);
    for (size_t i = 0; i < ndirs; i++)
        free(dirs[i]);
    free(dirs);
    return code;
}
