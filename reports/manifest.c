/* manifest.c — building the manifest of an audit and mapping it to and from
 * document properties. */
#include "manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "intern.h"
#include "rules/program.h"
#include "submission.h"

static ra_status add_file(ra_manifest *m, size_t *cap, const char *dir, const char *rel,
                          ra_error *err)
{
    char path[4400];
    if (dir)
        snprintf(path, sizeof path, "%s/%s", dir, rel);
    else
        snprintf(path, sizeof path, "%s", rel);
    if (m->nfiles == *cap) {
        size_t n = *cap ? *cap * 2 : 16;
        ra_manifest_file *f = realloc(m->files, n * sizeof *f);
        if (!f)
            return ra_error_set(err, RA_ERR_NOMEM, rel, 0, 0, "out of memory");
        m->files = f;
        *cap = n;
    }
    ra_manifest_file *f = &m->files[m->nfiles];
    memset(f, 0, sizeof *f);
    snprintf(f->path, sizeof f->path, "%s", rel);
    ra_status st = ra_file_sha256(path, f->sha256, &f->size, err);
    if (st == RA_OK)
        m->nfiles++;
    return st;
}

static bool is_regular(const char *dir, const char *rel)
{
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    struct stat st;
    return lstat(path, &st) == 0 && S_ISREG(st.st_mode);
}

ra_status ra_manifest_build(ra_manifest *m, const struct ra_submission *sub,
                            const struct ra_pack *pack, const char *as_of, const char *rates_file,
                            const char *case_ref, const char *inspector, ra_error *err)
{
    memset(m, 0, sizeof *m);
    snprintf(m->engine_version, sizeof m->engine_version, "%s", RA_VERSION);
    snprintf(m->rules_sha256, sizeof m->rules_sha256, "%s", pack->sha256);
    snprintf(m->profile, sizeof m->profile, "%s", pack->profile);
    snprintf(m->as_of, sizeof m->as_of, "%s", as_of);
    snprintf(m->case_ref, sizeof m->case_ref, "%s", case_ref ? case_ref : "");
    snprintf(m->inspector, sizeof m->inspector, "%s", inspector ? inspector : "");
    size_t cap = 0;
    ra_status st = RA_OK;
    for (int t = 0; t < RA_TABLE_COUNT && st == RA_OK; t++)
        if (sub->files[t].present)
            st = add_file(m, &cap, sub->dir, ra_table_file((ra_table_id)t), err);
    /* Contract texts, once each, in the order of their first worker. */
    ra_strmap seen_ids;
    ra_strmap_init(&seen_ids);
    for (uint32_t i = 0; i < sub->nworkers && st == RA_OK && sub->contracts_present; i++) {
        const char *id = sub->workers[i].contract_id;
        if (!id || !ra_contract_id_safe(id))
            continue;
        int fresh = ra_strmap_put(&seen_ids, id, strlen(id), 0, NULL, NULL);
        if (fresh < 0) {
            st = ra_error_set(err, RA_ERR_NOMEM, id, 0, 0, "out of memory");
            break;
        }
        if (fresh == 0)
            continue;
        char rel[200];
        snprintf(rel, sizeof rel, "contracts/%.150s.txt", id);
        if (is_regular(sub->dir, rel))
            st = add_file(m, &cap, sub->dir, rel, err);
        snprintf(rel, sizeof rel, "contracts/%.150s.origin.txt", id);
        if (st == RA_OK && is_regular(sub->dir, rel))
            st = add_file(m, &cap, sub->dir, rel, err);
    }
    ra_strmap_free(&seen_ids);
    if (st == RA_OK && (rates_file || sub->files[RA_TABLE_RATES].present)) {
        snprintf(m->rates_source, sizeof m->rates_source, "%s",
                 rates_file ? rates_file : "rates.csv (submission)");
        if (rates_file) {
            uint64_t size;
            st = ra_file_sha256(rates_file, m->rates_sha256, &size, err);
        } else {
            for (size_t k = 0; k < m->nfiles; k++)
                if (!strcmp(m->files[k].path, "rates.csv"))
                    memcpy(m->rates_sha256, m->files[k].sha256, sizeof m->rates_sha256);
        }
    }
    if (st != RA_OK)
        ra_manifest_free(m);
    return st;
}

void ra_manifest_free(ra_manifest *m)
{
    free(m->files);
    m->files = NULL;
    m->nfiles = 0;
}

void ra_manifest_properties(const ra_manifest *m, ra_manifest_prop_fn fn, void *ctx)
{
    const struct {
        const char *name;
        const char *value;
    } keys[] = {
        {"engine_version", m->engine_version},
        {"rules_sha256", m->rules_sha256},
        {"profile", m->profile},
        {"as_of", m->as_of},
        {"rates_source", m->rates_source},
        {"rates_sha256", m->rates_sha256},
        {"case", m->case_ref},
        {"inspector", m->inspector},
        {"signer_subject", m->signer_subject},
        {"signer_sha256", m->signer_sha256},
    };
    char name[64], value[RA_PROP_MAX];
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        snprintf(name, sizeof name, RA_MANIFEST_PREFIX "%s", keys[i].name);
        fn(ctx, name, keys[i].value);
    }
    snprintf(value, sizeof value, "%zu", m->nfiles);
    fn(ctx, RA_MANIFEST_PREFIX "inputs", value);
    for (size_t i = 0; i < m->nfiles; i++) {
        snprintf(name, sizeof name, RA_MANIFEST_PREFIX "input.%zu", i + 1);
        /* 64 + 1 + at most 20 + 1 + the path cut to 160: under 255. */
        snprintf(value, sizeof value, "%s %llu %.160s", m->files[i].sha256,
                 (unsigned long long)m->files[i].size, m->files[i].path);
        fn(ctx, name, value);
    }
}

static void copy(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src);
}

ra_status ra_manifest_set(ra_manifest *m, const char *name, const char *value, ra_error *err)
{
    size_t plen = strlen(RA_MANIFEST_PREFIX);
    if (strncmp(name, RA_MANIFEST_PREFIX, plen))
        return RA_OK;
    const char *k = name + plen;
    if (!strcmp(k, "engine_version"))
        copy(m->engine_version, sizeof m->engine_version, value);
    else if (!strcmp(k, "rules_sha256"))
        copy(m->rules_sha256, sizeof m->rules_sha256, value);
    else if (!strcmp(k, "profile"))
        copy(m->profile, sizeof m->profile, value);
    else if (!strcmp(k, "as_of"))
        copy(m->as_of, sizeof m->as_of, value);
    else if (!strcmp(k, "rates_source"))
        copy(m->rates_source, sizeof m->rates_source, value);
    else if (!strcmp(k, "rates_sha256"))
        copy(m->rates_sha256, sizeof m->rates_sha256, value);
    else if (!strcmp(k, "case"))
        copy(m->case_ref, sizeof m->case_ref, value);
    else if (!strcmp(k, "inspector"))
        copy(m->inspector, sizeof m->inspector, value);
    else if (!strcmp(k, "signer_subject"))
        copy(m->signer_subject, sizeof m->signer_subject, value);
    else if (!strcmp(k, "signer_sha256"))
        copy(m->signer_sha256, sizeof m->signer_sha256, value);
    else if (!strncmp(k, "input.", 6)) {
        char *end;
        unsigned long n = strtoul(k + 6, &end, 10);
        if (*end || n == 0 || n > 1000000)
            return ra_error_set(err, RA_ERR_INPUT, name, 0, 0, "bad input property name");
        if (n > m->nfiles) {
            ra_manifest_file *f = realloc(m->files, n * sizeof *f);
            if (!f)
                return ra_error_set(err, RA_ERR_NOMEM, name, 0, 0, "out of memory");
            memset(f + m->nfiles, 0, (n - m->nfiles) * sizeof *f);
            m->files = f;
            m->nfiles = n;
        }
        ra_manifest_file *f = &m->files[n - 1];
        unsigned long long size;
        char hash[RA_SHA256_HEX_MAX];
        int used = 0;
        if (sscanf(value, "%64s %llu %n", hash, &size, &used) != 2 || strlen(hash) != 64 || !used)
            return ra_error_set(err, RA_ERR_INPUT, name, 0, 0,
                                "bad input property: want '<sha256> <size> <path>'");
        memcpy(f->sha256, hash, sizeof f->sha256);
        f->size = size;
        copy(f->path, sizeof f->path, value + used);
    }
    return RA_OK;
}
