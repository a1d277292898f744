/* contract_spelling.c — see contract_spelling.h. */
#include "contract_spelling.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

typedef struct {
    const char *wrong, *right;
} fix;

/* Sorted by the misspelling (strcmp), for bsearch; the tests check it. */
static const fix fixes[] = {
    {"agancy", "agency"},
    {"agencey", "agency"},
    {"agensy", "agency"},
    {"complant", "complaint"},
    {"contarct", "contract"},
    {"dedcut", "deduct"},
    {"deducion", "deduction"},
    {"deduckt", "deduct"},
    {"diduct", "deduct"},
    {"docoment", "document"},
    {"documant", "document"},
    {"documnet", "document"},
    {"embassey", "embassy"},
    {"embasy", "embassy"},
    {"employar", "employer"},
    {"employeer", "employer"},
    {"employor", "employer"},
    {"emplyer", "employer"},
    {"empolyer", "employer"},
    {"garantee", "guarantee"},
    {"gaurantee", "guarantee"},
    {"guarante", "guarantee"},
    {"guarentee", "guarantee"},
    {"imployer", "employer"},
    {"pasaport", "passport"},
    {"pasport", "passport"},
    {"passaport", "passport"},
    {"passpot", "passport"},
    {"passprot", "passport"},
    {"permision", "permission"},
    {"permisson", "permission"},
    {"placment", "placement"},
    {"pragnant", "pregnant"},
    {"pregancy", "pregnancy"},
    {"pregant", "pregnant"},
    {"pregnacy", "pregnancy"},
    {"pregnency", "pregnancy"},
    {"pregnent", "pregnant"},
    {"realease", "release"},
    {"reciept", "receipt"},
    {"recieve", "receive"},
    {"recieved", "received"},
    {"recruitement", "recruitment"},
    {"relase", "release"},
    {"responsibilty", "responsibility"},
    {"responsiblity", "responsibility"},
    {"resposibility", "responsibility"},
    {"retension", "retention"},
    {"salaray", "salary"},
    {"saleries", "salaries"},
    {"salery", "salary"},
    {"sallaries", "salaries"},
    {"sallary", "salary"},
    {"salry", "salary"},
    {"servise", "service"},
    {"sevice", "service"},
    {"tranfer", "transfer"},
    {"transfar", "transfer"},
    {"woker", "worker"},
    {"workar", "worker"},
    {"wroker", "worker"},
};

#define NFIXES (sizeof fixes / sizeof *fixes)

static int cmp_fix(const void *key, const void *entry)
{
    return strcmp(key, ((const fix *)entry)->wrong);
}

static const fix *lookup(const char *lower)
{
    return bsearch(lower, fixes, NFIXES, sizeof *fixes, cmp_fix);
}

/* The whole word of letters at s[i], lowercased into lower (NUL-ended); its
 * length, or 0 when no word starts there, it is shorter than min or too
 * long, or (with no_hyphen) it is joined to the next by a hyphen. */
static size_t word_at(const char *s, size_t len, size_t i, size_t min, bool no_hyphen,
                      char lower[RA_SPELLING_MAX])
{
    if (i && ra_ascii_word_char((unsigned char)s[i - 1]))
        return 0;
    size_t n = 0;
    while (i + n < len && ra_ascii_alpha((unsigned char)s[i + n]))
        n++;
    if (n < min || n >= RA_SPELLING_MAX ||
        (i + n < len &&
         (ra_ascii_word_char((unsigned char)s[i + n]) || (no_hyphen && s[i + n] == '-'))))
        return 0;
    for (size_t k = 0; k < n; k++)
        lower[k] = (char)ra_ascii_lower((unsigned char)s[i + k]);
    lower[n] = '\0';
    return n;
}

/* right (with an "s" when plural) into out, in the case style of the word
 * it replaces, s[0..n): "SALERY" -> "SALARY", "Salery" -> "Salary". Its
 * length, or 0 when it does not fit. */
static size_t styled(const char *s, size_t n, const char *right, bool plural,
                     char out[RA_SPELLING_MAX])
{
    size_t m = strlen(right);
    if (m + plural >= RA_SPELLING_MAX)
        return 0;
    memcpy(out, right, m);
    if (plural)
        out[m++] = 's';
    bool caps = n > 1 && ra_ascii_upper((unsigned char)s[0]) && ra_ascii_upper((unsigned char)s[1]);
    for (size_t k = 0; k < m; k++)
        if (caps || (k == 0 && ra_ascii_upper((unsigned char)s[0])))
            out[k] = (char)(out[k] - 'a' + 'A');
    return m;
}

size_t ra_spelling_fix(const char *s, size_t len, size_t i, char out[RA_SPELLING_MAX],
                       size_t *out_len)
{
    char lower[RA_SPELLING_MAX];
    size_t n = word_at(s, len, i, 4, false, lower);
    if (!n)
        return 0;
    const fix *f = lookup(lower);
    bool plural = false;
    if (!f && lower[n - 1] == 's') { /* "pasports", "employeers" */
        lower[n - 1] = '\0';
        f = lookup(lower);
        plural = f != NULL;
    }
    size_t m = f ? styled(s + i, n, f->right, plural, out) : 0;
    if (!m)
        return 0;
    *out_len = m;
    return n;
}

/* Base forms and their participles, sorted by the base form. */
static const fix participles[] = {
    {"allow", "allowed"},
    {"cancel", "cancelled"},
    {"confiscate", "confiscated"},
    {"deduct", "deducted"},
    {"dismiss", "dismissed"},
    {"forbid", "forbidden"},
    {"give", "given"},
    {"hold", "held"},
    {"keep", "kept"},
    {"lock", "locked"},
    {"oblige", "obliged"},
    {"pay", "paid"},
    {"permit", "permitted"},
    {"prohibit", "prohibited"},
    {"punish", "punished"},
    {"require", "required"},
    {"retain", "retained"},
    {"send", "sent"},
    {"take", "taken"},
    {"terminate", "terminated"},
    {"withhold", "withheld"},
};

#define NPARTICIPLES (sizeof participles / sizeof *participles)

/* The word that ends just before s[end] (after spaces): its start in *w
 * and its length; 0 when there is none. */
static size_t word_before(const char *s, size_t end, size_t *w)
{
    while (end > 0 && s[end - 1] == ' ')
        end--;
    size_t b = end;
    while (b > 0 && ra_ascii_alpha((unsigned char)s[b - 1]))
        b--;
    *w = b;
    return end - b;
}

static bool is_word(const char *s, size_t n, const char *w)
{
    return n == strlen(w) && ra_ascii_same_ci(s, w, n);
}

size_t ra_spelling_participle(const char *s, size_t len, size_t i, char out[RA_SPELLING_MAX],
                              size_t *out_len)
{
    char lower[RA_SPELLING_MAX];
    size_t n = word_at(s, len, i, 3, true, lower); /* not "is take-home pay" */
    if (!n)
        return 0;
    const fix *f = bsearch(lower, participles, NPARTICIPLES, sizeof *participles, cmp_fix);
    if (!f)
        return 0;
    /* the word before: a form of "be", or "not" / "never" after one */
    size_t w, wn = word_before(s, i, &w);
    bool negated = is_word(s + w, wn, "not") || is_word(s + w, wn, "never");
    if (negated)
        wn = word_before(s, w, &w);
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", "am", NULL};
    bool participle = false;
    for (size_t k = 0; be[k] && !participle; k++)
        participle = is_word(s + w, wn, be[k]);
    /* "be" left out: "Passport and ARC keep by Party B" (a keeping verb before
     * "by"), "worker not allow to go out" ("allow" / "permit" after a "not"
     * that no auxiliary carries: not "does not allow", "will not permit") */
    static const char *const by_verbs[] = {"keep",   "hold",     "take", "retain", "withhold",
                                           "lock",   "confiscate", "deduct", "pay", NULL};
    static const char *const auxiliaries[] = {"do",    "does",  "did",   "will",  "would",
                                              "shall", "should", "can",  "could", "may",
                                              "might", "must",  "to",    NULL};
    if (!participle && !negated && ra_ascii_in_list(lower, n, by_verbs) &&
        !ra_ascii_in_list(s + w, wn, auxiliaries)) {
        size_t b = i + n;
        while (b < len && s[b] == ' ')
            b++;
        participle = b + 2 <= len && ra_ascii_same_ci(s + b, "by", 2) &&
                     (b + 2 == len || !ra_ascii_word_char((unsigned char)s[b + 2]));
    }
    if (!participle && negated && (is_word(lower, n, "allow") || is_word(lower, n, "permit")))
        participle = wn && !ra_ascii_in_list(s + w, wn, auxiliaries);
    size_t m = participle ? styled(s + i, n, f->right, false, out) : 0;
    if (!m)
        return 0;
    *out_len = m;
    return n;
}

const char *ra_spelling_entry(size_t k, const char **right)
{
    if (k >= NFIXES)
        return NULL;
    *right = fixes[k].right;
    return fixes[k].wrong;
}
