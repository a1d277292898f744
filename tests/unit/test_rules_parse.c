/* test_rules_parse.c — the rule language's lexer and parser (engine/rules/lex.h,
 * parse.h and ast.h are the contract).
 *
 * Expression trees are compared as compact S-expressions, so a precedence case is
 * one line; diagnostics are compared by file, line, column (worked out by hand,
 * 1-based, in characters) and offending text, and by a key phrase of the message. */
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "rules/ast.h"
#include "rules/diag.h"
#include "rules/lex.h"
#include "rules/parse.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define FILE_NAME "rules/test.rules"

/* ---- S-expression dump ---------------------------------------------------------- */

typedef struct {
    char s[4096];
    size_t n;
    bool overflow;
} sbuf;

static void put(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(sbuf *b, const char *fmt, ...)
{
    if (b->overflow)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
    va_end(ap);
    if (k < 0 || (size_t)k >= sizeof b->s - b->n) {
        b->overflow = true;
        return;
    }
    b->n += (size_t)k;
}

static const char *op_name(ra_op op)
{
    switch (op) {
    case OP_NEG:
        return "-";
    case OP_NOT:
        return "not";
    case OP_ADD:
        return "+";
    case OP_SUB:
        return "-";
    case OP_MUL:
        return "*";
    case OP_DIV:
        return "/";
    case OP_EQ:
        return "=";
    case OP_NE:
        return "!=";
    case OP_LT:
        return "<";
    case OP_LE:
        return "<=";
    case OP_GT:
        return ">";
    case OP_GE:
        return ">=";
    case OP_AND:
        return "and";
    case OP_OR:
        return "or";
    case OP_IN:
        return "in";
    case OP_NOT_IN:
        return "not-in";
    case OP_MATCH:
        return "~";
    }
    return "?op";
}

/* Numbers, names and fields print as themselves; 10% as 10%; strings in quotes
 * (unescaped text, raw); money (money 1500 SAR); dates (date 2024-02-29); lists
 * [a b]; operators (op a b); calls (call f a b); aggregates (sum value where
 * filter) with a bare row kind as <fee>; tables (table (keys) (k1 k2: value)...);
 * a missing node as ?. */
static void dump(sbuf *b, const ra_expr *e)
{
    if (!e) {
        put(b, "?");
        return;
    }
    switch (e->kind) {
    case E_NUMBER:
        put(b, "%s", e->text);
        break;
    case E_PERCENT:
        put(b, "%s%%", e->text);
        break;
    case E_MONEY:
        put(b, "(money %s %s)", e->text, e->name);
        break;
    case E_STRING:
        put(b, "\"%s\"", e->text);
        break;
    case E_DATE:
        put(b, "(date %s)", e->text);
        break;
    case E_BOOL:
        put(b, "%s", e->num_value ? "true" : "false");
        break;
    case E_NULL:
        put(b, "null");
        break;
    case E_ALL:
        put(b, "all");
        break;
    case E_NAME:
        put(b, "%s", e->name);
        break;
    case E_FIELD:
        put(b, "%s.%s", e->name, e->text);
        break;
    case E_LIST:
        put(b, "[");
        for (size_t i = 0; i < e->nitems; i++) {
            put(b, i ? " " : "");
            dump(b, e->items[i]);
        }
        put(b, "]");
        break;
    case E_UNARY:
        put(b, "(%s ", op_name(e->op));
        dump(b, e->a);
        put(b, ")");
        break;
    case E_BINARY:
        put(b, "(%s ", op_name(e->op));
        dump(b, e->a);
        put(b, " ");
        dump(b, e->b);
        put(b, ")");
        break;
    case E_CALL:
        put(b, "(call %s", e->name);
        for (size_t i = 0; i < e->nitems; i++) {
            put(b, " ");
            dump(b, e->items[i]);
        }
        put(b, ")");
        break;
    case E_AGG:
        put(b, "(%s", e->name);
        if (e->text)
            put(b, " <%s>", e->text);
        if (e->a) {
            put(b, " ");
            dump(b, e->a);
        }
        if (e->b) {
            put(b, " where ");
            dump(b, e->b);
        }
        put(b, ")");
        break;
    case E_MATCH:
        put(b, "(~ ");
        dump(b, e->a);
        if (e->text)
            put(b, " %s unless %s %d)", e->name, e->text, e->num_value);
        else
            put(b, " %s)", e->name);
        break;
    case E_TABLE:
        put(b, "(table (");
        for (size_t k = 0; k < e->nkeys; k++)
            put(b, "%s%s", k ? " " : "", e->keys[k]);
        put(b, ")");
        for (size_t r = 0; r < e->nrows; r++) {
            put(b, " (");
            for (size_t k = 0; k < e->nkeys; k++)
                put(b, "%s%s", k ? " " : "", e->rows[r].match ? e->rows[r].match[k] : "?");
            put(b, ": ");
            dump(b, e->rows[r].value);
            put(b, ")");
        }
        put(b, ")");
        break;
    default:
        put(b, "?kind%d", (int)e->kind);
    }
}

static const char *sexpr(sbuf *b, const ra_expr *e)
{
    b->n = 0;
    b->s[0] = '\0';
    b->overflow = false;
    dump(b, e);
    return b->overflow ? "<overflow>" : b->s;
}

static void print_diags(const ra_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        ra_diag_print(stderr, &d->items[i]);
}

static bool str_eq(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* ---- lexer ----------------------------------------------------------------------- */

typedef struct {
    ra_tok_kind kind;
    const char *text; /* NULL: not checked */
    int line, col;    /* 0: not checked */
} tokspec;

/* Lexes src and compares with want[0..n), then expects TK_EOF. */
static void check_lex(const char *src, const tokspec *want, size_t n)
{
    ra_lexer lx;
    ra_lex_init(&lx, src, strlen(src));
    bool bad = false;
    size_t i = 0;
    ra_token t;
    for (;; i++) {
        t = ra_lex_next(&lx);
        if (i >= n || t.kind == TK_EOF)
            break;
        const tokspec *w = &want[i];
        bool ok = t.kind == w->kind;
        if (w->text)
            ok = ok && t.len == strlen(w->text) && memcmp(t.text, w->text, t.len) == 0;
        if (w->line)
            ok = ok && t.line == w->line && t.col == w->col;
        if (!ok) {
            bad = true;
            fprintf(stderr,
                    "\n  lex \"%s\" token %zu: got %s '%.*s' at %d:%d, want %s '%s' at %d:%d\n",
                    src, i, ra_tok_name(t.kind), (int)t.len, t.text, t.line, t.col,
                    ra_tok_name(w->kind), w->text ? w->text : "", w->line, w->col);
        }
    }
    if (i != n || t.kind != TK_EOF) {
        bad = true;
        fprintf(stderr, "\n  lex \"%s\": %zu tokens before EOF (stopped at %s '%.*s'), want %zu\n",
                src, i, ra_tok_name(t.kind), (int)t.len, t.text, n);
    }
    CU_ASSERT_FALSE(bad);
}

#define LEX(src, ...)                                                                              \
    do {                                                                                           \
        static const tokspec want_[] = {__VA_ARGS__};                                              \
        check_lex(src, want_, COUNT(want_));                                                       \
    } while (0)

static void test_lex_every_kind(void)
{
    LEX("name WRK-001 12 0.5 10% 2024-02-29 \"str\" ( ) [ ] { } , : . * + - / = == != < <= > >= "
        "~ @",
        {TK_IDENT, "name", 1, 1}, {TK_RULE_ID, "WRK-001", 1, 6}, {TK_NUMBER, "12", 1, 14},
        {TK_NUMBER, "0.5", 1, 17}, {TK_PERCENT, "10", 1, 21}, {TK_DATE, "2024-02-29", 1, 25},
        {TK_STRING, "str", 1, 36}, {TK_LPAREN, "(", 1, 42}, {TK_RPAREN, ")", 1, 44},
        {TK_LBRACKET, "[", 1, 46}, {TK_RBRACKET, "]", 1, 48}, {TK_LBRACE, "{", 1, 50},
        {TK_RBRACE, "}", 1, 52}, {TK_COMMA, ",", 1, 54}, {TK_COLON, ":", 1, 56},
        {TK_DOT, ".", 1, 58}, {TK_STAR, "*", 1, 60}, {TK_PLUS, "+", 1, 62}, {TK_MINUS, "-", 1, 64},
        {TK_SLASH, "/", 1, 66}, {TK_EQ, "=", 1, 68}, {TK_EQ, "==", 1, 70}, {TK_NE, "!=", 1, 73},
        {TK_LT, "<", 1, 76}, {TK_LE, "<=", 1, 78}, {TK_GT, ">", 1, 81}, {TK_GE, ">=", 1, 83},
        {TK_TILDE, "~", 1, 86}, {TK_ERROR, "@", 1, 88});
}

static void test_lex_eof(void)
{
    ra_lexer lx;
    const char *src = "  # only a comment";
    ra_lex_init(&lx, src, strlen(src));
    for (int k = 0; k < 3; k++) { /* EOF again and again, at the end of the text */
        ra_token t = ra_lex_next(&lx);
        CU_ASSERT_EQUAL(t.kind, TK_EOF);
        CU_ASSERT_EQUAL(t.len, 0);
        CU_ASSERT_EQUAL(t.line, 1);
        CU_ASSERT_EQUAL(t.col, 19);
    }
    ra_lex_init(&lx, "", 0);
    ra_token t = ra_lex_next(&lx);
    CU_ASSERT_EQUAL(t.kind, TK_EOF);
    CU_ASSERT_EQUAL(t.line, 1);
    CU_ASSERT_EQUAL(t.col, 1);
    /* The length is what counts, not a NUL: "ab" of "abc". */
    ra_lex_init(&lx, "abc", 2);
    t = ra_lex_next(&lx);
    CU_ASSERT_EQUAL(t.kind, TK_IDENT);
    CU_ASSERT_EQUAL(t.len, 2);
    CU_ASSERT_EQUAL(ra_lex_next(&lx).kind, TK_EOF);
}

static void test_lex_positions_utf8(void)
{
    /* Columns count characters: é, ü and ≥ are one column each. Tabs are one. */
    LEX("let x = \"café\" y\n"
        "  # comment é ≥\n"
        "\tz  ü w\n"
        "\n"
        "   \"ü\"≥q",
        {TK_IDENT, "let", 1, 1}, {TK_IDENT, "x", 1, 5}, {TK_EQ, "=", 1, 7},
        {TK_STRING, "café", 1, 9}, {TK_IDENT, "y", 1, 16}, {TK_IDENT, "z", 3, 2},
        {TK_ERROR, "ü", 3, 5}, {TK_IDENT, "w", 3, 7}, {TK_STRING, "ü", 5, 4}, {TK_ERROR, "≥", 5, 7},
        {TK_IDENT, "q", 5, 8});
    /* The EOF token's own position. */
    ra_lexer lx;
    const char *src = "a\n  bé\n";
    ra_lex_init(&lx, src, strlen(src));
    ra_token t = ra_lex_next(&lx);
    t = ra_lex_next(&lx);
    CU_ASSERT(t.kind == TK_IDENT && t.line == 2 && t.col == 3 && t.len == 1);
    t = ra_lex_next(&lx);
    CU_ASSERT(t.kind == TK_ERROR && t.line == 2 && t.col == 4 && t.len == 2);
    t = ra_lex_next(&lx);
    CU_ASSERT(t.kind == TK_EOF && t.line == 3 && t.col == 1);
}

static void test_lex_comments(void)
{
    LEX("a # b c \"not a string\n"
        "#\n"
        "d#e\n"
        "\"# in a string\" # after",
        {TK_IDENT, "a", 1, 1}, {TK_IDENT, "d", 3, 1}, {TK_STRING, "# in a string", 4, 1});
    LEX("# only\n# comments\n");
}

static void test_lex_ids_names_dates_numbers(void)
{
    LEX("WRK-001 W1-2 CTR-010. WRK WRK_1", {TK_RULE_ID, "WRK-001", 1, 1},
        {TK_RULE_ID, "W1-2", 1, 9}, {TK_RULE_ID, "CTR-010", 1, 14}, {TK_DOT, ".", 1, 21},
        {TK_IDENT, "WRK", 1, 23}, {TK_IDENT, "WRK_1", 1, 27});
    /* Not rule ids: lower case, mixed case, no digits, letters after the digits. */
    LEX("wrk-001 Wrk-1 WRK- WRK-001a", {TK_IDENT, "wrk", 1, 1}, {TK_MINUS, "-", 1, 4},
        {TK_NUMBER, "001", 1, 5}, {TK_IDENT, "Wrk", 1, 9}, {TK_MINUS, "-", 1, 12},
        {TK_NUMBER, "1", 1, 13}, {TK_IDENT, "WRK", 1, 15}, {TK_MINUS, "-", 1, 18},
        {TK_IDENT, "WRK", 1, 20}, {TK_MINUS, "-", 1, 23}, {TK_ERROR, "001a", 1, 24});
    LEX("2024-02-29 2024-2-29 2024-02-290", {TK_DATE, "2024-02-29", 1, 1},
        {TK_NUMBER, "2024", 1, 12}, {TK_MINUS, "-", 1, 16}, {TK_NUMBER, "2", 1, 17},
        {TK_MINUS, "-", 1, 18}, {TK_NUMBER, "29", 1, 19}, {TK_NUMBER, "2024", 1, 22},
        {TK_MINUS, "-", 1, 26}, {TK_NUMBER, "02", 1, 27}, {TK_MINUS, "-", 1, 29},
        {TK_NUMBER, "290", 1, 30});
    LEX("2024-02-29x", {TK_NUMBER, "2024", 0, 0}, {TK_MINUS, "-", 0, 0}, {TK_NUMBER, "02", 0, 0},
        {TK_MINUS, "-", 0, 0}, {TK_ERROR, "29x", 1, 9});
    LEX("12 12.5 12. .5 007", {TK_NUMBER, "12", 1, 1}, {TK_NUMBER, "12.5", 1, 4},
        {TK_NUMBER, "12", 1, 9}, {TK_DOT, ".", 1, 11}, {TK_DOT, ".", 1, 13},
        {TK_NUMBER, "5", 1, 14}, {TK_NUMBER, "007", 1, 16});
    /* A percentage's text is the number; the '%' still counts as a column. */
    LEX("10% 12.5%x 0%)", {TK_PERCENT, "10", 1, 1}, {TK_PERCENT, "12.5", 1, 5},
        {TK_IDENT, "x", 1, 10}, {TK_PERCENT, "0", 1, 12}, {TK_RPAREN, ")", 1, 14});
    LEX("% 10 %", {TK_ERROR, "%", 1, 1}, {TK_NUMBER, "10", 1, 3}, {TK_ERROR, "%", 1, 6});
    /* 12abc is one bad token, not a number and a name. */
    LEX("12abc 1.5e3 12abc.def 3_x x", {TK_ERROR, "12abc", 1, 1}, {TK_ERROR, "1.5e3", 1, 7},
        {TK_ERROR, "12abc.def", 1, 13}, {TK_ERROR, "3_x", 1, 23}, {TK_IDENT, "x", 1, 27});
    /* Names: letters, digits and '_', not starting with a digit. */
    LEX("_a a1_b fee.amount_usd", {TK_IDENT, "_a", 1, 1}, {TK_IDENT, "a1_b", 1, 4},
        {TK_IDENT, "fee", 1, 9}, {TK_DOT, ".", 1, 12}, {TK_IDENT, "amount_usd", 1, 13});
}

static void test_lex_strings(void)
{
    /* The text of a string is raw: between the quotes, escapes not yet undone. */
    LEX("\"a\\\"b\" \"\" \"x\\\\\" \"\\bword\\b\" \"# x\"", {TK_STRING, "a\\\"b", 1, 1},
        {TK_STRING, "", 1, 8}, {TK_STRING, "x\\\\", 1, 11}, {TK_STRING, "\\bword\\b", 1, 17},
        {TK_STRING, "# x", 1, 28});
    /* Unterminated: an error token from the quote to the end of the line; the next
     * line lexes normally. */
    LEX("x \"abc\ny \"", {TK_IDENT, "x", 1, 1}, {TK_ERROR, "\"abc", 1, 3}, {TK_IDENT, "y", 2, 1},
        {TK_ERROR, "\"", 2, 3});
    /* An escaped quote does not close; a backslash before the newline escapes nothing. */
    LEX("\"a\\\" b\n\"c\\\nd", {TK_ERROR, "\"a\\\" b", 1, 1}, {TK_ERROR, "\"c\\", 2, 1},
        {TK_IDENT, "d", 3, 1});
    LEX("\"end\\", {TK_ERROR, "\"end\\", 1, 1});
}

static void test_lex_operators(void)
{
    LEX("<==>=<!===!~=<>", {TK_LE, "<=", 1, 1}, {TK_EQ, "=", 1, 3}, {TK_GE, ">=", 1, 4},
        {TK_LT, "<", 1, 6}, {TK_NE, "!=", 1, 7}, {TK_EQ, "==", 1, 9}, {TK_ERROR, "!", 1, 11},
        {TK_TILDE, "~", 1, 12}, {TK_EQ, "=", 1, 13}, {TK_LT, "<", 1, 14}, {TK_GT, ">", 1, 15});
    LEX("a-b*c/d", {TK_IDENT, "a", 0, 0}, {TK_MINUS, "-", 0, 0}, {TK_IDENT, "b", 0, 0},
        {TK_STAR, "*", 0, 0}, {TK_IDENT, "c", 0, 0}, {TK_SLASH, "/", 0, 0}, {TK_IDENT, "d", 1, 7});
    LEX("f(x,[y]):{z}", {TK_IDENT, "f", 0, 0}, {TK_LPAREN, "(", 0, 0}, {TK_IDENT, "x", 0, 0},
        {TK_COMMA, ",", 0, 0}, {TK_LBRACKET, "[", 0, 0}, {TK_IDENT, "y", 0, 0},
        {TK_RBRACKET, "]", 0, 0}, {TK_RPAREN, ")", 0, 0}, {TK_COLON, ":", 0, 0},
        {TK_LBRACE, "{", 0, 0}, {TK_IDENT, "z", 0, 0}, {TK_RBRACE, "}", 1, 12});
}

static void test_lex_continues_after_errors(void)
{
    LEX("a @ b $ 12abc c ; \"open\nd € e", {TK_IDENT, "a", 1, 1}, {TK_ERROR, "@", 1, 3},
        {TK_IDENT, "b", 1, 5}, {TK_ERROR, "$", 1, 7}, {TK_ERROR, "12abc", 1, 9},
        {TK_IDENT, "c", 1, 15}, {TK_ERROR, ";", 1, 17}, {TK_ERROR, "\"open", 1, 19},
        {TK_IDENT, "d", 2, 1}, {TK_ERROR, "€", 2, 3}, {TK_IDENT, "e", 2, 5});
    /* A NUL byte inside the buffer is a bad character too, not the end. */
    ra_lexer lx;
    ra_lex_init(&lx, "a\0b", 3);
    CU_ASSERT_EQUAL(ra_lex_next(&lx).kind, TK_IDENT);
    ra_token t = ra_lex_next(&lx);
    CU_ASSERT(t.kind == TK_ERROR && t.len == 1 && t.col == 2);
    t = ra_lex_next(&lx);
    CU_ASSERT(t.kind == TK_IDENT && t.col == 3);
    CU_ASSERT_EQUAL(ra_lex_next(&lx).kind, TK_EOF);
}

static void test_lex_no_newline_tokens_and_names(void)
{
    LEX("a\n\n\r\nb\r\n", {TK_IDENT, "a", 1, 1}, {TK_IDENT, "b", 4, 1});
    /* Every kind has a name; keywords are identifiers checked by word. */
    for (int k = TK_EOF; k <= TK_ERROR; k++) {
        const char *nm = ra_tok_name((ra_tok_kind)k);
        CU_ASSERT_PTR_NOT_NULL(nm);
        CU_ASSERT(nm && nm[0] != '\0');
    }
    CU_ASSERT_STRING_EQUAL(ra_tok_name(TK_RULE_ID), "rule id");
    CU_ASSERT_STRING_EQUAL(ra_tok_name(TK_EOF), "end of file");
    CU_ASSERT_STRING_EQUAL(ra_tok_name(TK_NE), "'!='");
    ra_lexer lx;
    ra_lex_init(&lx, "rule rules WRK-001", 18);
    ra_token t = ra_lex_next(&lx);
    CU_ASSERT_TRUE(ra_tok_is(&t, "rule"));
    CU_ASSERT_FALSE(ra_tok_is(&t, "rules"));
    CU_ASSERT_FALSE(ra_tok_is(&t, "rul"));
    t = ra_lex_next(&lx);
    CU_ASSERT_FALSE(ra_tok_is(&t, "rule"));
    CU_ASSERT_TRUE(ra_tok_is(&t, "rules"));
    t = ra_lex_next(&lx);
    CU_ASSERT_FALSE(ra_tok_is(&t, "WRK-001")); /* a rule id is not a word */
}

/* ---- expressions ----------------------------------------------------------------- */

static void check_expr(const char *src, const char *want)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    ra_expr *e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    sbuf b;
    const char *got = sexpr(&b, e);
    CU_ASSERT_PTR_NOT_NULL(e);
    CU_ASSERT_EQUAL(diags.n, 0);
    CU_ASSERT_STRING_EQUAL(got, want);
    if (!e || diags.n || strcmp(got, want) != 0) {
        fprintf(stderr, "\n  expr \"%s\"\n    got  %s\n    want %s\n", src, got, want);
        print_diags(&diags);
    }
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

/* One diagnostic, at line:col, with the offending text and msg_part in its message. */
static bool diag_is(const ra_diag *d, const char *file, int line, int col, const char *text,
                    const char *msg_part)
{
    return strcmp(d->file, file) == 0 && d->line == line && d->col == col &&
           strcmp(d->text, text) == 0 && strstr(d->msg, msg_part) != NULL;
}

static void check_diag(const ra_diags *ds, size_t i, int line, int col, const char *text,
                       const char *msg_part)
{
    bool ok = i < ds->n && diag_is(&ds->items[i], FILE_NAME, line, col, text, msg_part);
    CU_ASSERT_TRUE(ok);
    if (!ok) {
        fprintf(stderr, "\n  diagnostic %zu: want %s:%d:%d '%s' (message with \"%s\"), got:\n", i,
                FILE_NAME, line, col, text, msg_part);
        print_diags(ds);
    }
}

static void check_expr_error(const char *src, int line, int col, const char *text,
                             const char *msg_part)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    ra_expr *e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_EQUAL(diags.n, 1);
    if (e || diags.n != 1)
        fprintf(stderr, "\n  expr \"%s\": want NULL and one diagnostic, got %s and %zu\n", src,
                e ? "a tree" : "NULL", diags.n);
    check_diag(&diags, 0, line, col, text, msg_part);
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static void test_expr_precedence(void)
{
    check_expr("wage_usd > 0 and paid / wage_usd > fee_cap_months",
               "(and (> wage_usd 0) (> (/ paid wage_usd) fee_cap_months))");
    check_expr("a or b and c", "(or a (and b c))");
    check_expr("a and b or c", "(or (and a b) c)");
    check_expr("not a and b", "(and (not a) b)");
    check_expr("a or not b", "(or a (not b))");
    check_expr("not a = b", "(not (= a b))");
    check_expr("a = b + c", "(= a (+ b c))");
    check_expr("a + b = c", "(= (+ a b) c)");
    check_expr("a + b * c", "(+ a (* b c))");
    check_expr("a * b + c", "(+ (* a b) c)");
    check_expr("a - b / c", "(- a (/ b c))");
    check_expr("-a * b", "(* (- a) b)");
    check_expr("a * -b", "(* a (- b))");
    check_expr("-a.b + 1", "(+ (- a.b) 1)");
    check_expr("a + b * c - d / e", "(- (+ a (* b c)) (/ d e))");
    check_expr("a - b * -c / d", "(- a (/ (* b (- c)) d))");
    check_expr("a + 1 < b * 2 or not sentence ~ x and d",
               "(or (< (+ a 1) (* b 2)) (and (not (~ sentence x)) d))");
    check_expr("(a or b) and c", "(and (or a b) c)");
    check_expr("a * (b + c)", "(* a (+ b c))");
    check_expr("((a))", "a");
    check_expr("-(a - b)", "(- (- a b))");
}

static void test_expr_associativity(void)
{
    check_expr("a - b - c", "(- (- a b) c)");
    check_expr("a + b - c + d", "(+ (- (+ a b) c) d)");
    check_expr("a / b / c", "(/ (/ a b) c)");
    check_expr("a * b / c * d", "(* (/ (* a b) c) d)");
    check_expr("a or b or c", "(or (or a b) c)");
    check_expr("a and b and c", "(and (and a b) c)");
    check_expr("a - -b", "(- a (- b))");
    check_expr("--a", "(- (- a))");
    check_expr("- - - a", "(- (- (- a)))");
    check_expr("not not a", "(not (not a))");
    check_expr("a - (b - c)", "(- a (- b c))");
}

static void test_expr_comparisons(void)
{
    check_expr("a = b", "(= a b)");
    check_expr("a == b", "(= a b)");
    check_expr("a != b", "(!= a b)");
    check_expr("a < b", "(< a b)");
    check_expr("a <= b", "(<= a b)");
    check_expr("a > b", "(> a b)");
    check_expr("a >= b", "(>= a b)");
    check_expr("sentence ~ passport_keep", "(~ sentence passport_keep)");
    check_expr("sentence ~ passport_keep unless negation within 6 words",
               "(~ sentence passport_keep unless negation 6)");
    check_expr("x in [1, 2]", "(in x [1 2])");
    check_expr("x in employer_pays_categories", "(in x employer_pays_categories)");
    check_expr("fee.category not in [\"visa\", \"medical\"]",
               "(not-in fee.category [\"visa\" \"medical\"])");
    check_expr("not x in [\"a\"]", "(not (in x [\"a\"]))");
    check_expr("a + 1 not in b", "(not-in (+ a 1) b)");
    check_expr("x not in [] and y", "(and (not-in x []) y)");
    check_expr("a in b or sentence ~ d", "(or (in a b) (~ sentence d))");
    /* Comparisons do not chain: a < b < c is an error at the second '<'. */
    check_expr_error("a < b < c", 1, 7, "<", "end of the expression");
}

static void test_expr_literals(void)
{
    check_expr("12", "12");
    check_expr("0.5", "0.5");
    check_expr("10%", "10%");
    check_expr("12.5%", "12.5%");
    check_expr("1500 SAR", "(money 1500 SAR)");
    check_expr("4990.50 HKD", "(money 4990.50 HKD)");
    check_expr("paid > 1500 SAR and x", "(and (> paid (money 1500 SAR)) x)");
    check_expr("x > 1 and y", "(and (> x 1) y)"); /* 'and' is not a currency */
    check_expr("2024-02-29", "(date 2024-02-29)");
    check_expr("deployed_on - contract.signed_on > 30",
               "(> (- deployed_on contract.signed_on) 30)");
    check_expr("\"text\"", "\"text\"");
    check_expr("true", "true");
    check_expr("false", "false");
    check_expr("null", "null");
    check_expr("all", "all");
    check_expr("[]", "[]");
    check_expr("[1, \"a\", b, 10%, [c]]", "[1 \"a\" b 10% [c]]");
    check_expr("fee.amount", "fee.amount");
    check_expr("x = null or y != true", "(or (= x null) (!= y true))");

    /* The nodes themselves, not only their printing. */
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    ra_expr *e = ra_parse_expr(FILE_NAME, "1500 SAR", 8, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_EQUAL(e->kind, E_MONEY);
    CU_ASSERT(str_eq(e->text, "1500") && str_eq(e->name, "SAR"));
    e = ra_parse_expr(FILE_NAME, "10%", 3, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_PERCENT && str_eq(e->text, "10"));
    e = ra_parse_expr(FILE_NAME, "2024-02-29", 10, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_DATE && str_eq(e->text, "2024-02-29"));
    e = ra_parse_expr(FILE_NAME, "true", 4, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_BOOL && e->num_value == 1);
    e = ra_parse_expr(FILE_NAME, "false", 5, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_BOOL && e->num_value == 0);
    e = ra_parse_expr(FILE_NAME, "fee.amount", 10, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_FIELD && str_eq(e->name, "fee") && str_eq(e->text, "amount"));
    e = ra_parse_expr(FILE_NAME, "12.50", 5, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_NUMBER && str_eq(e->text, "12.50"));
    CU_ASSERT_EQUAL(diags.n, 0);
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static void test_expr_strings_and_unescape(void)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    /* Source: "q\"b\\c\nd\te\bf\dg" */
    const char *src = "\"q\\\"b\\\\c\\nd\\te\\bf\\dg\"";
    ra_expr *e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_EQUAL(e->kind, E_STRING);
    CU_ASSERT_STRING_EQUAL(e->text, "q\"b\\c\nd\te\\bf\\dg");
    CU_ASSERT_EQUAL(diags.n, 0);

    const char *u = ra_unescape(&arena, "\\bpass(port)?\\b", strlen("\\bpass(port)?\\b"));
    CU_ASSERT_STRING_EQUAL(u, "\\bpass(port)?\\b");
    u = ra_unescape(&arena, "a\\\\b", 4); /* \\ is one backslash */
    CU_ASSERT_STRING_EQUAL(u, "a\\b");
    u = ra_unescape(&arena, "\\n\\t\\\"", 6);
    CU_ASSERT_STRING_EQUAL(u, "\n\t\"");
    u = ra_unescape(&arena, "", 0);
    CU_ASSERT_STRING_EQUAL(u, "");
    u = ra_unescape(&arena, "ab\\", 3); /* a lone backslash at the end stays */
    CU_ASSERT_STRING_EQUAL(u, "ab\\");
    u = ra_unescape(&arena, "x\\ny", 2); /* only len bytes */
    CU_ASSERT_STRING_EQUAL(u, "x\\");
    u = ra_unescape(&arena, "café \\d", 8);
    CU_ASSERT_STRING_EQUAL(u, "café \\d");
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static void test_expr_calls_and_aggregates(void)
{
    check_expr("days(deployed_on, contract.signed_on)",
               "(call days deployed_on contract.signed_on)");
    check_expr("missing(x)", "(call missing x)");
    check_expr("today()", "(call today)");
    check_expr("f(a, b + 1, \"s\", g(c))", "(call f a (+ b 1) \"s\" (call g c))");
    check_expr("f(a) > 0 and g()", "(and (> (call f a) 0) (call g))");
    check_expr("sum(fee.amount_usd where fee.worker_borne)",
               "(sum fee.amount_usd where fee.worker_borne)");
    check_expr("count(fee where fee.worker_borne and fee.amount > 0)",
               "(count <fee> where (and fee.worker_borne (> fee.amount 0)))");
    check_expr("count(fee)", "(count <fee>)");
    check_expr("any(document where document.held_by in [\"agency\", \"employer\"])",
               "(any <document> where (in document.held_by [\"agency\" \"employer\"]))");
    check_expr("all(document where document.consent)", "(all <document> where document.consent)");
    check_expr("max(fee.amount_usd)", "(max fee.amount_usd)");
    check_expr("min(fee.amount_usd * 2 where not fee.refunded)",
               "(min (* fee.amount_usd 2) where (not fee.refunded))");
    check_expr("count(worker where worker.deployed) / count(worker) > systemic_share",
               "(> (/ (count <worker> where worker.deployed) (count <worker>)) systemic_share)");
    check_expr("sum(fee.amount_usd where fee.worker_borne) / wage_usd > fee_cap_months",
               "(> (/ (sum fee.amount_usd where fee.worker_borne) wage_usd) fee_cap_months)");

    /* Node fields of an aggregate. */
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    const char *src = "count(fee where fee.worker_borne)";
    ra_expr *e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT_EQUAL(e->kind, E_AGG);
    CU_ASSERT(str_eq(e->name, "count") && str_eq(e->text, "fee"));
    CU_ASSERT_PTR_NULL(e->a);
    CU_ASSERT(e->b && e->b->kind == E_FIELD && str_eq(e->b->text, "worker_borne"));
    src = "sum(fee.amount_usd)";
    e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_AGG && str_eq(e->name, "sum"));
    CU_ASSERT(e->a && e->a->kind == E_FIELD && str_eq(e->a->name, "fee"));
    CU_ASSERT_PTR_NULL(e->b);
    src = "all";
    e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT(e && e->kind == E_ALL);
    src = "f(x, y)";
    e = ra_parse_expr(FILE_NAME, src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    CU_ASSERT(e->kind == E_CALL && e->nitems == 2 && str_eq(e->name, "f"));
    CU_ASSERT_EQUAL(diags.n, 0);
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static void test_expr_positions(void)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    /* A binary node sits at its left operand; a unary one at its operator. */
    const char *src = "a +\n  b * c\n  - -x";
    ra_expr *e = ra_parse_expr("x.rules", src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL);
    sbuf b;
    CU_ASSERT_STRING_EQUAL(sexpr(&b, e), "(- (+ a (* b c)) (- x))");
    CU_ASSERT(e->pos.line == 1 && e->pos.col == 1 && str_eq(e->pos.file, "x.rules"));
    ra_expr *add = e->a, *neg = e->b;
    CU_ASSERT_FATAL(add && neg && add->b && add->b->b);
    CU_ASSERT(add->pos.line == 1 && add->pos.col == 1);
    CU_ASSERT(add->b->pos.line == 2 && add->b->pos.col == 3);       /* b * c */
    CU_ASSERT(add->b->b->pos.line == 2 && add->b->b->pos.col == 7); /* c */
    CU_ASSERT(neg->pos.line == 3 && neg->pos.col == 5);             /* -x */
    CU_ASSERT(neg->a && neg->a->pos.line == 3 && neg->a->pos.col == 6);
    src = "x = \"é\" and not sum(fee.a)";
    e = ra_parse_expr("x.rules", src, strlen(src), &arena, &diags);
    CU_ASSERT_FATAL(e != NULL && e->b != NULL && e->b->a != NULL);
    CU_ASSERT(e->b->pos.line == 1 && e->b->pos.col == 13);       /* not */
    CU_ASSERT(e->b->a->pos.line == 1 && e->b->a->pos.col == 17); /* sum */
    CU_ASSERT(e->a->b && e->a->b->pos.col == 5);                 /* the string */
    CU_ASSERT_EQUAL(diags.n, 0);
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static bool pos_is_in(ra_pos pos, const char *what, int line, int col)
{
    bool ok = pos.line == line && pos.col == col && str_eq(pos.file, FILE_NAME);
    if (!ok)
        fprintf(stderr, "\n  position of %s: got %d:%d, want %d:%d\n", what, pos.line, pos.col,
                line, col);
    return ok;
}

/* e->src: the expression's own source text, from its first token to its last. */
static bool span_is(const ra_expr *e, const char *want)
{
    bool ok = e && e->src && e->src_len == strlen(want) && memcmp(e->src, want, e->src_len) == 0;
    if (!ok)
        fprintf(stderr, "\n  span: got '%.*s', want '%s'\n", e && e->src ? (int)e->src_len : 6,
                e && e->src ? e->src : "<none>", want);
    return ok;
}

static const ra_expr *parse_one(ra_arena *arena, ra_diags *diags, const char *src)
{
    ra_expr *e = ra_parse_expr(FILE_NAME, src, strlen(src), arena, diags);
    CU_ASSERT_PTR_NOT_NULL(e);
    return e;
}

static void test_expr_source_spans(void)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    const char *src = "wage_usd > 0 and paid / wage_usd > fee_cap_months";
    const ra_expr *e = parse_one(&arena, &diags, src);
    if (e && e->a && e->b) {
        CU_ASSERT_TRUE(span_is(e, src));
        CU_ASSERT_TRUE(span_is(e->a, "wage_usd > 0"));
        CU_ASSERT_TRUE(span_is(e->a->b, "0"));
        CU_ASSERT_TRUE(span_is(e->b, "paid / wage_usd > fee_cap_months"));
        CU_ASSERT_TRUE(span_is(e->b->a, "paid / wage_usd"));
    }
    e = parse_one(&arena, &diags, "x = \"a b\"");
    if (e) {
        CU_ASSERT_TRUE(span_is(e, "x = \"a b\""));
        CU_ASSERT_TRUE(span_is(e->b, "\"a b\"")); /* with its quotes */
    }
    e = parse_one(&arena, &diags, "sentence ~ p unless n within 3 words");
    if (e)
        CU_ASSERT_TRUE(span_is(e, "sentence ~ p unless n within 3 words"));
    e = parse_one(&arena, &diags, "not x in [1, 2]");
    if (e && e->a) {
        CU_ASSERT_TRUE(span_is(e, "not x in [1, 2]"));
        CU_ASSERT_TRUE(span_is(e->a, "x in [1, 2]"));
        CU_ASSERT_TRUE(span_is(e->a->b, "[1, 2]"));
    }
    e = parse_one(&arena, &diags, "-a * b");
    if (e) {
        CU_ASSERT_TRUE(span_is(e, "-a * b"));
        CU_ASSERT_TRUE(span_is(e->a, "-a"));
    }
    e = parse_one(&arena, &diags, "sum(fee.amount_usd where fee.worker_borne) / wage_usd");
    if (e && e->a) {
        CU_ASSERT_TRUE(span_is(e->a, "sum(fee.amount_usd where fee.worker_borne)"));
        CU_ASSERT_TRUE(span_is(e->a->a, "fee.amount_usd"));
        CU_ASSERT_TRUE(span_is(e->a->b, "fee.worker_borne"));
    }
    e = parse_one(&arena, &diags, "f(x, \"y\") = 1500 SAR");
    if (e && e->a && e->a->nitems == 2) {
        CU_ASSERT_TRUE(span_is(e->a, "f(x, \"y\")"));
        CU_ASSERT_TRUE(span_is(e->a->items[1], "\"y\""));
        CU_ASSERT_TRUE(span_is(e->b, "1500 SAR"));
    }
    e = parse_one(&arena, &diags, "a +\n  b  # why");
    CU_ASSERT_TRUE(span_is(e, "a +\n  b"));
    e = parse_one(&arena, &diags, "-(a - b)");
    CU_ASSERT_TRUE(span_is(e, "-(a - b)"));
    e = parse_one(&arena, &diags, "a * (b + c)");
    CU_ASSERT_TRUE(span_is(e, "a * (b + c)"));
    e = parse_one(&arena, &diags, "2024-02-29 - deployed_on");
    CU_ASSERT_TRUE(span_is(e, "2024-02-29 - deployed_on"));
    /* A percentage's span has its '%'; a parenthesised left operand its '('. */
    e = parse_one(&arena, &diags, "share > 10%");
    if (e) {
        CU_ASSERT_TRUE(span_is(e, "share > 10%"));
        CU_ASSERT_TRUE(span_is(e->b, "10%"));
    }
    e = parse_one(&arena, &diags, "(a + b) * c");
    CU_ASSERT_TRUE(span_is(e, "(a + b) * c"));
    e = parse_one(&arena, &diags, "(x or y) and z");
    CU_ASSERT_TRUE(span_is(e, "(x or y) and z"));
    CU_ASSERT_EQUAL(diags.n, 0);
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

/* ra_parse_expr_at: positions counted from a given line:col (a message template's
 * expression), columns in characters, lines restarting at column 1. */
static void test_expr_parse_at(void)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    const char *src = "paid / wage_usd";
    ra_expr *e = ra_parse_expr_at(FILE_NAME, src, strlen(src), 7, 20, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL && e->b != NULL);
    CU_ASSERT_TRUE(pos_is_in(e->pos, "paid", 7, 20));
    CU_ASSERT_TRUE(pos_is_in(e->b->pos, "wage_usd", 7, 27));
    src = "a +\n  b";
    e = ra_parse_expr_at(FILE_NAME, src, strlen(src), 3, 5, &arena, &diags);
    CU_ASSERT_FATAL(e != NULL && e->b != NULL);
    CU_ASSERT_TRUE(pos_is_in(e->b->pos, "b", 4, 3));
    CU_ASSERT_EQUAL(diags.n, 0);
    src = "é + \n  x";
    e = ra_parse_expr_at(FILE_NAME, src, strlen(src), 3, 5, &arena, &diags);
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_EQUAL(diags.n, 1);
    check_diag(&diags, 0, 3, 5, "é", "unexpected text");
    ra_diags_free(&diags);
    src = "paid /\n  )";
    e = ra_parse_expr_at(FILE_NAME, src, strlen(src), 3, 40, &arena, &diags);
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_EQUAL(diags.n, 1);
    check_diag(&diags, 0, 4, 3, ")", "expected an expression");
    ra_diags_free(&diags);
    src = "paid:usd";
    e = ra_parse_expr_at(FILE_NAME, src, strlen(src), 2, 12, &arena, &diags);
    CU_ASSERT_PTR_NULL(e);
    check_diag(&diags, 0, 2, 16, ":", "end of the expression");
    ra_diags_free(&diags);
    ra_arena_free(&arena);
}

static void test_expr_errors(void)
{
    check_expr_error("", 1, 1, "", "expected an expression");
    check_expr_error("a +", 1, 4, "", "expected an expression");
    check_expr_error("(a", 1, 3, "", "')'");
    check_expr_error("a b", 1, 3, "b", "end of the expression");
    check_expr_error("12abc + 1", 1, 1, "12abc", "unexpected text");
    check_expr_error("x = \"abc", 1, 5, "\"abc", "unterminated string");
    check_expr_error("sentence ~ \"abc\"", 1, 12, "abc", "a pattern name");
    check_expr_error("sentence ~ p unless n", 1, 22, "", "within N words");
    check_expr_error("f(a b)", 1, 5, "b", "')' or ','");
    check_expr_error("[1, 2", 1, 6, "", "']'");
    check_expr_error("fee.", 1, 5, "", "field name");
    check_expr_error("fee.1", 1, 5, "1", "field name");
    check_expr_error("sum(fee.amount where x", 1, 23, "", "close the aggregate");
    check_expr_error("count(fee x)", 1, 11, "x", "close the aggregate");
    check_expr_error("a and * b", 1, 7, "*", "expected an expression");
    check_expr_error("a ≥ b", 1, 3, "≥", "unexpected text");
    check_expr_error("x\n  > @", 2, 5, "@", "unexpected text");
    check_expr_error("a not b", 1, 3, "not", "end of the expression");
    check_expr_error("a ) b", 1, 3, ")", "end of the expression");
}

/* ---- files ----------------------------------------------------------------------- */

typedef struct {
    ra_arena arena;
    ra_diags diags;
    ra_ast_file ast;
    bool ok;
} parsed;

static void parse_src(parsed *p, const char *src, bool profile)
{
    ra_arena_init(&p->arena, 0);
    memset(&p->diags, 0, sizeof p->diags);
    p->ok = ra_parse_file(FILE_NAME, src, strlen(src), profile, &p->arena, &p->ast, &p->diags);
    CU_ASSERT_TRUE(p->ok);
}

static void parsed_free(parsed *p)
{
    ra_diags_free(&p->diags);
    ra_arena_free(&p->arena);
}

static void expect_ndiags(const parsed *p, size_t n)
{
    CU_ASSERT_EQUAL(p->diags.n, n);
    if (p->diags.n != n) {
        fprintf(stderr, "\n  want %zu diagnostics, got %zu:\n", n, p->diags.n);
        print_diags(&p->diags);
    }
}

static bool pos_is(ra_pos pos, int line, int col)
{
    return pos.line == line && pos.col == col && str_eq(pos.file, FILE_NAME);
}

static void check_sexpr(const ra_expr *e, const char *want)
{
    sbuf b;
    const char *got = sexpr(&b, e);
    CU_ASSERT_STRING_EQUAL(got, want);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "\n  tree: got  %s\n        want %s\n", got, want);
}

/* The example of the brief, in two parts: the rule starts on line 9 of the whole. */
#define BRIEF_PARAMS                                                                               \
    "param fee_cap_months = 0.0                     # overridable by a profile\n"                  \
    "param employer_pays_categories = all\n"                                                       \
    "param systemic_share = 10%\n"                                                                 \
    "param min_wage = table by destination, sector {\n"                                            \
    "  HK, domestic_work: 4990 HKD\n"                                                              \
    "  *, *: null\n"                                                                               \
    "} cite \"HK Employment Ordinance\"\n"                                                         \
    "\n"
#define BRIEF_RULE                                                                                 \
    "rule WRK-001 \"Recruitment costs paid by the worker exceed the legal cap\"\n"                 \
    "  scope    worker\n"                                                                          \
    "  severity high\n"                                                                            \
    "  cite     \"SDG 10.7.1; ILO C181 art. 7\"\n"                                                 \
    "  let      paid = sum(fee.amount_usd where fee.worker_borne)\n"                               \
    "  when     wage_usd > 0 and paid / wage_usd > fee_cap_months\n"                               \
    "  message  \"{worker_id} paid {paid:usd} = {paid / wage_usd:months} months of wages (cap "    \
    "{fee_cap_months})\"\n"

static void test_file_params(void)
{
    parsed p;
    parse_src(&p, BRIEF_PARAMS BRIEF_RULE, false);
    expect_ndiags(&p, 0);
    ra_ast_file *f = &p.ast;
    CU_ASSERT_EQUAL(f->nrules, 1);
    CU_ASSERT_EQUAL_FATAL(f->nparams, 4);
    const char *names[] = {"fee_cap_months", "employer_pays_categories", "systemic_share",
                           "min_wage"};
    const char *values[] = {"0.0", "all", "10%",
                            ("(table (destination sector) (HK domestic_work: (money 4990 HKD)) "
                             "(* *: null))")};
    for (size_t i = 0; i < 4; i++) {
        CU_ASSERT_STRING_EQUAL(f->params[i].name, names[i]);
        check_sexpr(f->params[i].value, values[i]);
        CU_ASSERT_TRUE(pos_is(f->params[i].pos, (int)i + 1, 1));
        CU_ASSERT_EQUAL(f->params[i].cite == NULL, i < 3);
    }
    CU_ASSERT(str_eq(f->params[3].cite, "HK Employment Ordinance"));
    const ra_expr *t = f->params[3].value;
    bool table_ok = t && t->kind == E_TABLE && t->nkeys == 2 && t->nrows == 2;
    CU_ASSERT_TRUE(table_ok);
    if (table_ok) {
        CU_ASSERT_TRUE(pos_is(t->pos, 4, 18));
        CU_ASSERT_TRUE(pos_is(t->rows[0].pos, 5, 3));
        CU_ASSERT_TRUE(pos_is(t->rows[1].pos, 6, 3));
        CU_ASSERT(str_eq(t->rows[1].match[0], "*") && str_eq(t->rows[1].match[1], "*"));
        CU_ASSERT(t->rows[0].value && t->rows[0].value->kind == E_MONEY);
        CU_ASSERT(t->rows[1].value && t->rows[1].value->kind == E_NULL);
    }
    CU_ASSERT(f->params[1].value && f->params[1].value->kind == E_ALL);
    CU_ASSERT_PTR_NULL(f->profile_name);
    CU_ASSERT_EQUAL(f->nstmts, 0);
    parsed_free(&p);

    /* More value shapes; a cite on the same or the next line. */
    parse_src(&p,
              "param held_docs = [passport, national_id, \"work permit\"] cite \"ILO C189\"\n"
              "param debt_months = 3\n"
              "  cite \"ILO forced labour indicators\"\n"
              "param cap_money = 1500 SAR\n"
              "param by_sex = table by sex { *: 0  F: 1  M: 2 }\n"
              "param neg = -1.5\n",
              false);
    expect_ndiags(&p, 0);
    f = &p.ast;
    CU_ASSERT_EQUAL_FATAL(f->nparams, 5);
    check_sexpr(f->params[0].value, "[passport national_id \"work permit\"]");
    CU_ASSERT(str_eq(f->params[0].cite, "ILO C189"));
    check_sexpr(f->params[1].value, "3");
    CU_ASSERT(str_eq(f->params[1].cite, "ILO forced labour indicators"));
    CU_ASSERT_TRUE(pos_is(f->params[2].pos, 4, 1));
    check_sexpr(f->params[2].value, "(money 1500 SAR)");
    CU_ASSERT_PTR_NULL(f->params[2].cite);
    check_sexpr(f->params[3].value, "(table (sex) (*: 0) (F: 1) (M: 2))");
    check_sexpr(f->params[4].value, "(- 1.5)");
    CU_ASSERT_EQUAL(f->nrules, 0);
    parsed_free(&p);
}

/* A wildcard row after a row whose value is an expression: the '*' that starts
 * the row is a key, not a multiplication (the table of the brief). */
static void test_file_table_wildcard_rows(void)
{
    static const struct {
        const char *src, *want;
    } cases[] = {
        {"param t = table by destination { HK: 1  *: 0 }", "(table (destination) (HK: 1) (*: 0))"},
        {"param t = table by destination, sector {\n  HK, care: 4990 HKD\n  *, *: null\n}",
         "(table (destination sector) (HK care: (money 4990 HKD)) (* *: null))"},
        {"param t = table by destination, sector {\n  HK, *: 10%\n  *, care: 2\n  *, *: 0\n}",
         "(table (destination sector) (HK *: 10%) (* care: 2) (* *: 0))"},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        parsed p;
        parse_src(&p, cases[i].src, false);
        expect_ndiags(&p, 0);
        CU_ASSERT_EQUAL(p.ast.nparams, 1);
        if (p.ast.nparams == 1)
            check_sexpr(p.ast.params[0].value, cases[i].want);
        parsed_free(&p);
    }
}

static void test_file_rule_every_clause(void)
{
    parsed p;
    parse_src(&p, "\n\n\n\n\n\n\n\n" BRIEF_RULE, false); /* the rule on line 9 */
    expect_ndiags(&p, 0);
    CU_ASSERT_EQUAL(p.ast.nparams, 0);
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 1);
    const ra_rule_decl *r = &p.ast.rules[0];
    CU_ASSERT(str_eq(r->id, "WRK-001"));
    CU_ASSERT(str_eq(r->title, "Recruitment costs paid by the worker exceed the legal cap"));
    CU_ASSERT_TRUE(pos_is(r->pos, 9, 1));
    CU_ASSERT(str_eq(r->scope, "worker"));
    CU_ASSERT_TRUE(pos_is(r->scope_pos, 10, 12));
    CU_ASSERT(str_eq(r->severity, "high"));
    CU_ASSERT_TRUE(pos_is(r->severity_pos, 11, 12));
    CU_ASSERT_EQUAL_FATAL(r->ncites, 1);
    CU_ASSERT(str_eq(r->cites[0], "SDG 10.7.1; ILO C181 art. 7"));
    CU_ASSERT_EQUAL_FATAL(r->nlets, 1);
    CU_ASSERT(str_eq(r->lets[0].name, "paid"));
    CU_ASSERT_TRUE(pos_is(r->lets[0].pos, 13, 12));
    check_sexpr(r->lets[0].value, "(sum fee.amount_usd where fee.worker_borne)");
    check_sexpr(r->when, "(and (> wage_usd 0) (> (/ paid wage_usd) fee_cap_months))");
    CU_ASSERT(r->when && pos_is(r->when->pos, 14, 12));
    CU_ASSERT_TRUE(span_is(r->when, "wage_usd > 0 and paid / wage_usd > fee_cap_months"));
    CU_ASSERT_TRUE(span_is(r->lets[0].value, "sum(fee.amount_usd where fee.worker_borne)"));
    CU_ASSERT(str_eq(r->message, "{worker_id} paid {paid:usd} = {paid / wage_usd:months} months "
                                 "of wages (cap {fee_cap_months})"));
    CU_ASSERT_TRUE(pos_is(r->message_pos, 15, 12));
    parsed_free(&p);
}

static void test_file_several_rules_lets_cites(void)
{
    parsed p;
    parse_src(&p,
              "rule FEE-004 \"No \\\"receipt\\\"\"\n"
              "  scope fee\n"
              "  let a = 1\n"
              "  let b = a + 1\n"
              "  let c = count(fee where fee.worker_borne)\n"
              "  cite \"first\" cite \"second\"\n"
              "  when b > a\n"
              "  cite \"third\"\n"
              "param p = 2\n"
              "rule DOC-001 \"Held\" when any(document where document.held)\n"
              "  message \"line\\none\"\n"
              "rule CTR-001 \"Clauses in any order\"\n"
              "  message \"m\" when x severity critical scope contract\n",
              false);
    expect_ndiags(&p, 0);
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 3);
    CU_ASSERT_EQUAL(p.ast.nparams, 1);
    const ra_rule_decl *r = &p.ast.rules[0];
    CU_ASSERT(str_eq(r->id, "FEE-004") && str_eq(r->title, "No \"receipt\""));
    CU_ASSERT_EQUAL_FATAL(r->nlets, 3);
    const char *names[] = {"a", "b", "c"};
    const char *vals[] = {"1", "(+ a 1)", "(count <fee> where fee.worker_borne)"};
    for (size_t i = 0; i < 3; i++) {
        CU_ASSERT(str_eq(r->lets[i].name, names[i]));
        check_sexpr(r->lets[i].value, vals[i]);
        CU_ASSERT_TRUE(pos_is(r->lets[i].pos, 3 + (int)i, 7));
    }
    CU_ASSERT_EQUAL_FATAL(r->ncites, 3);
    CU_ASSERT(str_eq(r->cites[0], "first") && str_eq(r->cites[1], "second") &&
              str_eq(r->cites[2], "third"));
    check_sexpr(r->when, "(> b a)");
    CU_ASSERT_PTR_NULL(r->severity);
    CU_ASSERT_PTR_NULL(r->message);
    r = &p.ast.rules[1];
    CU_ASSERT(str_eq(r->id, "DOC-001") && str_eq(r->title, "Held"));
    CU_ASSERT_TRUE(pos_is(r->pos, 10, 1));
    CU_ASSERT_PTR_NULL(r->scope);
    CU_ASSERT_EQUAL(r->nlets, 0);
    CU_ASSERT_EQUAL(r->ncites, 0);
    check_sexpr(r->when, "(any <document> where document.held)");
    CU_ASSERT(str_eq(r->message, "line\none"));
    r = &p.ast.rules[2];
    CU_ASSERT(str_eq(r->message, "m") && str_eq(r->severity, "critical") &&
              str_eq(r->scope, "contract"));
    CU_ASSERT_TRUE(pos_is(r->scope_pos, 13, 46)); /* the value's position */
    check_sexpr(r->when, "x");
    parsed_free(&p);

    /* Empty and comment-only files. */
    parse_src(&p, "", false);
    expect_ndiags(&p, 0);
    CU_ASSERT(p.ast.nrules == 0 && p.ast.nparams == 0);
    parsed_free(&p);
    parse_src(&p, "# nothing here\n\n   # at all\n", false);
    expect_ndiags(&p, 0);
    CU_ASSERT(p.ast.nrules == 0 && p.ast.nparams == 0);
    parsed_free(&p);
}

static void test_file_profile(void)
{
    parsed p;
    parse_src(&p,
              "profile PH \"Philippines\"\n"
              "set fee_cap_months = 1 cite \"POEA Rules 2016\"\n"
              "disable WRK-004 cite \"no language requirement\"\n"
              "severity FEE-005 low cite \"POEA MC 2\"\n"
              "set min_wage = table by destination { *: null  HK: 4990 HKD } cite \"x\"\n"
              "# a comment\n"
              "  set held_docs = [passport, visa]\n"
              "disable CTR-010\n",
              true);
    expect_ndiags(&p, 0);
    const ra_ast_file *f = &p.ast;
    CU_ASSERT(str_eq(f->profile_name, "PH") && str_eq(f->profile_title, "Philippines"));
    CU_ASSERT_EQUAL(f->nparams, 0);
    CU_ASSERT_EQUAL(f->nrules, 0);
    CU_ASSERT_EQUAL_FATAL(f->nstmts, 6);
    const ra_profile_stmt *s = f->stmts;
    CU_ASSERT(s[0].kind == PS_SET && str_eq(s[0].target, "fee_cap_months"));
    check_sexpr(s[0].value, "1");
    CU_ASSERT(str_eq(s[0].cite, "POEA Rules 2016"));
    CU_ASSERT_TRUE(pos_is(s[0].pos, 2, 1));
    CU_ASSERT(s[1].kind == PS_DISABLE && str_eq(s[1].target, "WRK-004"));
    CU_ASSERT(str_eq(s[1].cite, "no language requirement"));
    CU_ASSERT_PTR_NULL(s[1].value);
    CU_ASSERT_TRUE(pos_is(s[1].pos, 3, 1));
    CU_ASSERT(s[2].kind == PS_SEVERITY && str_eq(s[2].target, "FEE-005"));
    CU_ASSERT(str_eq(s[2].severity, "low") && str_eq(s[2].cite, "POEA MC 2"));
    CU_ASSERT_TRUE(pos_is(s[2].pos, 4, 1));
    CU_ASSERT(s[3].kind == PS_SET && str_eq(s[3].target, "min_wage") && str_eq(s[3].cite, "x"));
    check_sexpr(s[3].value, "(table (destination) (*: null) (HK: (money 4990 HKD)))");
    CU_ASSERT(s[4].kind == PS_SET && str_eq(s[4].target, "held_docs"));
    check_sexpr(s[4].value, "[passport visa]");
    CU_ASSERT_PTR_NULL(s[4].cite);
    CU_ASSERT_TRUE(pos_is(s[4].pos, 7, 3));
    CU_ASSERT(s[5].kind == PS_DISABLE && str_eq(s[5].target, "CTR-010"));
    CU_ASSERT_PTR_NULL(s[5].cite);
    parsed_free(&p);

    /* A profile without a title. */
    parse_src(&p, "profile baseline\nset x = 0 cite \"ILO\"\n", true);
    expect_ndiags(&p, 0);
    CU_ASSERT(str_eq(p.ast.profile_name, "baseline"));
    CU_ASSERT_PTR_NULL(p.ast.profile_title);
    CU_ASSERT_EQUAL(p.ast.nstmts, 1);
    parsed_free(&p);
}

/* ---- syntax errors ---------------------------------------------------------------- */

static void test_err_missing_title(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001\n"
              "  scope worker\n"
              "rule WRK-002 \"ok\"\n"
              "  scope worker\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 2, 3, "scope", "title");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 1);
    CU_ASSERT(str_eq(p.ast.rules[0].id, "WRK-002") && str_eq(p.ast.rules[0].scope, "worker"));
    parsed_free(&p);
    /* At the end of the file. */
    parse_src(&p, "rule WRK-001", false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 13, "", "title");
    parsed_free(&p);
}

static void test_err_bad_rule_id(void)
{
    parsed p;
    parse_src(&p,
              "rule wrk1 \"x\"\n"
              "  scope worker\n"
              "  when x > 0\n"
              "rule WRK-002 \"ok\"\n"
              "  when y\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 6, "wrk1", "rule id");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 1);
    CU_ASSERT(str_eq(p.ast.rules[0].id, "WRK-002"));
    check_sexpr(p.ast.rules[0].when, "y");
    parsed_free(&p);
    parse_src(&p, "rule \"no id\"\nrule WRK-1a \"x\"\n", false);
    expect_ndiags(&p, 2);
    check_diag(&p.diags, 0, 1, 6, "no id", "rule id"); /* a string's text is inside the quotes */
    check_diag(&p.diags, 1, 2, 6, "WRK", "rule id");
    CU_ASSERT_EQUAL(p.ast.nrules, 0);
    parsed_free(&p);
}

static void test_err_unknown_clause(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  scope worker\n"
              "  severty high\n"
              "  when x > 0\n"
              "rule WRK-002 \"ok\"\n"
              "  when y\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 3, 3, "severty", "rule clause");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 2);
    CU_ASSERT(str_eq(p.ast.rules[1].id, "WRK-002"));
    check_sexpr(p.ast.rules[1].when, "y");
    parsed_free(&p);
}

static void test_err_aggregate_paren(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  let paid = sum(fee.amount_usd where fee.worker_borne\n"
              "  when paid > 0\n"
              "\n"
              "rule WRK-002 \"ok\"\n"
              "  let paid = count(fee\n"
              "rule WRK-003 \"ok\" when 1\n",
              false);
    expect_ndiags(&p, 2);
    check_diag(&p.diags, 0, 3, 3, "when", "')'");
    check_diag(&p.diags, 1, 7, 1, "rule", "')'");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 3);
    CU_ASSERT(str_eq(p.ast.rules[2].id, "WRK-003"));
    check_sexpr(p.ast.rules[2].when, "1");
    parsed_free(&p);
}

static void test_err_unterminated_string(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  message \"{worker_id} paid\n"
              "rule WRK-002 \"Recruitment costs paid by the worker\n"
              "  when x\n"
              "rule WRK-003 \"ok\"\n"
              "  cite \"ILO\n"
              "rule WRK-004 \"ok\"\n"
              "  when x = \"abc\n"
              "param p = 1 cite \"x\n"
              "rule WRK-005 \"ok\" when y\n",
              false);
    expect_ndiags(&p, 5);
    check_diag(&p.diags, 0, 2, 11, "\"{worker_id} paid", "unterminated string");
    check_diag(&p.diags, 1, 3, 14, "\"Recruitment costs p...", "unterminated string");
    check_diag(&p.diags, 2, 6, 8, "\"ILO", "unterminated string");
    check_diag(&p.diags, 3, 8, 12, "\"abc", "unterminated string");
    check_diag(&p.diags, 4, 9, 18, "\"x", "unterminated string");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 4); /* WRK-002 has no title, so no rule */
    CU_ASSERT(str_eq(p.ast.rules[3].id, "WRK-005"));
    check_sexpr(p.ast.rules[3].when, "y");
    parsed_free(&p);
}

static void test_err_garbage_character(void)
{
    parsed p;
    parse_src(&p,
              "@\n"
              "rule WRK-001 \"t\"\n"
              "  when x > 0 @ y\n"
              "rule WRK-002 \"t\"\n"
              "  when x ≥ 1\n"
              "rule WRK-003 \"t\"\n"
              "  when x > $\n"
              "rule WRK-004 \"ok\" when z\n",
              false);
    expect_ndiags(&p, 4);
    check_diag(&p.diags, 0, 1, 1, "@", "unexpected text");
    check_diag(&p.diags, 1, 3, 14, "@", "unexpected text");
    check_diag(&p.diags, 2, 5, 10, "≥", "unexpected text");
    check_diag(&p.diags, 3, 7, 12, "$", "unexpected text");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 4);
    check_sexpr(p.ast.rules[3].when, "z");
    parsed_free(&p);
}

static void test_err_second_when(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  when a > 0\n"
              "  when b > 0\n"
              "  message \"m\"\n"
              "rule WRK-002 \"ok\" when c\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 3, 3, "when", "one 'when'");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 2);
    CU_ASSERT(p.ast.rules[0].when != NULL);
    CU_ASSERT(str_eq(p.ast.rules[0].message, "m")); /* parsing went on in the rule */
    check_sexpr(p.ast.rules[1].when, "c");
    parsed_free(&p);
}

static void test_err_table_row(void)
{
    parsed p;
    parse_src(&p,
              "param min_wage = table by destination, sector {\n"
              "  HK, domestic_work 4990 HKD\n"
              "  *, *: null\n"
              "}\n"
              "param after = 1\n"
              "param t2 = table by destination, sector { HK: 1 }\n"
              "param t3 = table destination { HK: 1 }\n"
              "rule WRK-001 \"ok\"\n",
              false);
    expect_ndiags(&p, 3);
    check_diag(&p.diags, 0, 2, 21, "4990", "':'");
    check_diag(&p.diags, 1, 6, 45, ":", "','");
    check_diag(&p.diags, 2, 7, 18, "destination", "'by'");
    CU_ASSERT(p.ast.nparams >= 2 && str_eq(p.ast.params[1].name, "after"));
    CU_ASSERT_EQUAL(p.ast.nrules, 1);
    parsed_free(&p);
}

/* Three broken rules, three errors: each at its place, none from the fallout. */
static void test_err_three_broken_rules(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"Missing paren\"\n"                         /* 1 */
              "  scope worker\n"                                         /* 2 */
              "  let paid = sum(fee.amount_usd where fee.worker_borne\n" /* 3 */
              "  when paid > 0 and (x or y) and z(1, 2)\n"               /* 4 */
              "  message \"{paid}\"\n"                                   /* 5 */
              "\n"                                                       /* 6 */
              "rule wrk1 \"Bad id\"\n"                                   /* 7 */
              "  scope worker\n"                                         /* 8 */
              "  when x > 0 ) ( ] [ @ $ \"\n"                            /* 9 */
              "\n"                                                       /* 10 */
              "rule WRK-003 \"Unknown clause\"\n"                        /* 11 */
              "  scope worker\n"                                         /* 12 */
              "  frobnicate 12 ) ) )\n"                                  /* 13 */
              "  when x > 0 and and and\n"                               /* 14 */
              "\n"                                                       /* 15 */
              "rule WRK-004 \"Good\"\n"                                  /* 16 */
              "  scope worker\n"                                         /* 17 */
              "  severity high\n"                                        /* 18 */
              "  when x > 0\n"                                           /* 19 */
              "  message \"ok\"\n",                                      /* 20 */
              false);
    expect_ndiags(&p, 3);
    check_diag(&p.diags, 0, 4, 3, "when", "')'");
    check_diag(&p.diags, 1, 7, 6, "wrk1", "rule id");
    check_diag(&p.diags, 2, 13, 3, "frobnicate", "rule clause");
    CU_ASSERT_EQUAL_FATAL(p.ast.nrules, 3);
    CU_ASSERT(str_eq(p.ast.rules[0].id, "WRK-001"));
    CU_ASSERT(str_eq(p.ast.rules[1].id, "WRK-003"));
    const ra_rule_decl *r = &p.ast.rules[2];
    CU_ASSERT(str_eq(r->id, "WRK-004") && str_eq(r->title, "Good"));
    CU_ASSERT(str_eq(r->scope, "worker") && str_eq(r->severity, "high"));
    check_sexpr(r->when, "(> x 0)");
    CU_ASSERT(str_eq(r->message, "ok"));
    CU_ASSERT_TRUE(pos_is(r->pos, 16, 1));
    parsed_free(&p);
}

/* One pack with a deliberate error of each kind, each reported once, in order. */
static void test_err_pack_of_errors(void)
{
    parsed p;
    parse_src(&p,
              "stray\n"                               /* 1 */
              "param a = 1\n"                         /* 2 */
              "param = 2\n"                           /* 3 */
              "param b 3\n"                           /* 4 */
              "param c = 4 cite ILO\n"                /* 5 */
              "rule WRK-001\n"                        /* 6 */
              "rule wrk1 \"x\"\n"                     /* 7 */
              "rule WRK-002 \"x\" scope \"worker\"\n" /* 8 */
              "rule WRK-003 \"x\" severity 3\n"       /* 9 */
              "rule WRK-004 \"x\" let = 1\n"          /* 10 */
              "rule WRK-005 \"x\" let v 1\n"          /* 11 */
              "rule WRK-006 \"x\" message m\n"        /* 12 */
              "rule WRK-007 \"x\" cite 7\n"           /* 13 */
              "rule WRK-008 \"x\" when (a\n"          /* 14 */
              "rule WRK-009 \"x\" when [a, b\n"       /* 15 */
              "rule WRK-010 \"x\" when fee.1\n"       /* 16 */
              "rule WRK-011 \"x\" when f(a b)\n"      /* 17 */
              "rule WRK-012 \"x\" bogus\n"            /* 18 */
              "param d = 5\n",                        /* 19 */
              false);
    expect_ndiags(&p, 17);
    check_diag(&p.diags, 0, 1, 1, "stray", "'rule', 'param' or 'pattern'");
    check_diag(&p.diags, 1, 3, 7, "=", "parameter name");
    check_diag(&p.diags, 2, 4, 9, "3", "'='");
    check_diag(&p.diags, 3, 5, 18, "ILO", "citation");
    check_diag(&p.diags, 4, 7, 1, "rule", "title");
    check_diag(&p.diags, 5, 7, 6, "wrk1", "rule id");
    check_diag(&p.diags, 6, 8, 24, "worker", "scope");
    check_diag(&p.diags, 7, 9, 27, "3", "severity");
    check_diag(&p.diags, 8, 10, 22, "=", "name after let");
    check_diag(&p.diags, 9, 11, 24, "1", "'='");
    check_diag(&p.diags, 10, 12, 26, "m", "message");
    check_diag(&p.diags, 11, 13, 23, "7", "citation");
    check_diag(&p.diags, 12, 15, 1, "rule", "')'");
    check_diag(&p.diags, 13, 16, 1, "rule", "']'");
    check_diag(&p.diags, 14, 16, 27, "1", "field name");
    check_diag(&p.diags, 15, 17, 27, "b", "')' or ','");
    check_diag(&p.diags, 16, 18, 18, "bogus", "rule clause");
    CU_ASSERT(p.ast.nparams >= 2 && str_eq(p.ast.params[0].name, "a"));
    /* The last statement, after every error, is still there. */
    CU_ASSERT(p.ast.nparams >= 2 && str_eq(p.ast.params[p.ast.nparams - 1].name, "d"));
    parsed_free(&p);
}

static void test_err_profile(void)
{
    parsed p;
    parse_src(&p,
              "profile PH \"Philippines\"\n"           /* 1 */
              "frobnicate WRK-001\n"                   /* 2 */
              "set = 1 cite \"x\"\n"                   /* 3 */
              "disable wrk4 cite \"x\"\n"              /* 4 */
              "severity FEE-005 \"high\" cite \"x\"\n" /* 5 */
              "set fee_cap_months = 2 cite \"ok\"\n"   /* 6 */
              "set x = (1 cite \"y\"\n"                /* 7 */
              "disable CTR-001 cite \"z\"\n",          /* 8 */
              true);
    expect_ndiags(&p, 5);
    check_diag(&p.diags, 0, 2, 1, "frobnicate", "profile statement");
    check_diag(&p.diags, 1, 3, 5, "=", "parameter name");
    check_diag(&p.diags, 2, 4, 9, "wrk4", "rule id");
    check_diag(&p.diags, 3, 5, 18, "high", "severity");
    check_diag(&p.diags, 4, 7, 12, "cite", "')'");
    CU_ASSERT(str_eq(p.ast.profile_name, "PH"));
    /* The good statements survive. */
    bool set_ok = false, disable_ok = false;
    for (size_t i = 0; i < p.ast.nstmts; i++) {
        const ra_profile_stmt *s = &p.ast.stmts[i];
        if (s->kind == PS_SET && str_eq(s->target, "fee_cap_months") && str_eq(s->cite, "ok"))
            set_ok = true;
        if (s->kind == PS_DISABLE && str_eq(s->target, "CTR-001") && str_eq(s->cite, "z"))
            disable_ok = true;
    }
    CU_ASSERT_TRUE(set_ok);
    CU_ASSERT_TRUE(disable_ok);
    parsed_free(&p);

    /* Profile statements are not rule file statements (the other way round:
     * test_err_profile_rule_param). */
    parse_src(&p, "set x = 1\nrule WRK-001 \"x\"\n", false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 1, "set", "'rule', 'param' or 'pattern'");
    CU_ASSERT_EQUAL(p.ast.nrules, 1);
    parsed_free(&p);
}

/* In a profile, `rule` and `param` are not statements. Run in a child process with
 * a time limit and a memory limit, since a parser that does not move past them
 * loops for ever. */
static bool child_profile_keyword(const char *src, int line, int col, const char *text,
                                  const char *good_target)
{
    ra_arena arena;
    ra_arena_init(&arena, 0);
    ra_diags diags = {0};
    ra_ast_file ast;
    bool ok = ra_parse_file(FILE_NAME, src, strlen(src), true, &arena, &ast, &diags);
    bool pass = ok && diags.n == 1 &&
                diag_is(&diags.items[0], FILE_NAME, line, col, text, "profile statement");
    bool found = good_target == NULL;
    for (size_t i = 0; ok && good_target && i < ast.nstmts; i++)
        found = found || str_eq(ast.stmts[i].target, good_target);
    if (!pass || !found) {
        fprintf(stderr, "\n  profile \"%s\": ok %d, %zu diagnostics, statement %s %s\n", src, ok,
                diags.n, good_target ? good_target : "-", found ? "found" : "missing");
        for (size_t i = 0; i < diags.n && i < 3; i++)
            ra_diag_print(stderr, &diags.items[i]);
    }
    ra_diags_free(&diags);
    ra_arena_free(&arena);
    return pass && found;
}

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static bool in_child(const char *src, int line, int col, const char *text, const char *good_target)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
#ifndef UNDER_ASAN /* ASan reserves terabytes of address space */
        struct rlimit rl = {(rlim_t)256 << 20, (rlim_t)256 << 20};
        setrlimit(RLIMIT_AS, &rl);
#endif
        /* Microseconds are enough for two lines; 0.5 s bounds what a loop can take. */
        struct itimerval limit = {{0, 0}, {0, 500000}};
        setitimer(ITIMER_REAL, &limit, NULL);
        _exit(child_profile_keyword(src, line, col, text, good_target) ? 0 : 1);
    }
    int st = 0;
    if (waitpid(pid, &st, 0) != pid)
        return false;
    if (WIFSIGNALED(st))
        fprintf(stderr, "\n  profile \"%s\": the parser was killed by signal %d%s\n", src,
                WTERMSIG(st), WTERMSIG(st) == SIGALRM ? " (it did not finish in 0.5 s)" : "");
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void test_err_profile_rule_param(void)
{
    CU_ASSERT_TRUE(in_child("rule WRK-001 \"x\"\n", 1, 1, "rule", NULL));
    CU_ASSERT_TRUE(in_child("param x = 1\nset y = 2 cite \"c\"\n", 1, 1, "param", "y"));
    CU_ASSERT_TRUE(in_child("profile PH\nset y = 2 cite \"c\"\n  rule\n", 3, 3, "rule", "y"));
}

/* Words that begin a clause or statement are not names: an expression cut short
 * is reported where it stops, and the next clause or rule is not swallowed. */
static void test_err_expression_cut_short(void)
{
    parsed p;
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  let paid =\n"
              "  when paid > 0\n"
              "rule WRK-002 \"ok\" when y\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 3, 3, "when", "expected an expression");
    CU_ASSERT_EQUAL(p.ast.nrules, 2);
    parsed_free(&p);

    parse_src(&p,
              "param cap =\n"
              "rule WRK-001 \"ok\"\n"
              "  scope worker\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 2, 1, "rule", "expected an expression");
    CU_ASSERT_EQUAL(p.ast.nrules, 1);
    CU_ASSERT(p.ast.nrules == 1 && str_eq(p.ast.rules[0].id, "WRK-001") &&
              str_eq(p.ast.rules[0].scope, "worker"));
    parsed_free(&p);

    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  when x > 0 and\n"
              "  message \"m\"\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 3, 3, "message", "expected an expression");
    parsed_free(&p);

    /* A table without its '}' before the next rule: `rule` is not a key value. */
    parse_src(&p,
              "param t = table by destination { HK: 1\n"
              "rule WRK-001 \"ok\"\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 2, 1, "rule", "'}'");
    CU_ASSERT_EQUAL(p.ast.nrules, 1);
    parsed_free(&p);

    /* A severity with no level: `cite` is not a level. */
    parse_src(&p,
              "rule WRK-001 \"t\"\n"
              "  severity\n"
              "  cite \"x\"\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 3, 3, "cite", "severity");
    parsed_free(&p);
}

/* Text after a complete parameter is an error, not skipped in silence. */
static void test_err_param_trailing_text(void)
{
    parsed p;
    parse_src(&p,
              "param held_docs = passport, national_id\n"
              "rule WRK-001 \"ok\"\n",
              false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 27, ",", "");
    CU_ASSERT_EQUAL(p.ast.nrules, 1);
    parsed_free(&p);

    parse_src(&p, "param fee_cap_months = 1 month\n", false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 26, "month", "");
    parsed_free(&p);

    parse_src(&p, "param a = 1 cite \"x\" 2\nparam b = 2\n", false);
    expect_ndiags(&p, 1);
    check_diag(&p.diags, 0, 1, 22, "2", "");
    CU_ASSERT_EQUAL(p.ast.nparams, 2);
    parsed_free(&p);
}

static void test_diag_record_and_print(void)
{
    ra_diags d = {0};
    ra_pos pos = {"pack/a.rules", 7, 3};
    ra_diag_add(&d, pos, "frobnicate", 10, "use when", "expected %s, found %s", "a rule clause",
                "name");
    ra_diag_add(&d, (ra_pos){NULL, 1, 1}, NULL, 0, NULL, "no text");
    CU_ASSERT_EQUAL_FATAL(d.n, 2);
    CU_ASSERT_STRING_EQUAL(d.items[0].file, "pack/a.rules");
    CU_ASSERT_STRING_EQUAL(d.items[0].msg, "expected a rule clause, found name");
    CU_ASSERT_STRING_EQUAL(d.items[0].text, "frobnicate");
    CU_ASSERT_STRING_EQUAL(d.items[0].hint, "use when");
    CU_ASSERT_STRING_EQUAL(d.items[1].file, "");
    CU_ASSERT_STRING_EQUAL(d.items[1].text, "");
    CU_ASSERT_STRING_EQUAL(d.items[1].hint, "");
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    CU_ASSERT_FATAL(out != NULL);
    ra_diag_print(out, &d.items[0]);
    ra_diag_print(out, &d.items[1]);
    fclose(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "pack/a.rules:7:3: error: expected a rule clause, found "
                                       "name\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "| frobnicate\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "= hint: use when\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, ":1:1: error: no text\n"));
    free(buf);
    /* Many diagnostics: the list grows. */
    for (int i = 0; i < 100; i++)
        ra_diag_add(&d, pos, "x", 1, NULL, "n%d", i);
    CU_ASSERT_EQUAL(d.n, 102);
    CU_ASSERT_STRING_EQUAL(d.items[101].msg, "n99");
    CU_ASSERT_FALSE(d.nomem);
    ra_diags_free(&d);
    CU_ASSERT_EQUAL(d.n, 0);
}

/* ---- runner ------------------------------------------------------------------------ */

static const struct {
    const char *name;
    void (*fn)(void);
} tests[] = {
    {"lex: every token kind", test_lex_every_kind},
    {"lex: end of file", test_lex_eof},
    {"lex: positions, UTF-8 columns", test_lex_positions_utf8},
    {"lex: comments", test_lex_comments},
    {"lex: rule ids, names, dates, numbers, percentages", test_lex_ids_names_dates_numbers},
    {"lex: strings", test_lex_strings},
    {"lex: operators", test_lex_operators},
    {"lex: continues after errors", test_lex_continues_after_errors},
    {"lex: no newline tokens; token names; words", test_lex_no_newline_tokens_and_names},
    {"expr: precedence", test_expr_precedence},
    {"expr: associativity", test_expr_associativity},
    {"expr: comparisons, in, not in, ~", test_expr_comparisons},
    {"expr: literals", test_expr_literals},
    {"expr: strings and ra_unescape", test_expr_strings_and_unescape},
    {"expr: calls and aggregates", test_expr_calls_and_aggregates},
    {"expr: positions", test_expr_positions},
    {"expr: source spans", test_expr_source_spans},
    {"expr: ra_parse_expr_at", test_expr_parse_at},
    {"expr: errors", test_expr_errors},
    {"file: params and tables", test_file_params},
    {"file: table wildcard rows", test_file_table_wildcard_rows},
    {"file: a rule with every clause", test_file_rule_every_clause},
    {"file: several rules, lets, cites", test_file_several_rules_lets_cites},
    {"file: profile", test_file_profile},
    {"error: missing title", test_err_missing_title},
    {"error: bad rule id", test_err_bad_rule_id},
    {"error: unknown clause", test_err_unknown_clause},
    {"error: missing ')' in an aggregate", test_err_aggregate_paren},
    {"error: unterminated string", test_err_unterminated_string},
    {"error: garbage character", test_err_garbage_character},
    {"error: second when", test_err_second_when},
    {"error: table rows", test_err_table_row},
    {"error: three broken rules, three errors", test_err_three_broken_rules},
    {"error: a pack of errors", test_err_pack_of_errors},
    {"error: profile statements", test_err_profile},
    {"error: rule and param in a profile", test_err_profile_rule_param},
    {"error: expression cut short before a keyword", test_err_expression_cut_short},
    {"error: text after a parameter", test_err_param_trailing_text},
    {"diag: record and print", test_diag_record_and_print},
};

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite suite = CU_add_suite("rules_parse", NULL, NULL);
    if (!suite) {
        CU_cleanup_registry();
        return 2;
    }
    for (size_t i = 0; i < COUNT(tests); i++) {
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
