/* What the C twins share (normalization/_scan.c, quality/_counts.c; see vnnews_clean/_native.py).
 *
 * - reading a str of any kind: twin_text checks the argument, twin_char_at reads one code point, and
 *   TWIN_BY_KIND calls an inlined function once per PyUnicode kind, so that each kind gets its own loop;
 * - one way of taking their tables: Python builds each table (no character data is restated in C) and
 *   hands it over once with the module's configure(); twin_take_tables checks every one and copies
 *   them all, or none.
 *
 * Include it after Python.h. Everything here is static: each module has its own copy.
 */
#ifndef VNNEWS_CLEAN_TWIN_H
#define VNNEWS_CLEAN_TWIN_H

#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define TWIN_INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define TWIN_INLINE static __forceinline
#else
#define TWIN_INLINE static inline
#endif

/* Code points below this one are in the tables (one entry each). */
#define TWIN_BMP 0x10000

/* The code point at i of a str's data of the given kind. */
TWIN_INLINE Py_UCS4 twin_char_at(const void *data, int kind, Py_ssize_t i)
{
    return kind == PyUnicode_1BYTE_KIND   ? ((const Py_UCS1 *)data)[i]
           : kind == PyUnicode_2BYTE_KIND ? ((const Py_UCS2 *)data)[i]
                                          : ((const Py_UCS4 *)data)[i];
}

/* result = f(KIND, ...) with KIND the constant of the str's kind in each branch: f, inlined, is
 * compiled once for each kind, its twin_char_at a plain load. */
#define TWIN_BY_KIND(kind, result, f, ...)                   \
    switch (kind) {                                          \
    case PyUnicode_1BYTE_KIND:                               \
        result = f(PyUnicode_1BYTE_KIND, __VA_ARGS__);       \
        break;                                               \
    case PyUnicode_2BYTE_KIND:                               \
        result = f(PyUnicode_2BYTE_KIND, __VA_ARGS__);       \
        break;                                               \
    default:                                                 \
        result = f(PyUnicode_4BYTE_KIND, __VA_ARGS__);       \
    }

/* 0 when text is a str (a subclass too) ready to be read; -1 with TypeError otherwise. */
static int twin_text(PyObject *text, const char *function)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "%s() needs a str, not %.100s", function, Py_TYPE(text)->tp_name);
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return -1;
#endif
    return 0;
}

/* A table a module takes from Python: its name (in messages), where it goes, its size in bytes. */
typedef struct {
    const char *name;
    void *into;
    size_t size;
} TwinTable;

#define TWIN_MAX_TABLES 4

/* configure(*tables): args[k], any bytes-like object of exactly tables[k].size bytes, copied into
 * tables[k].into. All are checked before any is copied, so on an error (TypeError: not a buffer or
 * not n arguments; ValueError: a wrong size) the tables the module had are kept. 0, or -1. */
static int twin_take_tables(const char *function, PyObject *const *args, Py_ssize_t nargs, const TwinTable *tables,
                            Py_ssize_t n)
{
    Py_buffer views[TWIN_MAX_TABLES];
    Py_ssize_t held = 0, k;
    int status = -1;
    if (n > TWIN_MAX_TABLES) {
        PyErr_SetString(PyExc_SystemError, "twin_take_tables: too many tables");
        return -1;
    }
    if (nargs != n) {
        PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", function, n, nargs);
        return -1;
    }
    for (; held < n; held++) {
        if (PyObject_GetBuffer(args[held], &views[held], PyBUF_SIMPLE) < 0)
            goto done;
        if (views[held].len != (Py_ssize_t)tables[held].size) {
            PyErr_Format(PyExc_ValueError, "%s() needs %zd bytes for %s, not %zd", function,
                         (Py_ssize_t)tables[held].size, tables[held].name, views[held].len);
            held++; /* released below */
            goto done;
        }
    }
    for (k = 0; k < n; k++)
        memcpy(tables[k].into, views[k].buf, tables[k].size);
    status = 0;
done:
    for (k = 0; k < held; k++)
        PyBuffer_Release(&views[k]);
    return status;
}

#endif /* VNNEWS_CLEAN_TWIN_H */
