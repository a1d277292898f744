/* submission.c — loads the five tables of a submission in dependency order
 * (agencies, workers, rates, fees, documents), through one generic table
 * loader, so that every row ends accepted or rejected with a reason. */
#include "submission.h"

#include "idset.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define RATE_SLOTS (26 * 26 * 26 + 1) /* every packed ISO 4217 code */

/* Rows that name a currency with no rate, per currency, for one note each. */
typedef struct {
    long rows;
    ra_table_id first_table;
    long first_line;
} no_rate_tally;

#define FEE_ID_SAMPLE 4096 /* fee ids read before the id set is sized for the file */

typedef struct loader loader;
typedef void (*row_handler)(loader *L, const ra_csv_record *rec, const ra_cell *cells);

struct loader {
    ra_submission *sub;
    const ra_load_opts *opts;
    ra_error *err;
    ra_status status; /* first hard failure (memory, internal) */
    ra_table_id table;
    const ra_table_schema *schema;
    ra_header_map map;
    bool header_done, header_ok;
    char header_problems[RA_ERROR_MSG_MAX];
    uint32_t allow_empty;
    row_handler handle;
    ra_file_stats *fs;
    ra_rate *authority;     /* --rates, indexed by currency code, or NULL */
    no_rate_tally *no_rate; /* indexed by currency code, allocated lazily */
    ra_idset fee_ids;
    uint64_t file_size;    /* of the file being read, 0 if unknown */
    uint64_t bytes_before; /* CSV bytes of the files read before it, for progress */
    long cur_line;         /* line of the row being handled */
    int sink_stop;
    /* The worker and agency the last fee or document row named (index + 1,
     * 0: none), and the agency id's length: one worker's rows usually follow
     * each other, and a repeat needs no hash lookup. */
    uint32_t last_worker, last_agency;
    size_t last_agency_len;
};

/* ---- small helpers ---------------------------------------------------------- */

static void fail_nomem(loader *L)
{
    if (L->status == RA_OK)
        L->status =
            ra_error_set(L->err, RA_ERR_NOMEM, ra_table_file(L->table), 0, 0, "out of memory");
}

static void add_rejection(loader *L, long line, const char *column, ra_errtype type,
                          const char *reason)
{
    ra_submission *s = L->sub;
    L->fs->rejected++;
    const char *copy = ra_arena_strndup(&s->arena, reason, strlen(reason));
    if (!copy || !ra_grow((void **)&s->rejections, &s->rejections_cap, s->nrejections + 1,
                          sizeof *s->rejections)) {
        fail_nomem(L);
        return;
    }
    s->rejections[s->nrejections++] = (ra_rejection){L->table, line, column, type, copy};
}

static void add_note(loader *L, ra_note_kind kind, ra_table_id table, long line, const char *msg)
{
    ra_submission *s = L->sub;
    const char *copy = ra_arena_strndup(&s->arena, msg, strlen(msg));
    if (!copy || !ra_grow((void **)&s->notes, &s->notes_cap, s->nnotes + 1, sizeof *s->notes)) {
        fail_nomem(L);
        return;
    }
    s->notes[s->nnotes++] = (ra_note){kind, table, line, copy};
}

/* The raw text of a schema column in a record, even when the row is bad. */
static ra_strv raw_cell(const loader *L, const ra_csv_record *rec, int schema_col)
{
    int f = L->map.file_col[schema_col];
    if (f < 0 || (size_t)f >= rec->nstored)
        return (ra_strv){"", 0};
    return rec->fields[f];
}

static const char *arena_str(loader *L, const ra_cell *c)
{
    if (!c->present)
        return NULL;
    const char *s = ra_arena_strndup(&L->sub->arena, c->s.ptr, c->s.len);
    if (!s)
        fail_nomem(L);
    return s;
}

/* A bounded, printable copy of an id for messages. */
#define ID_PREVIEW_MAX (4 * 40 + 4)
static void printable(const ra_strv *v, char out[ID_PREVIEW_MAX])
{
    ra_utf8_preview(v->ptr, v->len, 40, out);
}

static void remember_rejected_id(loader *L, ra_strmap *map, const ra_strv *id, long line)
{
    if (id->len && ra_strmap_put(map, id->ptr, id->len, (uint32_t)line, NULL, NULL) < 0)
        fail_nomem(L);
}

/* Fee ids in a file of `size` bytes when the first FEE_ID_SAMPLE took `sample`
 * bytes, with 5% to spare; never more than one a 16 bytes (a fee row has ten
 * fields), so odd first rows cannot ask for an absurd table. */
static size_t fee_ids_estimate(uint64_t size, uint64_t sample)
{
    double rows = (double)size / (double)sample * FEE_ID_SAMPLE * 1.05;
    double most = (double)size / 16;
    return (size_t)(rows < most ? rows : most);
}

/* ---- parents: foreign keys ------------------------------------------------------- */

/* Resolves an agency id; on failure rejects the row as foreign-key. */
static bool resolve_agency(loader *L, long line, const ra_cell *c, uint32_t *index)
{
    char id[ID_PREVIEW_MAX], reason[512];
    uint32_t k = L->last_agency;
    if (k && c->s.len == L->last_agency_len &&
        !memcmp(c->s.ptr, L->sub->agencies[k - 1].id, c->s.len)) {
        *index = k - 1;
        return true;
    }
    if (ra_strmap_get(&L->sub->agency_ids, c->s.ptr, c->s.len, index)) {
        L->last_agency = *index + 1;
        L->last_agency_len = c->s.len;
        return true;
    }
    printable(&c->s, id);
    uint32_t parent_line;
    if (ra_strmap_get(&L->sub->rejected_agencies, c->s.ptr, c->s.len, &parent_line))
        snprintf(reason, sizeof reason, "agency '%s' was rejected (agencies.csv:%u)", id,
                 parent_line);
    else
        snprintf(reason, sizeof reason, "agency '%s' is not in agencies.csv", id);
    add_rejection(L, line, "agency_id", RA_E_FOREIGN_KEY, reason);
    return false;
}

/* True when worker index i exists and has the id in c. */
static bool worker_is(const loader *L, uint32_t i, const ra_cell *c)
{
    if (i >= L->sub->nworkers)
        return false;
    const char *id = L->sub->workers[i].id;
    return strnlen(id, c->s.len + 1) == c->s.len && !memcmp(c->s.ptr, id, c->s.len);
}

/* Resolves the worker of a fee or document row and checks its agency. Rows
 * usually come worker by worker in the order of workers.csv: the worker of
 * the row before, or the one after it, is tried before the id map, whose
 * million-entry tables miss the caches. */
static bool resolve_worker(loader *L, long line, const ra_cell *worker, const ra_cell *agency,
                           uint32_t *wi, uint32_t *ai)
{
    char id[ID_PREVIEW_MAX], reason[512];
    uint32_t k = L->last_worker; /* index + 1 of the row before's worker; 0: none */
    if (k && worker_is(L, k - 1, worker)) {
        *wi = k - 1;
    } else if (worker_is(L, k, worker)) {
        *wi = k;
        L->last_worker = k + 1;
    } else if (ra_strmap_get(&L->sub->worker_ids, worker->s.ptr, worker->s.len, wi)) {
        L->last_worker = *wi + 1;
    } else {
        printable(&worker->s, id);
        uint32_t parent_line;
        if (ra_strmap_get(&L->sub->rejected_workers, worker->s.ptr, worker->s.len, &parent_line))
            snprintf(reason, sizeof reason, "worker '%s' was rejected (workers.csv:%u)", id,
                     parent_line);
        else
            snprintf(reason, sizeof reason, "worker '%s' is not in workers.csv", id);
        add_rejection(L, line, "worker_id", RA_E_FOREIGN_KEY, reason);
        return false;
    }
    if (!resolve_agency(L, line, agency, ai))
        return false;
    const ra_worker *w = &L->sub->workers[*wi];
    if (w->agency != *ai) {
        char ag[ID_PREVIEW_MAX];
        printable(&worker->s, id);
        printable(&agency->s, ag);
        snprintf(reason, sizeof reason,
                 "worker '%s' belongs to agency '%s' (workers.csv:%ld), not '%s'", id,
                 L->sub->agencies[w->agency].id, w->line, ag);
        add_rejection(L, line, "agency_id", RA_E_FOREIGN_KEY, reason);
        return false;
    }
    return true;
}

static void tally_no_rate(loader *L, ra_code currency, long line)
{
    if (currency == RA_CODE_NONE || L->sub->rate_by_currency[currency])
        return;
    if (!L->no_rate) {
        L->no_rate = calloc(RATE_SLOTS, sizeof *L->no_rate);
        if (!L->no_rate) {
            fail_nomem(L);
            return;
        }
    }
    no_rate_tally *t = &L->no_rate[currency];
    if (t->rows++ == 0) {
        t->first_table = L->table;
        t->first_line = line;
    }
}

/* ---- table handlers: typed cells → records ---------------------------------------- */

/* Claims a row's id in ids (value = the record's index). A duplicate is
 * rejected as unique-error citing the line of the first use. */
typedef long (*line_of_fn)(const ra_submission *s, uint32_t index);

static long agency_line(const ra_submission *s, uint32_t i)
{
    return s->agencies[i].line;
}

static long worker_line(const ra_submission *s, uint32_t i)
{
    return s->workers[i].line;
}

static bool claim_id(loader *L, ra_strmap *ids, const ra_strv *id, uint32_t index,
                     const char *column, line_of_fn line_of, const char **key)
{
    uint32_t first;
    int r = ra_strmap_put(ids, id->ptr, id->len, index, &first, key);
    if (r < 0) {
        fail_nomem(L);
        return false;
    }
    if (r == 0) {
        char text[ID_PREVIEW_MAX], reason[512];
        printable(id, text);
        snprintf(reason, sizeof reason, "%s '%s' is already used at %s:%ld", column, text,
                 ra_table_file(L->table), line_of(L->sub, first));
        add_rejection(L, L->cur_line, column, RA_E_UNIQUE_ERROR, reason);
        return false;
    }
    return true;
}

static void handle_agency(loader *L, const ra_csv_record *rec, const ra_cell *c)
{
    ra_submission *s = L->sub;
    const char *id = NULL;
    if (!claim_id(L, &s->agency_ids, &c[RA_A_ID].s, s->nagencies, "agency_id", agency_line, &id))
        return;
    if (!ra_grow((void **)&s->agencies, &s->agencies_cap, (size_t)s->nagencies + 1,
                 sizeof *s->agencies)) {
        fail_nomem(L);
        return;
    }
    s->agencies[s->nagencies++] = (ra_agency){
        .id = id,
        .name = arena_str(L, &c[RA_A_NAME]),
        .licence_no = arena_str(L, &c[RA_A_LICENCE_NO]),
        .licence_valid_from =
            c[RA_A_VALID_FROM].present ? (ra_date)c[RA_A_VALID_FROM].i : RA_DATE_NULL,
        .licence_valid_until =
            c[RA_A_VALID_UNTIL].present ? (ra_date)c[RA_A_VALID_UNTIL].i : RA_DATE_NULL,
        .country = (ra_code)c[RA_A_COUNTRY].i,
        .line = rec->line,
    };
    L->fs->accepted++;
}

static ra_date opt_date(const ra_cell *c)
{
    return c->present ? (ra_date)c->i : RA_DATE_NULL;
}

static void handle_worker(loader *L, const ra_csv_record *rec, const ra_cell *c)
{
    ra_submission *s = L->sub;
    uint32_t agency;
    if (!resolve_agency(L, rec->line, &c[RA_W_AGENCY], &agency)) {
        remember_rejected_id(L, &s->rejected_workers, &c[RA_W_ID].s, rec->line);
        return;
    }
    const char *id = NULL;
    if (!claim_id(L, &s->worker_ids, &c[RA_W_ID].s, s->nworkers, "worker_id", worker_line, &id))
        return;
    if (!ra_grow((void **)&s->workers, &s->workers_cap, (size_t)s->nworkers + 1,
                 sizeof *s->workers)) {
        fail_nomem(L);
        return;
    }
    ra_worker *w = &s->workers[s->nworkers++];
    *w = (ra_worker){
        .id = id,
        .agency = agency,
        .sex = (ra_sex)c[RA_W_SEX].i,
        .birth_year = c[RA_W_BIRTH_YEAR].present ? (int)c[RA_W_BIRTH_YEAR].i : 0,
        .origin = (ra_code)c[RA_W_ORIGIN].i,
        .destination = (ra_code)c[RA_W_DESTINATION].i,
        .sector = (ra_sector)c[RA_W_SECTOR].i,
        .occupation = arena_str(L, &c[RA_W_OCCUPATION]),
        .wage_usable = c[RA_W_WAGE].present && c[RA_W_WAGE_CURRENCY].present,
        .monthly_wage = c[RA_W_WAGE].i,
        .wage_currency = (ra_code)c[RA_W_WAGE_CURRENCY].i,
        .language = (ra_code)c[RA_W_LANGUAGE].i,
        .contract_id = arena_str(L, &c[RA_W_CONTRACT_ID]),
        .contract_language = (ra_code)c[RA_W_CONTRACT_LANGUAGE].i,
        .contract_signed_on = opt_date(&c[RA_W_CONTRACT_SIGNED_ON]),
        .recruited_on = opt_date(&c[RA_W_RECRUITED_ON]),
        .deployed_on = opt_date(&c[RA_W_DEPLOYED_ON]),
        .line = rec->line,
    };
    if (!w->wage_usable) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "worker '%s' has no usable wage (%s empty): kept and audited, left out of "
                 "wage ratios",
                 id, !c[RA_W_WAGE].present ? "monthly_wage" : "wage_currency");
        add_note(L, RA_NOTE_NO_WAGE, RA_TABLE_WORKERS, rec->line, msg);
    }
    L->fs->accepted++;
}

static void handle_rate(loader *L, const ra_csv_record *rec, const ra_cell *c)
{
    ra_code cur = (ra_code)c[RA_R_CURRENCY].i;
    ra_rate *table = L->sub->rate_by_currency;
    if (table[cur]) {
        char code[RA_CODE_STR_MAX], reason[128];
        ra_currency_str(cur, code);
        snprintf(reason, sizeof reason, "currency %s already has a rate earlier in rates.csv",
                 code);
        add_rejection(L, rec->line, "currency", RA_E_UNIQUE_ERROR, reason);
        return;
    }
    table[cur] = c[RA_R_USD_PER_UNIT].i;
    L->fs->accepted++;
}

static void handle_fee(loader *L, const ra_csv_record *rec, const ra_cell *c)
{
    ra_fee fee;
    if (!resolve_worker(L, rec->line, &c[RA_F_WORKER], &c[RA_F_AGENCY], &fee.worker, &fee.agency))
        return;
    if (c[RA_F_ID].present) {
        bool dup;
        /* After a sample of rows, expect as many more as the file's size says. */
        if (L->fee_ids.count == FEE_ID_SAMPLE && rec->offset > 0 && L->file_size > rec->offset &&
            !ra_idset_expect(&L->fee_ids, fee_ids_estimate(L->file_size, rec->offset))) {
            fail_nomem(L);
            return;
        }
        if (!ra_idset_add(&L->fee_ids, c[RA_F_ID].s.ptr, c[RA_F_ID].s.len, &dup)) {
            fail_nomem(L);
            return;
        }
        if (dup) {
            char id[ID_PREVIEW_MAX], reason[512];
            printable(&c[RA_F_ID].s, id);
            snprintf(reason, sizeof reason, "fee_id '%s' is already used earlier in fees.csv", id);
            add_rejection(L, rec->line, "fee_id", RA_E_UNIQUE_ERROR, reason);
            return;
        }
    }
    fee.fee_id = c[RA_F_ID].present ? c[RA_F_ID].s.ptr : NULL;
    fee.category = (ra_fee_category)c[RA_F_CATEGORY].i;
    fee.amount = c[RA_F_AMOUNT].i;
    fee.currency = (ra_code)c[RA_F_CURRENCY].i;
    fee.usd_known = ra_submission_to_usd(L->sub, fee.currency, fee.amount, &fee.amount_usd);
    if (!fee.usd_known)
        fee.amount_usd = 0;
    fee.paid_by = (ra_payer)c[RA_F_PAID_BY].i;
    fee.paid_on = opt_date(&c[RA_F_PAID_ON]);
    fee.method = (ra_method)c[RA_F_METHOD].i;
    fee.receipt = (ra_tri)c[RA_F_RECEIPT].i;
    fee.disclosed = (ra_tri)c[RA_F_DISCLOSED].i;
    fee.worker_borne = ra_fee_is_worker_borne(fee.paid_by, fee.method);
    fee.line = rec->line;
    tally_no_rate(L, fee.currency, rec->line);
    L->fs->accepted++;
    const ra_load_sink *sink = L->opts->sink;
    if (sink && sink->on_fee && !L->sink_stop)
        L->sink_stop = sink->on_fee(sink->ctx, L->sub, &fee);
}

static void handle_document(loader *L, const ra_csv_record *rec, const ra_cell *c)
{
    ra_document doc;
    if (!resolve_worker(L, rec->line, &c[RA_D_WORKER], &c[RA_D_AGENCY], &doc.worker, &doc.agency))
        return;
    doc.held_from = (ra_date)c[RA_D_HELD_FROM].i;
    doc.held_until = opt_date(&c[RA_D_HELD_UNTIL]);
    if (doc.held_until != RA_DATE_NULL && doc.held_until < doc.held_from) {
        add_rejection(L, rec->line, "held_until", RA_E_CONSTRAINT_ERROR,
                      "held_until is before held_from");
        return;
    }
    doc.document = (ra_doc_kind)c[RA_D_DOCUMENT].i;
    doc.holder = (ra_holder)c[RA_D_HOLDER].i;
    doc.consent = (ra_tri)c[RA_D_CONSENT].i;
    doc.reason = c[RA_D_REASON].present ? c[RA_D_REASON].s.ptr : NULL;
    doc.line = rec->line;
    L->fs->accepted++;
    const ra_load_sink *sink = L->opts->sink;
    if (sink && sink->on_document && !L->sink_stop)
        L->sink_stop = sink->on_document(sink->ctx, L->sub, &doc);
}

/* ---- the generic table loader ------------------------------------------------------ */

static void on_header_issue(void *ctx, const ra_header_issue *is)
{
    loader *L = ctx;
    if (is->is_warning) {
        add_note(L, RA_NOTE_UNKNOWN_COLUMN, L->table, 1, is->msg);
        return;
    }
    size_t n = strlen(L->header_problems);
    snprintf(L->header_problems + n, sizeof L->header_problems - n, "%s%s", n ? "; " : "", is->msg);
}

static void remember_rejected_parent(loader *L, const ra_csv_record *rec)
{
    if (L->table == RA_TABLE_AGENCIES) {
        ra_strv id = raw_cell(L, rec, RA_A_ID);
        remember_rejected_id(L, &L->sub->rejected_agencies, &id, rec->line);
    } else if (L->table == RA_TABLE_WORKERS) {
        ra_strv id = raw_cell(L, rec, RA_W_ID);
        remember_rejected_id(L, &L->sub->rejected_workers, &id, rec->line);
    }
}

static int on_record(void *ctx, const ra_csv_record *rec)
{
    loader *L = ctx;
    if (!L->header_done) {
        L->header_done = true;
        L->header_ok = ra_header_bind(L->schema, rec, &L->map, on_header_issue, L);
        return L->header_ok ? 0 : 1;
    }
    L->fs->read++;
    L->cur_line = rec->line;
    if ((L->fs->read & 4095) == 0)
        ra_progress_set(L->opts->progress, L->bytes_before + rec->offset);
    ra_cell cells[RA_SCHEMA_MAX_COLS];
    ra_reject why;
    if (!ra_row_parse(L->schema, &L->map, rec, L->allow_empty, cells, &why)) {
        add_rejection(L, rec->line, why.column, why.type, why.reason);
        remember_rejected_parent(L, rec);
    } else {
        L->handle(L, rec, cells);
    }
    return L->status != RA_OK || L->sink_stop ? 1 : 0;
}

/* A row a few rows ahead: what the duplicate check of its id will read is
 * fetched from memory now. Eight million fee ids that are not serial, or a
 * million worker ids, fill a table far larger than the caches, and each
 * lookup otherwise waits for memory. A raw field that typing would change
 * only fetches a slot nobody reads. */
static void on_peek(void *ctx, const ra_csv_record *rec)
{
    const loader *L = ctx;
    if (!L->header_ok)
        return;
    if (L->table == RA_TABLE_FEES) {
        ra_strv id = raw_cell(L, rec, RA_F_ID);
        if (id.len)
            ra_idset_prefetch(&L->fee_ids, id.ptr, id.len);
    } else if (L->table == RA_TABLE_WORKERS) {
        ra_strv id = raw_cell(L, rec, RA_W_ID);
        if (id.len)
            ra_strmap_prefetch(&L->sub->worker_ids, id.ptr, id.len);
    }
}

static void path_join(char *out, size_t size, const char *dir, const char *name)
{
    snprintf(out, size, "%s/%s", dir, name);
}

static bool is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The size of a regular file; 0 for anything else. */
static uint64_t regular_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
}

/* Loads one table from `path` (display name `name`). */
static ra_status load_table(loader *L, ra_table_id table, const char *path, const char *name,
                            row_handler handle, uint32_t allow_empty)
{
    L->table = table;
    L->schema = ra_schema_get(table);
    L->handle = handle;
    L->allow_empty = allow_empty;
    L->header_done = L->header_ok = false;
    L->header_problems[0] = '\0';
    L->fs = &L->sub->files[table];
    ra_file_stats *fs = L->fs;
    fs->present = true;
    snprintf(fs->path, sizeof fs->path, "%s", path);
    L->file_size = regular_size(path);

    ra_status st = ra_csv_read_file_mode(path, name, &L->opts->limits, RA_CSV_AUTO, on_record,
                                         on_peek, L, &fs->csv, L->err);
    L->bytes_before += fs->csv.bytes;
    ra_progress_set(L->opts->progress, L->bytes_before);
    if (st == RA_ERR_IO)
        L->err->status = st = RA_ERR_INPUT; /* an input that cannot be read is unusable */
    if (st != RA_OK)
        return st;
    if (L->status != RA_OK)
        return L->status;
    if (L->sink_stop)
        return ra_error_set(L->err, RA_ERR_USAGE, name, 0, 0, "loading stopped by the caller");
    if (!L->header_done)
        return ra_error_set(L->err, RA_ERR_INPUT, name, 0, 0,
                            "the file is empty: a CSV file needs at least a header row");
    if (!L->header_ok)
        return ra_error_set(L->err, RA_ERR_INPUT, name, fs->csv.records ? 1 : 0, 0,
                            "%s; the file cannot be used", L->header_problems);
    if (fs->read != fs->accepted + fs->rejected)
        return ra_error_set(L->err, RA_ERR_INTERNAL, name, 0, 0,
                            "row accounting broken: read %ld != accepted %ld + rejected %ld",
                            fs->read, fs->accepted, fs->rejected);
    return RA_OK;
}

/* ---- rates ---------------------------------------------------------------------------- */

static ra_status load_authority_rates(loader *L, const char *path)
{
    /* The authority's table loads through the same schema into its own array;
     * any bad row makes it unusable: an authority's table is not guessed at. */
    ra_submission *s = L->sub;
    ra_file_stats saved = s->files[RA_TABLE_RATES];
    ra_rate *mine = s->rate_by_currency;
    L->authority = calloc(RATE_SLOTS, sizeof *L->authority);
    if (!L->authority)
        return ra_error_set(L->err, RA_ERR_NOMEM, path, 0, 0, "out of memory");
    s->rate_by_currency = L->authority;
    size_t rejections_before = s->nrejections;
    ra_status st = load_table(L, RA_TABLE_RATES, path, path, handle_rate, 0);
    s->rate_by_currency = mine;
    ra_file_stats auth = s->files[RA_TABLE_RATES];
    s->files[RA_TABLE_RATES] = saved;
    if (st != RA_OK)
        return st;
    if (auth.rejected) {
        const ra_rejection *r = &s->rejections[rejections_before];
        ra_error_set(L->err, RA_ERR_INPUT, path, r->line, 0,
                     "the authority's rate table has %ld bad rows; first: %s: %s", auth.rejected,
                     r->column ? r->column : "row", r->reason);
        s->nrejections = rejections_before;
        return RA_ERR_INPUT;
    }
    return RA_OK;
}

/* Authority rates win; submission rates more than 5% away are noted. */
static void merge_rates(loader *L)
{
    ra_submission *s = L->sub;
    if (!L->authority)
        return;
    for (size_t c = 1; c < RATE_SLOTS; c++) {
        ra_rate a = L->authority[c], mine = s->rate_by_currency[c];
        if (!a)
            continue;
        if (mine) {
            unsigned __int128 diff =
                mine > a ? (unsigned __int128)(mine - a) : (unsigned __int128)(a - mine);
            if (diff * 100 > (unsigned __int128)a * 5) {
                char code[RA_CODE_STR_MAX], ra[RA_MONEY_FMT_MAX], rm[RA_MONEY_FMT_MAX], msg[256];
                ra_currency_str((ra_code)c, code);
                ra_rate_format(a, ra);
                ra_rate_format(mine, rm);
                snprintf(msg, sizeof msg,
                         "rates.csv gives %s at %s USD, more than 5%% away from the authority's "
                         "%s USD; the authority's rate is used",
                         code, rm, ra);
                add_note(L, RA_NOTE_RATE_MISMATCH, RA_TABLE_RATES, 0, msg);
            }
        }
        s->rate_by_currency[c] = a;
    }
}

static void note_missing_rates(loader *L)
{
    ra_submission *s = L->sub;
    for (uint32_t i = 0; i < s->nworkers; i++)
        if (s->workers[i].wage_usable) {
            L->table = RA_TABLE_WORKERS;
            tally_no_rate(L, s->workers[i].wage_currency, s->workers[i].line);
        }
}

static void flush_no_rate_notes(loader *L)
{
    if (!L->no_rate)
        return;
    for (size_t c = 1; c < RATE_SLOTS; c++) {
        const no_rate_tally *t = &L->no_rate[c];
        if (!t->rows)
            continue;
        char code[RA_CODE_STR_MAX], msg[256];
        ra_currency_str((ra_code)c, code);
        snprintf(msg, sizeof msg,
                 "currency %s has no exchange rate: %ld %s kept with the USD value unknown "
                 "(first: %s:%ld)",
                 code, t->rows, t->rows == 1 ? "row" : "rows", ra_table_file(t->first_table),
                 t->first_line);
        add_note(L, RA_NOTE_NO_RATE, t->first_table, t->first_line, msg);
    }
}

/* ---- public ------------------------------------------------------------------------------ */

const char *ra_note_kind_name(ra_note_kind k)
{
    switch (k) {
    case RA_NOTE_UNKNOWN_COLUMN:
        return "unknown-column";
    case RA_NOTE_NO_RATE:
        return "no-rate";
    case RA_NOTE_RATE_MISMATCH:
        return "rate-mismatch";
    case RA_NOTE_NO_WAGE:
        return "no-wage";
    }
    return "note";
}

void ra_load_opts_default(ra_load_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    ra_csv_limits_default(&opts->limits);
}

bool ra_submission_to_usd(const ra_submission *sub, ra_code currency, ra_money amount,
                          ra_money *usd)
{
    ra_rate r = currency ? sub->rate_by_currency[currency] : 0;
    if (!r) {
        char code[RA_CODE_STR_MAX];
        ra_currency_str(currency, code);
        if (strcmp(code, "USD") != 0)
            return false;
        r = RA_RATE_SCALE; /* a dollar is a dollar: no rate is invented */
    }
    return ra_money_to_usd(amount, r, usd);
}

bool ra_submission_find_worker(const ra_submission *sub, const char *id, uint32_t *index)
{
    return ra_strmap_get(&sub->worker_ids, id, strlen(id), index);
}

void ra_submission_free(ra_submission *sub)
{
    if (!sub)
        return;
    free(sub->agencies);
    free(sub->workers);
    free(sub->rejections);
    free(sub->notes);
    free(sub->rate_by_currency);
    ra_strmap_free(&sub->agency_ids);
    ra_strmap_free(&sub->worker_ids);
    ra_strmap_free(&sub->rejected_agencies);
    ra_strmap_free(&sub->rejected_workers);
    ra_arena_free(&sub->arena);
    free(sub);
}

static ra_submission *submission_new(const char *dir)
{
    ra_submission *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    snprintf(s->dir, sizeof s->dir, "%s", dir);
    ra_arena_init(&s->arena, 256 * 1024);
    ra_strmap_init(&s->agency_ids);
    ra_strmap_init(&s->worker_ids);
    ra_strmap_init(&s->rejected_agencies);
    ra_strmap_init(&s->rejected_workers);
    s->rate_by_currency = calloc(RATE_SLOTS, sizeof *s->rate_by_currency);
    if (!s->rate_by_currency) {
        ra_submission_free(s);
        return NULL;
    }
    return s;
}

static ra_status load_all(loader *L, const char *dir)
{
    ra_submission *s = L->sub;
    char path[4200];
    struct stat st;
    if (stat(dir, &st) != 0)
        return ra_error_set(L->err, RA_ERR_INPUT, dir, 0, 0, "cannot open the submission: %s",
                            strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return ra_error_set(L->err, RA_ERR_INPUT, dir, 0, 0,
                            "not a directory: a submission is a directory of CSV files");

    static const struct {
        ra_table_id table;
        bool required;
        row_handler handle;
        uint32_t allow_empty;
    } order[] = {
        {RA_TABLE_AGENCIES, true, handle_agency, 0},
        /* A worker with no wage is kept ("no usable wage"), not rejected. */
        {RA_TABLE_WORKERS, true, handle_worker,
         (UINT32_C(1) << RA_W_WAGE) | (UINT32_C(1) << RA_W_WAGE_CURRENCY)},
        {RA_TABLE_RATES, false, handle_rate, 0},
        {RA_TABLE_FEES, false, handle_fee, 0},
        {RA_TABLE_DOCUMENTS, false, handle_document, 0},
    };
    /* Known before any row streams: audits check contract files per worker. */
    path_join(path, sizeof path, dir, "contracts");
    s->contracts_present = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
    /* Refuse early when a required file is missing, before reading anything. */
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *file = ra_table_file(order[i].table);
        path_join(path, sizeof path, dir, file);
        struct stat fst;
        if (order[i].required && stat(path, &fst) != 0 && errno != ENOENT)
            return ra_error_set(L->err, RA_ERR_INPUT, file, 0, 0,
                                "cannot read the submission %s: %s", dir, strerror(errno));
        if (order[i].required && !is_regular_file(path))
            return ra_error_set(L->err, RA_ERR_INPUT, file, 0, 0,
                                "required file is missing from the submission %s", dir);
    }
    if (L->opts->progress) { /* the bytes to read */
        uint64_t total = L->opts->rates_file ? regular_size(L->opts->rates_file) : 0;
        for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
            path_join(path, sizeof path, dir, ra_table_file(order[i].table));
            total += regular_size(path);
        }
        ra_progress_begin(L->opts->progress, RA_STAGE_LOAD, total);
    }
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        ra_table_id t = order[i].table;
        const char *file = ra_table_file(t);
        path_join(path, sizeof path, dir, file);
        if (t == RA_TABLE_RATES && L->opts->rates_file) {
            ra_status rs = load_authority_rates(L, L->opts->rates_file);
            if (rs != RA_OK)
                return rs;
            snprintf(s->rates_source, sizeof s->rates_source, "%s", L->opts->rates_file);
        }
        if (!is_regular_file(path)) {
            if (t == RA_TABLE_RATES)
                merge_rates(L);
            continue;
        }
        ra_status rs = load_table(L, t, path, file, order[i].handle, order[i].allow_empty);
        if (rs != RA_OK)
            return rs;
        if (t == RA_TABLE_RATES) {
            if (!s->rates_source[0])
                snprintf(s->rates_source, sizeof s->rates_source, "%s", file);
            merge_rates(L);
        }
    }
    note_missing_rates(L);
    flush_no_rate_notes(L);
    return L->status;
}

ra_status ra_submission_load(const char *dir, const ra_load_opts *opts, ra_submission **out,
                             ra_error *err)
{
    ra_load_opts defaults;
    if (!opts) {
        ra_load_opts_default(&defaults);
        opts = &defaults;
    }
    *out = NULL;
    ra_submission *s = submission_new(dir);
    if (!s)
        return ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    s->limits = opts->limits;
    loader L = {.sub = s, .opts = opts, .err = err};
    ra_status st = load_all(&L, dir);
    free(L.authority);
    free(L.no_rate);
    ra_idset_free(&L.fee_ids);
    if (st == RA_OK || st == RA_ERR_INPUT) {
        *out = s;
    } else {
        if (opts->sink && opts->sink->on_abandon)
            opts->sink->on_abandon(opts->sink->ctx);
        ra_submission_free(s);
    }
    return st;
}
