/* Accelerator for vnnews_clean.normalize (see scan.py for the Python twin). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyMethodDef scan_methods[] = {
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef scan_module = {
    PyModuleDef_HEAD_INIT, "_scan", "C twin of vnnews_clean.normalize's triage scan.", -1, scan_methods,
};

PyMODINIT_FUNC PyInit__scan(void) { return PyModule_Create(&scan_module); }
