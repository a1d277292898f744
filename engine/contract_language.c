/* contract_language.c — English or Indonesian, sentence by sentence. See
 * contract_language.h. */
#include "contract_language.h"

#include <string.h>

#include "ascii.h"

/* Small words frequent in contract prose of each language and rare in the
 * other (names of parties and places aside). */
static const char *const english[] = {"the",  "shall", "of",    "and", "to",  "is",  "be",   "will",
                                      "with", "by",    "for",   "her", "his", "any", "this", "that",
                                      "from", "when",  "which", "are", "or",  NULL};
static const char *const indonesian[] = {"yang",   "dan",    "dengan", "untuk", "dari",   "akan",
                                         "tidak",  "ini",    "itu",    "oleh",  "atau",   "dalam",
                                         "pada",   "bahwa",  "adalah", "wajib", "berhak", "setiap",
                                         "kepada", "selama", NULL};

/* Words of one language a sentence needs to be read as written in it, and
 * how many times more of them than of the other's. */
#define LANGUAGE_WORDS_MIN 3
#define LANGUAGE_MARGIN 3

ra_code ra_sentence_language(const char *s, size_t n)
{
    size_t en = 0, id = 0;
    for (size_t i = 0; i < n;) {
        size_t w = ra_ascii_letters(s, n, i);
        if (!w) {
            i++;
            continue;
        }
        if (!i || !ra_ascii_word_char((unsigned char)s[i - 1])) {
            en += ra_ascii_in_list(s + i, w, english);
            id += ra_ascii_in_list(s + i, w, indonesian);
        }
        i += w;
    }
    if (en >= LANGUAGE_WORDS_MIN && en >= LANGUAGE_MARGIN * id)
        return ra_language_lookup("en", 2);
    if (id >= LANGUAGE_WORDS_MIN && id >= LANGUAGE_MARGIN * en)
        return ra_language_lookup("id", 2);
    return RA_CODE_NONE;
}

/* Does a sentence of the text hold, in small letters between spaces, one
 * of the most frequent words of the other language (" yang ")? Most texts
 * are in one language; this quick look spares them the word by word
 * reading. */
static bool may_hold(const ra_contract_text *text, const char *const *words)
{
    for (size_t k = 0; k < text->n; k++)
        for (const char *const *w = words; *w; w++)
            if (strstr(text->sentences[k].text, *w))
                return true;
    return false;
}

void ra_contract_languages(ra_contract_text *text, ra_code lang)
{
    static const char *const english_cues[] = {" the ", " shall ", " with ", NULL};
    static const char *const indonesian_cues[] = {" yang ", " dan ", " dengan ", " tidak ", NULL};
    ra_code en = ra_language_lookup("en", 2), id = ra_language_lookup("id", 2);
    bool read = (lang == en && may_hold(text, indonesian_cues)) ||
                (lang == id && may_hold(text, english_cues));
    text->bilingual = false;
    for (size_t k = 0; k < text->n; k++) {
        ra_sentence *s = &text->sentences[k];
        ra_code own = read ? ra_sentence_language(s->text, s->len) : RA_CODE_NONE;
        s->lang = own && own != lang ? own : RA_CODE_NONE;
        text->bilingual = text->bilingual || s->lang;
    }
}
