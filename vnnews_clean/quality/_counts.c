/* C twin of the counting passes of vnnews_clean.quality.signals (the Python originals are in signals.py).
 *
 * tokens(text, judge, cache_max, needles) does what text.lower().split(), Counter, _token_counts and
 * _top_ngram_fractions do together, without a Python str per token: whitespace tokens are lowered
 * by a table that tables.py builds from str.lower (no character data here), given ids by a hash
 * table keyed by their lowered code points, and the 2-, 3- and 4-grams are counted on the id array.
 * A token is judged (signals._judge, Python) once per process while the cache of judged tokens is
 * not emptied; only such tokens and tokens with a "complex" character (one whose lower case is not
 * one character, or Greek capital sigma: its lower case depends on its neighbours) ever become str.
 *
 * characters(text) counts the character classes of signals._character_counts with one byte of
 * flags per BMP code point, a table that tables.py builds from patterns.py's classes.
 *
 * Both tables are handed over once, by configure(lower, classes), and copied (as _scan's is: _twin.h).
 *
 * Every count is an integer; Python divides as its twin does, so the floats are the same.
 * Linear time (hash tables with a seeded hash), no allocation per character, all memory freed on
 * every path.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "../_twin.h"

/* Entries of the lower-case table (one uint32 per BMP code point, native byte order). */
#define LOWER_SPACE 0xFFFFFFFEu   /* str.isspace(): the token ends here */
#define LOWER_COMPLEX 0xFFFFFFFFu /* the token is lowered by str.lower */

/* Token flags, as signals.py defines them (NO_LETTER, NOT_SYLLABLE, MISPLACED). */
#define NO_LETTER 1
#define NOT_SYLLABLE 2
#define MISPLACED 4

/* Character classes, bits of one byte per BMP code point (tables.py gives them the same values). */
#define C_LETTER 1
#define C_DIACRITIC 2
#define C_DIGIT 4
#define C_UPPER 8
#define C_PUNCT 16
#define C_UNSAFE 32  /* a repair may touch it: encoding gate True */
#define C_CONTEXT 64 /* "Ã", "Â", "&": their context decides (gate None) */

#define MAX_CACHED_LENGTH 64 /* longer tokens are judged again in each document */

/* The tables, from configure(). */
static uint32_t lower_table[TWIN_BMP]; /* tables.LOWER */
static uint8_t class_table[TWIN_BMP];  /* tables.CLASSES */
static int configured = 0;

static uint64_t hash_seed; /* from Python's (randomized) str hash: a flood of colliding keys is hard to make */

TWIN_INLINE uint64_t finish(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* A token's hash is built code point by code point as it is read (step), then finished with its length. */
TWIN_INLINE uint64_t step(uint64_t h, uint32_t point) { return (h ^ point) * 0x100000001b3ULL; }

static uint64_t hash_points(const uint32_t *points, Py_ssize_t n) {
    uint64_t h = hash_seed;
    for (Py_ssize_t i = 0; i < n; i++) h = step(h, points[i]);
    return finish(h ^ (uint64_t)n);
}

TWIN_INLINE int same_points(const uint32_t *a, const uint32_t *b, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

/* --- growable arrays ---------------------------------------------------------------------- */

typedef struct {
    uint32_t *data;
    Py_ssize_t len, cap;
} Points;

static int points_reserve(Points *p, Py_ssize_t extra) {
    if (p->len + extra <= p->cap) return 0;
    Py_ssize_t cap = p->cap ? p->cap : 64;
    while (cap < p->len + extra) {
        if (cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(uint32_t)) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    uint32_t *data = PyMem_Realloc(p->data, (size_t)cap * sizeof(uint32_t));
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    p->data = data;
    p->cap = cap;
    return 0;
}

/* --- the cache of judged tokens (kept between calls, emptied when it grows past cache_max) ---- */

typedef struct {
    uint64_t hash;
    uint32_t offset; /* of the key in known_keys */
    uint32_t length; /* 0: empty slot */
    int flags;
} Known;

static Known *known;      /* open addressing, known_mask + 1 slots */
static size_t known_mask; /* slots - 1 */
static Py_ssize_t known_count;
static Points known_keys;

static void known_clear(void) {
    PyMem_Free(known);
    PyMem_Free(known_keys.data);
    known = NULL;
    known_mask = 0;
    known_count = 0;
    known_keys = (Points){NULL, 0, 0};
}

static int known_find(uint64_t hash, const uint32_t *key, Py_ssize_t length) {
    if (known == NULL) return -1;
    for (size_t slot = hash & known_mask;; slot = (slot + 1) & known_mask) {
        const Known *k = &known[slot];
        if (k->length == 0) return -1;
        if (k->hash == hash && k->length == length && same_points(known_keys.data + k->offset, key, length))
            return k->flags;
    }
}

static void known_place(Known *table, size_t mask, Known entry) {
    size_t slot = entry.hash & mask;
    while (table[slot].length != 0) slot = (slot + 1) & mask;
    table[slot] = entry;
}

/* Add a key not in the cache; -1 with MemoryError set on failure (the cache stays whole). */
static int known_add(uint64_t hash, const uint32_t *key, Py_ssize_t length, int flags) {
    if ((size_t)(known_count + 1) * 2 > known_mask + 1 || known == NULL) {
        size_t slots = known == NULL ? 1024 : (known_mask + 1) * 2;
        Known *table = PyMem_Calloc(slots, sizeof(Known));
        if (table == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (known != NULL)
            for (size_t slot = 0; slot <= known_mask; slot++)
                if (known[slot].length != 0) known_place(table, slots - 1, known[slot]);
        PyMem_Free(known);
        known = table;
        known_mask = slots - 1;
    }
    if (known_keys.len + length > (Py_ssize_t)UINT32_MAX) return 0; /* not cached: it is judged again */
    if (points_reserve(&known_keys, length) < 0) return -1;
    memcpy(known_keys.data + known_keys.len, key, (size_t)length * sizeof(uint32_t));
    Known entry = {hash, (uint32_t)known_keys.len, (uint32_t)length, flags};
    known_keys.len += length;
    known_place(known, known_mask, entry);
    known_count++;
    return 0;
}

/* --- one document's vocabulary and n-grams ------------------------------------------------- */

typedef struct {
    uint64_t hash;
    Py_ssize_t offset; /* of the lowered token in Work.keys */
    Py_ssize_t length; /* in lowered code points: Python's len() of the lowered token */
    Py_ssize_t count;
    int flags;
} Word;

typedef struct {
    Points keys;    /* the lowered code points of each distinct token */
    Points scratch; /* the token being read */
    Word *words;    /* distinct tokens, first seen first (their ids) */
    Py_ssize_t n_words, words_cap;
    int32_t *index; /* hash table of word ids (-1: empty), index_mask + 1 slots */
    size_t index_mask;
    uint32_t *ids; /* the document's tokens */
    Py_ssize_t n_tokens, ids_cap;
} Work;

static void work_free(Work *w) {
    PyMem_Free(w->keys.data);
    PyMem_Free(w->scratch.data);
    PyMem_Free(w->words);
    PyMem_Free(w->index);
    PyMem_Free(w->ids);
}

static int index_grow(Work *w) {
    size_t slots = w->index == NULL ? 256 : (w->index_mask + 1) * 2;
    if (slots > (size_t)INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "too many distinct tokens");
        return -1;
    }
    int32_t *index = PyMem_Malloc(slots * sizeof(int32_t));
    if (index == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(index, 0xff, slots * sizeof(int32_t));
    for (Py_ssize_t id = 0; id < w->n_words; id++) {
        size_t slot = w->words[id].hash & (slots - 1);
        while (index[slot] >= 0) slot = (slot + 1) & (slots - 1);
        index[slot] = (int32_t)id;
    }
    PyMem_Free(w->index);
    w->index = index;
    w->index_mask = slots - 1;
    return 0;
}

/* Count the token in w->scratch (hash: hash_points of it); -1 with an exception set on failure. */
/* Double the capacity of an array of `item`-byte elements (to `initial` when empty). */
static int grow_array(void **data, Py_ssize_t *cap, size_t item, Py_ssize_t initial) {
    Py_ssize_t grown_cap = *cap ? *cap * 2 : initial;
    void *grown = PyMem_Realloc(*data, (size_t)grown_cap * item);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    *data = grown;
    *cap = grown_cap;
    return 0;
}

static int add_token(Work *w, uint64_t hash) {
    const uint32_t *key = w->scratch.data;
    Py_ssize_t length = w->scratch.len;
    if (w->index == NULL && index_grow(w) < 0) return -1;
    size_t slot = hash & w->index_mask;
    int32_t id;
    while ((id = w->index[slot]) >= 0) {
        Word *word = &w->words[id];
        if (word->hash == hash && word->length == length && same_points(w->keys.data + word->offset, key, length))
            break;
        slot = (slot + 1) & w->index_mask;
    }
    if (id < 0) { /* a new word */
        if (w->n_words == w->words_cap && grow_array((void **)&w->words, &w->words_cap, sizeof(Word), 128) < 0)
            return -1;
        if (points_reserve(&w->keys, length) < 0) return -1;
        memcpy(w->keys.data + w->keys.len, key, (size_t)length * sizeof(uint32_t));
        id = (int32_t)w->n_words;
        w->words[id] = (Word){hash, w->keys.len, length, 0, 0};
        w->keys.len += length;
        w->n_words++;
        w->index[slot] = id;
        if ((size_t)w->n_words * 2 > w->index_mask + 1 && index_grow(w) < 0) return -1;
    }
    w->words[id].count++;
    if (w->n_tokens == w->ids_cap && grow_array((void **)&w->ids, &w->ids_cap, sizeof(uint32_t), 1024) < 0)
        return -1;
    w->ids[w->n_tokens++] = (uint32_t)id;
    return 0;
}

/* Put str.lower() of text[start:end] in w->scratch (a token with a complex character). */
static int lower_by_python(Work *w, PyObject *text, Py_ssize_t start, Py_ssize_t end) {
    PyObject *token = PyUnicode_Substring(text, start, end);
    if (token == NULL) return -1;
    PyObject *lowered = PyObject_CallMethod(token, "lower", NULL);
    Py_DECREF(token);
    if (lowered == NULL) return -1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(lowered);
    w->scratch.len = 0;
    if (points_reserve(&w->scratch, n) < 0) {
        Py_DECREF(lowered);
        return -1;
    }
    if (PyUnicode_AsUCS4(lowered, w->scratch.data, n, 0) == NULL) {
        Py_DECREF(lowered);
        return -1;
    }
    w->scratch.len = n;
    Py_DECREF(lowered);
    return 0;
}

/* Split and lower text into w (what text.lower().split() and Counter do), for one PyUnicode kind. */
TWIN_INLINE int read_tokens(int kind, Work *w, PyObject *text, const void *data, Py_ssize_t n) {
    const uint32_t *lower = lower_table;
    Py_ssize_t i = 0;
    for (;;) {
        Py_UCS4 c = 0;
        uint32_t low = LOWER_SPACE;
        for (; i < n; i++) { /* skip white space */
            c = twin_char_at(data, kind, i);
            if (c < TWIN_BMP) {
                low = lower[c];
                if (low != LOWER_SPACE) break;
            } else if (!Py_UNICODE_ISSPACE(c)) {
                low = LOWER_COMPLEX;
                break;
            }
        }
        if (i >= n) return 0;
        Py_ssize_t start = i;
        int complex = 0;
        uint64_t hash = hash_seed;
        w->scratch.len = 0;
        for (;;) { /* c, low: the token's character at i */
            if (low == LOWER_COMPLEX) complex = 1;
            if (w->scratch.len == w->scratch.cap && points_reserve(&w->scratch, 1) < 0) return -1;
            w->scratch.data[w->scratch.len++] = low;
            hash = step(hash, low);
            if (++i >= n) break;
            c = twin_char_at(data, kind, i);
            if (c < TWIN_BMP) {
                low = lower[c];
                if (low == LOWER_SPACE) break;
            } else if (Py_UNICODE_ISSPACE(c)) {
                break;
            } else {
                low = LOWER_COMPLEX;
            }
        }
        if (complex) {
            if (lower_by_python(w, text, start, i) < 0) return -1;
            hash = hash_points(w->scratch.data, w->scratch.len);
        } else {
            hash = finish(hash ^ (uint64_t)w->scratch.len);
        }
        if (add_token(w, hash) < 0) return -1;
    }
}

/* The judged flags of every word, from the cache or by calling judge (then cached). */
static int judge_words(Work *w, PyObject *judge) {
    Py_ssize_t fresh = 0; /* words judged now, moved to the front of a list of ids */
    uint32_t *order = PyMem_Malloc((size_t)(w->n_words ? w->n_words : 1) * sizeof(uint32_t));
    if (order == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t id = 0; id < w->n_words; id++) {
        Word *word = &w->words[id];
        int flags = known_find(word->hash, w->keys.data + word->offset, word->length);
        if (flags >= 0)
            word->flags = flags;
        else
            order[fresh++] = (uint32_t)id;
    }
    /* judge runs Python code: no pointer into the cache is held across it */
    for (Py_ssize_t k = 0; k < fresh; k++) {
        Word *word = &w->words[order[k]];
        PyObject *token = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w->keys.data + word->offset, word->length);
        if (token == NULL) goto error;
        PyObject *result = PyObject_CallOneArg(judge, token);
        Py_DECREF(token);
        if (result == NULL) goto error;
        long flags = PyLong_AsLong(result);
        Py_DECREF(result);
        if (flags == -1 && PyErr_Occurred()) goto error;
        if (flags < 0 || flags > 7) {
            PyErr_SetString(PyExc_ValueError, "judge must return token flags (0-7)");
            goto error;
        }
        word->flags = (int)flags;
    }
    for (Py_ssize_t k = 0; k < fresh; k++) { /* no Python code runs here */
        Word *word = &w->words[order[k]];
        const uint32_t *key = w->keys.data + word->offset;
        if (word->length > MAX_CACHED_LENGTH || known_find(word->hash, key, word->length) >= 0) continue;
        if (known_add(word->hash, key, word->length, word->flags) < 0) goto error;
    }
    PyMem_Free(order);
    return 0;
error:
    PyMem_Free(order);
    return -1;
}

/* The top n-grams. An n-gram is a pair: the id of its (n-1)-gram prefix and its last token's id, so
 * that each size is counted with one 64-bit key per position. A repeated n-gram has a repeated
 * prefix and a repeated suffix, so only positions where both (n-1)-grams repeat are counted: the
 * others hold n-grams seen once, which never make the top (an n-gram seen twice or more). Among
 * the counted ones, the first seen is still first: a tie goes to it, as Counter order does. */
#define NO_GRAM UINT32_MAX

typedef struct {
    Py_ssize_t n;          /* tokens */
    uint32_t *at[2];       /* id of the gram starting at each position (NO_GRAM: not counted), by level parity */
    Py_ssize_t *count[2];  /* count of each gram id, by level parity */
    uint64_t *keys;        /* the current size's grams: prefix id << 32 | last token id */
    Py_ssize_t *first;     /* position of each gram's first occurrence */
    int32_t *index;        /* hash table of gram ids (-1: empty) */
    int shift;             /* 64 - log2(slots) */
} Grams;

/* Count the grams of ``size`` from those of size - 1 (in parity (size - 1) & 1); their number. */
static Py_ssize_t count_grams(Grams *g, const uint32_t *ids, int size) {
    const uint32_t *prev = g->at[(size - 1) & 1];
    const Py_ssize_t *prev_count = g->count[(size - 1) & 1];
    uint32_t *cur = g->at[size & 1];
    Py_ssize_t *count = g->count[size & 1];
    size_t mask = ((size_t)1 << (64 - g->shift)) - 1;
    Py_ssize_t distinct = 0, last = g->n - size; /* the last position an n-gram starts at */
    memset(g->index, 0xff, (mask + 1) * sizeof(int32_t));
    for (Py_ssize_t at = 0; at <= last; at++) {
        uint32_t a = prev[at], b = prev[at + 1];
        if (a == NO_GRAM || b == NO_GRAM || prev_count[a] < 2 || prev_count[b] < 2) {
            cur[at] = NO_GRAM;
            continue;
        }
        uint64_t key = (uint64_t)a << 32 | ids[at + size - 1];
        size_t slot = (size_t)(((key ^ hash_seed) * 0x9e3779b97f4a7c15ULL) >> g->shift);
        int32_t id;
        while ((id = g->index[slot]) >= 0 && g->keys[id] != key) slot = (slot + 1) & mask;
        if (id < 0) {
            id = (int32_t)distinct++;
            g->index[slot] = id;
            g->keys[id] = key;
            g->first[id] = at;
            count[id] = 0;
        }
        count[id]++;
        cur[at] = (uint32_t)id;
    }
    if (last + 1 < g->n) cur[last + 1] = NO_GRAM; /* read as a suffix by the next size, never counted */
    return distinct;
}

static int top_ngrams(Work *w, unsigned long long out[3]) {
    out[0] = out[1] = out[2] = 0;
    Py_ssize_t n = w->n_tokens;
    if (n < 2 || w->n_words == n) return 0; /* no token repeats, so no n-gram does */
    int bits = 4;
    while (((Py_ssize_t)1 << bits) < 2 * n) bits++;
    if (bits > 31) {
        PyErr_SetString(PyExc_OverflowError, "too many tokens");
        return -1;
    }
    uint32_t *even = PyMem_Malloc((size_t)n * sizeof(uint32_t)), *odd = PyMem_Malloc((size_t)n * sizeof(uint32_t));
    /* sizes 2 and 4 in parity 0, sizes 1 (the tokens themselves) and 3 in parity 1 */
    Grams g = {n, {even, w->ids},
               {PyMem_Malloc((size_t)n * sizeof(Py_ssize_t)), PyMem_Malloc((size_t)n * sizeof(Py_ssize_t))},
               PyMem_Malloc((size_t)n * sizeof(uint64_t)), PyMem_Malloc((size_t)n * sizeof(Py_ssize_t)),
               PyMem_Malloc(((size_t)1 << bits) * sizeof(int32_t)), 64 - bits};
    int status = 0;
    if (even == NULL || odd == NULL || g.count[0] == NULL || g.count[1] == NULL || g.keys == NULL ||
        g.first == NULL || g.index == NULL) {
        PyErr_NoMemory();
        status = -1;
    } else {
        for (Py_ssize_t id = 0; id < w->n_words; id++) g.count[1][id] = w->words[id].count;
        for (int size = 2; size <= 4; size++) {
            Py_ssize_t distinct = count_grams(&g, w->ids, size);
            const Py_ssize_t *count = g.count[size & 1];
            Py_ssize_t top = 0, best = 0;
            for (Py_ssize_t id = 0; id < distinct; id++)
                if (count[id] > top) {
                    top = count[id];
                    best = id;
                }
            if (top < 2) break; /* no n-gram of this size repeats, so no longer one does either */
            unsigned long long characters = (unsigned long long)size - 1;
            for (int k = 0; k < size; k++) characters += (unsigned long long)w->words[w->ids[g.first[best] + k]].length;
            out[size - 2] = characters * (unsigned long long)top;
            g.at[1] = odd; /* after size 2, parity 1 is for size 3 */
        }
    }
    PyMem_Free(even);
    PyMem_Free(odd);
    PyMem_Free(g.count[0]);
    PyMem_Free(g.count[1]);
    PyMem_Free(g.keys);
    PyMem_Free(g.first);
    PyMem_Free(g.index);
    return status;
}

/* Bit i set when needles[i] (a str without white space) occurs in a lowered token, so in text.lower(). */
static int find_needles(const Work *w, PyObject *needles, unsigned long *found) {
    *found = 0;
    Py_ssize_t n_needles = PyTuple_GET_SIZE(needles);
    for (Py_ssize_t k = 0; k < n_needles; k++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, k);
        Py_ssize_t m = PyUnicode_GET_LENGTH(needle);
        Py_UCS4 *points = PyUnicode_AsUCS4Copy(needle);
        if (points == NULL) return -1;
        for (Py_ssize_t id = 0; id < w->n_words && !(*found & (1ul << k)); id++) {
            const uint32_t *key = w->keys.data + w->words[id].offset;
            Py_ssize_t last = w->words[id].length - m; /* naive search: m is a few characters */
            for (Py_ssize_t at = 0; at <= last; at++)
                if (key[at] == points[0] && same_points(key + at, points, m)) {
                    *found |= 1ul << k;
                    break;
                }
        }
        PyMem_Free(points);
    }
    return 0;
}

static int check_needles(PyObject *needles) {
    if (!PyTuple_Check(needles) || PyTuple_GET_SIZE(needles) > 32) {
        PyErr_SetString(PyExc_TypeError, "needles must be a tuple of at most 32 str");
        return -1;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(needles); k++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, k);
        if (!PyUnicode_Check(needle) || PyUnicode_GET_LENGTH(needle) == 0) {
            PyErr_SetString(PyExc_TypeError, "needles must be non-empty str");
            return -1;
        }
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(needle); i++)
            if (Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(needle, i))) {
                PyErr_SetString(PyExc_ValueError, "a needle holds white space: tokens never do");
                return -1;
            }
    }
    return 0;
}

static int check_configured(const char *function) {
    if (!configured) PyErr_Format(PyExc_RuntimeError, "%s() before configure()", function);
    return configured ? 0 : -1;
}

PyDoc_STRVAR(tokens_doc,
             "tokens(text, judge, cache_max, needles)\n"
             "-> (tokens, words, syllables, misplaced, gram2, gram3, gram4, found)\n\n"
             "What signals._token_counts and _top_ngram_fractions compute from text.lower().split(): the token\n"
             "count, tokens with a letter, tokens that are one Vietnamese syllable, whether a misplaced tone\n"
             "mark occurs, and for n = 2, 3, 4 the numerator of the top n-gram's character fraction; found\n"
             "has bit i set when needles[i] (str without white space) occurs in text.lower().");

static PyObject *counts_tokens(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "tokens() takes 4 arguments (text, judge, cache_max, needles)");
        return NULL;
    }
    PyObject *text = args[0], *judge = args[1];
    if (twin_text(text, "tokens") < 0 || check_configured("tokens") < 0) return NULL;
    if (!PyCallable_Check(judge)) {
        PyErr_SetString(PyExc_TypeError, "judge must be callable");
        return NULL;
    }
    Py_ssize_t cache_max = PyLong_AsSsize_t(args[2]);
    if (cache_max == -1 && PyErr_Occurred()) return NULL;
    if (check_needles(args[3]) < 0) return NULL;
    if (known_count > cache_max) known_clear(); /* emptied before this document is read, as _token_counts does */

    Work w;
    memset(&w, 0, sizeof w);
    int status;
    TWIN_BY_KIND(PyUnicode_KIND(text), status, read_tokens, &w, text, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text))
    unsigned long long grams[3];
    unsigned long found;
    if (status < 0 || judge_words(&w, judge) < 0 || top_ngrams(&w, grams) < 0 || find_needles(&w, args[3], &found) < 0) {
        work_free(&w);
        return NULL;
    }
    Py_ssize_t words = w.n_tokens, syllables = w.n_tokens;
    int misplaced = 0;
    for (Py_ssize_t id = 0; id < w.n_words; id++) {
        const Word *word = &w.words[id];
        if (word->flags & NO_LETTER) {
            words -= word->count;
            syllables -= word->count;
        } else if (word->flags & NOT_SYLLABLE) {
            syllables -= word->count;
        }
        if (word->flags & MISPLACED) misplaced = 1;
    }
    Py_ssize_t n_tokens = w.n_tokens;
    work_free(&w);
    return Py_BuildValue("nnnNKKKk", n_tokens, words, syllables, PyBool_FromLong(misplaced), grams[0], grams[1],
                         grams[2], found);
}

/* Histogram of the class bytes of text's BMP characters, and the count of the others. */
TWIN_INLINE Py_ssize_t class_histogram(int kind, const void *data, Py_ssize_t n, Py_ssize_t histogram[256]) {
    Py_ssize_t astral = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = twin_char_at(data, kind, i);
        if (kind == PyUnicode_4BYTE_KIND && c >= TWIN_BMP)
            astral++;
        else
            histogram[class_table[c]]++;
    }
    return astral;
}

PyDoc_STRVAR(characters_doc,
             "characters(text) -> (letters, diacritic, digits, upper, punctuation, gate, astral)\n\n"
             "signals._character_counts over the BMP characters of text (gate: 0 False, 1 True, 2 None) and\n"
             "the number of characters above U+FFFF, which the caller counts by the Python classes.");

static PyObject *counts_characters(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 1) {
        PyErr_SetString(PyExc_TypeError, "characters() takes 1 argument (text)");
        return NULL;
    }
    PyObject *text = args[0];
    if (twin_text(text, "characters") < 0 || check_configured("characters") < 0) return NULL;
    Py_ssize_t histogram[256] = {0};
    Py_ssize_t astral;
    TWIN_BY_KIND(PyUnicode_KIND(text), astral, class_histogram, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text),
                 histogram)
    Py_ssize_t counts[8] = {0};
    for (int bits = 0; bits < 256; bits++)
        if (histogram[bits])
            for (int k = 0; k < 8; k++)
                if (bits & (1 << k)) counts[k] += histogram[bits];
    int gate = counts[5] || astral ? 1 : counts[6] ? 2 : 0; /* every character above U+FFFF is unsafe */
    return Py_BuildValue("nnnnnin", counts[0], counts[1], counts[2], counts[3], counts[4], gate, astral);
}

PyDoc_STRVAR(configure_doc,
             "configure(lower, classes)\n\n"
             "Take the tables (tables.py): lower, one native uint32 per BMP code point (its lower case, LOWER_SPACE\n"
             "or LOWER_COMPLEX), and classes, one byte of class bits per BMP code point; any bytes-like objects of\n"
             "exactly that size. Copied; may be called again. tokens() and characters() need them.");

static PyObject *counts_configure(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs) {
    static const TwinTable tables[] = {{"lower", lower_table, sizeof(lower_table)},
                                       {"classes", class_table, sizeof(class_table)}};
    if (twin_take_tables("configure", args, nargs, tables, 2) < 0) return NULL;
    configured = 1;
    Py_RETURN_NONE;
}

PyDoc_STRVAR(cache_size_doc, "cache_size() -> tokens in the cache of judged tokens (for tests)");

static PyObject *counts_cache_size(PyObject *Py_UNUSED(module), PyObject *Py_UNUSED(unused)) { return PyLong_FromSsize_t(known_count); }

static PyMethodDef counts_methods[] = {
    {"tokens", (PyCFunction)(void (*)(void))counts_tokens, METH_FASTCALL, tokens_doc},
    {"characters", (PyCFunction)(void (*)(void))counts_characters, METH_FASTCALL, characters_doc},
    {"configure", (PyCFunction)(void (*)(void))counts_configure, METH_FASTCALL, configure_doc},
    {"cache_size", counts_cache_size, METH_NOARGS, cache_size_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef counts_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_counts",
    .m_doc = "C twin of vnnews_clean.quality's counting passes.",
    .m_size = -1,
    .m_methods = counts_methods,
};

PyMODINIT_FUNC PyInit__counts(void) {
    PyObject *name = PyUnicode_FromString("vnnews_clean.quality._counts");
    if (name == NULL) return NULL;
    Py_hash_t seed = PyObject_Hash(name);
    Py_DECREF(name);
    if (seed == -1 && PyErr_Occurred()) return NULL;
    hash_seed = finish((uint64_t)seed);
    return PyModule_Create(&counts_module);
}
