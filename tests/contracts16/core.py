"""Layout machinery for contract batch 16: wrapping with zero-width label
markers, tables, footers, capitals, typographic quotes, label extraction.
Python 3 standard library only."""

import re

MARK0 = 0xE000          # abusive clause k carries chr(MARK0 + k)
PAIRMARK = '\ue0ff'     # the changed term of an origin/destination pair
VOWELS = set('aeiou')


def is_mark(c):
    return 0xE000 <= ord(c) <= 0xF8FF


def vlen(s):
    return sum(1 for c in s if not is_mark(c))


def place_marker(text, k):
    """Put the marker of clause k where '^' is, else before the first word."""
    m = chr(MARK0 + k)
    if '^' in text:
        return text.replace('^', m, 1)
    return m + text


def _split_point(word, room):
    """Largest hyphenation point i (word[:i] + '-' fits in room)."""
    core = word.rstrip('.,;:')
    if not (core.isalpha() and core.islower() and len(core) >= 7):
        return None
    best = None
    for i in range(3, len(core) - 3):
        a, b, c = word[i - 1], word[i], word[i + 1]
        vcv = a in VOWELS and b not in VOWELS and c in VOWELS
        vccv = (word[i - 2] in VOWELS and a not in VOWELS
                and b not in VOWELS and c in VOWELS)
        ok = vcv or vccv
        if a + b in ('th', 'ng', 'ch', 'sh', 'ph', 'ny', 'gh', 'ck'):
            ok = False
        if word[i - 2] in VOWELS and a in VOWELS:
            ok = False
        if ok and i + 1 <= room:
            best = i
    return best


def wrap(text, width, first='', rest=None, hyph=None):
    """Greedy wrap; markers have zero width and stay glued to their word.
    hyph: dict with 'left' (hyphens still allowed) or None."""
    if rest is None:
        rest = ' ' * vlen(first)
    words = text.split()
    lines = []
    cur = first
    empty = True
    i = 0
    while i < len(words):
        w = words[i]
        add = vlen(w) + (0 if empty else 1)
        if vlen(cur) + add <= width or empty:
            cur = cur + ('' if empty else ' ') + w
            empty = False
            i += 1
            continue
        if hyph is not None and hyph['left'] > 0 and not any(map(is_mark, w)):
            room = width - vlen(cur) - 1
            sp = _split_point(w, room)
            if sp:
                lines.append(cur + ' ' + w[:sp] + '-')
                hyph['left'] -= 1
                hyph['count'] += 1
                words[i] = w[sp:]
                cur = rest
                empty = True
                continue
        lines.append(cur)
        cur = rest
        empty = True
    lines.append(cur)
    return [l.rstrip() for l in lines]


def table(header, rows, sep=' | ', widths=None):
    """Plain-text table.  rows: tuples of cells; a row may be a dict
    {'cells': (...), 'alt': (...)} whose alt cells count for the widths."""
    allrows = [header]
    for r in rows:
        if isinstance(r, dict):
            allrows.append(r['cells'])
            if r.get('alt'):
                allrows.append(r['alt'])
        else:
            allrows.append(r)
    n = len(header)
    w = [max(vlen(r[j]) for r in allrows) for j in range(n)]
    if widths:
        w = [max(a, b) for a, b in zip(w, widths)]

    def fmt(cells):
        parts = []
        for j, c in enumerate(cells):
            pad = w[j] - vlen(c) if j < n - 1 else 0
            parts.append(c + ' ' * pad)
        return sep.join(parts).rstrip()

    out = [fmt(header), '-+-'.join('-' * x for x in w)]
    for r in rows:
        out.append(fmt(r['cells'] if isinstance(r, dict) else r))
    return out


def typographic(lines):
    out = []
    for l in lines:
        l = re.sub(r'"([^"]*)"', '\u201c\\1\u201d', l)
        l = l.replace("'", '\u2019')
        out.append(l)
    return out


def add_footers(lines, rng, make_footer):
    """Insert a footer line every 46-54 lines, wherever it falls, and one at
    the end.  make_footer(page, pages) -> str."""
    cuts = []
    pos = rng.randint(46, 54)
    while pos < len(lines) - 8:
        cuts.append(pos)
        pos += rng.randint(46, 54)
    pages = len(cuts) + 1
    out = []
    page = 1
    for i, l in enumerate(lines):
        if cuts and i == cuts[0]:
            out.append(make_footer(page, pages))
            page += 1
            cuts.pop(0)
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    out.append('')
    out.append(make_footer(page, pages))
    return out


def extract_labels(lines):
    """Return (clean lines, {marker: 1-based line}, {marker: column})."""
    found = {}
    cols = {}
    clean = []
    for i, l in enumerate(lines, 1):
        col = 0
        for c in l:
            if is_mark(c):
                if c in found:
                    raise ValueError('marker %r twice' % c)
                found[c] = i
                cols[c] = col
            else:
                col += 1
        clean.append(''.join(c for c in l if not is_mark(c)))
    return clean, found, cols
