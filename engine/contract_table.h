/* contract_table.h — table rows whose cells wrap onto the next lines. A
 * contract laid out as a table puts each clause in a cell, and a long cell
 * goes on in the rows below, whose first cell is empty:
 *
 *   | 12  | Travel and       | Repatriation of the Housekeeper to Kochi |
 *   |     | Return Home      | on completion of service shall be at the |
 *   |     |                  | cost of the Employer.                    |
 *
 * Read line by line, no row holds a whole clause. This module joins such a
 * row back together, cell by cell ("| 12 | Travel and Return Home |
 * Repatriation of the Housekeeper to Kochi on completion of service shall
 * be at the cost of the Employer. |"), for the cutter to read as one line.
 * No state; the caller owns the buffer. */
#ifndef RA_CONTRACT_TABLE_H
#define RA_CONTRACT_TABLE_H

#include <stddef.h>

/* Splits s[0..n) at every '|' into cells, spaces and tabs trimmed: cell[k]
 * gets the offsets [from, to) of cell k in s, the text after the last '|'
 * being the last cell. Fills at most max cells and returns how many there
 * are (more than max when the text has more). */
size_t ra_table_cells(const char *s, size_t n, size_t (*cell)[2], size_t max);

/* If the line starting at data[i] is a table row continued on the lines
 * after it, writes the joined row into out (at most cap bytes; a row that
 * does not fit is not joined) and returns the number of lines it spans, with
 * *next the offset of the line after them and *out_len its length; else 0.
 * Lines end with LF (a CR before it is ignored). */
size_t ra_table_row_join(const char *data, size_t i, size_t len, char *out, size_t cap,
                         size_t *out_len, size_t *next);

#endif
