/* C twin of the character-level facts of vnnews_clean.structure.line_features.
 *
 * line_features asks a dozen cheap questions of every line (how many spaces,
 * does it end a sentence, is there a letter, ...), each a separate pass of
 * str or sre over the line: together about 5 us on a 300-character line, the
 * most of a first pass over a new corpus. facts() reads the line once and
 * answers all of them, each exactly as the Python expression it stands for
 * (named below and in structure._twin_line_features).
 *
 * No character data lives here: the closing quotes, the sentence ends and the
 * last characters that make a line no headline come from Python
 * (shapes._CLOSERS, shapes._SENTENCE_ENDS, structure._NOT_HEADLINE_ENDS) at
 * each call. Letters and printable characters are what str and sre ask of the
 * same Unicode database (Py_UNICODE_IS*); the tests compare both on every BMP
 * character, random text and the baomoi corpus.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#if defined(__GNUC__) || defined(__clang__)
#define LINES_INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define LINES_INLINE static __forceinline
#else
#define LINES_INLINE static inline
#endif

/* _surely_vietnamese reads the first this many characters: line[:200] */
#define SAMPLE_CHARS 200


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

/* str.isprintable of one character; on ASCII, " " to "~". */
LINES_INLINE int is_printable(Py_UCS4 ch)
{
    if (ch < 0x80)
        return ch >= 0x20 && ch < 0x7f;
    return Py_UNICODE_ISPRINTABLE(ch);
}

/* What one pass over the line finds. */
typedef struct {
    Py_ssize_t spaces; /* line.count(" ") */
    int double_space;  /* "  " in line */
    int printable;     /* line.isprintable() */
    int letter;        /* shapes.has_letter(line) */
    int surrogate;     /* line[:200] holds a surrogate: line[:200].encode() raises */
    long extra;        /* len(line[:200].encode()) - len(line[:200]), when it does not raise */
} Facts;

/* The pass for one kind of str (a constant after inlining, so each kind gets its own loop). */
LINES_INLINE void read_kind(const void *data, int kind, Py_ssize_t n, Facts *facts)
{
    Py_ssize_t spaces = 0, sample = n < SAMPLE_CHARS ? n : SAMPLE_CHARS;
    int double_space = 0, printable = 1, letter = 0, surrogate = 0;
    long extra = 0;
    Py_UCS4 previous = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = char_at(data, kind, i);
        if (ch == ' ') {
            spaces++;
            double_space |= previous == ' ';
            previous = ch;
            continue;
        }
        previous = ch;
        if (printable && !is_printable(ch))
            printable = 0;
        if (!letter && is_letter(ch))
            letter = 1;
        if (ch >= 0x80 && i < sample) { /* UTF-8 takes 2 bytes below U+0800, 3 below U+10000, 4 above */
            extra += ch < 0x800 ? 1 : ch < 0x10000 ? 2 : 3;
            surrogate |= ch >= 0xD800 && ch <= 0xDFFF;
        }
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
             "facts(line, closers, sentence_ends, not_headline_ends, /)\n--\n\n"
             "What structure.line_features asks of a non-empty ``line``, in one pass, as a tuple:\n"
             "(line.count(\" \"), \"  \" in line or line[0] == \" \" or line[-1] == \" \",\n"
             "line.isprintable(), shapes.ends_sentence(line) with ``closers`` and ``sentence_ends``,\n"
             "shapes.has_letter(line), line[-1] in not_headline_ends,\n"
             "len(line[:200].encode()) - len(line[:200]) or -1 when that encode raises (a surrogate)).\n"
             "IndexError on an empty line, as line[0].");

static PyObject *facts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4) {
        PyErr_Format(PyExc_TypeError, "facts() takes 4 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < 4; k++)
        if (!PyUnicode_Check(args[k])) {
            PyErr_Format(PyExc_TypeError, "facts() needs str arguments, not %.100s", Py_TYPE(args[k])->tp_name);
            return NULL;
        }
    PyObject *line = args[0], *closers = args[1], *sentence_ends = args[2], *not_headline_ends = args[3];
#if PY_VERSION_HEX < 0x030C0000
    for (Py_ssize_t k = 0; k < 4; k++)
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
    PyObject *result = PyTuple_New(7);
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
    return result;
}

static PyMethodDef lines_methods[] = {
    {"facts", (PyCFunction)(void (*)(void))facts, METH_FASTCALL, facts_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef lines_module = {
    PyModuleDef_HEAD_INIT, "_lines", "C twin of the character-level facts of vnnews_clean.structure.line_features.",
    -1, lines_methods,
};

PyMODINIT_FUNC PyInit__lines(void)
{
    return PyModule_Create(&lines_module);
}
