/* contract_records.c — record fields of system exports read in words. See
 * contract_records.h. */
#include "contract_records.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"

#define KEY_MAX 60

/* A key's separator at s[c..n): ':' or '=', or a dot leader (three dots or
 * more: "pay.route ......... R2"); where the value starts in *v. */
static bool separator(const char *s, size_t n, size_t c, size_t *v)
{
    while (c < n && s[c] == ' ')
        c++;
    if (c >= n)
        return false;
    size_t e = c + 1;
    if (s[c] == '.') {
        while (e < n && s[e] == '.')
            e++;
        if (e - c < 3)
            return false;
    } else if (s[c] != ':' && s[c] != '=') {
        return false;
    }
    while (e < n && s[e] == ' ')
        e++;
    *v = e;
    return e < n;
}

/* A character that joins the words of a key: '_', or '.' after a letter
 * ("time.offday.exit", "help.channel.1"). */
static bool joiner(const char *s, size_t n, size_t k)
{
    return k && k + 1 < n && (s[k] == '_' || s[k] == '.') && ra_ascii_alpha((unsigned char)s[k - 1]) &&
           (ra_ascii_alpha((unsigned char)s[k + 1]) || ra_ascii_digit((unsigned char)s[k + 1]));
}

size_t ra_record_key(const char *s, size_t n, bool plain)
{
    if (!n || !ra_ascii_alpha((unsigned char)s[0]))
        return 0;
    size_t k = 0, v;
    bool joined = false;
    while (k < n && k <= KEY_MAX &&
           (ra_ascii_alpha((unsigned char)s[k]) || ra_ascii_digit((unsigned char)s[k]) ||
            s[k] == '_' || joiner(s, n, k))) {
        joined = joined || joiner(s, n, k);
        k++;
    }
    /* a plain key is one word in small letters */
    if ((!joined && !(plain && s[0] >= 'a' && s[0] <= 'z')) || k > KEY_MAX || s[k - 1] == '_' ||
        !separator(s, n, k, &v))
        return 0;
    return k;
}

/* Where the key s[at..at+k) ends in a word of permission ("marriage_allowed",
 * "boleh_keluar" does not: Indonesian puts it first), after an underscore;
 * 0 when it does not. */
static size_t permission_at(const char *s, size_t at, size_t k)
{
    static const char *const words[] = {"allowed", "permitted", "possible", "diizinkan", NULL};
    size_t i = at + k;
    while (i > at && s[i - 1] != '_')
        i--;
    return i > at && ra_ascii_in_list(s + i, at + k - i, words) ? i : 0;
}

/* The value at s[v..) is a no: "N", "NO", "FALSE", and values that say the
 * thing does not apply ("NIL", "NONE", "NOT_REQUIRED", "NOT APPLICABLE").
 * Its end in *end. */
static bool says_no(const char *s, size_t len, size_t v, size_t *end)
{
    static const char *const no[] = {"n", "no", "false", "nil", "none", NULL};
    static const char *const not_what[] = {"required", "applicable", "needed", NULL};
    size_t w = ra_ascii_letters(s, len, v);
    if (ra_ascii_in_list(s + v, w, no)) {
        *end = v + w;
        return true;
    }
    if (w == 3 && ra_ascii_same_ci(s + v, "not", 3) && v + 4 < len && (s[v + 3] == '_' || s[v + 3] == ' ')) {
        size_t w2 = ra_ascii_letters(s, len, v + 4);
        *end = v + 4 + w2;
        return ra_ascii_in_list(s + v + 4, w2, not_what);
    }
    return false;
}

size_t ra_record_edits(const char *s, size_t len, bool plain, bool indonesian, ra_field_edit *out)
{
    static const char *const yes[] = {"y", "yes", "true", NULL};
    size_t n = 0;
    for (size_t at = 0; at < len; at++) {
        /* a key starts the sentence or follows "; ", ", " or " | " */
        if (at) {
            size_t p = at;
            while (p > 0 && s[p - 1] == ' ')
                p--;
            if (p == at || !p || !strchr(";,|", s[p - 1]))
                continue;
        }
        size_t k = ra_record_key(s + at, len - at, plain);
        if (!k)
            continue;
        size_t v;
        separator(s, len, at + k, &v);
        size_t w = ra_ascii_letters(s, len, v), end = v + w;
        bool say_yes = ra_ascii_in_list(s + v, w, yes), say_no = !say_yes && says_no(s, len, v, &end);
        if ((say_yes || say_no) && end < len && !strchr(";,.|( ", s[end]))
            say_yes = say_no = false; /* "N/A", "YES_IF_ASKED": another value */
        /* the value's words: "COMPULSORY_PAID_IN_LIEU" */
        size_t vend = v;
        while (vend < len && !strchr(";,| ", s[vend]))
            vend++;
        if (n + (vend - at) + 2 > RA_FIELD_EDITS_MAX)
            return 0;
        /* a permission denied reads as a ban ("marriage_allowed: N":
         * "marriage is not allowed"); any other no as form fields read one
         * ("deposit_required: N": "Not deposit required") */
        size_t permission = say_no ? permission_at(s, at, k) : 0;
        if (say_no && !permission)
            out[n++] = (ra_field_edit){at, 0, indonesian ? "Tidak ada " : "Not "};
        for (size_t i = at; i < at + k; i++)
            if (s[i] == '_' || joiner(s, len, i))
                out[n++] = (ra_field_edit){
                    i, 1, i + 1 == permission ? (indonesian ? " tidak " : " is not ") : " "};
        if (say_yes || say_no) { /* ": Y" goes */
            out[n++] = (ra_field_edit){at + k, end - (at + k), ""};
            vend = end;
        } else {
            for (size_t i = v; i < vend; i++)
                if (s[i] == '_')
                    out[n++] = (ra_field_edit){i, 1, " "};
        }
        at = vend ? vend - 1 : at;
    }
    return n;
}
