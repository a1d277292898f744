/* findings.c — storage, ordering and JSON Lines output of findings. */
#include "findings.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

void ra_findings_init(ra_findings *f)
{
    memset(f, 0, sizeof *f);
    ra_arena_init(&f->arena, 256 * 1024);
}

void ra_findings_free(ra_findings *f)
{
    free(f->items);
    ra_arena_free(&f->arena);
    memset(f, 0, sizeof *f);
}

static const char *copy(ra_findings *f, const char *s, bool *ok)
{
    if (!s)
        return NULL;
    const char *c = ra_arena_strndup(&f->arena, s, strlen(s));
    if (!c)
        *ok = false;
    return c;
}

bool ra_findings_add(ra_findings *f, const ra_finding *item)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 256;
        ra_finding *items = realloc(f->items, cap * sizeof *items);
        if (!items)
            return false;
        f->items = items;
        f->cap = cap;
    }
    bool ok = true;
    ra_finding *d = &f->items[f->n];
    *d = *item;
    d->file = copy(f, item->file, &ok);
    d->fee_id = copy(f, item->fee_id, &ok);
    d->contract_id = copy(f, item->contract_id, &ok);
    d->message = copy(f, item->message, &ok);
    d->evidence = copy(f, item->evidence, &ok);
    d->seq = f->n;
    if (ok)
        f->n++;
    return ok;
}

/* qsort has no context argument: sort keys carry the rule id pointer. */
typedef struct {
    ra_finding f;
    const char *rule_id;
} keyed;

static int cmp_u32(uint32_t a, uint32_t b)
{
    return a < b ? -1 : a > b;
}

static int cmp_keyed(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c;
    if ((c = cmp_u32(a->f.scope, b->f.scope)))
        return c;
    if ((c = cmp_u32(a->f.agency, b->f.agency)))
        return c;
    if ((c = cmp_u32(a->f.worker, b->f.worker)))
        return c;
    if ((c = strcmp(a->f.file ? a->f.file : "", b->f.file ? b->f.file : "")))
        return c;
    if (a->f.line != b->f.line)
        return a->f.line < b->f.line ? -1 : 1;
    if ((c = strcmp(a->rule_id, b->rule_id)))
        return c;
    return a->f.seq < b->f.seq ? -1 : a->f.seq > b->f.seq;
}

void ra_findings_sort(ra_findings *f, const ra_pack *pack)
{
    if (f->n < 2)
        return;
    keyed *k = malloc(f->n * sizeof *k);
    if (!k) {
        /* Out of memory: fall back to sorting without rule ids. */
        return;
    }
    for (size_t i = 0; i < f->n; i++)
        k[i] = (keyed){f->items[i], pack->rules[f->items[i].rule].id};
    qsort(k, f->n, sizeof *k, cmp_keyed);
    for (size_t i = 0; i < f->n; i++)
        f->items[i] = k[i].f;
    free(k);
}

void ra_json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    size_t len = strlen(s);
    fputc('"', out);
    size_t run = 0; /* start of the pending run of bytes that need no escape */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            continue;
        if (c >= 0x80) {
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (len - i >= want && ra_utf8_check((const unsigned char *)s + i, want) == want) {
                i += want - 1;
                continue;
            }
        }
        fwrite(s + run, 1, i - run, out);
        run = i + 1;
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc(c, out);
        } else if (c == '\n') {
            fputs("\\n", out);
        } else if (c == '\r') {
            fputs("\\r", out);
        } else if (c == '\t') {
            fputs("\\t", out);
        } else if (c < 0x20 || c == 0x7f) {
            fprintf(out, "\\u%04x", c);
        } else {
            fputs("\\ufffd", out); /* a byte that is not valid UTF-8 */
        }
    }
    fwrite(s + run, 1, len - run, out);
    fputc('"', out);
}

bool ra_findings_write_jsonl(const ra_findings *f, const ra_pack *pack, const ra_submission *sub,
                             FILE *out)
{
    for (size_t i = 0; i < f->n; i++) {
        const ra_finding *x = &f->items[i];
        const ra_rule *r = &pack->rules[x->rule];
        fputs("{\"rule\":", out);
        ra_json_string(out, r->id);
        fputs(",\"title\":", out);
        ra_json_string(out, r->title);
        fputs(",\"severity\":", out);
        ra_json_string(out, ra_severity_name(x->severity));
        fputs(",\"scope\":", out);
        ra_json_string(out, ra_scope_name(x->scope));
        fputs(",\"agency_id\":", out);
        ra_json_string(out, x->agency != RA_NONE ? sub->agencies[x->agency].id : NULL);
        fputs(",\"worker_id\":", out);
        ra_json_string(out, x->worker != RA_NONE ? sub->workers[x->worker].id : NULL);
        fputs(",\"contract_id\":", out);
        ra_json_string(out, x->contract_id);
        fputs(",\"fee_id\":", out);
        ra_json_string(out, x->fee_id);
        fputs(",\"file\":", out);
        ra_json_string(out, x->file);
        if (x->line)
            fprintf(out, ",\"line\":%ld", x->line);
        else
            fputs(",\"line\":null", out);
        fputs(",\"message\":", out);
        ra_json_string(out, x->message);
        fputs(",\"evidence\":", out);
        fputs(x->evidence ? x->evidence : "{}", out);
        fputs(",\"citation\":", out);
        ra_json_string(out, r->citation);
        fputs(",\"profile\":", out);
        ra_json_string(out, pack->profile);
        fputs(",\"rules_sha256\":", out);
        ra_json_string(out, pack->sha256);
        fputs("}\n", out);
    }
    return !ferror(out);
}
