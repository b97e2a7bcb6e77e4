/* C twin of the character-level facts of vnnews_clean.structure.line_features.
 *
 * line_features asks a dozen cheap questions of every line (how many spaces,
 * does it end a sentence, is there a letter, ...), each a separate call of
 * str or sre over the line: together about 5 us on a 300-character line, the
 * most of a first pass over a new corpus. facts() answers all of them in one
 * call (a few tight loops the compiler vectorizes), each exactly as the Python
 * expression it stands for (named below and in structure._twin_line_features).
 *
 * No character data lives here: the closing quotes, the sentence ends and the
 * last characters that make a line no headline come from Python
 * (shapes._CLOSERS, shapes._SENTENCE_ENDS, structure._NOT_HEADLINE_ENDS, and the
 * characters a sentence break can start with, structure._BREAK_STARTS) at each call. Letters and printable characters are what str and sre ask of the
 * same Unicode database (Py_UNICODE_IS*); the tests compare both on every BMP
 * character, random text and the baomoi corpus.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define LINES_INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define LINES_INLINE static __forceinline
#else
#define LINES_INLINE static inline
#endif

/* _surely_vietnamese reads the first this many characters: line[:200] */
#define SAMPLE_CHARS 200
/* characters counted in 32 bits before adding to the total */
#define BLOCK ((Py_ssize_t)1 << 20)


LINES_INLINE Py_UCS4 char_at(const void *data, int kind, Py_ssize_t i)
{
    return kind == PyUnicode_1BYTE_KIND   ? ((const Py_UCS1 *)data)[i]
           : kind == PyUnicode_2BYTE_KIND ? ((const Py_UCS2 *)data)[i]
                                          : ((const Py_UCS4 *)data)[i];
}

/* sre's [^\W\d_] (shapes._LETTER): a word character (alphanumeric or "_") that is neither a
 * decimal digit nor "_"; on ASCII, a to z in either case. */
LINES_INLINE int is_letter(Py_UCS4 ch)
{
    if (ch < 0x80)
        return (Py_UCS4)((ch | 0x20) - 'a') < 26;
    return Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch);
}

/* str.isprintable of each BMP character, 1 or 0: asked of Py_UNICODE_ISPRINTABLE (what
 * str.isprintable asks) once at import, then read without a call. */
#define BMP 0x10000
static uint8_t printable_table[BMP];

LINES_INLINE int is_printable(Py_UCS4 ch)
{
    return ch < BMP ? printable_table[ch] : Py_UNICODE_ISPRINTABLE(ch);
}

/* What the passes over the line find. */
typedef struct {
    Py_ssize_t spaces; /* line.count(" ") */
    int double_space;  /* "  " in line */
    int printable;     /* line.isprintable() */
    int letter;        /* shapes.has_letter(line) */
    int surrogate;     /* line[:200] holds a surrogate: line[:200].encode() raises */
    long extra;        /* len(line[:200].encode()) - len(line[:200]), when it does not raise */
} Facts;

/* The passes for one kind of str (a constant after inlining, so each kind gets its own loops).
 * Each is a simple loop the compiler can vectorize, or one that stops at its first find:
 * on news they cost less together than one loop asking everything of each character. */
LINES_INLINE void read_kind(const void *data, int kind, Py_ssize_t n, Facts *facts)
{
    Py_ssize_t spaces = 0, sample = n < SAMPLE_CHARS ? n : SAMPLE_CHARS;
    int double_space = 0, beyond_ascii = 0, printable = 1, letter = 0, surrogate = 0;
    long extra = 0;
    /* spaces, "  ", and whether any character is other than printable ASCII */
    for (Py_ssize_t block = 0; block < n; block += BLOCK) { /* narrow sums vectorize better */
        Py_ssize_t stop = n - block < BLOCK ? n : block + BLOCK;
        uint32_t block_spaces = 0, block_beyond = 0, block_double = 0;
        for (Py_ssize_t i = block; i < stop; i++) {
            Py_UCS4 ch = char_at(data, kind, i);
            block_spaces += ch == ' ';
            block_beyond |= ch - 0x20 >= 0x5f; /* outside " " to "~" */
        }
        for (Py_ssize_t i = block > 0 ? block : 1; i < stop; i++)
            block_double |= (char_at(data, kind, i) == ' ') & (char_at(data, kind, i - 1) == ' ');
        spaces += block_spaces;
        beyond_ascii |= block_beyond != 0;
        double_space |= block_double != 0;
    }
    if (beyond_ascii) {
        if (kind == PyUnicode_4BYTE_KIND) {
            for (Py_ssize_t i = 0; i < n && printable; i++)
                printable = is_printable(char_at(data, kind, i));
        }
        else { /* no branch on each character: on news one in four is beyond ASCII */
            uint8_t all = 1;
            for (Py_ssize_t i = 0; i < n; i++)
                all &= printable_table[char_at(data, kind, i)];
            printable = all;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (is_letter(char_at(data, kind, i))) {
            letter = 1;
            break;
        }
    /* UTF-8 takes 2 bytes from U+0080, 3 from U+0800, 4 from U+10000 */
    if (beyond_ascii)
        for (Py_ssize_t i = 0; i < sample; i++) {
            Py_UCS4 ch = char_at(data, kind, i);
            extra += (ch >= 0x80) + (ch >= 0x800) + (ch >= 0x10000);
            surrogate |= (ch >= 0xD800) & (ch <= 0xDFFF);
        }
    facts->spaces = spaces;
    facts->double_space = double_space;
    facts->printable = printable;
    facts->letter = letter;
    facts->surrogate = surrogate;
    facts->extra = extra;
}

/* -1 on error, else whether ``chars`` (a str) holds ch. */
LINES_INLINE int holds(PyObject *chars, Py_UCS4 ch)
{
    Py_ssize_t at = PyUnicode_FindChar(chars, ch, 0, PyUnicode_GET_LENGTH(chars), 1);
    return at == -2 ? -1 : at >= 0;
}

PyDoc_STRVAR(facts_doc,
             "facts(line, closers, sentence_ends, not_headline_ends, break_starts, /)\n--\n\n"
             "What structure.line_features asks of a non-empty ``line``, in one pass, as a tuple:\n"
             "(line.count(\" \"), \"  \" in line or line[0] == \" \" or line[-1] == \" \",\n"
             "line.isprintable(), shapes.ends_sentence(line) with ``closers`` and ``sentence_ends``,\n"
             "shapes.has_letter(line), line[-1] in not_headline_ends,\n"
             "len(line[:200].encode()) - len(line[:200]) or -1 when that encode raises (a surrogate),\n"
             "any(char in line for char in break_starts) or any character of line is beyond the BMP).\n"
             "IndexError on an empty line, as line[0].");

static PyObject *facts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5) {
        PyErr_Format(PyExc_TypeError, "facts() takes 5 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < 5; k++)
        if (!PyUnicode_Check(args[k])) {
            PyErr_Format(PyExc_TypeError, "facts() needs str arguments, not %.100s", Py_TYPE(args[k])->tp_name);
            return NULL;
        }
    PyObject *line = args[0], *closers = args[1], *sentence_ends = args[2], *not_headline_ends = args[3];
    PyObject *break_starts = args[4];
#if PY_VERSION_HEX < 0x030C0000
    for (Py_ssize_t k = 0; k < 5; k++)
        if (PyUnicode_READY(args[k]) < 0)
            return NULL;
#endif
    const void *data = PyUnicode_DATA(line);
    int kind = PyUnicode_KIND(line);
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return NULL;
    }
    Facts found;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        read_kind(data, PyUnicode_1BYTE_KIND, n, &found);
        break;
    case PyUnicode_2BYTE_KIND:
        read_kind(data, PyUnicode_2BYTE_KIND, n, &found);
        break;
    default:
        read_kind(data, PyUnicode_4BYTE_KIND, n, &found);
    }
    Py_UCS4 last = char_at(data, kind, n - 1);
    int odd_spacing = found.double_space || char_at(data, kind, 0) == ' ' || last == ' ';
    /* shapes.ends_sentence: the last character, past any closers, is a sentence end */
    Py_ssize_t k = n - 1;
    int in = 0;
    while (k >= 0 && (in = holds(closers, char_at(data, kind, k))) == 1)
        k--;
    if (k >= 0 && in < 0)
        return NULL;
    int end = 0;
    if (k >= 0 && (end = holds(sentence_ends, char_at(data, kind, k))) < 0)
        return NULL;
    int stop = holds(not_headline_ends, last);
    if (stop < 0)
        return NULL;
    /* any character of break_starts (BMP characters, structure.first_characters) in the line, a
     * memchr-like scan each; a line with a character beyond the BMP may always break */
    int may_break = kind == PyUnicode_4BYTE_KIND;
    const void *starts = PyUnicode_DATA(break_starts);
    int starts_kind = PyUnicode_KIND(break_starts);
    for (Py_ssize_t j = 0; j < PyUnicode_GET_LENGTH(break_starts) && !may_break; j++) {
        Py_ssize_t at = PyUnicode_FindChar(line, char_at(starts, starts_kind, j), 0, n, 1);
        if (at == -2)
            return NULL;
        may_break = at >= 0;
    }
    PyObject *result = PyTuple_New(8);
    if (result == NULL)
        return NULL;
    PyObject *spaces = PyLong_FromSsize_t(found.spaces);
    PyObject *extra = PyLong_FromLong(found.surrogate ? -1 : found.extra);
    if (spaces == NULL || extra == NULL) {
        Py_XDECREF(spaces);
        Py_XDECREF(extra);
        Py_DECREF(result);
        return NULL;
    }
    PyTuple_SET_ITEM(result, 0, spaces);
    PyTuple_SET_ITEM(result, 1, PyBool_FromLong(odd_spacing));
    PyTuple_SET_ITEM(result, 2, PyBool_FromLong(found.printable));
    PyTuple_SET_ITEM(result, 3, PyBool_FromLong(end));
    PyTuple_SET_ITEM(result, 4, PyBool_FromLong(found.letter));
    PyTuple_SET_ITEM(result, 5, PyBool_FromLong(stop));
    PyTuple_SET_ITEM(result, 6, extra);
    PyTuple_SET_ITEM(result, 7, PyBool_FromLong(may_break));
    return result;
}

static PyMethodDef lines_methods[] = {
    {"facts", (PyCFunction)(void (*)(void))facts, METH_FASTCALL, facts_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef lines_module = {
    PyModuleDef_HEAD_INIT, "_features", "C twin of the character-level facts of vnnews_clean.lines.features.line_features.",
    -1, lines_methods,
};

PyMODINIT_FUNC PyInit__features(void)
{
    for (Py_UCS4 ch = 0; ch < BMP; ch++)
        printable_table[ch] = Py_UNICODE_ISPRINTABLE(ch) ? 1 : 0;
    return PyModule_Create(&lines_module);
}
