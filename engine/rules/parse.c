/* parse.c — recursive descent over the token stream, one function per
 * grammar rule of rules/README.md. Precedence, loosest first:
 * or, and, not, comparison (= != < <= > >= in, not in, ~), + -, * /, unary -. */
#include "parse.h"

#include <stdlib.h>
#include <string.h>

#include "lex.h"

typedef struct {
    ra_lexer lx;
    ra_token tok;         /* current */
    const char *prev_end; /* end of the last token consumed */
    ra_token next;        /* one token of lookahead */
    const char *file;
    ra_arena *arena;
    ra_diags *diags;
    bool nomem;
    bool panic; /* an error was reported: skip to a synchronising keyword */
} parser;

static ra_pos pos_of(const parser *p, const ra_token *t)
{
    (void)p;
    return (ra_pos){p->file, t->line, t->col};
}

static void bump(parser *p)
{
    p->prev_end = p->tok.text + p->tok.len;
    if (p->tok.kind == TK_STRING || p->tok.kind == TK_PERCENT)
        p->prev_end++; /* the closing quote, the '%' */
    p->tok = p->next;
    p->next = ra_lex_next(&p->lx);
}

static void error_at(parser *p, const ra_token *t, const char *hint, const char *what)
{
    if (p->panic)
        return; /* one error per broken statement */
    p->panic = true;
    if (t->kind == TK_ERROR)
        ra_diag_add(p->diags, pos_of(p, t), t->text, t->len, hint,
                    t->len && t->text[0] == '"' ? "unterminated string: %s" : "unexpected text: %s",
                    what);
    else
        ra_diag_add(p->diags, pos_of(p, t), t->text, t->len, hint, "expected %s, found %s", what,
                    ra_tok_name(t->kind));
}

static void *alloc(parser *p, size_t size)
{
    void *m = ra_arena_alloc(p->arena, size);
    if (!m)
        p->nomem = true;
    else
        memset(m, 0, size);
    return m;
}

static const char *tok_str(parser *p, const ra_token *t)
{
    const char *s = ra_arena_strndup(p->arena, t->text, t->len);
    if (!s)
        p->nomem = true;
    return s;
}

/* Appends to an arena array, doubling; old copies are left in the arena. */
static void *push(parser *p, void *arr, size_t *n, size_t elem)
{
    size_t count = *n;
    if ((count & (count - 1)) == 0) { /* 0, 1, 2, 4 ...: grow */
        size_t cap = count ? count * 2 : 1;
        void *na = ra_arena_alloc(p->arena, cap * elem);
        if (!na) {
            p->nomem = true;
            return arr;
        }
        if (count)
            memcpy(na, arr, count * elem);
        arr = na;
    }
    memset((char *)arr + count * elem, 0, elem);
    *n = count + 1;
    return arr;
}

static bool accept(parser *p, ra_tok_kind k)
{
    if (p->tok.kind != k)
        return false;
    bump(p);
    return true;
}

static bool expect(parser *p, ra_tok_kind k, const char *what, const char *hint)
{
    if (accept(p, k))
        return true;
    error_at(p, &p->tok, hint, what);
    return false;
}

static bool accept_word(parser *p, const char *w)
{
    if (!ra_tok_is(&p->tok, w))
        return false;
    bump(p);
    return true;
}

const char *ra_unescape(ra_arena *arena, const char *raw, size_t len)
{
    char *out = ra_arena_alloc(arena, len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = raw[i];
        if (c == '\\' && i + 1 < len) {
            char e = raw[++i];
            c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
            if (e != 'n' && e != 't' && e != '"' && e != '\\') {
                out[n++] = '\\'; /* kept for regular expressions: \b, \d ... */
                c = e;
            }
        }
        out[n++] = c;
    }
    out[n] = '\0';
    return out;
}

static const char *string_value(parser *p)
{
    const char *s = ra_unescape(p->arena, p->tok.text, p->tok.len);
    if (!s)
        p->nomem = true;
    bump(p);
    return s;
}

/* ---- expressions ------------------------------------------------------------ */

static ra_expr *parse_expr(parser *p);
static ra_expr *spanned(parser *p, ra_expr *e, const char *start);

static ra_expr *node(parser *p, ra_expr_kind kind, const ra_token *at)
{
    ra_expr *e = alloc(p, sizeof *e);
    if (e) {
        e->kind = kind;
        e->pos = pos_of(p, at);
    }
    return e;
}

/* Words that start a clause or statement: never a name in an expression, so
 * an expression cut short is reported where it stops, not a clause later. */
static bool is_reserved(const ra_token *t)
{
    static const char *const words[] = {
        "rule", "param", "let", "when",    "message", "cite",    "scope",   "severity", "where",
        "and",  "or",    "in",  "profile", "set",     "disable", "pattern", "unless",   "within"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (ra_tok_is(t, words[i]))
            return true;
    return false;
}

static bool is_aggregate(const ra_token *t)
{
    static const char *const aggs[] = {"sum", "count", "max", "min", "any", "all"};
    for (size_t i = 0; i < sizeof aggs / sizeof aggs[0]; i++)
        if (ra_tok_is(t, aggs[i]))
            return true;
    return false;
}

static bool is_row_kind(const ra_token *t)
{
    return ra_tok_is(t, "fee") || ra_tok_is(t, "document") || ra_tok_is(t, "worker") ||
           ra_tok_is(t, "sentence");
}

/* sum(fee.amount_usd where fee.worker_borne), count(fee where ...), any(fee) */
static ra_expr *parse_aggregate(parser *p, const ra_token *name)
{
    ra_expr *e = node(p, E_AGG, name);
    if (!e)
        return NULL;
    e->name = tok_str(p, name);
    /* A bare row kind (count(fee ...)) or a value expression over one. */
    if (is_row_kind(&p->tok) && p->next.kind != TK_DOT) {
        e->text = tok_str(p, &p->tok);
        bump(p);
    } else {
        e->a = parse_expr(p);
    }
    if (accept_word(p, "where"))
        e->b = parse_expr(p);
    expect(p, TK_RPAREN, "')' to close the aggregate",
           "an aggregate reads like sum(fee.amount_usd where fee.worker_borne)");
    return e;
}

static ra_expr *parse_primary_inner(parser *p);

static ra_expr *parse_primary(parser *p)
{
    const char *start = p->tok.text - (p->tok.kind == TK_STRING);
    return spanned(p, parse_primary_inner(p), start);
}

static ra_expr *parse_primary_inner(parser *p)
{
    ra_token t = p->tok;
    ra_expr *e = NULL;
    switch (t.kind) {
    case TK_NUMBER:
        bump(p);
        /* 1500 SAR: a money literal (currency checked later). */
        if (p->tok.kind == TK_IDENT && p->tok.len == 3 && p->tok.text[0] >= 'A' &&
            p->tok.text[0] <= 'Z') {
            e = node(p, E_MONEY, &t);
            if (e) {
                e->text = tok_str(p, &t);
                e->name = tok_str(p, &p->tok);
            }
            bump(p);
            return e;
        }
        e = node(p, E_NUMBER, &t);
        if (e)
            e->text = tok_str(p, &t);
        return e;
    case TK_PERCENT:
        bump(p);
        e = node(p, E_PERCENT, &t);
        if (e)
            e->text = tok_str(p, &t);
        return e;
    case TK_DATE:
        bump(p);
        e = node(p, E_DATE, &t);
        if (e)
            e->text = tok_str(p, &t);
        return e;
    case TK_STRING:
        e = node(p, E_STRING, &t);
        if (e)
            e->text = string_value(p);
        return e;
    case TK_LPAREN:
        bump(p);
        e = parse_expr(p);
        if (expect(p, TK_RPAREN, "')'", NULL) && e) {
            e->src = t.text; /* the parentheses belong to the operand's text */
            e->src_len = (size_t)(p->prev_end - t.text);
        }
        return e;
    case TK_LBRACKET:
        bump(p);
        e = node(p, E_LIST, &t);
        if (!e)
            return NULL;
        if (!accept(p, TK_RBRACKET)) {
            do {
                ra_expr *item = parse_expr(p);
                e->items = push(p, e->items, &e->nitems, sizeof *e->items);
                if (e->items)
                    e->items[e->nitems - 1] = item;
            } while (accept(p, TK_COMMA) && !p->nomem);
            expect(p, TK_RBRACKET, "']' or ',' in the list", NULL);
        }
        return e;
    case TK_IDENT:
        if (!is_reserved(&t))
            break;
        error_at(p, &t, "the expression before this word is incomplete", "an expression");
        return NULL;
    default:
        error_at(p, &t, "an expression starts with a value, a name or '('", "an expression");
        if (t.kind != TK_EOF)
            bump(p);
        return NULL;
    }

    bump(p);
    if (ra_tok_is(&t, "true") || ra_tok_is(&t, "false")) {
        e = node(p, E_BOOL, &t);
        if (e)
            e->num_value = ra_tok_is(&t, "true");
        return e;
    }
    if (ra_tok_is(&t, "null"))
        return node(p, E_NULL, &t);
    if (ra_tok_is(&t, "all") && p->tok.kind != TK_LPAREN)
        return node(p, E_ALL, &t);
    if (p->tok.kind == TK_LPAREN) {
        bump(p);
        if (is_aggregate(&t))
            return parse_aggregate(p, &t);
        e = node(p, E_CALL, &t);
        if (!e)
            return NULL;
        e->name = tok_str(p, &t);
        if (!accept(p, TK_RPAREN)) {
            do {
                ra_expr *arg = parse_expr(p);
                e->items = push(p, e->items, &e->nitems, sizeof *e->items);
                if (e->items)
                    e->items[e->nitems - 1] = arg;
            } while (accept(p, TK_COMMA) && !p->nomem);
            expect(p, TK_RPAREN, "')' or ',' in the call", NULL);
        }
        return e;
    }
    if (p->tok.kind == TK_DOT) {
        bump(p);
        ra_token f = p->tok;
        if (!expect(p, TK_IDENT, "a field name after '.'", "fields read like fee.amount"))
            return NULL;
        e = node(p, E_FIELD, &t);
        if (e) {
            e->name = tok_str(p, &t);
            e->text = tok_str(p, &f);
        }
        return e;
    }
    e = node(p, E_NAME, &t);
    if (e)
        e->name = tok_str(p, &t);
    return e;
}

static ra_expr *binary(parser *p, ra_op op, ra_expr *a, ra_expr *b, const ra_token *at)
{
    ra_expr *e = node(p, op == OP_NEG || op == OP_NOT ? E_UNARY : E_BINARY, at);
    if (e) {
        e->op = op;
        e->a = a;
        e->b = b;
        if (a && e->kind == E_BINARY) {
            e->pos = a->pos;
            if (a->src)
                spanned(p, e, a->src);
        }
    }
    return e;
}

static ra_expr *parse_unary(parser *p)
{
    if (p->tok.kind == TK_MINUS) {
        ra_token t = p->tok;
        bump(p);
        ra_expr *e = binary(p, OP_NEG, parse_unary(p), NULL, &t);
        if (e)
            e->pos = pos_of(p, &t);
        return spanned(p, e, t.text);
    }
    return parse_primary(p);
}

static ra_expr *parse_mul(parser *p)
{
    ra_expr *e = parse_unary(p);
    while (p->tok.kind == TK_STAR || p->tok.kind == TK_SLASH) {
        ra_token t = p->tok;
        bump(p);
        e = binary(p, t.kind == TK_STAR ? OP_MUL : OP_DIV, e, parse_unary(p), &t);
    }
    return e;
}

static ra_expr *parse_add(parser *p)
{
    ra_expr *e = parse_mul(p);
    while (p->tok.kind == TK_PLUS || p->tok.kind == TK_MINUS) {
        ra_token t = p->tok;
        bump(p);
        e = binary(p, t.kind == TK_PLUS ? OP_ADD : OP_SUB, e, parse_mul(p), &t);
    }
    return e;
}

/* sentence ~ passport_keep [unless negation within 6 words] */
static ra_expr *parse_match(parser *p, ra_expr *subject, const ra_token *at)
{
    ra_expr *e = node(p, E_MATCH, at);
    if (!e)
        return NULL;
    e->a = subject;
    if (subject)
        e->pos = subject->pos;
    if (p->tok.kind != TK_IDENT || is_reserved(&p->tok)) {
        error_at(p, &p->tok, "write: sentence ~ pattern_name", "a pattern name after '~'");
        return NULL;
    }
    e->name = tok_str(p, &p->tok);
    bump(p);
    if (accept_word(p, "unless")) {
        if (p->tok.kind != TK_IDENT || is_reserved(&p->tok)) {
            error_at(p, &p->tok, "write: unless negation within 6 words", "a pattern name");
            return NULL;
        }
        e->text = tok_str(p, &p->tok);
        bump(p);
        ra_token n = p->tok;
        if (!accept_word(p, "within") || n.kind == TK_EOF || p->tok.kind != TK_NUMBER) {
            error_at(p, &p->tok, "write: unless negation within 6 words",
                     "'within N words' after the negation pattern");
            return NULL;
        }
        char *end;
        long k = strtol(p->tok.text, &end, 10);
        if (end != p->tok.text + p->tok.len || k < 0 || k > 1000) {
            error_at(p, &p->tok, "a whole number of words from 0 to 1000", "a word count");
            return NULL;
        }
        e->num_value = (int)k;
        bump(p);
        if (!accept_word(p, "words")) {
            error_at(p, &p->tok, "write: within 6 words", "'words'");
            return NULL;
        }
    }
    if (subject && subject->src)
        spanned(p, e, subject->src);
    return e;
}

static ra_expr *parse_cmp(parser *p)
{
    ra_expr *e = parse_add(p);
    ra_token t = p->tok;
    ra_op op;
    switch (t.kind) {
    case TK_EQ:
        op = OP_EQ;
        break;
    case TK_NE:
        op = OP_NE;
        break;
    case TK_LT:
        op = OP_LT;
        break;
    case TK_LE:
        op = OP_LE;
        break;
    case TK_GT:
        op = OP_GT;
        break;
    case TK_GE:
        op = OP_GE;
        break;
    case TK_TILDE:
        bump(p);
        return parse_match(p, e, &t);
    default:
        if (ra_tok_is(&t, "in")) {
            op = OP_IN;
        } else if (ra_tok_is(&t, "not") && ra_tok_is(&p->next, "in")) {
            bump(p);
            op = OP_NOT_IN;
        } else {
            return e;
        }
    }
    bump(p);
    return binary(p, op, e, parse_add(p), &t);
}

static ra_expr *parse_not(parser *p)
{
    if (ra_tok_is(&p->tok, "not")) {
        ra_token t = p->tok;
        bump(p);
        ra_expr *e = binary(p, OP_NOT, parse_not(p), NULL, &t);
        if (e)
            e->pos = pos_of(p, &t);
        return spanned(p, e, t.text);
    }
    return parse_cmp(p);
}

static ra_expr *parse_and(parser *p)
{
    ra_expr *e = parse_not(p);
    while (ra_tok_is(&p->tok, "and")) {
        ra_token t = p->tok;
        bump(p);
        e = binary(p, OP_AND, e, parse_not(p), &t);
    }
    return e;
}

static ra_expr *parse_expr(parser *p)
{
    ra_expr *e = parse_and(p);
    while (ra_tok_is(&p->tok, "or")) {
        ra_token t = p->tok;
        bump(p);
        e = binary(p, OP_OR, e, parse_and(p), &t);
    }
    return e;
}

/* Records the source text of e: from its first token to the last consumed. */
static ra_expr *spanned(parser *p, ra_expr *e, const char *start)
{
    if (e && !e->src && p->prev_end >= start) {
        e->src = start;
        e->src_len = (size_t)(p->prev_end - start);
    }
    return e;
}

/* table by destination, sector { SA, domestic_work: 1500 SAR   *, *: 0 } */
static ra_expr *parse_table(parser *p, const ra_token *at)
{
    ra_expr *e = node(p, E_TABLE, at);
    if (!e)
        return NULL;
    if (!accept_word(p, "by")) {
        error_at(p, &p->tok, "a table reads: table by destination, sector { SA, care: 1 }",
                 "'by' after 'table'");
        return NULL;
    }
    do {
        if (p->tok.kind != TK_IDENT) {
            error_at(p, &p->tok, "keys are destination, origin, sector or sex", "a table key");
            return NULL;
        }
        e->keys = push(p, e->keys, &e->nkeys, sizeof *e->keys);
        if (e->keys)
            e->keys[e->nkeys - 1] = tok_str(p, &p->tok);
        bump(p);
    } while (accept(p, TK_COMMA) && !p->nomem);
    if (!expect(p, TK_LBRACE, "'{' to open the table", NULL))
        return NULL;
    while (p->tok.kind != TK_RBRACE && p->tok.kind != TK_EOF && !is_reserved(&p->tok) &&
           !p->panic && !p->nomem) {
        e->rows = push(p, e->rows, &e->nrows, sizeof *e->rows);
        if (!e->rows)
            return NULL;
        ra_table_row *row = &e->rows[e->nrows - 1];
        row->pos = pos_of(p, &p->tok);
        row->match = alloc(p, e->nkeys * sizeof *row->match);
        for (size_t k = 0; k < e->nkeys && row->match; k++) {
            if (k && !expect(p, TK_COMMA, "',' between the key values of a row", NULL))
                return NULL;
            if (p->tok.kind == TK_STAR) {
                row->match[k] = "*";
            } else if (p->tok.kind == TK_IDENT) {
                row->match[k] = tok_str(p, &p->tok);
            } else {
                error_at(p, &p->tok, "a row reads: SA, domestic_work: 1500 SAR  (or * for any)",
                         "a key value or '*'");
                return NULL;
            }
            bump(p);
        }
        if (!expect(p, TK_COLON, "':' before the row's value", NULL))
            return NULL;
        /* A row's value is one literal: a '*' after it starts the next row. */
        row->value = parse_unary(p);
    }
    expect(p, TK_RBRACE, "'}' to close the table", NULL);
    return e;
}

static ra_expr *parse_param_value(parser *p)
{
    if (ra_tok_is(&p->tok, "table")) {
        ra_token t = p->tok;
        bump(p);
        return parse_table(p, &t);
    }
    return parse_expr(p);
}

/* ---- declarations ------------------------------------------------------------- */

static bool at_statement_start(const parser *p)
{
    static const char *const words[] = {"rule", "param",   "pattern", "profile",
                                        "set",  "disable", "severity"};
    if (p->tok.kind == TK_EOF)
        return true;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (ra_tok_is(&p->tok, words[i]))
            return true;
    return false;
}

/* After an error: skip to the next top-level statement. `severity` is also a
 * rule clause, so inside rules it is not a synchronising point. */
static void synchronise(parser *p, bool in_profile)
{
    while (p->tok.kind != TK_EOF) {
        if (ra_tok_is(&p->tok, "rule") || ra_tok_is(&p->tok, "param") ||
            ra_tok_is(&p->tok, "pattern") || (in_profile && at_statement_start(p)))
            break;
        bump(p);
    }
    p->panic = false;
}

static const char *optional_cite(parser *p)
{
    if (!accept_word(p, "cite"))
        return NULL;
    if (p->tok.kind != TK_STRING) {
        error_at(p, &p->tok, "a citation is a quoted string: cite \"ILO C181 art. 7\"",
                 "a citation string");
        return NULL;
    }
    return string_value(p);
}

static void parse_param(parser *p, ra_ast_file *out)
{
    ra_token at = p->tok;
    bump(p); /* param */
    ra_token name = p->tok;
    if (!expect(p, TK_IDENT, "a parameter name", "param fee_cap_months = 0"))
        return;
    if (!expect(p, TK_EQ, "'=' after the parameter name", NULL))
        return;
    out->params = push(p, out->params, &out->nparams, sizeof *out->params);
    if (!out->params)
        return;
    ra_param_decl *d = &out->params[out->nparams - 1];
    d->name = tok_str(p, &name);
    d->pos = pos_of(p, &at);
    d->value = parse_param_value(p);
    d->cite = optional_cite(p);
}

/* pattern NAME
 *   en "regex"
 *   any "regex" */
static void parse_pattern(parser *p, ra_ast_file *out)
{
    ra_token at = p->tok;
    bump(p); /* pattern */
    ra_token name = p->tok;
    if (name.kind != TK_IDENT || is_reserved(&name)) {
        error_at(p, &name, "pattern passport_keep  en \"...regex...\"", "a pattern name");
        return;
    }
    bump(p);
    out->patterns = push(p, out->patterns, &out->npatterns, sizeof *out->patterns);
    if (!out->patterns)
        return;
    ra_pattern_decl *d = &out->patterns[out->npatterns - 1];
    d->name = tok_str(p, &name);
    d->pos = pos_of(p, &at);
    while (p->tok.kind == TK_IDENT && !is_reserved(&p->tok) && p->next.kind == TK_STRING &&
           !p->nomem) {
        d->alts = push(p, d->alts, &d->nalts, sizeof *d->alts);
        if (!d->alts)
            return;
        ra_pattern_alt *alt = &d->alts[d->nalts - 1];
        alt->lang = tok_str(p, &p->tok);
        bump(p);
        alt->pos = pos_of(p, &p->tok);
        alt->regex = string_value(p);
    }
    if (d->nalts == 0)
        error_at(p, &p->tok, "each line: a language (en, tl, ... or any) and a regex in quotes",
                 "a language and a regular expression");
}

static const char *clause_word(parser *p, const char *clause)
{
    if (p->tok.kind != TK_IDENT || is_reserved(&p->tok)) {
        char hint[96];
        snprintf(hint, sizeof hint, "write e.g. %s",
                 !strcmp(clause, "scope") ? "scope worker" : "severity high");
        error_at(p, &p->tok, hint, clause);
        return NULL;
    }
    const char *w = tok_str(p, &p->tok);
    bump(p);
    return w;
}

static void parse_rule(parser *p, ra_ast_file *out)
{
    ra_token at = p->tok;
    bump(p); /* rule */
    ra_token id = p->tok;
    if (!expect(p, TK_RULE_ID, "a rule id like WRK-001",
                "rule ids are capitals, a dash and digits: rule WRK-001 \"title\""))
        return;
    ra_token title = p->tok;
    if (!expect(p, TK_STRING, "the rule's title in quotes", "rule WRK-001 \"What it finds\""))
        return;
    out->rules = push(p, out->rules, &out->nrules, sizeof *out->rules);
    if (!out->rules)
        return;
    ra_rule_decl *r = &out->rules[out->nrules - 1];
    r->id = tok_str(p, &id);
    r->title = ra_unescape(p->arena, title.text, title.len);
    r->pos = pos_of(p, &at);

    while (!p->panic && !p->nomem) {
        ra_token c = p->tok;
        if (accept_word(p, "scope")) {
            if (r->scope)
                ra_diag_add(p->diags, pos_of(p, &c), c.text, c.len, "keep one scope clause",
                            "a rule has one 'scope'");
            r->scope_pos = pos_of(p, &p->tok);
            r->scope = clause_word(p, "scope");
        } else if (accept_word(p, "severity")) {
            if (r->severity)
                ra_diag_add(p->diags, pos_of(p, &c), c.text, c.len, "keep one severity clause",
                            "a rule has one 'severity'");
            r->severity_pos = pos_of(p, &p->tok);
            r->severity = clause_word(p, "severity");
        } else if (ra_tok_is(&c, "cite")) {
            const char *cite = optional_cite(p);
            r->cites = push(p, r->cites, &r->ncites, sizeof *r->cites);
            if (r->cites)
                r->cites[r->ncites - 1] = cite;
        } else if (accept_word(p, "let")) {
            ra_token name = p->tok;
            if (!expect(p, TK_IDENT, "a name after let", "let paid = sum(...)"))
                break;
            if (!expect(p, TK_EQ, "'=' after the let name", NULL))
                break;
            r->lets = push(p, r->lets, &r->nlets, sizeof *r->lets);
            if (!r->lets)
                break;
            ra_let_decl *l = &r->lets[r->nlets - 1];
            l->name = tok_str(p, &name);
            l->pos = pos_of(p, &name);
            l->value = parse_expr(p);
        } else if (ra_tok_is(&c, "for")) {
            bump(p);
            if (!accept_word(p, "each") || !accept_word(p, "sentence")) {
                error_at(p, &p->tok, "write: for each sentence", "'each sentence' after 'for'");
                break;
            }
            r->per_sentence = true;
        } else if (accept_word(p, "when")) {
            if (r->when) {
                ra_diag_add(p->diags, pos_of(p, &c), c.text, c.len,
                            "join the conditions with 'and'", "a rule has one 'when'");
            }
            r->when = parse_expr(p);
        } else if (accept_word(p, "message")) {
            if (r->message)
                ra_diag_add(p->diags, pos_of(p, &c), c.text, c.len, "keep one message",
                            "a rule has one 'message'");
            r->message_pos = pos_of(p, &p->tok);
            if (p->tok.kind != TK_STRING) {
                error_at(p, &p->tok, "message \"{worker_id} paid {paid:usd}\"",
                         "a message template in quotes");
                break;
            }
            r->message = string_value(p);
        } else if (ra_tok_is(&c, "rule") || ra_tok_is(&c, "param") || ra_tok_is(&c, "pattern") ||
                   c.kind == TK_EOF) {
            break;
        } else {
            error_at(p, &c,
                     "a rule's clauses are scope, severity, cite, for each sentence, let, when "
                     "and message",
                     "a rule clause");
            break;
        }
    }
    r->broken = p->panic; /* its own error is reported; do not also say it is incomplete */
}

static void parse_profile_stmt(parser *p, ra_ast_file *out)
{
    ra_token at = p->tok;
    if (accept_word(p, "profile")) {
        if (p->tok.kind != TK_IDENT) {
            error_at(p, &p->tok, "profile PH \"Philippines\"", "the profile's name");
            return;
        }
        out->profile_name = tok_str(p, &p->tok);
        bump(p);
        if (p->tok.kind == TK_STRING)
            out->profile_title = string_value(p);
        return;
    }
    if (!ra_tok_is(&at, "set") && !ra_tok_is(&at, "disable") && !ra_tok_is(&at, "severity")) {
        error_at(p, &at, "a profile holds profile, set, disable and severity statements",
                 "a profile statement");
        if (at.kind != TK_EOF)
            bump(p); /* go past it, or synchronising would stop here again */
        return;
    }
    out->stmts = push(p, out->stmts, &out->nstmts, sizeof *out->stmts);
    if (!out->stmts)
        return;
    ra_profile_stmt *s = &out->stmts[out->nstmts - 1];
    s->pos = pos_of(p, &at);
    if (accept_word(p, "set")) {
        s->kind = PS_SET;
        if (p->tok.kind != TK_IDENT) {
            error_at(p, &p->tok, "set fee_cap_months = 1 cite \"...\"", "a parameter name");
            return;
        }
        s->target = tok_str(p, &p->tok);
        bump(p);
        if (!expect(p, TK_EQ, "'=' after the parameter name", NULL))
            return;
        s->value = parse_param_value(p);
    } else if (accept_word(p, "disable") || ra_tok_is(&at, "severity")) {
        s->kind = ra_tok_is(&at, "severity") ? PS_SEVERITY : PS_DISABLE;
        if (s->kind == PS_SEVERITY)
            bump(p);
        if (p->tok.kind != TK_RULE_ID) {
            error_at(p, &p->tok, "disable WRK-004 cite \"...\"", "a rule id");
            return;
        }
        s->target = tok_str(p, &p->tok);
        bump(p);
        if (s->kind == PS_SEVERITY)
            s->severity = clause_word(p, "severity");
    } else {
        error_at(p, &at, "a profile holds profile, set, disable and severity statements",
                 "a profile statement");
        return;
    }
    s->cite = optional_cite(p);
}

static void parser_init(parser *p, const char *file, const char *src, size_t len, ra_arena *arena,
                        ra_diags *diags)
{
    memset(p, 0, sizeof *p);
    p->file = file;
    p->arena = arena;
    p->diags = diags;
    ra_lex_init(&p->lx, src, len);
    p->tok = ra_lex_next(&p->lx);
    p->next = ra_lex_next(&p->lx);
}

bool ra_parse_file(const char *file, const char *src, size_t len, bool profile, ra_arena *arena,
                   ra_ast_file *out, ra_diags *diags)
{
    parser p;
    parser_init(&p, file, src, len, arena, diags);
    memset(out, 0, sizeof *out);
    while (p.tok.kind != TK_EOF && !p.nomem) {
        if (profile) {
            parse_profile_stmt(&p, out);
        } else if (ra_tok_is(&p.tok, "param")) {
            parse_param(&p, out);
        } else if (ra_tok_is(&p.tok, "rule")) {
            parse_rule(&p, out);
        } else if (ra_tok_is(&p.tok, "pattern")) {
            parse_pattern(&p, out);
        } else {
            error_at(&p, &p.tok, "a rule file holds param, pattern and rule declarations",
                     "'rule', 'param' or 'pattern'");
        }
        if (p.panic)
            synchronise(&p, profile);
    }
    return !p.nomem;
}

ra_expr *ra_parse_expr(const char *file, const char *src, size_t len, ra_arena *arena,
                       ra_diags *diags)
{
    return ra_parse_expr_at(file, src, len, 1, 1, arena, diags);
}

ra_expr *ra_parse_expr_at(const char *file, const char *src, size_t len, int line, int col,
                          ra_arena *arena, ra_diags *diags)
{
    parser p;
    memset(&p, 0, sizeof p);
    p.file = file;
    p.arena = arena;
    p.diags = diags;
    ra_lex_init(&p.lx, src, len);
    p.lx.line = line;
    p.lx.col = col;
    p.tok = ra_lex_next(&p.lx);
    p.next = ra_lex_next(&p.lx);
    ra_expr *e = parse_expr(&p);
    if (p.tok.kind != TK_EOF)
        error_at(&p, &p.tok, NULL, "the end of the expression");
    return p.panic || p.nomem ? NULL : e;
}
