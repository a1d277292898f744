/* isocodes.h — ISO 3166-1 alpha-2 countries, ISO 4217 currencies and ISO 639-1
 * languages, from tables generated out of Debian's iso-codes by
 * tools/gen_isocodes.py into isocodes_data.c (constant data, no allocation).
 *
 * A code is packed in a ra_code: 0 means "no code"; otherwise letters are
 * base-26 digits plus one, so codes compare and hash as small integers. */
#ifndef RA_ISOCODES_H
#define RA_ISOCODES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint16_t ra_code;
#define RA_CODE_NONE 0
#define RA_CODE_STR_MAX 4 /* three letters + NUL */

/* The packed code of a currency known to be current, as a constant. */
#define RA_CURRENCY(a, b, c) ((ra_code)(((a) - 'A') * 676 + ((b) - 'A') * 26 + ((c) - 'A') + 1))
#define RA_USD RA_CURRENCY('U', 'S', 'D')

/* Each returns the packed code, or RA_CODE_NONE when s is not a current code
 * of that standard. Matching is exact: "ph" is not a country, "PH" is. */
ra_code ra_country_lookup(const char *s, size_t len);  /* "PH" */
ra_code ra_currency_lookup(const char *s, size_t len); /* "PHP" */
ra_code ra_language_lookup(const char *s, size_t len); /* "tl" */

/* Writes the letters of a code ("PH", "PHP", "tl"); "" for RA_CODE_NONE. */
void ra_country_str(ra_code c, char buf[RA_CODE_STR_MAX]);
void ra_currency_str(ra_code c, char buf[RA_CODE_STR_MAX]);
void ra_language_str(ra_code c, char buf[RA_CODE_STR_MAX]);

/* English short name of a country ("Philippines"), or NULL. */
const char *ra_country_name(ra_code c);

#endif
