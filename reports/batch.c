/* batch.c — shards, listing, the resume check and the national outputs. */
#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filehash.h"
#include "job.h"
#include "national.h"
#include "national_xlsx.h"
#include "summary.h"

unsigned ra_batch_shard_of(const char *name, unsigned n)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (n <= 1 || !EVP_Digest(name, strlen(name), md, &len, EVP_sha256(), NULL))
        return 1;
    /* The digest as a big-endian number, reduced mod n byte by byte. */
    unsigned long long r = 0;
    for (unsigned i = 0; i < len; i++)
        r = (r * 256 + md[i]) % n;
    return (unsigned)r + 1;
}

static bool env_uint(const char *name, long *out)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return false;
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || *end)
        return false;
    *out = x;
    return true;
}

bool ra_batch_shard(const char *arg, unsigned shard_count, unsigned *k, unsigned *n, char *why,
                    size_t whysize)
{
    long kk = 1, nn = 1;
    if (arg) {
        char extra;
        if (sscanf(arg, "%ld/%ld%c", &kk, &nn, &extra) != 2) {
            snprintf(why, whysize, "--shard takes K/N, e.g. 3/10");
            return false;
        }
    } else {
        long id, min, count, index;
        if (env_uint("SLURM_ARRAY_TASK_ID", &id) && env_uint("SLURM_ARRAY_TASK_COUNT", &count)) {
            if (!env_uint("SLURM_ARRAY_TASK_MIN", &min))
                min = 0;
            kk = id - min + 1;
            nn = count;
        } else if (env_uint("JOB_COMPLETION_INDEX", &index)) {
            if (!shard_count) {
                snprintf(why, whysize, "JOB_COMPLETION_INDEX is set: give --shard-count N");
                return false;
            }
            kk = index + 1;
            nn = shard_count;
        }
    }
    if (nn < 1 || nn > 100000 || kk < 1 || kk > nn) {
        snprintf(why, whysize, "shard %ld/%ld: K must be 1..N", kk, nn);
        return false;
    }
    *k = (unsigned)kk;
    *n = (unsigned)nn;
    return true;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **ra_batch_list(const char *root, unsigned k, unsigned n, size_t *total, size_t *count,
                     char *why, size_t whysize)
{
    *total = *count = 0;
    DIR *d = opendir(root);
    if (!d) {
        snprintf(why, whysize, "cannot open: %s", strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t cap = 0;
    struct dirent *de;
    bool nomem = false;
    while ((de = readdir(d)) && !nomem) {
        if (de->d_name[0] == '.')
            continue;
        char path[4200];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", root, de->d_name);
        if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        (*total)++;
        if (ra_batch_shard_of(de->d_name, n) != k)
            continue;
        if (*count == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                nomem = true;
                break;
            }
            names = nn;
        }
        if (!(names[*count] = strdup(de->d_name)))
            nomem = true;
        else
            (*count)++;
    }
    closedir(d);
    if (nomem) {
        for (size_t i = 0; i < *count; i++)
            free(names[i]);
        free(names);
        snprintf(why, whysize, "out of memory");
        return NULL;
    }
    if (!names)
        names = malloc(sizeof *names); /* an empty, freeable list */
    if (*count)
        qsort(names, *count, sizeof *names, by_name);
    return names;
}

static bool exists(const char *dir, const char *name)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool ra_batch_outputs_current(const char *sub, const char *dir, const ra_pack *pack, ra_date as_of,
                              bool signed_reports)
{
    char summary_dir[4300], date[RA_DATE_FMT_MAX], report[4300];
    snprintf(summary_dir, sizeof summary_dir, "%s/summary", dir);
    snprintf(report, sizeof report, "%s/report.xlsx", dir);
    ra_date_format(as_of, date);
    ra_summary s;
    ra_error err;
    if (ra_summary_read(summary_dir, &s, &err) != RA_OK)
        return false;
    bool ok = !strcmp(s.engine_version, RA_VERSION) && !strcmp(s.rules_sha256, pack->sha256) &&
              !strcmp(s.profile, pack->profile) && !strcmp(s.as_of, date) &&
              exists(dir, "findings.jsonl") && s.report_sha256[0] &&
              (!signed_reports || exists(dir, "report.xlsx.p7s"));
    char hex[RA_SHA256_HEX_MAX];
    uint64_t size;
    if (ok)
        ok = ra_file_sha256(report, hex, &size, &err) == RA_OK && !strcmp(hex, s.report_sha256);
    /* Every input as recorded, and no table file that was not there before. */
    static const char *const tables[] = {"agencies.csv", "workers.csv", "rates.csv", "fees.csv",
                                         "documents.csv"};
    for (size_t t = 0; ok && t < sizeof tables / sizeof tables[0]; t++) {
        bool listed = false;
        for (size_t i = 0; i < s.manifest.nfiles; i++)
            listed = listed || !strcmp(s.manifest.files[i].path, tables[t]);
        ok = listed == exists(sub, tables[t]);
    }
    for (size_t i = 0; ok && i < s.manifest.nfiles; i++) {
        const ra_manifest_file *f = &s.manifest.files[i];
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", sub, f->path);
        ok = !strstr(f->path, "..") && ra_file_sha256(path, hex, &size, &err) == RA_OK &&
             !strcmp(hex, f->sha256) && size == f->size;
    }
    ra_summary_free(&s);
    return ok;
}

static void print_national(const ra_national *nat)
{
    printf("national: %zu submissions, %zu agencies, %zu failed; SDG 10.7.1 cells: %zu "
           "(k = %u)\n",
           nat->submissions, nat->nagencies, nat->nfailures, nat->ncells, nat->min_cell);
    for (size_t i = 0; i < nat->ncells; i++) {
        const ra_nat_cell *c = &nat->cells[i];
        int stars = 0;
        for (int k = 0; k < RA_NAT_DIMS; k++)
            stars += !strcmp(c->key[k], "*");
        if (stars < 3)
            continue; /* the one-way tables; national.csv has every combination */
        char mean[64], median[64];
        if (c->suppressed) {
            printf("  %-5s %-9s %-7s %-14s suppressed (%s)\n", c->key[0], c->key[1], c->key[2],
                   c->key[3], c->primary ? "fewer than k workers" : "protects another cell");
            continue;
        }
        ra_num_format(c->mean, 2, mean, sizeof mean);
        ra_num_format(c->median, 2, median, sizeof median);
        printf("  %-5s %-9s %-7s %-14s %8s %8s %8u\n", c->key[0], c->key[1], c->key[2], c->key[3],
               mean, median, c->n);
    }
}

/* The as-of date recorded beside the submission outputs (OUTDIR/as-of), for
 * a workbook whose submissions all failed: "" when there is none. */
static void recorded_as_of(const char *outdir, char out[RA_DATE_FMT_MAX])
{
    out[0] = '\0';
    const char *slash = strrchr(outdir, '/');
    char path[4300], line[32] = "";
    snprintf(path, sizeof path, "%.*s/as-of", slash ? (int)(slash - outdir) : 1,
             slash ? outdir : ".");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    if (!fgets(line, sizeof line, f))
        line[0] = '\0';
    fclose(f);
    line[strcspn(line, "\r\n")] = '\0';
    ra_date d;
    if (ra_date_parse(line, strlen(line), &d))
        ra_date_format(d, out);
}

/* The workbook, complete, then its signature: a signature never covers a
 * partial file, and one left from an earlier workbook is removed. Exit code. */
static int write_workbook(const char *path, const ra_national *nat, const ra_summary *sums,
                          size_t nsum, const ra_national_sub *subs, size_t n,
                          const char *const *outdirs, size_t noutdirs, const ra_signer *signer)
{
    size_t len = strlen(path) + 8;
    char *sig = malloc(len);
    if (!sig) {
        fprintf(stderr, "error: out of memory\n");
        return 70;
    }
    snprintf(sig, len, "%s.p7s", path);
    char as_of[RA_DATE_FMT_MAX] = "";
    if (nsum)
        snprintf(as_of, sizeof as_of, "%s", sums[0].as_of);
    else if (noutdirs)
        recorded_as_of(outdirs[0], as_of);
    ra_date date = 0;
    if (!ra_date_parse(as_of, strlen(as_of), &date))
        date = 0;
    char subject[RA_SIGNER_SUBJECT_MAX] = "", fingerprint[RA_SIGNER_SHA256_MAX] = "";
    if (signer)
        ra_signer_describe(signer, subject, fingerprint);
    ra_national_meta meta = {
        .engine_version = RA_VERSION,
        .rules_sha256 = nsum ? sums[0].rules_sha256 : NULL,
        .profile = nsum ? sums[0].profile : NULL,
        .as_of = as_of,
        .min_cell = nat->min_cell,
        .created = ra_job_created(date),
        .signer_subject = signer ? subject : NULL,
        .signer_sha256 = signer ? fingerprint : NULL,
        .subs = subs,
        .nsubs = n,
    };
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_national_write_xlsx(path, nat, &meta, &err);
    if (st == RA_OK && unlink(sig) != 0 && errno != ENOENT)
        st = ra_error_set(&err, RA_ERR_IO, sig, 0, 0, "cannot remove the old signature: %s",
                          strerror(errno));
    if (st == RA_OK && signer)
        st = ra_sign_file(signer, path, sig, &err);
    int code = 0;
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
        code = st == RA_ERR_NOMEM ? 70 : 4;
    } else {
        printf("national report: %s%s%s\n", path, signer ? ", signed: " : "", signer ? sig : "");
    }
    free(sig);
    return code;
}

int ra_batch_national(const char *const *outdirs, size_t noutdirs, const char *national_csv,
                      const char *national_xlsx, const ra_signer *signer, unsigned min_cell)
{
    ra_summary *sums = calloc(noutdirs ? noutdirs : 1, sizeof *sums);
    const ra_summary **list = calloc(noutdirs ? noutdirs : 1, sizeof *list);
    ra_nat_failure *failures = calloc(noutdirs ? noutdirs : 1, sizeof *failures);
    /* Every submission for the workbook's Manifest, in the order of outdirs. */
    ra_national_sub *subs = calloc(noutdirs ? noutdirs : 1, sizeof *subs);
    if (!sums || !list || !failures || !subs) {
        free(sums);
        free(list);
        free(failures);
        free(subs);
        fprintf(stderr, "error: out of memory\n");
        return 70;
    }
    size_t nsum = 0, nfail = 0, nsubs = 0;
    int code = 0;
    for (size_t i = 0; i < noutdirs; i++) {
        const char *name = strrchr(outdirs[i], '/');
        name = name ? name + 1 : outdirs[i];
        char path[4300], line[600] = "";
        snprintf(path, sizeof path, "%s/failed.txt", outdirs[i]);
        FILE *f = fopen(path, "r");
        if (f) {
            if (!fgets(line, sizeof line, f))
                line[0] = '\0';
            fclose(f);
            line[strcspn(line, "\n")] = '\0';
            snprintf(failures[nfail].name, sizeof failures[nfail].name, "%s", name);
            snprintf(failures[nfail].reason, sizeof failures[nfail].reason, "%.500s", line);
            subs[nsubs++] =
                (ra_national_sub){.name = failures[nfail].name, .failure = failures[nfail].reason};
            nfail++;
            continue;
        }
        snprintf(path, sizeof path, "%s/summary", outdirs[i]);
        ra_error err;
        if (ra_summary_read(path, &sums[nsum], &err) != RA_OK) {
            char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
            ra_error_format(&err, msg, sizeof msg);
            snprintf(failures[nfail].name, sizeof failures[nfail].name, "%s", name);
            snprintf(failures[nfail].reason, sizeof failures[nfail].reason,
                     "no usable summary: %.400s", msg);
            subs[nsubs++] =
                (ra_national_sub){.name = failures[nfail].name, .failure = failures[nfail].reason};
            nfail++;
            continue;
        }
        list[nsum] = &sums[nsum];
        subs[nsubs++] =
            (ra_national_sub){.name = sums[nsum].name, .report_sha256 = sums[nsum].report_sha256};
        nsum++;
    }
    /* Summaries from different rule packs, profiles or dates do not add up. */
    for (size_t i = 1; i < nsum && !code; i++)
        if (strcmp(sums[i].rules_sha256, sums[0].rules_sha256) ||
            strcmp(sums[i].as_of, sums[0].as_of) || strcmp(sums[i].profile, sums[0].profile)) {
            fprintf(stderr,
                    "error: %s and %s were audited with different rules, profile or as-of "
                    "date; national figures need one of each\n",
                    sums[0].name, sums[i].name);
            code = 3;
        }
    ra_national nat;
    ra_error err;
    if (!code && ra_national_build(list, nsum, failures, nfail, min_cell, &nat, &err) != RA_OK) {
        fprintf(stderr, "error: %s\n", err.msg);
        code = 70;
    } else if (!code) {
        if (ra_national_write_csv(&nat, national_csv, &err) != RA_OK) {
            fprintf(stderr, "error: %s: %s\n", err.file, err.msg);
            code = 4;
        } else {
            print_national(&nat);
            printf("national figures: %s\n", national_csv);
            if (national_xlsx)
                code = write_workbook(national_xlsx, &nat, sums, nsum, subs, nsubs, outdirs,
                                      noutdirs, signer);
        }
        ra_national_free(&nat);
    }
    for (size_t i = 0; i < nsum; i++)
        ra_summary_free(&sums[i]);
    free(sums);
    free(list);
    free(failures);
    free(subs);
    return code;
}
