/* Accelerator for vnnews_clean.quality.signals (the Python twin is in signals.py). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyMethodDef counts_methods[] = {
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef counts_module = {
    PyModuleDef_HEAD_INIT, "_counts", "C twin of vnnews_clean.quality's counting passes.", -1, counts_methods,
};

PyMODINIT_FUNC PyInit__counts(void) { return PyModule_Create(&counts_module); }
