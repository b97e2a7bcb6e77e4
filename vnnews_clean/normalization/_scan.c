/* C twin of vnnews_clean.normalize's triage scan (the Python original is in triage.py).
 *
 * One pass over a str answers what normalize needs to know before it does any
 * work: is there an attention character (triage.ATTENTION), a misplaced tone
 * mark (syllable.SUSPICIOUS[style]), a character beyond the BMP, and (in the same
 * pass, for collapse_spaces) a space to collapse or strip. sre answers the first
 * three with one regex, but stops at every toned vowel to try the lookarounds of
 * the tone rules (about 190 instructions a character on news).
 *
 * No character data lives here. Which letters are vowels, toned, attention
 * characters and so on comes from Python (triage.build_table) as one table of
 * bit flags over the BMP, built from the very strings the regexes are made of,
 * and handed over once by configure(). This file restates only the rules, each
 * with the Python it mirrors; the tests compare both on every syllable the
 * model spells, random text and the baomoi corpus.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#include "../_twin.h"

/* One bit per character class; FLAGS maps their names (triage.table_classes) to them. */
enum {
    ALONE = 1 << 0,          /* ATTENTION_ALONE: wants the repair steps wherever it stands */
    MOJIBAKE_LEAD = 1 << 1,  /* MOJIBAKE_LEADS "ÃÂ" */
    MOJIBAKE_SIGN = 1 << 2,  /* MOJIBAKE_SIGNS: what makes a lead mojibake */
    AMPERSAND = 1 << 3,      /* ENTITY_START "&" */
    ENTITY_NAME = 1 << 4,    /* ENTITY_NAME [0-9a-zA-Z] */
    TONED_PLAIN = 1 << 5,    /* syllable.TONED_PLAIN */
    TONED_HORN_U = 1 << 6,   /* syllable.TONED_HORN_U */
    PLAIN = 1 << 7,          /* syllable.PLAIN */
    MARKED = 1 << 8,         /* syllable.MARKED */
    CODA_START = 1 << 9,     /* syllable.CODA_START */
    Q = 1 << 10,             /* syllable.RULE_LETTERS["q"], and so on */
    G = 1 << 11,
    U = 1 << 12,
    I = 1 << 13,
    O = 1 << 14,
    AE = 1 << 15,
    Y = 1 << 16,
    HORN_O = 1 << 17,
    TONED_U = 1 << 18,       /* syllable.TONED_RULE_LETTERS["u"], and so on */
    TONED_I = 1 << 19,
    TONED_O = 1 << 20,
    TONED_AE = 1 << 21,
    TONED_Y = 1 << 22,
    PAIR_FIRST_0 = 1 << 23,  /* legacy.LEGACY_PAIRS[k][0]: the first letter of a legacy pair, and so on */
    PAIR_FIRST_1 = 1 << 24,
    PAIR_FIRST_2 = 1 << 25,
    PAIR_FIRST_3 = 1 << 26,
    PAIR_SECOND_0 = 1 << 27, /* legacy.LEGACY_PAIRS[k][1]: what follows it */
    PAIR_SECOND_1 = 1 << 28,
    PAIR_SECOND_2 = 1 << 29,
    PAIR_SECOND_3 = 1 << 30,
};
/* pair k's second letter's bit is its first letter's bit shifted by PAIR_SHIFT */
#define PAIR_SHIFT 4
#define PAIR_FIRST (PAIR_FIRST_0 | PAIR_FIRST_1 | PAIR_FIRST_2 | PAIR_FIRST_3)
#define PAIR_SECOND (PAIR_SECOND_0 | PAIR_SECOND_1 | PAIR_SECOND_2 | PAIR_SECOND_3)
static const struct {
    const char *name;
    uint32_t bit;
} flag_names[] = {
    {"alone", ALONE}, {"mojibake_lead", MOJIBAKE_LEAD}, {"mojibake_sign", MOJIBAKE_SIGN},
    {"ampersand", AMPERSAND}, {"entity_name", ENTITY_NAME}, {"toned_plain", TONED_PLAIN},
    {"toned_horn_u", TONED_HORN_U}, {"plain", PLAIN}, {"marked", MARKED}, {"coda_start", CODA_START},
    {"q", Q}, {"g", G}, {"u", U}, {"i", I}, {"o", O}, {"ae", AE}, {"y", Y}, {"horn_o", HORN_O},
    {"toned_u", TONED_U}, {"toned_i", TONED_I}, {"toned_o", TONED_O}, {"toned_ae", TONED_AE},
    {"toned_y", TONED_Y}, {"pair_first_0", PAIR_FIRST_0}, {"pair_first_1", PAIR_FIRST_1},
    {"pair_first_2", PAIR_FIRST_2}, {"pair_first_3", PAIR_FIRST_3}, {"pair_second_0", PAIR_SECOND_0},
    {"pair_second_1", PAIR_SECOND_1}, {"pair_second_2", PAIR_SECOND_2}, {"pair_second_3", PAIR_SECOND_3},
};
#define VOWEL (PLAIN | MARKED)
/* the leading class of the triage regex: where a hit can start */
#define START (ALONE | MOJIBAKE_LEAD | AMPERSAND | PAIR_SECOND | TONED_PLAIN | TONED_HORN_U)

/* What scan() returns, as bits. */
enum { FOUND_ATTENTION = 1, FOUND_TONE = 2, FOUND_BEYOND_BMP = 4, FOUND_SPACING = 8 };
/* The tone styles, as scan() takes them (0: no tone rules). */
enum { STYLE_NONE = 0, STYLE_OLD = 1, STYLE_NEW = 2 };

static uint32_t table[TWIN_BMP];
static int configured = 0;

/* The flags of the character at i; 0 outside the text and beyond the BMP (no class holds one). */
TWIN_INLINE uint32_t flags_at(const void *data, int kind, Py_ssize_t n, Py_ssize_t i)
{
    if (i < 0 || i >= n)
        return 0;
    Py_UCS4 ch = twin_char_at(data, kind, i);
    return (kind == PyUnicode_4BYTE_KIND && ch >= TWIN_BMP) ? 0 : table[ch];
}

/* sre's [^\W\d_]: a word character (alphanumeric or "_") that is neither a decimal digit nor "_". */
static int is_letter(Py_UCS4 ch)
{
    return Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch) && ch != '_';
}

/* syllable.suspicious_parts' ``end``, (?![^\W\d_]) at position k. */
static int ends_word(const void *data, int kind, Py_ssize_t n, Py_ssize_t k)
{
    return k >= n || !is_letter(twin_char_at(data, kind, k));
}

/* triage.ATTENTION matching at i, whose character has flags f:
 * [ATTENTION_ALONE], or IN_CONTEXT: "(?<=[ÃÂ])(?=[MOJIBAKE_SIGNS])", "(?<=&)(?=#?[0-9a-zA-Z]{1,32};)",
 * and for each legacy pair k "(?<=[{first_k}][{second_k}])". */
TWIN_INLINE int attention_at(const void *data, int kind, Py_ssize_t n, Py_ssize_t i, uint32_t f)
{
    if (f & ALONE)
        return 1;
    if ((f & MOJIBAKE_LEAD) && (flags_at(data, kind, n, i + 1) & MOJIBAKE_SIGN))
        return 1;
    if ((f & PAIR_SECOND) && ((flags_at(data, kind, n, i - 1) & PAIR_FIRST) << PAIR_SHIFT) & f)
        return 1;
    if (f & AMPERSAND) {
        Py_ssize_t start = i + 1, k;
        if (start < n && twin_char_at(data, kind, start) == '#')
            start++;
        /* the longest run, but no further than one past the bound of 32: linear */
        for (k = start; k < n && k - start <= 32 && (flags_at(data, kind, n, k) & ENTITY_NAME); k++)
            ;
        return k > start && k - start <= 32 && k < n && twin_char_at(data, kind, k) == ';';
    }
    return 0;
}

/* syllable.SUSPICIOUS[style] matching at i: "[{toned_plain}{toned_u_horn}](?:{after})", the
 * character at i having flags c. p, pp: the flags of the one and two before; n1, n2: after.
 * Every "." of the lookbehinds stands on the character at i, a vowel, never a line break. */
TWIN_INLINE int suspicious_at(const void *data, int kind, Py_ssize_t n, Py_ssize_t i, uint32_t c, int style)
{
    uint32_t p = flags_at(data, kind, n, i - 1), n1 = flags_at(data, kind, n, i + 1);
    if (c & TONED_PLAIN) { /* (?<=[{toned_plain}])(?: */
        if (n1 & VOWEL) { /* (?=[{vowels}])(?:{'|'.join(vowel_follows)}) */
            if (n1 & MARKED) /* [{marked}] */
                return 1;
            /* [{plain}][{plain}{marked}{coda_start}] */
            if ((n1 & PLAIN) && (flags_at(data, kind, n, i + 2) & (PLAIN | MARKED | CODA_START)))
                return 1;
            if ((p & Q) && (c & TONED_U)) /* (?<=[{q}][{toned['u']}]) */
                return 1;
            if ((p & G) && (c & TONED_I)) /* (?<=[{g}][{toned['i']}]) */
                return 1;
            if (style == STYLE_NEW) {
                /* (?<=[{toned['o']}])[{ae}]{end} */
                if ((c & TONED_O) && (n1 & AE) && ends_word(data, kind, n, i + 2))
                    return 1;
                /* (?<=[{toned['u']}])(?<![{q}].)[{y}]{end} */
                if ((c & TONED_U) && !(p & Q) && (n1 & Y) && ends_word(data, kind, n, i + 2))
                    return 1;
            }
        }
        if (p & VOWEL) { /* |(?<=[{vowels}].)(?:{'|'.join(vowel_precedes)}) */
            if (p & MARKED) /* (?<=[{marked}].) */
                return 1;
            /* new style only: (?<![{o}][{toned['ae']}])(?<![{u}][{toned['y']}]), then
             * (?<=[{plain}].)(?<![{q}][{u}].)(?<![{g}][{i}].){end} */
            if (!(style == STYLE_NEW && (((p & O) && (c & TONED_AE)) || ((p & U) && (c & TONED_Y))))
                && (p & PLAIN)) {
                uint32_t pp = flags_at(data, kind, n, i - 2);
                if (!((pp & Q) && (p & U)) && !((pp & G) && (p & I)) && ends_word(data, kind, n, i + 1))
                    return 1;
            }
        }
    }
    /* |(?<=[{toned_u_horn}])[{horn_o}] */
    return (c & TONED_HORN_U) && (n1 & HORN_O);
}

/* characters.collapse_spaces changing the text, told at the space at i: the text holds "  ",
 * " \n" or "\n ", or starts or ends with " " (what its str checks and strip(" ") look for). */
TWIN_INLINE int spacing_at(const void *data, int kind, Py_ssize_t n, Py_ssize_t i)
{
    if (i == 0 || i == n - 1)
        return 1;
    Py_UCS4 after = twin_char_at(data, kind, i + 1);
    return after == ' ' || after == '\n' || twin_char_at(data, kind, i - 1) == '\n';
}

/* The whole scan for one kind of str (a constant after inlining, so each kind gets its own loop). */
TWIN_INLINE int scan_kind(int kind, const void *data, Py_ssize_t n, int style)
{
    int found = 0;
    /* all there is to find: then the rest of the text changes nothing */
    int all = FOUND_ATTENTION | FOUND_SPACING | (style != STYLE_NONE ? FOUND_TONE : 0)
              | (kind == PyUnicode_4BYTE_KIND ? FOUND_BEYOND_BMP : 0);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = twin_char_at(data, kind, i);
        if (kind == PyUnicode_4BYTE_KIND && ch >= TWIN_BMP) {
            found |= FOUND_BEYOND_BMP;
            continue;
        }
        uint32_t f = table[ch];
        if (!(f & START)) {
            if (ch == ' ' && !(found & FOUND_SPACING) && spacing_at(data, kind, n, i))
                found |= FOUND_SPACING;
            continue;
        }
        if (!(found & FOUND_ATTENTION) && attention_at(data, kind, n, i, f))
            found |= FOUND_ATTENTION;
        if (style != STYLE_NONE && !(found & FOUND_TONE) && (f & (TONED_PLAIN | TONED_HORN_U))
            && suspicious_at(data, kind, n, i, f, style))
            found |= FOUND_TONE;
        if (found == all)
            break;
    }
    return found;
}

PyDoc_STRVAR(scan_doc, "scan(text, style, /)\n--\n\n"
                       "Bits of what ``text`` holds: FOUND_ATTENTION (triage.ATTENTION matches), FOUND_TONE\n"
                       "(syllable.SUSPICIOUS[style] matches; style 0 looks for none, 1 old, 2 new) and\n"
                       "FOUND_BEYOND_BMP (a character above U+FFFF); and FOUND_SPACING when\n"
                       "characters.collapse_spaces would change it.");

static PyObject *scan(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "scan() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    PyObject *text = args[0];
    if (twin_text(text, "scan") < 0)
        return NULL;
    long style = PyLong_AsLong(args[1]);
    if (style == -1 && PyErr_Occurred())
        return NULL;
    if (style != STYLE_NONE && style != STYLE_OLD && style != STYLE_NEW) {
        PyErr_Format(PyExc_ValueError, "scan() style must be 0, 1 or 2, not %ld", style);
        return NULL;
    }
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "scan() before configure()");
        return NULL;
    }
    int found;
    TWIN_BY_KIND(PyUnicode_KIND(text), found, scan_kind, PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), (int)style)
    return PyLong_FromLong(found);
}

PyDoc_STRVAR(configure_doc, "configure(table, /)\n--\n\n"
                            "Take the character table: 65536 native uint32 flags (bits as in FLAGS), one per\n"
                            "BMP code point, as any bytes-like object. Copied; may be called again.");

static PyObject *configure(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    static const TwinTable tables[] = {{"table", table, sizeof(table)}};
    if (twin_take_tables("configure", args, nargs, tables, 1) < 0)
        return NULL;
    configured = 1;
    Py_RETURN_NONE;
}

PyDoc_STRVAR(is_letter_doc, "is_letter(code_point, /)\n--\n\n"
                            "Whether sre's [^\\W\\d_] holds the character: the tests check it on every code point.");

static PyObject *is_letter_py(PyObject *Py_UNUSED(module), PyObject *arg)
{
    long ch = PyLong_AsLong(arg);
    if (ch == -1 && PyErr_Occurred())
        return NULL;
    if (ch < 0 || ch > 0x10FFFF) {
        PyErr_SetString(PyExc_ValueError, "is_letter() needs a code point");
        return NULL;
    }
    return PyBool_FromLong(is_letter((Py_UCS4)ch));
}

static PyMethodDef scan_methods[] = {
    {"scan", (PyCFunction)(void (*)(void))scan, METH_FASTCALL, scan_doc},
    {"configure", (PyCFunction)(void (*)(void))configure, METH_FASTCALL, configure_doc},
    {"is_letter", is_letter_py, METH_O, is_letter_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef scan_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_scan",
    .m_doc = "C twin of vnnews_clean.normalize's triage scan.",
    .m_size = -1,
    .m_methods = scan_methods,
};

PyMODINIT_FUNC PyInit__scan(void)
{
    PyObject *module = PyModule_Create(&scan_module);
    if (module == NULL)
        return NULL;
    PyObject *flags = PyDict_New();
    if (flags == NULL)
        goto fail;
    for (size_t k = 0; k < sizeof(flag_names) / sizeof(flag_names[0]); k++) {
        PyObject *bit = PyLong_FromUnsignedLong(flag_names[k].bit);
        if (bit == NULL || PyDict_SetItemString(flags, flag_names[k].name, bit) < 0) {
            Py_XDECREF(bit);
            Py_DECREF(flags);
            goto fail;
        }
        Py_DECREF(bit);
    }
    if (PyModule_AddObject(module, "FLAGS", flags) < 0) {
        Py_DECREF(flags);
        goto fail;
    }
    if (PyModule_AddIntConstant(module, "FOUND_ATTENTION", FOUND_ATTENTION) < 0
        || PyModule_AddIntConstant(module, "FOUND_TONE", FOUND_TONE) < 0
        || PyModule_AddIntConstant(module, "FOUND_BEYOND_BMP", FOUND_BEYOND_BMP) < 0
        || PyModule_AddIntConstant(module, "FOUND_SPACING", FOUND_SPACING) < 0
        || PyModule_AddIntConstant(module, "STYLE_NONE", STYLE_NONE) < 0
        || PyModule_AddIntConstant(module, "STYLE_OLD", STYLE_OLD) < 0
        || PyModule_AddIntConstant(module, "STYLE_NEW", STYLE_NEW) < 0)
        goto fail;
    return module;
fail:
    Py_DECREF(module);
    return NULL;
}
