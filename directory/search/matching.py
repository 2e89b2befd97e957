"""What to search for when the words as typed find little (docs/search.md, "Matching").

All in folded words (tokens.fold_word), against the index vocabulary (`search_terms`: every
folded word of the public catalogue and in how many documents it occurs):

- the last word, while it is being typed, also as the start of a longer word ("xi ma" ->
  "xi mang"): `completions`;
- a word the catalogue does not know, corrected (`corrections`): typed with Telex keys the
  keyboard did not turn into marks ("xi mawng", "theps"), syllables run together ("ximang",
  "thepxaydung") or split ("kh ach san"), or a typo within one or two edits. Candidates are
  words of the catalogue, the more frequent first; the caller keeps the one that finds most;
- the words find little and no unknown word's correction helps: one of them may be a typo that
  is a word too ("gao tam thon" for "thom", "camera giam xat" for "sat"): `real_word_variants`,
  spellings Vietnamese buyers confuse first, then a neighbouring key, then any word one edit
  away; `title_phrase` says whether words stand together in a title;
- failing all words, the best part of them (`partial_queries`): the largest sets of words that
  still find something, the rarer words first, with the words left out.
"""
import itertools
import math

import sqlalchemy as sa

from ..extensions import db
from .documents import is_term

TELEX_KEYS = set("sfrxjw")  # tone keys, and w for ă ơ ư
TELEX_DOUBLES = ("aa", "ee", "oo", "dd")  # â ê ô đ
MAX_SPLIT = 3  # syllables a run-together word is split into
MAX_LETTERS = 21  # longest word corrected: three syllables of up to 7 letters
CANDIDATES = 6  # per word, tried by the caller in order
PARTIAL_TRIES = 20  # word sets tried when dropping words
MIN_KEPT = 2  # words a partial match keeps: one word of several finds too much that is unrelated
LETTERS = "abcdefghijklmnopqrstuvwxyz"  # of folded words
MAX_SYLLABLE = 7  # letters of the longest Vietnamese syllable ("nghieng"); a real-word typo is sought up to 10
# Spellings that Vietnamese writers confuse (regional pronunciation): initial s/x, ch/tr, d/r/gi,
# l/n; final n/ng, c/t, ch/t, nh/n, i/y. Each pair both ways.
CONFUSED_INITIALS = (("s", "x"), ("ch", "tr"), ("d", "r"), ("d", "gi"), ("gi", "r"), ("l", "n"))
CONFUSED_FINALS = (("n", "ng"), ("c", "t"), ("ch", "t"), ("nh", "n"), ("i", "y"))
# A slip of the finger: keys next to each other on a QWERTY keyboard (rows staggered).
_KEYS = {c: (row, col + offset) for row, (keys, offset) in enumerate((("qwertyuiop", 0), ("asdfghjkl", .25), ("zxcvbnm", .75)))
         for col, c in enumerate(keys)}


def frequencies(terms) -> dict[str, int]:
    """In how many documents each of `terms` occurs (unknown words are left out)."""
    terms = sorted({t for t in terms if t})
    if not terms:
        return {}
    rows = db.session.execute(sa.text("SELECT term, freq FROM search_terms WHERE term IN :t")
                              .bindparams(sa.bindparam("t", expanding=True)), {"t": terms})
    return {term: freq for term, freq in rows if freq > 0}


def is_known(word: str, known: dict[str, int]) -> bool:
    """In `known` (frequencies), or a word the vocabulary does not hold but the index does
    (digits, one letter, longer than a term)."""
    return word in known or not is_term(word)


def found_nowhere(words: list[str], known: dict[str, int]) -> bool:
    """Whether no document has all the words, since the catalogue lacks one (`known`: their
    frequencies). The vocabulary counts every public document's folded words as each edit
    commits, so no read of the index is needed to know it finds nothing."""
    return not all(is_known(word, known) for word in words)


def completions(words: list[str], limit: int = 2 * CANDIDATES) -> list[str]:
    """Longer words the last of `words` may be the start of, likeliest first: the next word of
    the typeahead's titles that start with the words typed ("nuoc ma" -> "mam" of "nước mắm
    ..."), then the most frequent words of the catalogue that start with it."""
    last = words[-1]
    if last.isdigit():
        return []
    typed = " ".join(words)
    keys = db.session.execute(sa.text(
        "SELECT key FROM search_suggestions WHERE key > :lo AND key < :hi LIMIT 50"),
        {"lo": typed, "hi": typed + "\U0010ffff"}).scalars()
    found = [key.split()[len(words) - 1] for key in keys if len(key.split()) >= len(words)]
    found += db.session.execute(sa.text(
        "SELECT term FROM (SELECT term, freq FROM search_terms WHERE term > :lo AND term < :hi LIMIT 2000) t"
        " ORDER BY freq DESC, term LIMIT :n"), {"lo": last, "hi": last + "\U0010ffff", "n": limit}).scalars()
    return [word for word in dict.fromkeys(found) if word != last and word.startswith(last)][:limit]


def telex_forms(word: str) -> set[str]:
    """The word with Telex keys taken out: up to three of s f r x j w (not the first letter),
    and one letter of aa ee oo dd ("mawng" -> "mang", "ddoongf" -> "dong")."""
    positions = [i for i, c in enumerate(word) if c in TELEX_KEYS and i > 0]
    doubles = [i for i in range(len(word) - 1) if word[i:i + 2] in TELEX_DOUBLES]
    found = set()
    for n in range(1, min(3, len(positions)) + 1):
        for drop in itertools.combinations(positions, n):
            found.add("".join(c for i, c in enumerate(word) if i not in drop))
    for form in {word, *found}:
        for i in range(len(form) - 1):
            if form[i:i + 2] in TELEX_DOUBLES:
                found.add(form[:i] + form[i + 1:])
    if doubles:  # both kinds at once ("ddoongf": dd, oo and f)
        for form in list(found):
            for i in range(len(form) - 1):
                if form[i:i + 2] in TELEX_DOUBLES:
                    found.add(form[:i] + form[i + 1:])
    found.discard(word)
    return {f for f in found if len(f) >= 2}


def splits(word: str) -> list[list[str]]:
    """The ways to cut a run-together word into 2 or 3 parts of at least 2 letters."""
    n, found = len(word), []
    for i in range(2, n - 1):
        found.append([word[:i], word[i:]])
    if MAX_SPLIT >= 3:
        for i in range(2, n - 3):
            for j in range(i + 2, n - 1):
                found.append([word[:i], word[i:j], word[j:]])
    return found


def distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def near_words(word: str, limit: int = CANDIDATES) -> list[str]:
    """Words of the catalogue within one edit (words up to 4 letters) or two, nearest and then
    most frequent first. Read by their first or second letter, as a typo rarely hits both."""
    most = 1 if len(word) <= 4 else 2
    rows = db.session.execute(sa.text(
        "SELECT term, freq FROM search_terms WHERE length(term) BETWEEN :lo AND :hi"
        " AND (substr(term, 1, 1) = :c1 OR substr(term, 2, 1) = :c2)"
    ), dict(lo=len(word) - most, hi=len(word) + most, c1=word[:1], c2=word[1:2])).all()
    scored = sorted((d, -freq, term) for term, freq in rows if (d := distance(word, term, most)) <= most)
    return [term for _d, _freq, term in scored[:limit]]


def corrections(words: list[str], known: dict[str, int]) -> list[list[list[str]]]:
    """For each word, the replacements to try, best first (each a list of words: a split gives
    several). A known word keeps itself; an unknown one with no candidate is left as typed."""
    joined = _joined_pairs(words, known)
    options = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if i in joined:
            options.append([[joined[i]]])
            skip = True
            continue
        if is_known(word, known):
            options.append([[word]])
            continue
        options.append(_candidates(word) or [[word]])
    return options


def _joined_pairs(words: list[str], known: dict[str, int]) -> dict[int, str]:
    """A syllable split by a stray space ("kh ach san"): two neighbours, one of them unknown,
    that make a known word together."""
    pairs = {i: words[i] + words[i + 1] for i in range(len(words) - 1)
             if not (is_known(words[i], known) and is_known(words[i + 1], known))}
    together = frequencies(pairs.values())
    found, used = {}, set()
    for i, word in pairs.items():
        if word in together and i not in used and i + 1 not in used:
            found[i] = word
            used |= {i, i + 1}
    return found


def _candidates(word: str) -> list[list[str]]:
    """Telex forms, then run-together cuts (fewest parts, then the most frequent rarest part),
    then words within one or two edits: each only if the catalogue knows every word of it.
    A longer "word" is no syllable, nor three run together: left as typed."""
    if len(word) > MAX_LETTERS:
        return []
    telex = telex_forms(word)
    cuts = splits(word) if len(word) >= 4 else []
    known = frequencies({*telex, *(part for cut in cuts for part in cut)})
    found = [[form] for form in sorted(telex & known.keys(), key=lambda f: -known[f])]
    whole = [cut for cut in cuts if all(p in known for p in cut)]
    whole.sort(key=lambda cut: (len(cut), -min(known[p] for p in cut)))
    found += whole[:CANDIDATES // 2]
    found += [[w] for w in near_words(word) if [w] not in found]
    return found[:CANDIDATES]


def confusions(word: str) -> set[str]:
    """The word with one confusable initial or final swapped ("xat" -> "sat", "thon" -> "thong")."""
    found = set()
    for pairs, at_start in ((CONFUSED_INITIALS, True), (CONFUSED_FINALS, False)):
        for a, b in pairs:
            for x, y in ((a, b), (b, a)):
                if at_start and word.startswith(x):
                    found.add(y + word[len(x):])
                elif not at_start and word.endswith(x):
                    found.add(word[:-len(x)] + y)
    found.discard(word)
    return {f for f in found if len(f) >= 2}


def one_edit(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, change or insertion of a letter away."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in cuts if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    found |= {a + c + b[1:] for a, b in cuts if b for c in LETTERS}
    found |= {a + c + b for a, b in cuts for c in LETTERS}
    found.discard(word)
    return {f for f in found if len(f) >= 2}


def slip(word: str, variant: str) -> bool:
    """One letter of the word typed with a neighbouring key ("bap" for "bao"), or two letters swapped."""
    if len(word) != len(variant):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, variant)) if a != b]
    if len(diff) == 2:
        return diff[1] == diff[0] + 1 and word[diff[0]] == variant[diff[1]] and word[diff[1]] == variant[diff[0]]
    if len(diff) != 1:
        return False
    (ra, ca), (rb, cb) = _KEYS.get(word[diff[0]], (9, 0)), _KEYS.get(variant[diff[0]], (-9, 0))
    return abs(ra - rb) <= 1 and abs(ca - cb) <= 1


def real_word_variants(words: list[str], positions) -> list[tuple[int, str]]:
    """Replacements for the words at `positions`: (position, word) pairs, each a word of the
    catalogue, likeliest first: a confused spelling (`confusions`), then a slip of the finger
    (`slip`), then any other one edit; each kind the more frequent in the catalogue first.
    Generated and looked up (one read of the vocabulary by its key), so the cost does not grow
    with the vocabulary."""
    options = {i: (confusions(words[i]), one_edit(words[i])) for i in positions
               if words[i].isalpha() and 2 <= len(words[i]) <= MAX_SYLLABLE + 3}
    known = frequencies(set().union(*(c | e for c, e in options.values())))
    tries = [(0 if v in confused else 1 if slip(words[i], v) else 2, -known[v], i, v)
             for i, (confused, edits) in options.items() for v in confused | edits if v in known]
    return [(i, v) for _kind, _freq, i, v in sorted(tries)]


def title_phrase(words: list[str]) -> bool:
    """Whether a title, name or category of the catalogue has the words next to each other among
    its first words (the typeahead's keys, search_suggestions: one read of its key index, where
    a phrase the index lacks would cost a scan of both words' lists)."""
    phrase = " ".join(words)
    key = db.session.execute(sa.text("SELECT key FROM search_suggestions WHERE key >= :p ORDER BY key LIMIT 1"),
                             {"p": phrase}).scalar()
    return key is not None and (key == phrase or key.startswith(phrase + " "))


def weight(word: str, known: dict[str, int]) -> float:
    """How much a word says: the rarer in the catalogue, the more (a digit group counts as rare)."""
    return 1 / math.log2(2 + known.get(word, 1))


def partial_queries(words: list[str], known: dict[str, int]) -> list[tuple[list[str], list[str]]]:
    """Sets of at least MIN_KEPT of the words, largest first, each size by the weight of the
    words kept: (kept, left out). Unknown words are left out from the start."""
    usable = [w for w in words if is_known(w, known)]
    tries = []
    for size in range(len(usable) - (usable == words), MIN_KEPT - 1, -1):
        sets = [list(kept) for kept in itertools.combinations(usable, size)]
        sets.sort(key=lambda kept: -sum(weight(w, known) for w in kept))
        tries += [(kept, [w for w in words if w not in kept]) for kept in sets]
        if len(tries) >= PARTIAL_TRIES:
            break
    return tries[:PARTIAL_TRIES]
