/* cmd_validate.c — `recruitaudit validate DIR [--json]`: loads a submission
 * and reports every rejected row, the notes and per-file counts, so an agency
 * can fix its files before sending them. Exit 0 clean, 1 rows rejected,
 * 3 submission unusable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "findings.h"
#include "progress_bar.h"
#include "submission.h"

static void print_text(const ra_submission *s, const ra_error *err, ra_status st)
{
    for (size_t i = 0; i < s->nrejections; i++) {
        const ra_rejection *r = &s->rejections[i];
        printf("%s:%ld: %s: %s: %s\n", ra_table_file(r->table), r->line,
               r->column ? r->column : "-", ra_errtype_name(r->type), r->reason);
    }
    for (size_t i = 0; i < s->nnotes; i++) {
        const ra_note *n = &s->notes[i];
        if (n->line)
            printf("note: %s:%ld: %s\n", ra_table_file(n->table), n->line, n->message);
        else
            printf("note: %s: %s\n", ra_table_file(n->table), n->message);
    }
    printf("%-14s %10s %10s %10s %10s\n", "file", "read", "accepted", "rejected", "blank");
    long rejected = 0;
    for (int t = 0; t < RA_TABLE_COUNT; t++) {
        const ra_file_stats *f = &s->files[t];
        if (!f->present)
            printf("%-14s %10s\n", ra_table_file(t), "absent");
        else
            printf("%-14s %10ld %10ld %10ld %10ld\n", ra_table_file(t), f->read, f->accepted,
                   f->rejected, f->csv.blank_lines);
        rejected += f->rejected;
    }
    printf("contracts/: %s\n", s->contracts_present ? "present" : "absent");
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 64];
        ra_error_format(err, msg, sizeof msg);
        printf("result: unusable: %s\n", msg);
    } else if (rejected) {
        printf("result: %ld %s rejected; fix them and validate again\n", rejected,
               rejected == 1 ? "row" : "rows");
    } else {
        printf("result: ok, no row rejected\n");
    }
}

static void print_json(const char *dir, const ra_submission *s, const ra_error *err, ra_status st)
{
    printf("{\"submission\":");
    ra_json_string(stdout, dir);
    long rejected = 0;
    for (int t = 0; s && t < RA_TABLE_COUNT; t++)
        rejected += s->files[t].rejected;
    /* usable: an audit can run; ok: usable and no row rejected (exit 0). */
    printf(",\"usable\":%s,\"ok\":%s,\"error\":", st == RA_OK ? "true" : "false",
           st == RA_OK && !rejected ? "true" : "false");
    if (st == RA_OK) {
        printf("null");
    } else {
        printf("{\"file\":");
        ra_json_string(stdout, err->file[0] ? err->file : NULL);
        if (err->line)
            printf(",\"line\":%ld", err->line);
        else
            printf(",\"line\":null");
        printf(",\"message\":");
        ra_json_string(stdout, err->msg);
        printf("}");
    }
    printf(",\"files\":[");
    for (int t = 0; s && t < RA_TABLE_COUNT; t++) {
        const ra_file_stats *f = &s->files[t];
        printf("%s{\"file\":", t ? "," : "");
        ra_json_string(stdout, ra_table_file(t));
        printf(",\"present\":%s,\"read\":%ld,\"accepted\":%ld,\"rejected\":%ld,"
               "\"blank_lines\":%ld}",
               f->present ? "true" : "false", f->read, f->accepted, f->rejected,
               f->csv.blank_lines);
    }
    printf("],\"contracts_present\":%s,\"rejections\":[",
           s && s->contracts_present ? "true" : "false");
    for (size_t i = 0; s && i < s->nrejections; i++) {
        const ra_rejection *r = &s->rejections[i];
        printf("%s{\"file\":", i ? "," : "");
        ra_json_string(stdout, ra_table_file(r->table));
        printf(",\"line\":%ld,\"column\":", r->line);
        ra_json_string(stdout, r->column);
        printf(",\"type\":");
        ra_json_string(stdout, ra_errtype_name(r->type));
        printf(",\"reason\":");
        ra_json_string(stdout, r->reason);
        printf("}");
    }
    printf("],\"notes\":[");
    for (size_t i = 0; s && i < s->nnotes; i++) {
        const ra_note *n = &s->notes[i];
        printf("%s{\"kind\":", i ? "," : "");
        ra_json_string(stdout, ra_note_kind_name(n->kind));
        printf(",\"file\":");
        ra_json_string(stdout, ra_table_file(n->table));
        if (n->line)
            printf(",\"line\":%ld", n->line);
        else
            printf(",\"line\":null");
        printf(",\"message\":");
        ra_json_string(stdout, n->message);
        printf("}");
    }
    printf("]}\n");
}

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit validate: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: recruitaudit validate DIR [--json] [--max-field-bytes N] "
                    "[--max-row-bytes N] [--max-columns N]\n");
    return RA_EXIT_USAGE;
}

int cmd_validate(int argc, char **argv)
{
    const char *dir = NULL;
    bool json = false;
    ra_load_opts opts;
    ra_load_opts_default(&opts);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        size_t *limit = !strcmp(a, "--max-field-bytes") ? &opts.limits.max_field_bytes
                        : !strcmp(a, "--max-row-bytes") ? &opts.limits.max_record_bytes
                        : !strcmp(a, "--max-columns")   ? &opts.limits.max_columns
                                                        : NULL;
        if (!strcmp(a, "--json")) {
            json = true;
        } else if (limit) {
            if (i + 1 >= argc || !cli_parse_size(argv[i + 1], limit))
                return usage_error("expects a positive number", a);
            i++;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option", a);
        } else if (dir) {
            return usage_error("only one submission directory", a);
        } else {
            dir = a;
        }
    }
    if (!dir)
        return usage_error("missing submission directory", NULL);

    ra_submission *sub = NULL;
    ra_error err;
    ra_error_clear(&err);
    cli_bar bar;
    opts.progress = cli_bar_start(&bar);
    ra_status st = ra_submission_load(dir, &opts, &sub, &err);
    cli_bar_stop(&bar);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 64];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
    }
    if (json)
        print_json(dir, sub, &err, st);
    else if (sub)
        print_text(sub, &err, st);
    int code = ra_exit_for(st);
    if (st == RA_OK)
        for (int t = 0; t < RA_TABLE_COUNT; t++)
            if (sub->files[t].rejected)
                code = RA_EXIT_NEGATIVE;
    ra_submission_free(sub);
    if (fflush(stdout) != 0 && code == RA_EXIT_OK)
        code = RA_EXIT_IO;
    return code;
}
