/* lex.h — tokens of the rule language (rules/README.md is the reference).
 *
 * The lexer works over a caller-owned source buffer; tokens point into it and
 * stay valid as long as the buffer does. Nothing here allocates. */
#ifndef RA_RULES_LEX_H
#define RA_RULES_LEX_H

#include <stddef.h>

typedef enum {
    TK_EOF,
    TK_NEWLINE, /* not emitted: clauses are found by keyword, lines are free */
    TK_IDENT,   /* fee_cap_months, worker, sum */
    TK_RULE_ID, /* WRK-001: capitals, a dash, digits */
    TK_NUMBER,  /* 12, 0.5 */
    TK_PERCENT, /* 10% (the number is the text before '%') */
    TK_DATE,    /* 2024-02-29 */
    TK_STRING,  /* "..." with \" \\ \n \t escapes; text is raw, unescaped later */
    TK_LPAREN,
    TK_RPAREN,
    TK_LBRACKET,
    TK_RBRACKET,
    TK_LBRACE,
    TK_RBRACE,
    TK_COMMA,
    TK_COLON,
    TK_DOT,
    TK_STAR,
    TK_PLUS,
    TK_MINUS,
    TK_SLASH,
    TK_EQ, /* = (in param/let) and == */
    TK_NE, /* != */
    TK_LT,
    TK_LE,
    TK_GT,
    TK_GE,
    TK_TILDE, /* ~ : matches a pattern */
    TK_ERROR  /* a character or literal the language does not have */
} ra_tok_kind;

typedef struct {
    ra_tok_kind kind;
    const char *text; /* into the source */
    size_t len;
    int line, col; /* 1-based */
} ra_token;

typedef struct {
    const char *src;
    size_t len, pos;
    int line, col;
} ra_lexer;

void ra_lex_init(ra_lexer *lx, const char *src, size_t len);

/* The next token; TK_ERROR tokens carry the offending text, and lexing can go
 * on after them. */
ra_token ra_lex_next(ra_lexer *lx);

const char *ra_tok_name(ra_tok_kind k);

/* True when tok is the identifier word (keywords are plain identifiers). */
int ra_tok_is(const ra_token *tok, const char *word);

#endif
