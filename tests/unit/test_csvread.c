/* test_csvread.c — CUnit tests of the CSV reader (engine/csvread.h is the contract).
 *
 * Every test reads bytes and compares what the callback saw, field by field, with
 * values worked out by hand (or, for csv-spectrum, with the suite's JSON). The
 * callback copies each record, since the reader's field views die with the call. */
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvread.h"
#include "error.h"
#include "utf8.h"

/* ---- collecting records ------------------------------------------------------ */

typedef struct {
    long line;
    long end_line;
    uint64_t offset;
    size_t nfields;
    size_t nstored;
    ra_csv_defect defect;
    long defect_col;
    bool ascii;
    char **f; /* nstored copies, NUL-terminated */
    size_t *flen;
} rec_copy;

typedef struct {
    rec_copy *v;
    size_t n, cap;
    size_t calls;
    size_t stop_at; /* stop when the callback has been called this many times (0: never) */
    int stop_value; /* returned to stop */
    bool views_bad; /* a field view was not NUL-terminated, or nstored was inconsistent */
} collector;

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "test_csvread: out of memory\n");
        abort();
    }
    return p;
}

static int collect(void *ctx, const ra_csv_record *rec)
{
    collector *c = ctx;
    c->calls++;
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        rec_copy *nv = realloc(c->v, c->cap * sizeof *nv);
        if (!nv)
            abort();
        c->v = nv;
    }
    rec_copy *r = &c->v[c->n++];
    r->line = rec->line;
    r->end_line = rec->end_line;
    r->offset = rec->offset;
    r->nfields = rec->nfields;
    r->nstored = rec->nstored;
    r->defect = rec->defect;
    r->defect_col = rec->defect_col;
    r->ascii = rec->ascii;
    if (rec->nstored > rec->nfields || (rec->nstored > 0 && !rec->fields))
        c->views_bad = true;
    r->f = xmalloc(rec->nstored * sizeof *r->f);
    r->flen = xmalloc(rec->nstored * sizeof *r->flen);
    for (size_t i = 0; i < rec->nstored; i++) {
        const ra_strv *s = &rec->fields[i];
        if (s->ptr[s->len] != '\0')
            c->views_bad = true;
        r->f[i] = xmalloc(s->len + 1);
        memcpy(r->f[i], s->ptr, s->len);
        r->f[i][s->len] = '\0';
        r->flen[i] = s->len;
    }
    if (c->stop_at && c->calls == c->stop_at)
        return c->stop_value;
    return 0;
}

static void collector_free(collector *c)
{
    for (size_t i = 0; i < c->n; i++) {
        for (size_t j = 0; j < c->v[i].nstored; j++)
            free(c->v[i].f[j]);
        free(c->v[i].f);
        free(c->v[i].flen);
    }
    free(c->v);
    memset(c, 0, sizeof *c);
}

/* Prints a value with control bytes escaped, for failure messages. */
static void print_esc(const char *s, size_t len)
{
    size_t shown = len > 80 ? 80 : len; /* a 1 MiB field would drown the report */
    fputc('"', stderr);
    for (size_t i = 0; i < shown; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n')
            fputs("\\n", stderr);
        else if (ch == '\r')
            fputs("\\r", stderr);
        else if (ch == '\t')
            fputs("\\t", stderr);
        else if (ch == '"' || ch == '\\')
            fprintf(stderr, "\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f)
            fprintf(stderr, "\\x%02x", ch);
        else
            fputc(ch, stderr);
    }
    fputc('"', stderr);
    if (shown < len)
        fprintf(stderr, "...(%zu bytes)", len);
}

static void print_rec(const rec_copy *r)
{
    fprintf(stderr, "line %ld-%ld offset %llu defect %d col %ld nfields %zu nstored %zu [", r->line,
            r->end_line, (unsigned long long)r->offset, (int)r->defect, r->defect_col, r->nfields,
            r->nstored);
    for (size_t j = 0; j < r->nstored; j++) {
        if (j)
            fputc(',', stderr);
        print_esc(r->f[j], r->flen[j]);
    }
    fputs("]\n", stderr);
}

#define ANY_FIELDS ((size_t)-1)

/* True when record i is exactly as given: lines, offset, defect and — unless n is
 * ANY_FIELDS (partial fields of a defective record) — n fields, nstored == n, and
 * the n values that follow. On a mismatch, says what differs on stderr. */
static bool rec_is(const collector *c, size_t i, long line, long end_line, uint64_t offset,
                   ra_csv_defect defect, size_t n, ...)
{
    if (i >= c->n) {
        fprintf(stderr, "\n  record %zu expected, only %zu read\n", i, c->n);
        return false;
    }
    const rec_copy *r = &c->v[i];
    bool ok =
        r->line == line && r->end_line == end_line && r->offset == offset && r->defect == defect;
    va_list ap;
    va_start(ap, n);
    if (n != ANY_FIELDS) {
        ok = ok && r->nfields == n && r->nstored == n;
        for (size_t j = 0; j < n; j++) {
            const char *want = va_arg(ap, const char *);
            if (ok && (r->flen[j] != strlen(want) || memcmp(r->f[j], want, r->flen[j]) != 0))
                ok = false;
        }
    }
    va_end(ap);
    if (!ok) {
        fprintf(stderr, "\n  record %zu: want line %ld-%ld offset %llu defect %d", i, line,
                end_line, (unsigned long long)offset, (int)defect);
        if (n != ANY_FIELDS) {
            fprintf(stderr, " fields [");
            va_start(ap, n);
            for (size_t j = 0; j < n; j++) {
                const char *want = va_arg(ap, const char *);
                if (j)
                    fputc(',', stderr);
                print_esc(want, strlen(want));
            }
            va_end(ap);
            fputc(']', stderr);
        }
        fprintf(stderr, "\n  got: ");
        print_rec(r);
    }
    return ok;
}

static bool stats_are(const ra_csv_stats *st, uint64_t bytes, long lines, long blank, long records)
{
    bool ok = st->bytes == bytes && st->lines == lines && st->blank_lines == blank &&
              st->records == records;
    if (!ok)
        fprintf(stderr,
                "\n  stats: want bytes %llu lines %ld blank %ld records %ld; "
                "got bytes %llu lines %ld blank %ld records %ld\n",
                (unsigned long long)bytes, lines, blank, records, (unsigned long long)st->bytes,
                st->lines, st->blank_lines, st->records);
    return ok;
}

/* Reads a string as a whole file would be read (line 1, offset 0). */
static ra_status read_mem(const char *s, size_t len, const ra_csv_limits *lim, collector *c,
                          ra_csv_stats *st)
{
    ra_csv_limits def;
    ra_error err;
    if (!lim) {
        ra_csv_limits_default(&def);
        lim = &def;
    }
    memset(st, 0xA5, sizeof *st); /* the reader must fill every field */
    ra_error_clear(&err);
    return ra_csv_read_buffer(s, len, 1, 0, lim, collect, c, st, &err);
}

#define READ_STR(lit, lim, c, st) read_mem((lit), sizeof(lit) - 1, (lim), (c), (st))

/* Writes bytes to a fresh temporary file; the caller unlinks and frees the path. */
static char *write_temp(const void *data, size_t len)
{
    char *path = xmalloc(64);
    strcpy(path, "/tmp/test_csvread_XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        abort();
    }
    FILE *f = fdopen(fd, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        perror("write_temp");
        abort();
    }
    return path;
}

static bool same_collected(const collector *a, const collector *b)
{
    if (a->n != b->n || a->views_bad != b->views_bad)
        return false;
    for (size_t i = 0; i < a->n; i++) {
        const rec_copy *x = &a->v[i], *y = &b->v[i];
        if (x->line != y->line || x->end_line != y->end_line || x->offset != y->offset ||
            x->nfields != y->nfields || x->nstored != y->nstored || x->defect != y->defect ||
            x->defect_col != y->defect_col || x->ascii != y->ascii)
            return false;
        for (size_t j = 0; j < x->nstored; j++)
            if (x->flen[j] != y->flen[j] || memcmp(x->f[j], y->f[j], x->flen[j]) != 0)
                return false;
    }
    return true;
}

/* Reads the bytes from a file, sequentially into c and st; then again with
 * the tokeniser on its own thread, which must give the same records, stats
 * (except the read-ahead counts after a stop) and status. */
static ra_status read_file_bytes(const void *data, size_t len, const ra_csv_limits *lim,
                                 collector *c, ra_csv_stats *st)
{
    ra_csv_limits def;
    ra_error err, err2;
    if (!lim) {
        ra_csv_limits_default(&def);
        lim = &def;
    }
    char *path = write_temp(data, len);
    memset(st, 0xA5, sizeof *st);
    ra_error_clear(&err);
    collector again = {.stop_at = c->stop_at, .stop_value = c->stop_value};
    ra_status s =
        ra_csv_read_file_mode(path, "test.csv", lim, RA_CSV_SEQUENTIAL, collect, NULL, c, st, &err);
    ra_csv_stats st2;
    memset(&st2, 0x5A, sizeof st2);
    ra_error_clear(&err2);
    ra_status s2 = ra_csv_read_file_mode(path, "test.csv", lim, RA_CSV_THREADED, collect, NULL,
                                         &again, &st2, &err2);
    CU_ASSERT_EQUAL(s2, s);
    CU_ASSERT(same_collected(c, &again));
    CU_ASSERT_EQUAL(st2.records, st->records);
    CU_ASSERT_EQUAL(st2.stopped, st->stopped);
    CU_ASSERT_EQUAL(st2.bom, st->bom);
    if (!st->stopped) {
        CU_ASSERT_EQUAL(st2.bytes, st->bytes);
        CU_ASSERT_EQUAL(st2.lines, st->lines);
        CU_ASSERT_EQUAL(st2.blank_lines, st->blank_lines);
        CU_ASSERT_EQUAL(st2.ended_clean, st->ended_clean);
    }
    collector_free(&again);
    unlink(path);
    free(path);
    return s;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap + 1);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb)
                abort();
            buf = nb;
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static const char *source_dir(void)
{
    const char *d = getenv("RA_SOURCE_DIR");
    return d && *d ? d : ".";
}

/* ---- a JSON subset: an array of objects whose values are strings ------------- */

typedef struct {
    size_t n;
    char **key;
    char **val;
    size_t *vlen;
} jobj;

typedef struct {
    size_t n;
    jobj *obj;
} jdoc;

typedef struct {
    const char *s;
    size_t len, pos;
} jcur;

static void j_ws(jcur *j)
{
    while (j->pos < j->len && (j->s[j->pos] == ' ' || j->s[j->pos] == '\n' ||
                               j->s[j->pos] == '\r' || j->s[j->pos] == '\t'))
        j->pos++;
}

static bool j_lit(jcur *j, char ch)
{
    j_ws(j);
    if (j->pos < j->len && j->s[j->pos] == ch) {
        j->pos++;
        return true;
    }
    return false;
}

static int j_hex4(jcur *j)
{
    if (j->len - j->pos < 4)
        return -1;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char ch = j->s[j->pos++];
        v <<= 4;
        if (ch >= '0' && ch <= '9')
            v |= ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            v |= ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            v |= ch - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* A JSON string; the decoded bytes (never longer than the source) in *out. */
static bool j_string(jcur *j, char **out, size_t *outlen)
{
    if (!j_lit(j, '"'))
        return false;
    char *buf = xmalloc(j->len - j->pos + 1);
    size_t n = 0;
    while (j->pos < j->len) {
        char ch = j->s[j->pos++];
        if (ch == '"') {
            buf[n] = '\0';
            *out = buf;
            *outlen = n;
            return true;
        }
        if ((unsigned char)ch < 0x20)
            break;
        if (ch != '\\') {
            buf[n++] = ch;
            continue;
        }
        if (j->pos >= j->len)
            break;
        ch = j->s[j->pos++];
        switch (ch) {
        case '"':
        case '\\':
        case '/':
            buf[n++] = ch;
            break;
        case 'n':
            buf[n++] = '\n';
            break;
        case 'r':
            buf[n++] = '\r';
            break;
        case 't':
            buf[n++] = '\t';
            break;
        case 'b':
            buf[n++] = '\b';
            break;
        case 'f':
            buf[n++] = '\f';
            break;
        case 'u': {
            int hi = j_hex4(j);
            if (hi < 0)
                goto bad;
            unsigned long cp = (unsigned long)hi;
            if (hi >= 0xD800 && hi <= 0xDBFF) {
                if (j->len - j->pos < 2 || j->s[j->pos] != '\\' || j->s[j->pos + 1] != 'u')
                    goto bad;
                j->pos += 2;
                int lo = j_hex4(j);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    goto bad;
                cp = 0x10000 + (((unsigned long)hi - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
            } else if (hi >= 0xDC00 && hi <= 0xDFFF) {
                goto bad;
            }
            n += ra_utf8_encode(cp, buf + n); /* \uXXXX is 6 source bytes, at most 4 out */
            break;
        }
        default:
            goto bad;
        }
    }
bad:
    free(buf);
    return false;
}

static void jdoc_free(jdoc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        for (size_t k = 0; k < d->obj[i].n; k++) {
            free(d->obj[i].key[k]);
            free(d->obj[i].val[k]);
        }
        free(d->obj[i].key);
        free(d->obj[i].val);
        free(d->obj[i].vlen);
    }
    free(d->obj);
    memset(d, 0, sizeof *d);
}

static bool j_object(jcur *j, jobj *o)
{
    memset(o, 0, sizeof *o);
    if (!j_lit(j, '{'))
        return false;
    if (j_lit(j, '}'))
        return true;
    size_t cap = 0;
    do {
        if (o->n == cap) {
            cap = cap ? 2 * cap : 8;
            char **nk = realloc(o->key, cap * sizeof *nk);
            if (nk)
                o->key = nk;
            char **nv = realloc(o->val, cap * sizeof *nv);
            if (nv)
                o->val = nv;
            size_t *nl = realloc(o->vlen, cap * sizeof *nl);
            if (nl)
                o->vlen = nl;
            if (!nk || !nv || !nl)
                abort();
        }
        size_t klen;
        if (!j_string(j, &o->key[o->n], &klen))
            return false;
        if (!j_lit(j, ':') || !j_string(j, &o->val[o->n], &o->vlen[o->n])) {
            free(o->key[o->n]);
            return false;
        }
        o->n++;
    } while (j_lit(j, ','));
    return j_lit(j, '}');
}

static bool json_parse(const char *s, size_t len, jdoc *d)
{
    jcur j = {s, len, 0};
    size_t cap = 0;
    memset(d, 0, sizeof *d);
    if (!j_lit(&j, '['))
        return false;
    if (!j_lit(&j, ']')) {
        do {
            if (d->n == cap) {
                cap = cap ? 2 * cap : 8;
                jobj *no = realloc(d->obj, cap * sizeof *no);
                if (!no)
                    abort();
                d->obj = no;
            }
            if (!j_object(&j, &d->obj[d->n])) {
                d->n++;
                jdoc_free(d);
                return false;
            }
            d->n++;
        } while (j_lit(&j, ','));
        if (!j_lit(&j, ']')) {
            jdoc_free(d);
            return false;
        }
    }
    j_ws(&j);
    if (j.pos != j.len) {
        jdoc_free(d);
        return false;
    }
    return true;
}

/* The JSON parser is itself tested, so that a spectrum pass means something. */
static void test_json_subset_parser(void)
{
    static const char src[] =
        " [ {\"a\" : \"x\\n\\\"y\\\"\\\\\", \"b\":\"\\u00e9\\u0296\\ud83d\\ude00\"},"
        "{ } , {\"k\":\"\"} ]\n";
    jdoc d;
    CU_ASSERT_FATAL(json_parse(src, sizeof src - 1, &d));
    CU_ASSERT_EQUAL(d.n, 3);
    CU_ASSERT_EQUAL(d.obj[0].n, 2);
    CU_ASSERT_STRING_EQUAL(d.obj[0].key[0], "a");
    CU_ASSERT_STRING_EQUAL(d.obj[0].val[0], "x\n\"y\"\\");
    CU_ASSERT_STRING_EQUAL(d.obj[0].key[1], "b");
    CU_ASSERT_STRING_EQUAL(d.obj[0].val[1], "\xC3\xA9\xCA\x96\xF0\x9F\x98\x80");
    CU_ASSERT_EQUAL(d.obj[1].n, 0);
    CU_ASSERT_EQUAL(d.obj[2].n, 1);
    CU_ASSERT_EQUAL(d.obj[2].vlen[0], 0);
    jdoc_free(&d);
    static const char bad1[] = "[{\"a\":\"x\"}";
    static const char bad2[] = "[{\"a\":\"\\q\"}]";
    static const char bad3[] = "[{\"a\":1}]";
    CU_ASSERT_FALSE(json_parse(bad1, sizeof bad1 - 1, &d));
    CU_ASSERT_FALSE(json_parse(bad2, sizeof bad2 - 1, &d));
    CU_ASSERT_FALSE(json_parse(bad3, sizeof bad3 - 1, &d));
}

/* ---- csv-spectrum ------------------------------------------------------------- */

/* Reads csvs/<name>.csv with ra_csv_read_file and checks it against json/<name>.json:
 * the header gives the keys, every later record the values, in order. */
static void check_spectrum(const char *name)
{
    char csv_path[4096], json_path[4096];
    snprintf(csv_path, sizeof csv_path, "%s/tests/data/csv-spectrum/csvs/%s.csv", source_dir(),
             name);
    snprintf(json_path, sizeof json_path, "%s/tests/data/csv-spectrum/json/%s.json", source_dir(),
             name);
    size_t jlen, clen;
    char *jtext = slurp(json_path, &jlen);
    char *ctext = slurp(csv_path, &clen);
    if (!jtext || !ctext) {
        fprintf(stderr, "\n  cannot read %s or %s (set RA_SOURCE_DIR)\n", csv_path, json_path);
        CU_FAIL("csv-spectrum files missing");
        free(jtext);
        free(ctext);
        return;
    }
    jdoc d;
    bool parsed = json_parse(jtext, jlen, &d);
    free(jtext);
    CU_ASSERT_FATAL(parsed);
    CU_ASSERT_FATAL(d.n > 0);

    collector c = {0};
    ra_csv_stats st;
    ra_csv_limits lim;
    ra_error err;
    ra_csv_limits_default(&lim);
    ra_error_clear(&err);
    ra_status s = ra_csv_read_file(csv_path, name, &lim, collect, &c, &st, &err);
    CU_ASSERT_EQUAL(s, RA_OK);
    CU_ASSERT_FALSE(c.views_bad);
    CU_ASSERT_EQUAL(c.n, d.n + 1);
    CU_ASSERT_EQUAL(st.records, (long)(d.n + 1));
    CU_ASSERT_EQUAL(st.bytes, clen);
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT_EQUAL(st.stopped, 0);
    CU_ASSERT_EQUAL(st.blank_lines, 0);
    /* Every spectrum file's lines: LFs, plus one when the last line has no LF. */
    long lfs = 0;
    for (size_t i = 0; i < clen; i++)
        lfs += ctext[i] == '\n';
    CU_ASSERT_EQUAL(st.lines, lfs + (clen > 0 && ctext[clen - 1] != '\n'));

    bool same = c.n == d.n + 1;
    for (size_t i = 0; same && i < c.n; i++) {
        const rec_copy *r = &c.v[i];
        const jobj *o = &d.obj[i == 0 ? 0 : i - 1];
        same = r->defect == RA_CSV_REC_OK && r->nfields == o->n && r->nstored == o->n;
        for (size_t k = 0; same && k < o->n; k++) {
            const char *want = i == 0 ? o->key[k] : o->val[k];
            size_t wlen = i == 0 ? strlen(o->key[k]) : o->vlen[k];
            same = r->flen[k] == wlen && memcmp(r->f[k], want, wlen) == 0;
        }
        if (!same) {
            fprintf(stderr, "\n  %s: record %zu differs from the JSON: ", name, i);
            print_rec(r);
        }
    }
    CU_ASSERT(same);
    /* Records are numbered by their first line; the first is the header. */
    if (c.n > 0) {
        CU_ASSERT_EQUAL(c.v[0].line, 1);
        CU_ASSERT_EQUAL(c.v[0].offset, 0);
    }
    collector_free(&c);
    jdoc_free(&d);
    free(ctext);
}

#define SPECTRUM_CASE(n)                                                                           \
    static void test_spectrum_##n(void)                                                            \
    {                                                                                              \
        check_spectrum(#n);                                                                        \
    }
SPECTRUM_CASE(comma_in_quotes)
SPECTRUM_CASE(empty)
SPECTRUM_CASE(empty_crlf)
SPECTRUM_CASE(escaped_quotes)
SPECTRUM_CASE(json)
SPECTRUM_CASE(newlines)
SPECTRUM_CASE(newlines_crlf)
SPECTRUM_CASE(quotes_and_newlines)
SPECTRUM_CASE(simple)
SPECTRUM_CASE(simple_crlf)
SPECTRUM_CASE(utf8)

/* Spectrum records in full, so that a broken JSON comparison cannot hide a bug. */
static void test_spectrum_newlines_crlf_exact(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/csv-spectrum/csvs/newlines_crlf.csv", source_dir());
    size_t len;
    char *text = slurp(path, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_mem(text, len, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 3, "a", "b", "c"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 7, RA_CSV_REC_OK, 3, "1", "2", "3"));
    CU_ASSERT(rec_is(&c, 2, 3, 4, 14, RA_CSV_REC_OK, 3, "Once upon \r\na time", "5", "6"));
    CU_ASSERT(rec_is(&c, 3, 5, 5, 40, RA_CSV_REC_OK, 3, "7", "8", "9"));
    CU_ASSERT(stats_are(&st, 47, 5, 0, 4));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
    free(text);
}

/* ---- lines, offsets, blank lines, BOM ------------------------------------------- */

static void test_limits_default(void)
{
    ra_csv_limits lim;
    memset(&lim, 0, sizeof lim);
    ra_csv_limits_default(&lim);
    CU_ASSERT_EQUAL(lim.max_field_bytes, (size_t)1 << 20);
    CU_ASSERT_EQUAL(lim.max_record_bytes, (size_t)8 << 20);
    CU_ASSERT_EQUAL(lim.max_columns, 1024);
}

static void test_line_numbers(void)
{
    /* 1 header, 2-4 one record (quoted LFs), 5 record, 6 blank, 7 record,
     * 8-9 blank, 10 last record without LF. */
    static const char in[] = "h1,h2\n1,\"a\nb\nc\"\n2,x\n\n3,y\n\n\n4,z";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_FALSE(c.views_bad);
    CU_ASSERT_EQUAL(c.n, 5);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "h1", "h2"));
    CU_ASSERT(rec_is(&c, 1, 2, 4, 6, RA_CSV_REC_OK, 2, "1", "a\nb\nc"));
    CU_ASSERT(rec_is(&c, 2, 5, 5, 16, RA_CSV_REC_OK, 2, "2", "x"));
    CU_ASSERT(rec_is(&c, 3, 7, 7, 21, RA_CSV_REC_OK, 2, "3", "y"));
    CU_ASSERT(rec_is(&c, 4, 10, 10, 27, RA_CSV_REC_OK, 2, "4", "z"));
    CU_ASSERT(stats_are(&st, 30, 10, 3, 5));
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT_EQUAL(st.stopped, 0);
    collector_free(&c);
}

static void test_lines_last_line(void)
{
    collector c = {0};
    ra_csv_stats st;
    /* With and without the final LF: the same two lines. */
    CU_ASSERT_EQUAL(READ_STR("a\nb", NULL, &c, &st), RA_OK);
    CU_ASSERT(stats_are(&st, 3, 2, 0, 2));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_OK, 1, "b"));
    collector_free(&c);
    CU_ASSERT_EQUAL(READ_STR("a\nb\n", NULL, &c, &st), RA_OK);
    CU_ASSERT(stats_are(&st, 4, 2, 0, 2));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
    /* Blank lines at the start and the end count as lines, not records. */
    CU_ASSERT_EQUAL(READ_STR("\na\n\n\n", NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 1);
    CU_ASSERT(rec_is(&c, 0, 2, 2, 1, RA_CSV_REC_OK, 1, "a"));
    CU_ASSERT(stats_are(&st, 5, 4, 3, 1));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
}

static void test_empty_fields_are_records(void)
{
    /* A line holding "" or a lone comma is a record, not a blank line. */
    static const char in[] = "h\n\"\"\n,\na,,b\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_OK, 1, ""));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 5, RA_CSV_REC_OK, 2, "", ""));
    CU_ASSERT(rec_is(&c, 3, 4, 4, 7, RA_CSV_REC_OK, 3, "a", "", "b"));
    CU_ASSERT(stats_are(&st, 12, 4, 0, 4));
    collector_free(&c);
}

static void test_crlf(void)
{
    /* CR before LF is dropped, also after a closing quote; "\r\n" alone is blank. */
    static const char in[] = "a,b\r\n1,\"x\"\r\n\r\n3,4\r\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "a", "b"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 5, RA_CSV_REC_OK, 2, "1", "x"));
    CU_ASSERT(rec_is(&c, 2, 4, 4, 14, RA_CSV_REC_OK, 2, "3", "4"));
    CU_ASSERT(stats_are(&st, 19, 4, 1, 3));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
}

static void test_cr_is_data(void)
{
    /* A CR not followed by LF is field data, quoted or not. */
    static const char in[] = "a\rb,c\n\"x\ry\",\rz\np\r,q\nlast,b\r\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "a\rb", "c"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 6, RA_CSV_REC_OK, 2, "x\ry", "\rz"));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 15, RA_CSV_REC_OK, 2, "p\r", "q"));
    CU_ASSERT(rec_is(&c, 3, 4, 4, 20, RA_CSV_REC_OK, 2, "last", "b"));
    CU_ASSERT(stats_are(&st, 28, 4, 0, 4));
    collector_free(&c);
    /* A CR ending the input is not before an LF: it is data. */
    CU_ASSERT_EQUAL(READ_STR("x,y\r", NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 1);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "x", "y\r"));
    CU_ASSERT(stats_are(&st, 4, 1, 0, 1));
    collector_free(&c);
}

static void test_spaces_kept(void)
{
    /* libcsv strips spaces and tabs around unquoted fields by default. */
    static const char in[] = " a ,\tb, c\t\n  ,\t\n\" q \",x \n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 3, " a ", "\tb", " c\t"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 11, RA_CSV_REC_OK, 2, "  ", "\t"));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 16, RA_CSV_REC_OK, 2, " q ", "x "));
    CU_ASSERT(stats_are(&st, 25, 3, 0, 3));
    collector_free(&c);
}

static void test_bom_buffer(void)
{
    static const char in[] = "\xEF\xBB\xBFname,x\n1,2\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_TRUE(st.bom);
    CU_ASSERT_EQUAL(c.n, 2);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 3, RA_CSV_REC_OK, 2, "name", "x"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 10, RA_CSV_REC_OK, 2, "1", "2"));
    CU_ASSERT(stats_are(&st, 14, 2, 0, 2));
    collector_free(&c);

    /* Not at offset 0: the bytes are data. */
    ra_csv_limits lim;
    ra_error err;
    ra_csv_limits_default(&lim);
    ra_error_clear(&err);
    CU_ASSERT_EQUAL(ra_csv_read_buffer(in, sizeof in - 1, 5, 100, &lim, collect, &c, &st, &err),
                    RA_OK);
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT_EQUAL(c.n, 2);
    CU_ASSERT(rec_is(&c, 0, 5, 5, 100, RA_CSV_REC_OK, 2, "\xEF\xBB\xBFname", "x"));
    CU_ASSERT(rec_is(&c, 1, 6, 6, 110, RA_CSV_REC_OK, 2, "1", "2"));
    collector_free(&c);

    /* A BOM alone on an otherwise unchanged file does not change line numbers. */
    CU_ASSERT_EQUAL(READ_STR("\xEF\xBB\xBF\nh\n", NULL, &c, &st), RA_OK);
    CU_ASSERT_TRUE(st.bom);
    CU_ASSERT_EQUAL(c.n, 1);
    CU_ASSERT(rec_is(&c, 0, 2, 2, 4, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(stats_are(&st, 6, 2, 1, 1));
    collector_free(&c);
}

static void test_bom_file(void)
{
    static const char in[] = "\xEF\xBB\xBF"
                             "a,b\r\n1,2\r\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_file_bytes(in, sizeof in - 1, NULL, &c, &st), RA_OK);
    CU_ASSERT_TRUE(st.bom);
    CU_ASSERT_EQUAL(c.n, 2);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 3, RA_CSV_REC_OK, 2, "a", "b"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 8, RA_CSV_REC_OK, 2, "1", "2"));
    CU_ASSERT(stats_are(&st, 13, 2, 0, 2));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);

    /* The same without BOM: offsets 3 bytes less. */
    CU_ASSERT_EQUAL(read_file_bytes(in + 3, sizeof in - 4, NULL, &c, &st), RA_OK);
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "a", "b"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 5, RA_CSV_REC_OK, 2, "1", "2"));
    CU_ASSERT(stats_are(&st, 10, 2, 0, 2));
    collector_free(&c);
}

static void test_empty_input(void)
{
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_mem("", 0, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.calls, 0);
    CU_ASSERT(stats_are(&st, 0, 0, 0, 0));
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT_TRUE(st.ended_clean);
    CU_ASSERT_EQUAL(st.stopped, 0);
    CU_ASSERT_EQUAL(read_file_bytes("", 0, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.calls, 0);
    CU_ASSERT(stats_are(&st, 0, 0, 0, 0));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
}

static void test_missing_file(void)
{
    collector c = {0};
    ra_csv_stats st;
    ra_csv_limits lim;
    ra_error err;
    ra_csv_limits_default(&lim);
    ra_error_clear(&err);
    ra_status s = ra_csv_read_file("/nonexistent/dir/x.csv", "x.csv", &lim, collect, &c, &st, &err);
    CU_ASSERT_NOT_EQUAL(s, RA_OK);
    CU_ASSERT_EQUAL(err.status, s);
    CU_ASSERT_NOT_EQUAL(err.msg[0], '\0');
    CU_ASSERT_EQUAL(c.calls, 0);
    collector_free(&c);
}

/* ---- defects and recovery --------------------------------------------------------- */

static void defect_col_sane(const collector *c, size_t i, long max_col)
{
    CU_ASSERT(i < c->n && c->v[i].defect_col >= 0 && c->v[i].defect_col <= max_col);
}

static void test_bad_quote(void)
{
    static const char in[] = "id,v\n1,a\"b\n2,\"a\"b\n3,\"ok\"\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 2, "id", "v"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 5, RA_CSV_REC_BAD_QUOTE, ANY_FIELDS));
    defect_col_sane(&c, 1, 5);
    CU_ASSERT(rec_is(&c, 2, 3, 3, 11, RA_CSV_REC_BAD_QUOTE, ANY_FIELDS));
    defect_col_sane(&c, 2, 6);
    CU_ASSERT(rec_is(&c, 3, 4, 4, 18, RA_CSV_REC_OK, 2, "3", "ok"));
    CU_ASSERT(stats_are(&st, 25, 4, 0, 4));
    collector_free(&c);
}

static void test_bad_quote_then_multiline(void)
{
    /* After a bad record the reader is back in step: a quoted multi-line record and
     * a blank line that follow are read and numbered normally. */
    static const char in[] = "h\na\"b\n\"x\ny\",z\n\n\"q\"w\nlast\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 5);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_BAD_QUOTE, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 3, 4, 6, RA_CSV_REC_OK, 2, "x\ny", "z"));
    CU_ASSERT(rec_is(&c, 3, 6, 6, 15, RA_CSV_REC_BAD_QUOTE, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 4, 7, 7, 20, RA_CSV_REC_OK, 1, "last"));
    CU_ASSERT(stats_are(&st, 25, 7, 1, 5));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
}

static void test_bad_quote_in_multiline_record(void)
{
    /* The defect is seen on the record's second line: the record keeps its first
     * line, ends on the second, and the next line is the next record. */
    static const char in[] = "h\n1,\"x\ny\"z\nnext\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 3, 2, RA_CSV_REC_BAD_QUOTE, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 4, 4, 11, RA_CSV_REC_OK, 1, "next"));
    CU_ASSERT(stats_are(&st, 16, 4, 0, 3));
    collector_free(&c);
}

static void test_unterminated(void)
{
    static const char in[] = "h\n1\n\"abc\ndef\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_OK, 1, "1"));
    CU_ASSERT(rec_is(&c, 2, 3, 4, 4, RA_CSV_REC_UNTERMINATED, ANY_FIELDS));
    CU_ASSERT(stats_are(&st, 13, 4, 0, 3));
    CU_ASSERT_FALSE(st.ended_clean);
    collector_free(&c);

    /* Without a final LF, on the last line. */
    CU_ASSERT_EQUAL(READ_STR("h\nx,\"ab", NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 2);
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_UNTERMINATED, ANY_FIELDS));
    CU_ASSERT(stats_are(&st, 7, 2, 0, 2));
    CU_ASSERT_FALSE(st.ended_clean);
    collector_free(&c);
}

/* Regression: a quoted field over the limit left libcsv inside the quotes
 * (csv_fini does not reset there), so the rest of the file became that field. */
static void test_quoted_field_too_big(void)
{
    ra_csv_limits lim = {8, 64, 8};
    static const char in[] = "h\n\"123456789012\"\nnext\nlast\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, &lim, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_FIELD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 17, RA_CSV_REC_OK, 1, "next"));
    CU_ASSERT(rec_is(&c, 3, 4, 4, 22, RA_CSV_REC_OK, 1, "last"));
    collector_free(&c);
}

static void test_field_too_big(void)
{
    ra_csv_limits lim = {8, 64, 8};
    /* 8 bytes is the limit, not over it; the quoted field's value (abc"defg) is 8
     * bytes though its text is 11. */
    static const char in[] = "h\n12345678\n123456789,x\nok\n\"123456789\"\n\"abc\"\"defg\"\nlast\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, &lim, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 7);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_OK, 1, "12345678"));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 11, RA_CSV_REC_FIELD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 3, 4, 4, 23, RA_CSV_REC_OK, 1, "ok"));
    CU_ASSERT(rec_is(&c, 4, 5, 5, 26, RA_CSV_REC_FIELD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 5, 6, 6, 38, RA_CSV_REC_OK, 1, "abc\"defg"));
    CU_ASSERT(rec_is(&c, 6, 7, 7, 50, RA_CSV_REC_OK, 1, "last"));
    CU_ASSERT(stats_are(&st, 55, 7, 0, 7));
    collector_free(&c);
}

static void test_field_too_big_huge(void)
{
    /* A 3 MiB field under default limits (1 MiB): reported, and reading goes on. */
    size_t big = (size_t)3 << 20;
    char *in = xmalloc(big + 32);
    size_t n = 0;
    memcpy(in, "h\n", 2);
    n = 2;
    memset(in + n, 'x', big);
    n += big;
    memcpy(in + n, ",y\nafter\n", 9);
    n += 9;
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_file_bytes(in, n, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_FIELD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 3, 3, (uint64_t)(2 + big + 3), RA_CSV_REC_OK, 1, "after"));
    CU_ASSERT(stats_are(&st, n, 3, 0, 3));
    collector_free(&c);
    free(in);
}

static void test_field_limit_default_edge(void)
{
    /* Default limits: a field of exactly 1 MiB is fine, one byte more is not. */
    size_t lim = (size_t)1 << 20;
    char *in = xmalloc(2 * lim + 32);
    size_t n = 0;
    memset(in + n, 'a', lim);
    n += lim;
    in[n++] = '\n';
    memset(in + n, 'b', lim + 1);
    n += lim + 1;
    memcpy(in + n, ",z\nend\n", 7);
    n += 7;
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_mem(in, n, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL_FATAL(c.n, 3);
    CU_ASSERT_EQUAL(c.v[0].defect, RA_CSV_REC_OK);
    CU_ASSERT_EQUAL(c.v[0].nfields, 1);
    CU_ASSERT_EQUAL_FATAL(c.v[0].nstored, 1);
    CU_ASSERT_EQUAL(c.v[0].flen[0], lim);
    CU_ASSERT(rec_is(&c, 1, 2, 2, (uint64_t)lim + 1, RA_CSV_REC_FIELD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 3, 3, (uint64_t)(n - 4), RA_CSV_REC_OK, 1, "end"));
    CU_ASSERT(stats_are(&st, n, 3, 0, 3));
    collector_free(&c);
    free(in);
}

static void test_record_too_big(void)
{
    ra_csv_limits lim = {8, 16, 8};
    /* Fields adding to 16 bytes are within the limit; 17 are over it. */
    static const char in[] = "h\n12345678,12345678\n12345678,12345678,1\nok\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, &lim, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 4);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 1, "h"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 2, RA_CSV_REC_OK, 2, "12345678", "12345678"));
    CU_ASSERT(rec_is(&c, 2, 3, 3, 20, RA_CSV_REC_RECORD_TOO_BIG, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 3, 4, 4, 40, RA_CSV_REC_OK, 1, "ok"));
    CU_ASSERT(stats_are(&st, 43, 4, 0, 4));
    collector_free(&c);
}

static void test_too_many_columns(void)
{
    ra_csv_limits lim = {8, 64, 3};
    static const char in[] = "a,b,c\n1,2,3,4,5\n1,\"x\ny\",3,4\n1,2,3,\nok\n";
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, &lim, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 5);
    CU_ASSERT(rec_is(&c, 0, 1, 1, 0, RA_CSV_REC_OK, 3, "a", "b", "c"));
    CU_ASSERT(rec_is(&c, 1, 2, 2, 6, RA_CSV_REC_TOO_MANY_COLUMNS, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 2, 3, 4, 16, RA_CSV_REC_TOO_MANY_COLUMNS, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 3, 5, 5, 28, RA_CSV_REC_TOO_MANY_COLUMNS, ANY_FIELDS));
    CU_ASSERT(rec_is(&c, 4, 6, 6, 35, RA_CSV_REC_OK, 1, "ok"));
    CU_ASSERT(stats_are(&st, 38, 6, 0, 5));
    if (c.n == 5) {
        static const size_t want_nfields[] = {5, 4, 4};
        static const char *const want[3][3] = {
            {"1", "2", "3"}, {"1", "x\ny", "3"}, {"1", "2", "3"}};
        for (size_t i = 0; i < 3; i++) {
            const rec_copy *r = &c.v[i + 1];
            CU_ASSERT_EQUAL(r->nfields, want_nfields[i]);
            CU_ASSERT_EQUAL_FATAL(r->nstored, 3);
            for (size_t k = 0; k < 3; k++)
                CU_ASSERT_STRING_EQUAL(r->f[k], want[i][k]);
        }
    }
    collector_free(&c);
}

static void test_hundred_thousand_columns(void)
{
    enum { NCOL = 100000 };
    size_t cap = (size_t)NCOL * 8 + 32;
    char *in = xmalloc(cap);
    size_t n = 0;
    for (int i = 0; i < NCOL; i++)
        n += (size_t)snprintf(in + n, cap - n, i ? ",c%d" : "c%d", i);
    n += (size_t)snprintf(in + n, cap - n, "\nnext\n");
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_mem(in, n, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL_FATAL(c.n, 2);
    const rec_copy *r = &c.v[0];
    CU_ASSERT_EQUAL(r->defect, RA_CSV_REC_TOO_MANY_COLUMNS);
    CU_ASSERT_EQUAL(r->line, 1);
    CU_ASSERT_EQUAL(r->end_line, 1);
    CU_ASSERT_EQUAL(r->nfields, NCOL);
    CU_ASSERT_EQUAL_FATAL(r->nstored, 1024);
    bool same = true;
    char want[16];
    for (size_t k = 0; k < 1024 && same; k++) {
        snprintf(want, sizeof want, "c%zu", k);
        same = strcmp(r->f[k], want) == 0;
    }
    CU_ASSERT(same);
    CU_ASSERT(rec_is(&c, 1, 2, 2, (uint64_t)(n - 5), RA_CSV_REC_OK, 1, "next"));
    CU_ASSERT(stats_are(&st, n, 2, 0, 2));
    collector_free(&c);

    /* Also through the file reader, whose chunks the line crosses. */
    CU_ASSERT_EQUAL(read_file_bytes(in, n, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL_FATAL(c.n, 2);
    CU_ASSERT_EQUAL(c.v[0].nfields, NCOL);
    CU_ASSERT_EQUAL(c.v[0].nstored, 1024);
    CU_ASSERT_EQUAL(c.v[0].defect, RA_CSV_REC_TOO_MANY_COLUMNS);
    CU_ASSERT(rec_is(&c, 1, 2, 2, (uint64_t)(n - 5), RA_CSV_REC_OK, 1, "next"));
    collector_free(&c);
    free(in);
}

static void test_callback_stop(void)
{
    static const char in[] = "h\n1\n2\n3\n";
    collector c = {0};
    c.stop_at = 2;
    c.stop_value = 7;
    ra_csv_stats st;
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.calls, 2);
    CU_ASSERT_EQUAL(st.stopped, 7);
    CU_ASSERT_EQUAL(st.records, 2);
    collector_free(&c);

    /* Also from the file reader, with a negative value. */
    c.stop_at = 1;
    c.stop_value = -3;
    CU_ASSERT_EQUAL(read_file_bytes(in, sizeof in - 1, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.calls, 1);
    CU_ASSERT_EQUAL(st.stopped, -3);
    CU_ASSERT_EQUAL(st.records, 1);
    collector_free(&c);

    /* Not stopping leaves 0. */
    CU_ASSERT_EQUAL(READ_STR(in, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.calls, 4);
    CU_ASSERT_EQUAL(st.stopped, 0);
    collector_free(&c);
}

/* ---- buffers and splitting ---------------------------------------------------------- */

static void test_read_buffer_numbering(void)
{
    static const char in[] = "1,2\n\n3,\"4\n5\"\n6,7\n";
    collector c = {0};
    ra_csv_stats st;
    ra_csv_limits lim;
    ra_error err;
    ra_csv_limits_default(&lim);
    ra_error_clear(&err);
    CU_ASSERT_EQUAL(ra_csv_read_buffer(in, sizeof in - 1, 10, 1000, &lim, collect, &c, &st, &err),
                    RA_OK);
    CU_ASSERT_EQUAL(c.n, 3);
    CU_ASSERT(rec_is(&c, 0, 10, 10, 1000, RA_CSV_REC_OK, 2, "1", "2"));
    CU_ASSERT(rec_is(&c, 1, 12, 13, 1005, RA_CSV_REC_OK, 2, "3", "4\n5"));
    CU_ASSERT(rec_is(&c, 2, 14, 14, 1013, RA_CSV_REC_OK, 2, "6", "7"));
    CU_ASSERT(stats_are(&st, 17, 5, 1, 3));
    CU_ASSERT_FALSE(st.bom);
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
}

static void test_find_split_small(void)
{
    /* LFs at 3 (boundary), 6 and 8 (quoted), 13 (boundary), 17 (boundary). */
    static const char in[] = "a,b\n\"x\ny\nz\",1\n2,3\n";
    size_t len = sizeof in - 1;
    long lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(in, len, 0, 1, &lines), 4);
    CU_ASSERT_EQUAL(lines, 1);
    for (size_t t = 5; t <= 14; t++) {
        lines = -1;
        CU_ASSERT_EQUAL(ra_csv_find_split(in, len, 0, t, &lines), 14);
        CU_ASSERT_EQUAL(lines, 4);
    }
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(in, len, 0, 15, &lines), 18);
    CU_ASSERT_EQUAL(lines, 5);
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(in, len, 4, 5, &lines), 14);
    CU_ASSERT_EQUAL(lines, 3);
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(in, len, 14, 15, &lines), 18);
    CU_ASSERT_EQUAL(lines, 1);

    /* Escaped quotes keep the parity; an LF between them is still quoted. */
    static const char esc[] = "h\n\"a\"\"\nb\"\"\",c\nd\n";
    len = sizeof esc - 1;
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(esc, len, 0, 3, &lines), 14);
    CU_ASSERT_EQUAL(lines, 3);

    /* A target past the last LF returns len, with the LFs before it counted. */
    static const char tail[] = "a\nb\nccc";
    len = sizeof tail - 1;
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(tail, len, 0, 5, &lines), len);
    CU_ASSERT_EQUAL(lines, 2);
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(tail, len, 0, len, &lines), len);
    CU_ASSERT_EQUAL(lines, 2);
    lines = -1;
    CU_ASSERT_EQUAL(ra_csv_find_split(tail, len, 2, 3, &lines), 4);
    CU_ASSERT_EQUAL(lines, 1);
}

/* A generated CSV whose records, lines, offsets and record boundaries are known. */
typedef struct {
    char *buf;
    size_t len, cap;
    bool *boundary; /* boundary[p]: p follows an LF outside quotes */
    collector want; /* the records, as the reader must report them */
    long lines, blank;
} gen_csv;

static void g_put(gen_csv *g, const char *s, size_t n)
{
    if (g->len + n + 1 > g->cap) {
        while (g->len + n + 1 > g->cap)
            g->cap = g->cap ? 2 * g->cap : 4096;
        char *nb = realloc(g->buf, g->cap);
        if (!nb)
            abort();
        g->buf = nb;
    }
    memcpy(g->buf + g->len, s, n);
    g->len += n;
    g->buf[g->len] = '\0';
}

static uint32_t rng_next(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

static void gen_build(gen_csv *g, int nrec, uint32_t seed)
{
    static const char *const plain[] = {"alpha", "", "b c", "42", "x-y", "\tt ", "é"};
    static const char *const quoted[] = {
        "multi\nline",    "a,b", "say \"hi\"", "\"\"", "three\nlines\nhere",
        "crlf\r\ninside", "",    "end\n",      "\n",   "q\"\n\"q",
    };
    uint32_t s = seed;
    size_t boundcap = 0;
    memset(g, 0, sizeof *g);
    bool *bound = NULL;
    long line = 1;
    for (int i = 0; i < nrec; i++) {
        uint32_t r = rng_next(&s);
        if (i > 0 && r % 11 == 0) { /* a blank line */
            g_put(g, r % 2 ? "\r\n" : "\n", r % 2 ? 2 : 1);
            g->blank++;
            line++;
        } else {
            rec_copy rc = {0};
            rc.line = line;
            rc.offset = g->len;
            rc.nfields = rc.nstored = 3;
            rc.f = xmalloc(3 * sizeof *rc.f);
            rc.flen = xmalloc(3 * sizeof *rc.flen);
            char idbuf[32];
            snprintf(idbuf, sizeof idbuf, "%d", i);
            for (int k = 0; k < 3; k++) {
                const char *v;
                bool q;
                uint32_t pick = rng_next(&s);
                if (k == 0) {
                    v = idbuf;
                    q = pick % 5 == 0;
                } else if (pick % 3 == 0) {
                    v = plain[pick / 3 % (sizeof plain / sizeof *plain)];
                    q = false;
                } else {
                    v = quoted[pick / 3 % (sizeof quoted / sizeof *quoted)];
                    q = true;
                }
                if (k)
                    g_put(g, ",", 1);
                if (q) {
                    g_put(g, "\"", 1);
                    for (const char *p = v; *p; p++) {
                        g_put(g, p, 1);
                        if (*p == '"')
                            g_put(g, "\"", 1);
                        if (*p == '\n')
                            line++;
                    }
                    g_put(g, "\"", 1);
                } else {
                    g_put(g, v, strlen(v));
                }
                rc.flen[k] = strlen(v);
                rc.f[k] = xmalloc(rc.flen[k] + 1);
                memcpy(rc.f[k], v, rc.flen[k] + 1);
            }
            rc.end_line = line;
            g_put(g, r % 3 == 0 ? "\r\n" : "\n", r % 3 == 0 ? 2 : 1);
            line++;
            if (g->want.n == g->want.cap) {
                g->want.cap = g->want.cap ? 2 * g->want.cap : 256;
                rec_copy *nv = realloc(g->want.v, g->want.cap * sizeof *nv);
                if (!nv)
                    abort();
                g->want.v = nv;
            }
            g->want.v[g->want.n++] = rc;
        }
        if (g->len + 1 > boundcap) {
            size_t nc = boundcap ? 2 * boundcap : 4096;
            while (nc < g->len + 1)
                nc *= 2;
            bool *nb = realloc(bound, nc * sizeof *nb);
            if (!nb)
                abort();
            memset(nb + boundcap, 0, (nc - boundcap) * sizeof *nb);
            bound = nb;
            boundcap = nc;
        }
        bound[g->len] = true; /* every record and blank line ends with an LF */
    }
    g->boundary = bound;
    g->lines = line - 1;
}

static void gen_free(gen_csv *g)
{
    free(g->buf);
    free(g->boundary);
    collector_free(&g->want);
}

static bool same_record(const rec_copy *a, const rec_copy *b)
{
    if (a->line != b->line || a->end_line != b->end_line || a->offset != b->offset ||
        a->nfields != b->nfields || a->nstored != b->nstored || a->defect != b->defect)
        return false;
    for (size_t k = 0; k < a->nstored; k++)
        if (a->flen[k] != b->flen[k] || memcmp(a->f[k], b->f[k], a->flen[k]) != 0)
            return false;
    return true;
}

/* Records [from, from+n) of got are records [0, n) of want... in full. */
static bool same_records(const collector *got, size_t gfrom, const collector *want, size_t wfrom,
                         size_t n, const char *what)
{
    if (gfrom + n > got->n || wfrom + n > want->n) {
        fprintf(stderr, "\n  %s: %zu records wanted, got %zu\n", what, n, got->n);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (!same_record(&got->v[gfrom + i], &want->v[wfrom + i])) {
            fprintf(stderr, "\n  %s: record %zu differs\n  want: ", what, wfrom + i);
            print_rec(&want->v[wfrom + i]);
            fprintf(stderr, "  got:  ");
            print_rec(&got->v[gfrom + i]);
            return false;
        }
    }
    return true;
}

static void test_generated_whole(void)
{
    gen_csv g;
    gen_build(&g, 12000, 0x9E3779B9u);
    CU_ASSERT_FATAL(g.len > 200000); /* more than any sane read chunk */
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_mem(g.buf, g.len, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, g.want.n);
    CU_ASSERT(same_records(&c, 0, &g.want, 0, g.want.n, "buffer"));
    CU_ASSERT(stats_are(&st, g.len, g.lines, g.blank, (long)g.want.n));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);

    CU_ASSERT_EQUAL(read_file_bytes(g.buf, g.len, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, g.want.n);
    CU_ASSERT(same_records(&c, 0, &g.want, 0, g.want.n, "file"));
    CU_ASSERT(stats_are(&st, g.len, g.lines, g.blank, (long)g.want.n));
    CU_ASSERT_TRUE(st.ended_clean);
    collector_free(&c);
    gen_free(&g);
}

/* A stop from the callback in a later batch of the threaded tokeniser: the
 * records up to it and no more, as when reading sequentially. */
static void test_generated_stop(void)
{
    gen_csv g;
    gen_build(&g, 12000, 0x51ED2705u);
    collector c = {.stop_at = 9001, .stop_value = 5};
    ra_csv_stats st;
    CU_ASSERT_EQUAL(read_file_bytes(g.buf, g.len, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL(c.n, 9001);
    CU_ASSERT_EQUAL(st.records, 9001);
    CU_ASSERT_EQUAL(st.stopped, 5);
    CU_ASSERT(same_records(&c, 0, &g.want, 0, 9001, "file"));
    collector_free(&c);
    gen_free(&g);
}

static long count_lf(const char *s, size_t from, size_t to)
{
    long n = 0;
    for (size_t i = from; i < to; i++)
        n += s[i] == '\n';
    return n;
}

static void test_find_split_generated(void)
{
    gen_csv g;
    gen_build(&g, 3000, 12345u);

    /* Every 37th target: the first boundary at or after it, and its LF count. */
    bool all_ok = true;
    for (size_t t = 1; t <= g.len && all_ok; t += 37) {
        size_t want = t;
        while (want < g.len && !g.boundary[want])
            want++;
        long lines = -1;
        size_t got = ra_csv_find_split(g.buf, g.len, 0, t, &lines);
        if (got != want || lines != count_lf(g.buf, 0, want)) {
            fprintf(stderr, "\n  find_split(target %zu): want %zu (%ld LFs), got %zu (%ld)\n", t,
                    want, count_lf(g.buf, 0, want), got, lines);
            all_ok = false;
        }
    }
    CU_ASSERT(all_ok);

    /* Reading the two parts gives the records of the whole, numbered the same. */
    const size_t targets[] = {1, g.len / 7, g.len / 3, g.len / 2, 2 * g.len / 3, g.len - 3};
    ra_csv_limits lim;
    ra_csv_limits_default(&lim);
    for (size_t ti = 0; ti < sizeof targets / sizeof *targets; ti++) {
        long lines = -1;
        size_t split = ra_csv_find_split(g.buf, g.len, 0, targets[ti], &lines);
        CU_ASSERT_FATAL(split >= targets[ti] && split <= g.len);
        CU_ASSERT(split == g.len || g.boundary[split]);
        CU_ASSERT_EQUAL(lines, count_lf(g.buf, 0, split));

        collector a = {0}, b = {0};
        ra_csv_stats sa, sb;
        ra_error err;
        ra_error_clear(&err);
        CU_ASSERT_EQUAL(ra_csv_read_buffer(g.buf, split, 1, 0, &lim, collect, &a, &sa, &err),
                        RA_OK);
        CU_ASSERT_TRUE(sa.ended_clean);
        CU_ASSERT_EQUAL(sa.lines, lines);
        CU_ASSERT_EQUAL(ra_csv_read_buffer(g.buf + split, g.len - split, lines + 1, split, &lim,
                                           collect, &b, &sb, &err),
                        RA_OK);
        CU_ASSERT_TRUE(sb.ended_clean);
        CU_ASSERT_EQUAL(a.n + b.n, g.want.n);
        CU_ASSERT(same_records(&a, 0, &g.want, 0, a.n, "part 1"));
        CU_ASSERT(same_records(&b, 0, &g.want, a.n, b.n, "part 2"));
        CU_ASSERT_EQUAL(sa.lines + sb.lines, g.lines);
        CU_ASSERT_EQUAL(sa.blank_lines + sb.blank_lines, g.blank);
        CU_ASSERT_EQUAL(sa.bytes + sb.bytes, g.len);
        collector_free(&a);
        collector_free(&b);
    }

    /* From a boundary in the middle: LFs are counted from there. */
    long from_lines = -1;
    size_t from = ra_csv_find_split(g.buf, g.len, 0, g.len / 4, &from_lines);
    CU_ASSERT_EQUAL(from_lines, count_lf(g.buf, 0, from));
    long lines = -1;
    size_t split = ra_csv_find_split(g.buf, g.len, from, from + 1000, &lines);
    size_t want = from + 1000;
    while (want < g.len && !g.boundary[want])
        want++;
    CU_ASSERT_EQUAL(split, want);
    CU_ASSERT_EQUAL(lines, count_lf(g.buf, from, want));
    gen_free(&g);
}

/* The look-ahead: on a threaded read, each record peeked is the one the
 * record callback gets RA_CSV_PEEK_AHEAD calls later (within a batch). */
typedef struct {
    long calls, peeks, wrong;
} peek_count;

static int count_call(void *ctx, const ra_csv_record *rec)
{
    peek_count *p = ctx;
    p->calls++;
    char want[32];
    snprintf(want, sizeof want, "r%ld", rec->line);
    if (rec->nstored != 2 || strcmp(rec->fields[0].ptr, want))
        p->wrong++;
    return 0;
}

static void count_peek(void *ctx, const ra_csv_record *rec)
{
    peek_count *p = ctx;
    p->peeks++;
    char want[32];
    snprintf(want, sizeof want, "r%ld", p->calls + 1 + RA_CSV_PEEK_AHEAD);
    if (rec->line != p->calls + 1 + RA_CSV_PEEK_AHEAD || rec->nstored != 2 ||
        strcmp(rec->fields[0].ptr, want))
        p->wrong++;
}

static void test_peek_ahead(void)
{
    size_t cap = 20000 * 16, len = 0;
    char *data = xmalloc(cap);
    for (long line = 1; line <= 20000; line++)
        len += (size_t)snprintf(data + len, cap - len, "r%ld,x\n", line);
    char *path = write_temp(data, len);
    peek_count p = {0};
    ra_csv_stats st;
    ra_error err;
    CU_ASSERT_EQUAL(ra_csv_read_file_mode(path, "peek.csv", NULL, RA_CSV_THREADED, count_call,
                                          count_peek, &p, &st, &err),
                    RA_OK);
    CU_ASSERT_EQUAL(p.calls, 20000);
    CU_ASSERT_EQUAL(p.wrong, 0);
    CU_ASSERT_TRUE(p.peeks > 19000); /* all but the last few of each batch */
    unlink(path);
    free(path);
    free(data);
}

/* ra_csv_record.ascii: true only for a record the reader has checked whole
 * (a line without quotes) and found ASCII without NUL; the loader then skips
 * its per-cell encoding checks, so a false true would let bad bytes in. The
 * sequential and threaded readers must agree (read_file_bytes). */
static void test_ascii_flag(void)
{
    static const char data[] = "id,name\n"       /* 1: plain ASCII */
                               "1,caf\xc3\xa9\n" /* 2: UTF-8 */
                               "2,a\0b\n"        /* 3: NUL */
                               "3,\"quoted\"\n"  /* 4: quoted: not checked */
                               "4,tab\there\r\n" /* 5: CRLF, tab: ASCII */
                               "5,\x7f\x80\n"    /* 6: DEL is ASCII, 0x80 is not */
                               "6,x";            /* 7: no LF: libcsv reads it, unchecked */
    static const bool want[] = {true, false, false, false, true, false, false};
    collector c = {0};
    ra_csv_stats st;
    CU_ASSERT_EQUAL_FATAL(read_file_bytes(data, sizeof data - 1, NULL, &c, &st), RA_OK);
    CU_ASSERT_EQUAL_FATAL(c.n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < c.n; i++)
        if (c.v[i].ascii != want[i]) {
            fprintf(stderr, "record %zu: ascii %d, want %d\n", i + 1, c.v[i].ascii, want[i]);
            CU_FAIL("ascii flag");
        }
    collector_free(&c);
}

/* ---- main ------------------------------------------------------------------------------- */

typedef struct {
    const char *name;
    CU_TestFunc fn;
} test_entry;

static const test_entry tests[] = {
    {"json subset parser", test_json_subset_parser},
    {"ascii flag of a record", test_ascii_flag},
    {"spectrum comma_in_quotes", test_spectrum_comma_in_quotes},
    {"spectrum empty", test_spectrum_empty},
    {"spectrum empty_crlf", test_spectrum_empty_crlf},
    {"spectrum escaped_quotes", test_spectrum_escaped_quotes},
    {"spectrum json", test_spectrum_json},
    {"spectrum newlines", test_spectrum_newlines},
    {"spectrum newlines_crlf", test_spectrum_newlines_crlf},
    {"spectrum quotes_and_newlines", test_spectrum_quotes_and_newlines},
    {"spectrum simple", test_spectrum_simple},
    {"spectrum simple_crlf", test_spectrum_simple_crlf},
    {"spectrum utf8", test_spectrum_utf8},
    {"spectrum newlines_crlf exact", test_spectrum_newlines_crlf_exact},
    {"default limits", test_limits_default},
    {"line numbers", test_line_numbers},
    {"last line with and without LF", test_lines_last_line},
    {"empty fields are records", test_empty_fields_are_records},
    {"CRLF line ends", test_crlf},
    {"CR not before LF is data", test_cr_is_data},
    {"spaces and tabs kept", test_spaces_kept},
    {"BOM in a buffer", test_bom_buffer},
    {"BOM in a file", test_bom_file},
    {"empty input", test_empty_input},
    {"missing file", test_missing_file},
    {"bad quote", test_bad_quote},
    {"bad quote then multi-line record", test_bad_quote_then_multiline},
    {"bad quote in a multi-line record", test_bad_quote_in_multiline_record},
    {"unterminated quote", test_unterminated},
    {"field too big", test_field_too_big},
    {"quoted field too big, next line read", test_quoted_field_too_big},
    {"field too big, 3 MiB", test_field_too_big_huge},
    {"field limit edge, default limits", test_field_limit_default_edge},
    {"record too big", test_record_too_big},
    {"too many columns", test_too_many_columns},
    {"100000 columns", test_hundred_thousand_columns},
    {"callback stop", test_callback_stop},
    {"read_buffer numbering", test_read_buffer_numbering},
    {"find_split small", test_find_split_small},
    {"generated CSV whole", test_generated_whole},
    {"generated CSV, stopped in a later batch", test_generated_stop},
    {"find_split generated", test_find_split_generated},
    {"peek ahead on a threaded read", test_peek_ahead},
};

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite suite = CU_add_suite("csvread", NULL, NULL);
    if (!suite) {
        CU_cleanup_registry();
        return 2;
    }
    for (size_t i = 0; i < sizeof tests / sizeof *tests; i++) {
        if (!CU_add_test(suite, tests[i].name, tests[i].fn)) {
            CU_cleanup_registry();
            return 2;
        }
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_ErrorCode e = CU_get_error();
    CU_cleanup_registry();
    return failed || e != CUE_SUCCESS ? 1 : 0;
}
