/* lex.c — a hand-written scanner: one pass, no allocation, exact positions. */
#include "lex.h"

#include <string.h>

void ra_lex_init(ra_lexer *lx, const char *src, size_t len)
{
    lx->src = src;
    lx->len = len;
    lx->pos = 0;
    lx->line = 1;
    lx->col = 1;
}

static int peek(const ra_lexer *lx, size_t ahead)
{
    return lx->pos + ahead < lx->len ? (unsigned char)lx->src[lx->pos + ahead] : -1;
}

static void advance(ra_lexer *lx)
{
    if (lx->src[lx->pos] == '\n') {
        lx->line++;
        lx->col = 1;
    } else if (((unsigned char)lx->src[lx->pos] & 0xC0) != 0x80) {
        lx->col++; /* columns count characters, not UTF-8 continuation bytes */
    }
    lx->pos++;
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_ident(int c)
{
    return is_ident_start(c) || is_digit(c);
}

static void skip_space_and_comments(ra_lexer *lx)
{
    for (;;) {
        int c = peek(lx, 0);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            advance(lx);
        } else if (c == '#') {
            while (peek(lx, 0) != -1 && peek(lx, 0) != '\n')
                advance(lx);
        } else {
            return;
        }
    }
}

/* [A-Z][A-Z0-9]*-[0-9]+ starting at the current position: its length, or 0. */
static size_t rule_id_length(const ra_lexer *lx)
{
    size_t i = 0;
    int c = peek(lx, 0);
    if (!(c >= 'A' && c <= 'Z'))
        return 0;
    while ((c = peek(lx, i)) != -1 && ((c >= 'A' && c <= 'Z') || is_digit(c)))
        i++;
    if (peek(lx, i) != '-' || !is_digit(peek(lx, i + 1)))
        return 0;
    i++;
    while (is_digit(peek(lx, i)))
        i++;
    return is_ident(peek(lx, i)) ? 0 : i;
}

/* \d{4}-\d{2}-\d{2} not followed by an identifier character. */
static int looks_like_date(const ra_lexer *lx)
{
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < 10; i++) {
        int c = peek(lx, i);
        if (shape[i] == 'd' ? !is_digit(c) : c != '-')
            return 0;
    }
    return !is_ident(peek(lx, 10)) && !is_digit(peek(lx, 10));
}

ra_token ra_lex_next(ra_lexer *lx)
{
    skip_space_and_comments(lx);
    ra_token t = {TK_EOF, lx->src + lx->pos, 0, lx->line, lx->col};
    size_t start = lx->pos;
    int c = peek(lx, 0);
    if (c == -1)
        return t;

    size_t n;
    if ((n = rule_id_length(lx)) > 0) {
        t.kind = TK_RULE_ID;
        while (lx->pos < start + n)
            advance(lx);
    } else if (is_ident_start(c)) {
        t.kind = TK_IDENT;
        while (is_ident(peek(lx, 0)))
            advance(lx);
    } else if (is_digit(c) && looks_like_date(lx)) {
        t.kind = TK_DATE;
        for (int i = 0; i < 10; i++)
            advance(lx);
    } else if (is_digit(c)) {
        t.kind = TK_NUMBER;
        while (is_digit(peek(lx, 0)))
            advance(lx);
        if (peek(lx, 0) == '.' && is_digit(peek(lx, 1))) {
            advance(lx);
            while (is_digit(peek(lx, 0)))
                advance(lx);
        }
        if (is_ident(peek(lx, 0))) {
            /* 12abc: one bad token, not a number and a name */
            while (is_ident(peek(lx, 0)) || peek(lx, 0) == '.')
                advance(lx);
            t.kind = TK_ERROR;
        } else if (peek(lx, 0) == '%') {
            t.kind = TK_PERCENT;
            t.len = lx->pos - start;
            advance(lx);
            return t;
        }
    } else if (c == '"') {
        advance(lx);
        t.kind = TK_ERROR; /* until the closing quote is found */
        while ((c = peek(lx, 0)) != -1 && c != '\n') {
            if (c == '\\' && peek(lx, 1) != -1 && peek(lx, 1) != '\n') {
                advance(lx);
                advance(lx);
                continue;
            }
            advance(lx);
            if (c == '"') {
                t.kind = TK_STRING;
                break;
            }
        }
        if (t.kind == TK_STRING) {
            t.text = lx->src + start + 1;
            t.len = lx->pos - start - 2;
            return t;
        }
    } else {
        static const struct {
            char text[3];
            ra_tok_kind kind;
        } ops[] = {
            {"==", TK_EQ},    {"!=", TK_NE},    {"<=", TK_LE},      {">=", TK_GE},
            {"(", TK_LPAREN}, {")", TK_RPAREN}, {"[", TK_LBRACKET}, {"]", TK_RBRACKET},
            {"{", TK_LBRACE}, {"}", TK_RBRACE}, {",", TK_COMMA},    {":", TK_COLON},
            {".", TK_DOT},    {"*", TK_STAR},   {"+", TK_PLUS},     {"-", TK_MINUS},
            {"/", TK_SLASH},  {"=", TK_EQ},     {"<", TK_LT},       {">", TK_GT},
            {"~", TK_TILDE},
        };
        t.kind = TK_ERROR;
        for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
            size_t l = strlen(ops[i].text);
            if (lx->len - lx->pos >= l && memcmp(lx->src + lx->pos, ops[i].text, l) == 0) {
                t.kind = ops[i].kind;
                for (size_t k = 0; k < l; k++)
                    advance(lx);
                break;
            }
        }
        if (t.kind == TK_ERROR) {
            advance(lx);
            while (lx->pos < lx->len && ((unsigned char)lx->src[lx->pos] & 0xC0) == 0x80)
                advance(lx); /* the whole UTF-8 character */
        }
    }
    t.len = lx->pos - start;
    return t;
}

const char *ra_tok_name(ra_tok_kind k)
{
    static const char *const names[] = {
        [TK_EOF] = "end of file",
        [TK_NEWLINE] = "newline",
        [TK_IDENT] = "name",
        [TK_RULE_ID] = "rule id",
        [TK_NUMBER] = "number",
        [TK_PERCENT] = "percentage",
        [TK_DATE] = "date",
        [TK_STRING] = "string",
        [TK_LPAREN] = "'('",
        [TK_RPAREN] = "')'",
        [TK_LBRACKET] = "'['",
        [TK_RBRACKET] = "']'",
        [TK_LBRACE] = "'{'",
        [TK_RBRACE] = "'}'",
        [TK_COMMA] = "','",
        [TK_COLON] = "':'",
        [TK_DOT] = "'.'",
        [TK_STAR] = "'*'",
        [TK_PLUS] = "'+'",
        [TK_MINUS] = "'-'",
        [TK_SLASH] = "'/'",
        [TK_EQ] = "'='",
        [TK_NE] = "'!='",
        [TK_LT] = "'<'",
        [TK_LE] = "'<='",
        [TK_GT] = "'>'",
        [TK_GE] = "'>='",
        [TK_TILDE] = "'~'",
        [TK_ERROR] = "invalid text",
    };
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "token";
}

int ra_tok_is(const ra_token *tok, const char *word)
{
    size_t n = strlen(word);
    return tok->kind == TK_IDENT && tok->len == n && memcmp(tok->text, word, n) == 0;
}
