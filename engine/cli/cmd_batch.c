/* cmd_batch.c — `recruitaudit batch ROOT -o OUTDIR`: every subdirectory of
 * ROOT is one submission, audited by a pool of threads into
 * OUTDIR/<name>/{report.xlsx[.p7s], findings.jsonl, summary/}; one that fails
 * is recorded (OUTDIR/<name>/failed.txt) and the others go on. Resumable,
 * shardable for cluster job arrays; unsharded runs end with the national
 * figures (OUTDIR/national.csv, national.xlsx). */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "job.h"
#include "progress_bar.h"
#include "rules/pack.h"
#include "summary.h"

typedef struct {
    const char *root, *out, *rules, *profile, *rates, *as_of, *key, *cert, *chain, *pass;
    const char *shard;
    unsigned jobs, min_cell, shard_count;
    bool resume;
} batch_args;

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit batch: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: recruitaudit batch ROOT -o OUTDIR [--jobs N] [--resume] [--shard K/N]\n"
                    "                          [--shard-count N] [--min-cell K] [--rules DIR]\n"
                    "                          [--profile NAME] [--rates FILE] [--as-of DATE]\n"
                    "                          [--key KEY --cert CERT [--chain PEM] [--pass SRC]]\n"
                    "exit: 0 all audited; 1 a submission failed; 2 usage; 3 input unusable;\n"
                    "      4 output error; 70 internal error\n");
    return RA_EXIT_USAGE;
}

static bool parse_uint(const char *s, unsigned *out)
{
    size_t v;
    if (!cli_parse_size(s, &v) || v > 1000000)
        return false;
    *out = (unsigned)v;
    return true;
}

static int parse_args(int argc, char **argv, batch_args *a)
{
    a->min_cell = 5;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char **dst = !strcmp(o, "-o")          ? &a->out
                           : !strcmp(o, "--rules")   ? &a->rules
                           : !strcmp(o, "--profile") ? &a->profile
                           : !strcmp(o, "--rates")   ? &a->rates
                           : !strcmp(o, "--as-of")   ? &a->as_of
                           : !strcmp(o, "--key")     ? &a->key
                           : !strcmp(o, "--cert")    ? &a->cert
                           : !strcmp(o, "--chain")   ? &a->chain
                           : !strcmp(o, "--pass")    ? &a->pass
                           : !strcmp(o, "--shard")   ? &a->shard
                                                     : NULL;
        unsigned *num = !strcmp(o, "--jobs")          ? &a->jobs
                        : !strcmp(o, "--min-cell")    ? &a->min_cell
                        : !strcmp(o, "--shard-count") ? &a->shard_count
                                                      : NULL;
        if (!strcmp(o, "--resume")) {
            a->resume = true;
        } else if (dst || num) {
            if (i + 1 >= argc)
                return usage("missing value", o);
            if (num && !parse_uint(argv[i + 1], num))
                return usage("expects a positive number", o);
            if (dst)
                *dst = argv[i + 1];
            i++;
        } else if (o[0] == '-' && o[1]) {
            return usage("unknown option", o);
        } else if (a->root) {
            return usage("only one ROOT", o);
        } else {
            a->root = o;
        }
    }
    if (!a->root || !a->out)
        return usage("ROOT and -o OUTDIR are required", NULL);
    if ((a->key || a->cert || a->chain || a->pass) && !(a->key && a->cert))
        return usage("signing needs --key and --cert together", NULL);
    return RA_EXIT_OK;
}

/* ---- the as-of date recorded in OUTDIR ---------------------------------------------- */

static int fix_as_of(const batch_args *a, ra_date *as_of)
{
    char path[4200], line[32] = "";
    snprintf(path, sizeof path, "%s/as-of", a->out);
    FILE *f = fopen(path, "r");
    if (f) {
        if (!fgets(line, sizeof line, f))
            line[0] = '\0';
        fclose(f);
        line[strcspn(line, "\r\n")] = '\0';
        ra_date recorded;
        if (!ra_date_parse(line, strlen(line), &recorded)) {
            fprintf(stderr, "error: %s: not a date; remove it to start a new batch\n", path);
            return RA_EXIT_INPUT;
        }
        if (a->as_of) {
            ra_date given;
            if (!cli_as_of(a->as_of, &given))
                return RA_EXIT_USAGE;
            if (given != recorded) {
                fprintf(stderr, "error: %s records the as-of date %s; a batch keeps one date\n",
                        path, line);
                return RA_EXIT_USAGE;
            }
        }
        *as_of = recorded;
        return RA_EXIT_OK;
    }
    if (!cli_as_of(a->as_of, as_of))
        return RA_EXIT_USAGE;
    char date[RA_DATE_FMT_MAX];
    ra_date_format(*as_of, date);
    f = fopen(path, "w");
    if (!f || fprintf(f, "%s\n", date) < 0 || fclose(f) != 0) {
        fprintf(stderr, "error: %s: cannot write: %s\n", path, strerror(errno));
        return RA_EXIT_IO;
    }
    return RA_EXIT_OK;
}

/* ---- the pool ------------------------------------------------------------------------------ */

typedef struct {
    const batch_args *args;
    const ra_pack *pack;
    const ra_signer *signer;
    ra_date as_of;
    char **names;
    size_t n, next, done, failed, skipped;
    uint64_t rows;
    pthread_mutex_t lock, sign_lock;
    struct timespec start; /* CLOCK_MONOTONIC: setting the clock moves no estimate */
    bool tty;
    double last_line; /* seconds after start of the last plain progress line */
} pool;

static void progress(pool *p)
{
    double secs = cli_seconds_since(&p->start);
    double rate = secs > 0 ? (double)p->rows / secs : 0;
    double left = p->done ? secs * (double)(p->n - p->done) / (double)p->done : 0;
    if (p->tty) {
        int width = 30, filled = p->n ? (int)((double)width * (double)p->done / (double)p->n) : 0;
        fprintf(stderr, "\r[%.*s%*s] %zu/%zu submissions, %zu failed, %.0f rows/s, %.0f s left   ",
                filled, "##############################", width - filled, "", p->done, p->n,
                p->failed, rate, left);
        if (p->done == p->n)
            fputc('\n', stderr);
    } else if (p->done == p->n || secs - p->last_line >= 10) {
        fprintf(stderr, "batch: %zu/%zu submissions, %zu failed, %.0f rows/s, %.0f s left\n",
                p->done, p->n, p->failed, rate, left);
        p->last_line = secs;
    }
}

static void record_failure(const char *path, const char *reason)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, "%s\n", reason);
        fclose(f);
    }
}

/* a/b in a new string (NULL when out of memory). */
static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", a, b);
    return s;
}

static void count_failure(pool *p)
{
    pthread_mutex_lock(&p->lock);
    p->failed++;
    pthread_mutex_unlock(&p->lock);
}

static void run_one(pool *p, const char *name)
{
    const batch_args *a = p->args;
    char *sub = join(a->root, name), *dir = join(a->out, name);
    char *report = dir ? join(dir, "report.xlsx") : NULL;
    char *findings = dir ? join(dir, "findings.jsonl") : NULL;
    char *summary = dir ? join(dir, "summary") : NULL;
    char *failed = dir ? join(dir, "failed.txt") : NULL;
    char *meta = summary ? join(summary, "meta.csv") : NULL;
    if (!sub || !dir || !report || !findings || !summary || !failed || !meta ||
        (mkdir(dir, 0755) != 0 && errno != EEXIST)) {
        count_failure(p);
        goto done;
    }
    if (a->resume && ra_batch_outputs_current(sub, dir, p->pack, p->as_of, p->signer != NULL)) {
        pthread_mutex_lock(&p->lock);
        p->skipped++;
        pthread_mutex_unlock(&p->lock);
        goto done;
    }
    unlink(failed);
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    opts.as_of = p->as_of;
    opts.load.rates_file = a->rates;
    ra_job job = {
        .dir = sub,
        .pack = p->pack,
        .audit = opts,
        .report_path = report,
        .findings_path = findings,
        .summary_dir = summary,
        .name = name,
        .signer = p->signer,
        .created = ra_job_created(p->as_of),
        .sign_lock = &p->sign_lock,
    };
    ra_audit audit;
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_job_run(&job, &audit, &err);
    uint64_t rows = 0;
    if (audit.sub)
        for (int t = 0; t < RA_TABLE_COUNT; t++)
            rows += (uint64_t)audit.sub->files[t].read;
    ra_audit_free(&audit);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 64];
        ra_error_format(&err, msg, sizeof msg);
        char reason[sizeof msg + 32];
        snprintf(reason, sizeof reason, "exit %d: %s", ra_exit_for(st), msg);
        /* The reason is published in the national report: name the submission,
         * not this machine's folders. */
        size_t sl = strlen(sub), nl = strlen(name);
        for (char *at; nl <= sl && (at = strstr(reason, sub)) != NULL;) {
            memmove(at + nl, at + sl, strlen(at + sl) + 1);
            memcpy(at, name, nl);
        }
        record_failure(failed, reason);
        unlink(meta); /* no stale summary for a failed run */
    }
    pthread_mutex_lock(&p->lock);
    p->rows += rows;
    if (st != RA_OK)
        p->failed++;
    pthread_mutex_unlock(&p->lock);
done:
    free(sub);
    free(dir);
    free(report);
    free(findings);
    free(summary);
    free(failed);
    free(meta);
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        size_t i = p->next < p->n ? p->next++ : p->n;
        pthread_mutex_unlock(&p->lock);
        if (i == p->n)
            return NULL;
        run_one(p, p->names[i]);
        pthread_mutex_lock(&p->lock);
        p->done++;
        progress(p);
        pthread_mutex_unlock(&p->lock);
    }
}

/* The national figures of an unsharded batch, from its own outputs. */
static int national(const batch_args *a, const ra_signer *signer, char **names, size_t n)
{
    char **dirs = calloc(n ? n : 1, sizeof *dirs);
    if (!dirs)
        return RA_EXIT_INTERNAL;
    int code = RA_EXIT_OK;
    for (size_t i = 0; i < n && !code; i++) {
        size_t len = strlen(a->out) + strlen(names[i]) + 2;
        if (!(dirs[i] = malloc(len)))
            code = RA_EXIT_INTERNAL;
        else
            snprintf(dirs[i], len, "%s/%s", a->out, names[i]);
    }
    char csv[4200], xlsx[4200];
    snprintf(csv, sizeof csv, "%s/national.csv", a->out);
    snprintf(xlsx, sizeof xlsx, "%s/national.xlsx", a->out);
    if (!code)
        code = ra_batch_national((const char *const *)dirs, n, csv, xlsx, signer, a->min_cell);
    for (size_t i = 0; i < n; i++)
        free(dirs[i]);
    free(dirs);
    return code;
}

static int load_signer(const batch_args *a, ra_signer **signer)
{
    *signer = NULL;
    if (!a->key)
        return RA_EXIT_OK;
    ra_error err;
    ra_status st = ra_signer_load(a->key, a->cert, a->chain, a->pass, signer, &err);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
        return ra_exit_for(st);
    }
    return RA_EXIT_OK;
}

int cmd_batch(int argc, char **argv)
{
    batch_args a = {0};
    int code = parse_args(argc, argv, &a);
    if (code)
        return code;
    unsigned k = 0, n = 0;
    char why[256];
    if (!ra_batch_shard(a.shard, a.shard_count, &k, &n, why, sizeof why))
        return usage(why, NULL);
    if (mkdir(a.out, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "error: %s: cannot create: %s\n", a.out, strerror(errno));
        return RA_EXIT_IO;
    }
    pool p = {.args = &a, .tty = isatty(2), .last_line = -10}; /* the first one is shown at once */
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    if ((code = fix_as_of(&a, &p.as_of)))
        return code;
    size_t total;
    p.names = ra_batch_list(a.root, k, n, &total, &p.n, why, sizeof why);
    if (!p.names) {
        fprintf(stderr, "error: %s: %s\n", a.root, why);
        return RA_EXIT_INPUT;
    }
    ra_pack *pack = NULL;
    ra_diags diags = {0};
    ra_error err;
    ra_status st =
        ra_pack_load(a.rules ? a.rules : cli_default_rules(), a.profile, &pack, &diags, &err);
    for (size_t i = 0; i < diags.n; i++)
        ra_diag_print(stderr, &diags.items[i]);
    ra_diags_free(&diags);
    ra_signer *signer = NULL;
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
        code = ra_exit_for(st);
    } else {
        code = load_signer(&a, &signer);
    }
    if (code == RA_EXIT_OK) {
        p.pack = pack;
        p.signer = signer;
        pthread_mutex_init(&p.lock, NULL);
        pthread_mutex_init(&p.sign_lock, NULL);
        unsigned jobs = a.jobs ? a.jobs : (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
        if (jobs < 1)
            jobs = 1;
        if (jobs > p.n && p.n)
            jobs = (unsigned)p.n;
        if (n > 1)
            fprintf(stderr, "batch: shard %u/%u: %zu of %zu submissions\n", k, n, p.n, total);
        pthread_t *threads = calloc(jobs, sizeof *threads);
        unsigned started = 0;
        for (unsigned i = 0; threads && i < jobs; i++)
            if (pthread_create(&threads[i], NULL, worker, &p) == 0)
                started++;
        if (!started)
            worker(&p); /* no thread could start: do it here */
        for (unsigned i = 0; i < started; i++)
            pthread_join(threads[i], NULL);
        free(threads);
        printf("batch: %zu submissions audited, %zu skipped (up to date), %zu failed\n",
               p.n - p.failed - p.skipped, p.skipped, p.failed);
        if (n <= 1)
            code = national(&a, signer, p.names, p.n);
        if (code == RA_EXIT_OK && p.failed)
            code = RA_EXIT_NEGATIVE;
        pthread_mutex_destroy(&p.lock);
        pthread_mutex_destroy(&p.sign_lock);
    }
    for (size_t i = 0; i < p.n; i++)
        free(p.names[i]);
    free(p.names);
    ra_signer_free(signer);
    ra_pack_free(pack);
    return code;
}
