/* C twin of vnnews_clean.lines.features.line_features (see vnnews_clean/_native.py).
 *
 * line_features runs once on every distinct line a corpus holds; most of its cost is Python's own: a dozen
 * scans of the line (spaces, printable, letters, the UTF-8 size of its start) and the branches between
 * them. This does those scans in one pass and the branches in C, and asks the Python recognizers
 * (handed over by configure()) what it does not restate: a sentence break, a dateline, a footer, the
 * sentence count, the syllable share. So the recognizers stay in one place, and every answer is theirs.
 *
 * Only the common line is read here: a str (not a subclass), non-empty, printable, with single spaces and
 * none at either end. Any other line (a tab, a double space, an empty or odd str) goes to the Python
 * original, which then answers (or raises) as it always does.
 *
 * Every constant, character set and recognizer comes from Python through configure(), but for what a
 * recognizer's own first check says (a name has two words at least; footer terms need a ":" or a "©"; a dateline
 * is at most DATELINE_MAX_CHARS long), which the tests hold to the Python on any line.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>

#include "../_twin.h"

/* The recognizers and the result's type, from configure(). */
enum {
    HOOK_TYPE,              /* LineFeatures */
    HOOK_PYTHON,            /* line_features itself: the answer for any line this does not read */
    HOOK_SENTENCE_BREAK,    /* shapes.has_sentence_break */
    HOOK_DATELINE,          /* dates.is_dateline */
    HOOK_FOOTER_START,      /* features._FOOTER_START.match */
    HOOK_FOOTER_TERMS,      /* features.has_footer_terms */
    HOOK_SENTENCE_COUNT,    /* shapes.sentence_count */
    HOOK_SYLLABLE_SHARE,    /* features.syllable_share */
    HOOK_COUNT
};
static PyObject *hooks[HOOK_COUNT];

/* The character sets, from configure() (each a str, kept as its code points). */
enum {
    SET_CLOSERS,            /* shapes.CLOSERS */
    SET_SENTENCE_ENDS,      /* shapes.SENTENCE_ENDS */
    SET_NOT_HEADLINE_ENDS,  /* features._NOT_HEADLINE_ENDS */
    SET_FOOTER_FIRST,       /* features.FOOTER_FIRST_CHARS, as a str */
    SET_BREAK_MARKS,        /* shapes.SENTENCE_BREAK_MARKS: what has_sentence_break looks for before its regex */
    SET_COUNT
};
#define SET_MAX_CHARS 64
static Py_UCS4 sets[SET_COUNT][SET_MAX_CHARS];
static Py_ssize_t set_sizes[SET_COUNT];

/* The numbers, from configure(). */
static Py_ssize_t headline_max_words, headline_max_chars, dateline_max_words, dateline_max_chars, prose_min_words,
    name_max_words, name_max_chars, extra_bytes_min, sample_chars;
static double extra_share, syllable_share_min;
static int configured = 0;

/* ch is in the set (a handful of characters: a linear look). */
static int in_set(int which, Py_UCS4 ch)
{
    for (Py_ssize_t i = 0; i < set_sizes[which]; i++)
        if (sets[which][i] == ch)
            return 1;
    return 0;
}

/* sre's [^\W\d_] (shapes.LETTER): a word character that is neither a decimal digit nor "_". */
static int is_letter(Py_UCS4 ch)
{
    return Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch) && ch != '_';
}

/* How many bytes more than one character takes in UTF-8 (a surrogate never gets here: not printable). */
static Py_ssize_t utf8_extra(Py_UCS4 ch)
{
    return ch < 0x80 ? 0 : ch < 0x800 ? 1 : ch < 0x10000 ? 2 : 3;
}

/* What one pass over a line tells. */
typedef struct {
    Py_ssize_t spaces;       /* " " */
    Py_ssize_t extra_sample; /* UTF-8 extra bytes of the first sample_chars characters */
    int common;              /* printable, no "  " (the ends are looked at by the caller) */
    int letter;              /* shapes.has_letter */
    int break_mark;          /* one of SET_BREAK_MARKS */
    int colon_or_copyright;  /* ":" or "©" */
} Scan;

/* What the scan notes of a character: one byte each for the BMP, filled by configure() (a few hundred
 * kilobytes of characters a second, where a branch per kind of character cost as much again). */
enum { NOTE_SPACE = 1, NOTE_LETTER = 2, NOTE_ODD = 4, NOTE_COLON_OR_COPYRIGHT = 8, NOTE_BREAK_MARK = 16 };
static uint8_t notes[TWIN_BMP];

static uint8_t note_of(Py_UCS4 ch)
{
    uint8_t note = 0;
    if (ch == ' ')
        note = NOTE_SPACE;
    else if (!Py_UNICODE_ISPRINTABLE(ch)) /* str.isprintable (a surrogate is not) */
        note = NOTE_ODD;
    if (is_letter(ch))
        note |= NOTE_LETTER;
    if (ch == ':' || ch == 0xa9)
        note |= NOTE_COLON_OR_COPYRIGHT;
    if (in_set(SET_BREAK_MARKS, ch))
        note |= NOTE_BREAK_MARK;
    return note;
}

TWIN_INLINE Scan scan_line(int kind, const void *data, Py_ssize_t n)
{
    Scan s = {0, 0, 1, 0, 0, 0};
    unsigned seen = 0;           /* the notes of every character */
    Py_ssize_t after_space = -1; /* the index after the last space */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = twin_char_at(data, kind, i);
        unsigned note = (kind != PyUnicode_4BYTE_KIND || ch < TWIN_BMP) ? notes[ch] : note_of(ch);
        if (note & (NOTE_SPACE | NOTE_ODD)) {
            if ((note & NOTE_ODD) || after_space == i) { /* not printable, or a second space */
                s.common = 0;
                return s;
            }
            s.spaces++;
            after_space = i + 1;
        }
        seen |= note;
    }
    /* the UTF-8 size of the start: a second, short pass */
    Py_ssize_t sample = n < sample_chars ? n : sample_chars;
    for (Py_ssize_t i = 0; i < sample; i++)
        s.extra_sample += utf8_extra(twin_char_at(data, kind, i));
    s.letter = (seen & NOTE_LETTER) != 0;
    s.break_mark = (seen & NOTE_BREAK_MARK) != 0;
    s.colon_or_copyright = (seen & NOTE_COLON_OR_COPYRIGHT) != 0;
    return s;
}

/* hook(line), as a truth value (a dateline, a footer's match) or as a number (sentence_count, syllable_share):
 * 0 with *answer set, or -1 with an exception. */
static int ask(int hook, PyObject *line, int as_number, double *answer)
{
    PyObject *said = PyObject_CallOneArg(hooks[hook], line);
    if (said == NULL)
        return -1;
    *answer = as_number ? PyFloat_AsDouble(said) : (double)PyObject_IsTrue(said);
    Py_DECREF(said);
    return (*answer == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

/* hook(line) as a truth value: 1, 0, or -1 with an exception. */
static int ask_truth(int hook, PyObject *line)
{
    double truth;
    return ask(hook, line, 0, &truth) < 0 ? -1 : truth != 0.0;
}

/* shapes.is_name on a common line of at most name_max_words words (so pieces between spaces are words). */
TWIN_INLINE int name_shaped(int kind, const void *data, Py_ssize_t n, Py_ssize_t words)
{
    if (n > name_max_chars || words < 2)
        return 0;
    int word_start = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = twin_char_at(data, kind, i);
        if (ch == ' ') {
            word_start = 1;
            continue;
        }
        if (!Py_UNICODE_ISALPHA(ch) || (word_start && !Py_UNICODE_ISUPPER(ch)))
            return 0;
        word_start = 0;
    }
    return 1;
}

static PyObject *python_answer(PyObject *line)
{
    return PyObject_CallOneArg(hooks[HOOK_PYTHON], line);
}

PyDoc_STRVAR(line_features_doc,
             "line_features(line)\n\n"
             "features.line_features(line): the same LineFeatures, the common line read here, any other by the\n"
             "Python original.");

static PyObject *features_line_features(PyObject *Py_UNUSED(module), PyObject *line)
{
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "line_features() before configure()");
        return NULL;
    }
    if (!PyUnicode_CheckExact(line))
        return python_answer(line);
    if (twin_text(line, "line_features") < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    if (n == 0)
        return python_answer(line);
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    Py_UCS4 first = twin_char_at(data, kind, 0), last = twin_char_at(data, kind, n - 1);
    if (first == ' ' || last == ' ')
        return python_answer(line);
    Scan s;
    TWIN_BY_KIND(kind, s, scan_line, data, n);
    if (!s.common)
        return python_answer(line);

    Py_ssize_t words = s.spaces + 1;
    /* shapes.ends_sentence */
    Py_ssize_t k = n - 1;
    Py_UCS4 end_char = last;
    while (k >= 0 && in_set(SET_CLOSERS, end_char)) {
        k--;
        end_char = k >= 0 ? twin_char_at(data, kind, k) : 0;
    }
    int end = k >= 0 && in_set(SET_SENTENCE_ENDS, end_char);
    int letter = s.letter;
    int headline = 0, six = words >= 6; /* a common line's words are exact: str.split's */
    if (n <= headline_max_chars && !in_set(SET_NOT_HEADLINE_ENDS, last)) {
        if (words <= headline_max_words && letter) {
            int broken = s.break_mark ? ask_truth(HOOK_SENTENCE_BREAK, line) : 0;
            if (broken < 0)
                return NULL;
            headline = !broken;
        }
    }
    int paragraph = !headline && six && letter;
    int date = 0;
    if (words <= dateline_max_words && n <= dateline_max_chars && (date = ask_truth(HOOK_DATELINE, line)) < 0)
        return NULL;
    int footer = 0;
    if (in_set(SET_FOOTER_FIRST, first) && (footer = ask_truth(HOOK_FOOTER_START, line)) < 0)
        return NULL;
    if (!footer && s.colon_or_copyright && (footer = ask_truth(HOOK_FOOTER_TERMS, line)) < 0)
        return NULL;
    int prose = 0;
    if (words >= prose_min_words && !headline && !date && !footer) {
        int sentences = end;
        if (!sentences) {
            double count;
            if (ask(HOOK_SENTENCE_COUNT, line, 1, &count) < 0)
                return NULL;
            sentences = count >= 2;
        }
        if (sentences) {
            Py_ssize_t start = n < sample_chars ? n : sample_chars;
            /* (the Python looks at the sample's first half first: as many extra bytes or fewer) */
            prose = s.extra_sample >= extra_bytes_min ||
                    (double)s.extra_sample >= extra_share * (double)start;
            if (!prose) {
                double share;
                if (ask(HOOK_SYLLABLE_SHARE, line, 1, &share) < 0)
                    return NULL;
                prose = share >= syllable_share_min;
            }
        }
    }
    int name = words <= name_max_words;
    if (name)
        TWIN_BY_KIND(kind, name, name_shaped, data, n, words);

    PyObject *items = PyTuple_New(10);
    if (items == NULL)
        return NULL;
    PyObject *count = PyLong_FromSsize_t(words);
    if (count == NULL) {
        Py_DECREF(items);
        return NULL;
    }
    PyTuple_SET_ITEM(items, 0, count);
    PyTuple_SET_ITEM(items, 1, PyBool_FromLong(end));
    PyTuple_SET_ITEM(items, 2, PyBool_FromLong(headline));
    PyTuple_SET_ITEM(items, 3, PyBool_FromLong(paragraph));
    PyTuple_SET_ITEM(items, 4, PyBool_FromLong(date));
    PyTuple_SET_ITEM(items, 5, PyBool_FromLong(name));
    PyTuple_SET_ITEM(items, 6, PyBool_FromLong(footer));
    PyTuple_SET_ITEM(items, 7, PyBool_FromLong(prose));
    PyTuple_SET_ITEM(items, 8, PyBool_FromLong(0)); /* joined: features_list's to set */
    PyTuple_SET_ITEM(items, 9, PyBool_FromLong(0)); /* spaced: a common line has no spaces to collapse */
    /* tuple.__new__(LineFeatures, items), as the Python original makes it */
    PyObject *args = PyTuple_Pack(1, items);
    Py_DECREF(items);
    if (args == NULL)
        return NULL;
    PyObject *features = PyTuple_Type.tp_new((PyTypeObject *)hooks[HOOK_TYPE], args, NULL);
    Py_DECREF(args);
    return features;
}

PyDoc_STRVAR(configure_doc,
             "configure(hooks, sets, numbers, shares)\n\n"
             "Take what line_features() asks and compares with: hooks, a tuple of (LineFeatures, line_features,\n"
             "has_sentence_break, is_dateline, footer_start_match, has_footer_terms, sentence_count,\n"
             "syllable_share); sets, a tuple of str (CLOSERS, SENTENCE_ENDS, the no-headline ends, the footer's\n"
             "first characters, the sentence break's marks); numbers, a tuple of int (headline words, headline\n"
             "characters, dateline words, dateline characters, prose words, name words, name characters, the\n"
             "surely-Vietnamese extra bytes, the sample's characters); shares, a tuple of float (the\n"
             "surely-Vietnamese share, the syllable share). All checked before any is kept; may be called again.");

static PyObject *features_configure(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *given_hooks, *given_sets, *numbers, *shares;
    Py_ssize_t values[9];
    double fractions[2];
    if (!PyArg_ParseTuple(args, "O!O!O!O!:configure", &PyTuple_Type, &given_hooks, &PyTuple_Type, &given_sets,
                          &PyTuple_Type, &numbers, &PyTuple_Type, &shares))
        return NULL;
    if (PyTuple_GET_SIZE(given_hooks) != HOOK_COUNT || PyTuple_GET_SIZE(given_sets) != SET_COUNT ||
        PyTuple_GET_SIZE(numbers) != 9 || PyTuple_GET_SIZE(shares) != 2) {
        PyErr_SetString(PyExc_TypeError, "configure() needs 8 hooks, 5 sets, 9 numbers and 2 shares");
        return NULL;
    }
    PyObject *type = PyTuple_GET_ITEM(given_hooks, HOOK_TYPE);
    if (!PyType_Check(type) || !PyType_IsSubtype((PyTypeObject *)type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "configure(): the first hook must be a tuple type");
        return NULL;
    }
    for (int h = 1; h < HOOK_COUNT; h++)
        if (!PyCallable_Check(PyTuple_GET_ITEM(given_hooks, h))) {
            PyErr_Format(PyExc_TypeError, "configure(): hook %d is not callable", h);
            return NULL;
        }
    for (int k = 0; k < SET_COUNT; k++) {
        PyObject *set = PyTuple_GET_ITEM(given_sets, k);
        if (twin_text(set, "configure") < 0)
            return NULL;
        if (PyUnicode_GET_LENGTH(set) > SET_MAX_CHARS) {
            PyErr_Format(PyExc_ValueError, "configure(): set %d has more than %d characters", k, SET_MAX_CHARS);
            return NULL;
        }
    }
    for (int k = 0; k < 9; k++) {
        values[k] = PyLong_AsSsize_t(PyTuple_GET_ITEM(numbers, k));
        if (values[k] == -1 && PyErr_Occurred())
            return NULL;
    }
    for (int k = 0; k < 2; k++) {
        fractions[k] = PyFloat_AsDouble(PyTuple_GET_ITEM(shares, k));
        if (fractions[k] == -1.0 && PyErr_Occurred())
            return NULL;
    }
    for (int h = 0; h < HOOK_COUNT; h++)
        Py_XSETREF(hooks[h], Py_NewRef(PyTuple_GET_ITEM(given_hooks, h)));
    for (int k = 0; k < SET_COUNT; k++) {
        PyObject *set = PyTuple_GET_ITEM(given_sets, k);
        set_sizes[k] = PyUnicode_GET_LENGTH(set);
        for (Py_ssize_t i = 0; i < set_sizes[k]; i++)
            sets[k][i] = PyUnicode_READ_CHAR(set, i);
    }
    headline_max_words = values[0];
    headline_max_chars = values[1];
    dateline_max_words = values[2];
    dateline_max_chars = values[3];
    prose_min_words = values[4];
    name_max_words = values[5];
    name_max_chars = values[6];
    extra_bytes_min = values[7];
    sample_chars = values[8];
    for (Py_UCS4 ch = 0; ch < TWIN_BMP; ch++)
        notes[ch] = note_of(ch);
    extra_share = fractions[0];
    syllable_share_min = fractions[1];
    configured = 1;
    Py_RETURN_NONE;
}

static PyMethodDef features_methods[] = {
    {"line_features", features_line_features, METH_O, line_features_doc},
    {"configure", features_configure, METH_VARARGS, configure_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef features_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_features",
    .m_doc = "C twin of vnnews_clean.lines.features.line_features.",
    .m_size = -1,
    .m_methods = features_methods,
};

PyMODINIT_FUNC PyInit__features(void)
{
    (void)twin_take_tables; /* (shared by the other twins) */
    return PyModule_Create(&features_module);
}
