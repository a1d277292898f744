/* pack.c — files → pack. rules_sha256 is SHA-256 over the pack's .rules files
 * and the selected profile, in byte order of their path relative to the
 * pack's parent folder (core/fees.rules, profiles/PH.profile), each hashed as
 * `path NUL length NUL bytes` with the length in decimal, so anyone can
 * recompute it with a few lines of shell or Python. */
#include "pack.h"

#include <dirent.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "parse.h"

#define RA_RULE_FILE_MAX (4 * 1024 * 1024)

typedef struct {
    char *rel;  /* path relative to the pack's parent: core/fees.rules */
    char *path; /* path to open */
    char *data;
    size_t len;
    bool profile;
} source;

static int by_rel(const void *a, const void *b)
{
    return strcmp(((const source *)a)->rel, ((const source *)b)->rel);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", a, b);
    return s;
}

static ra_status read_all(const char *path, char **data, size_t *len, ra_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return ra_error_set(err, RA_ERR_INPUT, path, 0, 0, "cannot open: %s", strerror(errno));
    char *buf = malloc(RA_RULE_FILE_MAX + 1);
    if (!buf) {
        fclose(f);
        return ra_error_set(err, RA_ERR_NOMEM, path, 0, 0, "out of memory");
    }
    size_t n = fread(buf, 1, RA_RULE_FILE_MAX + 1, f);
    bool bad = ferror(f);
    fclose(f);
    if (bad || n > RA_RULE_FILE_MAX) {
        free(buf);
        return ra_error_set(err, RA_ERR_INPUT, path, 0, 0,
                            bad ? "read error" : "rule file larger than 4 MiB");
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return RA_OK;
}

/* The last path component of dir (the pack's name, e.g. "core"). */
static const char *base_name(const char *dir, char *buf, size_t size)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    size_t start = n;
    while (start > 0 && dir[start - 1] != '/')
        start--;
    snprintf(buf, size, "%.*s", (int)(n - start), dir + start);
    return buf;
}

static void sources_free(source *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(s[i].rel);
        free(s[i].path);
        free(s[i].data);
    }
    free(s);
}

static ra_status list_sources(const char *dir, source **out, size_t *nout, ra_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return ra_error_set(err, RA_ERR_INPUT, dir, 0, 0, "cannot open the rule pack: %s",
                            strerror(errno));
    char pack[256];
    base_name(dir, pack, sizeof pack);
    source *s = NULL;
    size_t n = 0, cap = 0;
    ra_status st = RA_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || !has_suffix(de->d_name, ".rules"))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            source *ns = realloc(s, cap * sizeof *ns);
            if (!ns) {
                st = ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
                break;
            }
            s = ns;
        }
        memset(&s[n], 0, sizeof s[n]);
        s[n].path = join(dir, de->d_name);
        s[n].rel = join(pack, de->d_name);
        n++;
        if (!s[n - 1].path || !s[n - 1].rel) {
            st = ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
            break;
        }
    }
    closedir(d);
    if (st == RA_OK && n == 0)
        st = ra_error_set(err, RA_ERR_INPUT, dir, 0, 0, "no .rules files in the rule pack");
    if (st != RA_OK) {
        sources_free(s, n);
        return st;
    }
    qsort(s, n, sizeof *s, by_rel);
    *out = s;
    *nout = n;
    return RA_OK;
}

static ra_status profile_source(const char *dir, const char *profile, source *src, ra_error *err)
{
    memset(src, 0, sizeof *src);
    src->profile = true;
    if (!profile)
        profile = "baseline";
    if (has_suffix(profile, ".profile") || strchr(profile, '/')) {
        src->path = strdup(profile);
        char base[256];
        base_name(profile, base, sizeof base);
        src->rel = join("profiles", base);
    } else {
        char *parent = join(dir, "..");
        char *profiles = parent ? join(parent, "profiles") : NULL;
        size_t n = strlen(profile) + 10;
        char *file = malloc(n);
        if (file)
            snprintf(file, n, "%s.profile", profile);
        src->path = profiles && file ? join(profiles, file) : NULL;
        src->rel = file ? join("profiles", file) : NULL;
        free(parent);
        free(profiles);
        free(file);
    }
    if (!src->path || !src->rel)
        return ra_error_set(err, RA_ERR_NOMEM, profile, 0, 0, "out of memory");
    struct stat st;
    if (stat(src->path, &st) != 0 || !S_ISREG(st.st_mode))
        return ra_error_set(err, RA_ERR_INPUT, src->path, 0, 0,
                            "no profile '%s' (profiles are rules/profiles/<NAME>.profile)",
                            profile);
    return read_all(src->path, &src->data, &src->len, err);
}

static int by_rel_ptr(const void *a, const void *b)
{
    return strcmp((*(const source *const *)a)->rel, (*(const source *const *)b)->rel);
}

/* SPEC section 3: every file, the profile too, in byte order of its path. */
static bool hash_sources(const source *src, size_t n, char out[65])
{
    const source **s = malloc(n * sizeof *s);
    if (!s)
        return false;
    for (size_t i = 0; i < n; i++)
        s[i] = &src[i];
    qsort(s, n, sizeof *s, by_rel_ptr);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    for (size_t i = 0; ok && i < n; i++) {
        char len[32];
        int l = snprintf(len, sizeof len, "%zu", s[i]->len);
        ok = EVP_DigestUpdate(ctx, s[i]->rel, strlen(s[i]->rel) + 1) &&
             EVP_DigestUpdate(ctx, len, (size_t)l + 1) &&
             (s[i]->len == 0 || EVP_DigestUpdate(ctx, s[i]->data, s[i]->len));
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) && mdlen == 32;
    EVP_MD_CTX_free(ctx);
    free(s);
    for (unsigned i = 0; ok && i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
    return ok;
}

void ra_pack_free(ra_pack *pack)
{
    if (!pack)
        return;
    for (size_t i = 0; i < pack->npatterns; i++)
        for (size_t k = 0; k < pack->patterns[i].nalts; k++)
            ra_regex_free(pack->patterns[i].alts[k].re);
    ra_arena_free(&pack->arena);
    free(pack);
}

ra_status ra_pack_load(const char *rules_dir, const char *profile, ra_pack **out, ra_diags *diags,
                       ra_error *err)
{
    *out = NULL;
    source *src = NULL;
    size_t n = 0;
    ra_status st = list_sources(rules_dir, &src, &n, err);
    if (st != RA_OK)
        return st;
    /* One more slot for the profile, so all sources hash together. */
    source *grown = realloc(src, (n + 1) * sizeof *src);
    if (!grown) {
        sources_free(src, n);
        return ra_error_set(err, RA_ERR_NOMEM, rules_dir, 0, 0, "out of memory");
    }
    src = grown;
    st = profile_source(rules_dir, profile, &src[n], err);
    n++;
    for (size_t i = 0; st == RA_OK && i + 1 < n; i++)
        st = read_all(src[i].path, &src[i].data, &src[i].len, err);
    ra_pack *pack = st == RA_OK ? calloc(1, sizeof *pack) : NULL;
    if (st == RA_OK && !pack)
        st = ra_error_set(err, RA_ERR_NOMEM, rules_dir, 0, 0, "out of memory");
    ra_ast_file *asts = st == RA_OK ? calloc(n, sizeof *asts) : NULL;
    if (st == RA_OK && !asts)
        st = ra_error_set(err, RA_ERR_NOMEM, rules_dir, 0, 0, "out of memory");
    if (st == RA_OK) {
        ra_arena_init(&pack->arena, 64 * 1024);
        const ra_ast_file *prof = NULL;
        size_t nrules = 0;
        ra_ast_file *rule_asts = asts;
        ra_ast_file prof_ast;
        for (size_t i = 0; i < n && st == RA_OK; i++) {
            /* Positions keep the path as opened, stored in the pack. */
            const char *file = ra_arena_strndup(&pack->arena, src[i].path, strlen(src[i].path));
            ra_ast_file *dst = src[i].profile ? &prof_ast : &rule_asts[nrules];
            if (!file || !ra_parse_file(file, src[i].data, src[i].len, src[i].profile, &pack->arena,
                                        dst, diags))
                st = ra_error_set(err, RA_ERR_NOMEM, rules_dir, 0, 0, "out of memory");
            else if (src[i].profile)
                prof = &prof_ast;
            else
                nrules++;
        }
        if (st == RA_OK) {
            const char *pname =
                prof && prof->profile_name ? prof->profile_name : (profile ? profile : "baseline");
            pack->profile = ra_arena_strndup(&pack->arena, pname, strlen(pname));
            if (!ra_check_pack(pack, rule_asts, nrules, prof, src[n - 1].path, diags) ||
                !pack->profile)
                st = ra_error_set(err, RA_ERR_NOMEM, rules_dir, 0, 0, "out of memory");
        }
        if (st == RA_OK && !hash_sources(src, n, pack->sha256))
            st = ra_error_set(err, RA_ERR_INTERNAL, rules_dir, 0, 0, "SHA-256 failed");
        if (st == RA_OK && diags->n)
            st = ra_error_set(err, RA_ERR_INPUT, rules_dir, 0, 0,
                              "the rule pack does not check: %zu error%s", diags->n,
                              diags->n == 1 ? "" : "s");
    }
    free(asts);
    sources_free(src, n);
    if (st != RA_OK) {
        ra_pack_free(pack);
        return st;
    }
    *out = pack;
    return RA_OK;
}
