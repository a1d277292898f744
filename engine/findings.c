/* findings.c — the findings store: records in memory up to a budget, sorted
 * runs in an unlinked temporary file past it, and a k-way merge that reads
 * them back in order. The JSON Lines writer is in findings_json.c. */
#include "findings.h"
#include "findings_internal.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ra_findings_run {
    int fd; /* the store's spill file, or one it adopted */
    uint64_t off, len;
};

/* ---- order ------------------------------------------------------------------------------ */

static int cmp_u32(uint32_t a, uint32_t b)
{
    return a < b ? -1 : a > b;
}

static int cmp_finding(const ra_finding *a, const ra_finding *b)
{
    int c;
    if ((c = cmp_u32(a->scope, b->scope)) || (c = cmp_u32(a->agency, b->agency)) ||
        (c = cmp_u32(a->worker, b->worker)))
        return c;
    if (a->file != b->file && (c = strcmp(a->file ? a->file : "", b->file ? b->file : "")))
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if ((c = cmp_u32(a->rule_rank, b->rule_rank)))
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int cmp_finding_qsort(const void *pa, const void *pb)
{
    return cmp_finding(pa, pb);
}

static int cmp_finding_ptr(const void *pa, const void *pb)
{
    return cmp_finding(*(const ra_finding *const *)pa, *(const ra_finding *const *)pb);
}

/* Already in order? One pass, far cheaper than a sort that finds it so. */
static bool sorted(const ra_finding *v, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (cmp_finding(&v[i - 1], &v[i]) > 0)
            return false;
    return true;
}

/* Rule ranks: the place of each rule's id in strcmp order. */
typedef struct {
    const char *id;
    uint32_t index;
} id_index;

static int cmp_id_index(const void *pa, const void *pb)
{
    const id_index *a = pa, *b = pb;
    int c = strcmp(a->id, b->id);
    return c ? c : cmp_u32(a->index, b->index);
}

/* ---- the store --------------------------------------------------------------------------- */

bool ra_findings_init(ra_findings *f, const ra_pack *pack, size_t budget)
{
    memset(f, 0, sizeof *f);
    f->pack = pack;
    f->budget = budget ? budget : RA_FINDINGS_MEMORY_DEFAULT;
    ra_arena_init(&f->arena, 256 * 1024);
    size_t n = pack ? pack->nrules : 0;
    f->rank = calloc(n ? n : 1, sizeof *f->rank);
    f->by_rule = calloc(n ? n : 1, sizeof *f->by_rule);
    id_index *ids = calloc(n ? n : 1, sizeof *ids);
    if (!f->rank || !f->by_rule || !ids) {
        free(ids);
        f->error = ENOMEM;
        return false;
    }
    for (size_t i = 0; i < n; i++)
        ids[i] = (id_index){pack->rules[i].id, (uint32_t)i};
    qsort(ids, n, sizeof *ids, cmp_id_index);
    for (size_t i = 0; i < n; i++)
        f->rank[ids[i].index] = (uint32_t)i;
    free(ids);
    return true;
}

void ra_findings_free(ra_findings *f)
{
    free(f->rank);
    free(f->by_rule);
    free(f->mem);
    free(f->runs);
    ra_arena_free(&f->arena);
    if (f->spill_open)
        close(f->fd);
    for (size_t i = 0; i < f->nadopted; i++)
        close(f->adopted[i]);
    free(f->adopted);
    memset(f, 0, sizeof *f);
}

int ra_findings_error(const ra_findings *f)
{
    return f->error;
}

bool ra_findings_spilled(const ra_findings *f)
{
    return f->nruns > 0;
}

static size_t mem_bytes(const ra_findings *f)
{
    return f->arena.used_bytes + f->cap * sizeof *f->mem;
}

/* ---- spilling ----------------------------------------------------------------------------- */

/* An unlinked file in $TMPDIR (or /tmp): nothing is left behind, whatever
 * happens to the process, and nobody else can open it. */
static int open_spill(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    char path[4096];
    if (snprintf(path, sizeof path, "%s/recruitaudit-findings-XXXXXX", dir) >= (int)sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    if (unlink(path) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

typedef struct {
    int fd;
    char *buf;
    size_t n, size;
    uint64_t written;
    int error;
} writer;

static void w_flush(writer *w)
{
    size_t done = 0;
    while (!w->error && done < w->n) {
        ssize_t k = write(w->fd, w->buf + done, w->n - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            w->error = k < 0 ? errno : EIO;
        else
            done += (size_t)k;
    }
    w->written += done;
    w->n = 0;
}

static void w_put(writer *w, const void *p, size_t n)
{
    while (n && !w->error) {
        if (w->n == w->size)
            w_flush(w);
        size_t k = w->size - w->n < n ? w->size - w->n : n;
        memcpy(w->buf + w->n, p, k);
        w->n += k;
        p = (const char *)p + k;
        n -= k;
    }
}

void ra_rec_head_of(const ra_finding *x, ra_rec_head *h, const char *s[RA_FS_COUNT])
{
    const char *str[RA_FS_COUNT] = {x->file, x->fee_id, x->contract_id, x->message, x->evidence};
    *h = (ra_rec_head){.size = sizeof *h,
                       .rule = x->rule,
                       .rule_rank = x->rule_rank,
                       .agency = x->agency,
                       .worker = x->worker,
                       .scope = (uint8_t)x->scope,
                       .severity = (uint8_t)x->severity,
                       .line = x->line,
                       .seq = x->seq};
    for (int i = 0; i < RA_FS_COUNT; i++) {
        s[i] = str[i];
        h->len[i] = s[i] ? x->len[i] : RA_REC_NULL;
        if (s[i])
            h->size += h->len[i] + 1;
    }
}

bool ra_rec_decode(const char *p, size_t size, ra_finding *x)
{
    ra_rec_head h;
    if (size < sizeof h) {
        errno = EIO;
        return false;
    }
    memcpy(&h, p, sizeof h);
    const char *at = p + sizeof h, *end = p + size;
    const char *s[RA_FS_COUNT];
    for (int i = 0; i < RA_FS_COUNT; i++) {
        if (h.len[i] == RA_REC_NULL) {
            s[i] = NULL;
            continue;
        }
        if ((size_t)(end - at) <= h.len[i] || at[h.len[i]] != '\0') {
            errno = EIO;
            return false;
        }
        s[i] = at;
        at += h.len[i] + 1;
    }
    *x = (ra_finding){.rule = h.rule,
                      .scope = (ra_scope)h.scope,
                      .severity = (ra_severity)h.severity,
                      .agency = h.agency,
                      .worker = h.worker,
                      .file = s[RA_FS_FILE],
                      .line = (long)h.line,
                      .fee_id = s[RA_FS_FEE],
                      .contract_id = s[RA_FS_CONTRACT],
                      .message = s[RA_FS_MESSAGE],
                      .evidence = s[RA_FS_EVIDENCE],
                      .seq = h.seq,
                      .rule_rank = h.rule_rank};
    for (int i = 0; i < RA_FS_COUNT; i++)
        x->len[i] = s[i] ? h.len[i] : 0;
    return true;
}

static void put_record(writer *w, const ra_finding *x)
{
    ra_rec_head h;
    const char *s[RA_FS_COUNT];
    ra_rec_head_of(x, &h, s);
    w_put(w, &h, sizeof h);
    for (int i = 0; i < RA_FS_COUNT; i++)
        if (s[i]) {
            w_put(w, s[i], h.len[i]);
            w_put(w, "", 1);
        }
}

/* Sorts the batch in memory, appends it to the spill file as one run and
 * empties memory. */
static bool spill(ra_findings *f)
{
    if (!ra_grow((void **)&f->runs, &f->cap_runs, f->nruns + 1, sizeof *f->runs)) {
        f->error = ENOMEM;
        return false;
    }
    if (!f->spill_open) {
        if ((f->fd = open_spill()) < 0) {
            f->error = errno;
            return false;
        }
        f->spill_open = true;
    }
    /* Sorting pointers: no copy of the batch while it is sorted. */
    writer w = {.fd = f->fd, .size = 1 << 20};
    w.buf = malloc(w.size);
    const ra_finding **order = malloc(f->nmem * sizeof *order);
    if (!w.buf || !order) {
        free(w.buf);
        free(order);
        f->error = ENOMEM;
        return false;
    }
    for (size_t i = 0; i < f->nmem; i++)
        order[i] = &f->mem[i];
    if (!sorted(f->mem, f->nmem)) /* findings of rows read in order often are */
        qsort(order, f->nmem, sizeof *order, cmp_finding_ptr);
    for (size_t i = 0; i < f->nmem && !w.error; i++)
        put_record(&w, order[i]);
    w_flush(&w);
    free(w.buf);
    free(order);
    if (w.error) {
        f->error = w.error;
        return false;
    }
    f->runs[f->nruns++] = (ra_findings_run){f->fd, f->fd_size, w.written};
    f->fd_size += w.written;
    f->nmem = 0;
    f->last_file = NULL;
    ra_arena_free(&f->arena);
    ra_arena_init(&f->arena, 256 * 1024);
    return true;
}

/* Copies s into the store; *len is its length when the caller knew it
 * (else 0), and is its length after. */
static const char *copy(ra_findings *f, const char *s, uint32_t *len, bool *ok)
{
    if (!s) {
        *len = 0;
        return NULL;
    }
    size_t n = *len ? *len : strlen(s);
    assert(n == strlen(s));
    const char *c = n < UINT32_MAX ? ra_arena_strndup(&f->arena, s, n) : NULL;
    if (!c)
        *ok = false;
    *len = c ? (uint32_t)n : 0;
    return c;
}

/* A file name: the findings of one file come in runs, and share one copy
 * (which also spares the sort comparing their names). */
static const char *copy_file(ra_findings *f, const char *s, uint32_t *len, bool *ok)
{
    if (s && f->last_file) {
        size_t n = *len ? *len : strlen(s);
        if (n == f->last_file_len && !memcmp(s, f->last_file, n)) {
            *len = (uint32_t)n;
            return f->last_file;
        }
        *len = (uint32_t)n;
    }
    const char *c = copy(f, s, len, ok);
    if (c) {
        f->last_file = c;
        f->last_file_len = *len;
    }
    return c;
}

void ra_findings_write_early(ra_findings *f, ra_findings_early *e)
{
    f->early_writer = e;
    f->early_until = RA_SCOPE_WORKER;
}

bool ra_findings_early_workers(ra_findings *f, bool on)
{
    if (!f->early_writer)
        return false;
    f->early_until = on ? RA_SCOPE_AGENCY : RA_SCOPE_WORKER;
    return true;
}

/* Hands a fee or document (or worker) finding to the early writer: only
 * counted here. */
static bool add_early(ra_findings *f, const ra_finding *item)
{
    if (!f->pack || item->rule >= f->pack->nrules) {
        f->count++; /* counted, never written: ra_findings_write_jsonl skips it too */
        return true;
    }
    ra_finding x = *item;
    const char *s[RA_FS_COUNT] = {x.file, x.fee_id, x.contract_id, x.message, x.evidence};
    for (int i = 0; i < RA_FS_COUNT; i++)
        if (!s[i])
            x.len[i] = 0;
        else if (!x.len[i])
            x.len[i] = (uint32_t)strlen(s[i]);
    x.seq = f->count;
    x.rule_rank = f->rank[item->rule];
    if (!ra_findings_early_put(f->early_writer, &x)) {
        f->error = ra_findings_early_error(f->early_writer);
        return false;
    }
    f->by_rule[item->rule]++;
    f->count++;
    f->early++;
    return true;
}

bool ra_findings_add(ra_findings *f, const ra_finding *item)
{
    if (f->error || f->finished)
        return false;
    if (f->early_writer && item->scope < f->early_until)
        return add_early(f, item);
    if (f->nmem == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 256;
        ra_finding *mem = realloc(f->mem, cap * sizeof *mem);
        if (!mem) {
            f->error = ENOMEM;
            return false;
        }
        f->mem = mem;
        f->cap = cap;
    }
    bool ok = true;
    ra_finding *d = &f->mem[f->nmem];
    *d = *item;
    d->file = copy_file(f, item->file, &d->len[RA_FS_FILE], &ok);
    d->fee_id = copy(f, item->fee_id, &d->len[RA_FS_FEE], &ok);
    d->contract_id = copy(f, item->contract_id, &d->len[RA_FS_CONTRACT], &ok);
    d->message = copy(f, item->message, &d->len[RA_FS_MESSAGE], &ok);
    d->evidence = copy(f, item->evidence, &d->len[RA_FS_EVIDENCE], &ok);
    d->seq = f->count;
    bool known = f->pack && item->rule < f->pack->nrules;
    d->rule_rank = known ? f->rank[item->rule] : UINT32_MAX;
    if (!ok) {
        f->error = ENOMEM;
        return false;
    }
    if (known)
        f->by_rule[item->rule]++;
    f->nmem++;
    f->count++;
    return mem_bytes(f) < f->budget || spill(f);
}

bool ra_findings_finish(ra_findings *f)
{
    if (f->error)
        return false;
    if (!f->finished) {
        f->finished = true;
        if (f->nruns == 0) {
            if (!sorted(f->mem, f->nmem))
                qsort(f->mem, f->nmem, sizeof *f->mem, cmp_finding_qsort);
        } else {
            if (f->nmem && !spill(f))
                return false;
            free(f->mem);
            f->mem = NULL;
            f->cap = 0;
        }
    }
    return true;
}

bool ra_findings_adopt(ra_findings *f, ra_findings *src)
{
    if (f->error || f->finished)
        return false;
    if (!ra_findings_finish(src)) {
        f->error = src->error;
        return false;
    }
    if (!src->nruns) { /* all in memory, in order: copied, and counted as they are */
        for (size_t i = 0; i < src->nmem; i++) {
            if (!ra_findings_add(f, &src->mem[i]))
                return false;
            if (src->pack && src->mem[i].rule < src->pack->nrules)
                src->by_rule[src->mem[i].rule]--;
        }
        src->count -= src->nmem;
        src->nmem = 0;
    } else { /* spilled: the runs and their file change owner, nothing is copied */
        int *adopted = realloc(f->adopted, (f->nadopted + 1) * sizeof *adopted);
        if (adopted)
            f->adopted = adopted;
        if (!adopted ||
            !ra_grow((void **)&f->runs, &f->cap_runs, f->nruns + src->nruns, sizeof *f->runs)) {
            f->error = ENOMEM;
            return false;
        }
        memcpy(f->runs + f->nruns, src->runs, src->nruns * sizeof *src->runs);
        f->nruns += src->nruns;
        f->adopted[f->nadopted++] = src->fd;
        src->spill_open = false;
        src->nruns = 0;
    }
    /* What is left to count: the spilled findings, and those src wrote early. */
    f->count += src->count;
    f->early += src->early;
    for (size_t i = 0; f->pack && i < f->pack->nrules; i++) {
        f->by_rule[i] += src->by_rule[i];
        src->by_rule[i] = 0;
    }
    src->count = src->early = 0;
    return true;
}

/* ---- reading back ------------------------------------------------------------------------- */

typedef struct {
    int fd;
    uint64_t pos, end; /* file offsets still to read */
    char *buf;
    size_t size, at, have; /* bytes [at, have) of buf are read, not yet used */
    ra_finding cur;
} reader;

/* Makes n bytes available at buf + at; false at the end of the run or on
 * an error (errno set; EIO for a short or corrupt run). */
static bool fill(reader *r, size_t n)
{
    if (r->have - r->at >= n)
        return true;
    if (r->at) {
        memmove(r->buf, r->buf + r->at, r->have - r->at);
        r->have -= r->at;
        r->at = 0;
    }
    if (n > r->size) {
        size_t size = r->size;
        while (size < n)
            size *= 2;
        char *buf = realloc(r->buf, size);
        if (!buf) {
            errno = ENOMEM;
            return false;
        }
        r->buf = buf;
        r->size = size;
    }
    while (r->have < n) {
        if (r->pos >= r->end) {
            errno = EIO;
            return false;
        }
        size_t want = r->size - r->have;
        if (want > r->end - r->pos)
            want = (size_t)(r->end - r->pos);
        ssize_t k = pread(r->fd, r->buf + r->have, want, (off_t)r->pos);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (k == 0)
                errno = EIO;
            return false;
        }
        r->have += (size_t)k;
        r->pos += (uint64_t)k;
    }
    return true;
}

/* 1 = a record is in r->cur, 0 = the run is done, -1 = error (errno). */
static int reader_next(reader *r)
{
    if (r->at == r->have && r->pos >= r->end)
        return 0;
    ra_rec_head h;
    if (!fill(r, sizeof h))
        return -1;
    memcpy(&h, r->buf + r->at, sizeof h);
    if (h.size < sizeof h || !fill(r, h.size) || !ra_rec_decode(r->buf + r->at, h.size, &r->cur))
        return -1;
    r->at += h.size;
    return 1;
}

struct ra_findings_iter {
    const ra_findings *f;
    size_t next; /* in memory: the next index */
    reader *readers;
    size_t *heap, nheap; /* reader indices, smallest current record first */
    size_t advance;      /* reader whose record was returned last, or SIZE_MAX */
    int error;
};

static bool heap_less(const ra_findings_iter *it, size_t a, size_t b)
{
    return cmp_finding(&it->readers[it->heap[a]].cur, &it->readers[it->heap[b]].cur) < 0;
}

static void heap_down(ra_findings_iter *it, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < it->nheap && heap_less(it, l, m))
            m = l;
        if (r < it->nheap && heap_less(it, r, m))
            m = r;
        if (m == i)
            return;
        size_t t = it->heap[i];
        it->heap[i] = it->heap[m];
        it->heap[m] = t;
        i = m;
    }
}

ra_findings_iter *ra_findings_iter_new(const ra_findings *f)
{
    ra_findings_iter *it = calloc(1, sizeof *it);
    if (!it)
        return NULL;
    it->f = f;
    it->advance = SIZE_MAX;
    if (!f->nruns)
        return it;
    it->readers = calloc(f->nruns, sizeof *it->readers);
    it->heap = calloc(f->nruns, sizeof *it->heap);
    if (!it->readers || !it->heap) {
        ra_findings_iter_free(it);
        return NULL;
    }
    /* The read buffers share the memory budget: 64 KiB each while the runs
     * are few, down to 4 KiB (a buffer grows for a record larger than it). */
    size_t each = f->budget / f->nruns;
    each = each > 64 * 1024 ? 64 * 1024 : each < 4096 ? 4096 : each;
    for (size_t i = 0; i < f->nruns; i++) {
        reader *r = &it->readers[i];
        *r = (reader){.fd = f->runs[i].fd,
                      .pos = f->runs[i].off,
                      .end = f->runs[i].off + f->runs[i].len,
                      .size = each};
        r->buf = malloc(r->size);
        if (!r->buf) {
            ra_findings_iter_free(it);
            return NULL;
        }
        int k = reader_next(r);
        if (k < 0) {
            it->error = errno;
            break;
        }
        if (k > 0)
            it->heap[it->nheap++] = i;
    }
    for (size_t i = it->nheap / 2; i-- > 0;)
        heap_down(it, i);
    return it;
}

const ra_finding *ra_findings_iter_next(ra_findings_iter *it)
{
    const ra_findings *f = it->f;
    if (it->error)
        return NULL;
    if (!f->nruns)
        return it->next < f->nmem ? &f->mem[it->next++] : NULL;
    if (it->advance != SIZE_MAX) {
        int k = reader_next(&it->readers[it->advance]);
        if (k < 0) {
            it->error = errno;
            return NULL;
        }
        if (k == 0)
            it->heap[0] = it->heap[--it->nheap];
        heap_down(it, 0);
        it->advance = SIZE_MAX;
    }
    if (!it->nheap)
        return NULL;
    it->advance = it->heap[0];
    return &it->readers[it->heap[0]].cur;
}

bool ra_findings_iter_free(ra_findings_iter *it)
{
    if (!it)
        return true;
    int error = it->error;
    if (it->readers)
        for (size_t i = 0; i < it->f->nruns; i++)
            free(it->readers[i].buf);
    free(it->readers);
    free(it->heap);
    free(it);
    if (error)
        errno = error;
    return !error;
}
