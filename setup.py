"""Build the optional C accelerators; everything else is in pyproject.toml.

Each extension has a pure-Python twin that gives the same results: when no
compiler is at hand the build goes on without it (``optional=True``) and the
library runs on the twin, only slower. ``vnnews_clean.accelerated()`` tells
which is in use.
"""

from setuptools import Extension, setup

# what the twins share (see the header): a change to it rebuilds both, and the sdist carries it
SHARED = ["vnnews_clean/_twin.h"]

setup(
    ext_modules=[
        Extension(
            "vnnews_clean.normalization._scan", ["vnnews_clean/normalization/_scan.c"], depends=SHARED, optional=True
        ),
        Extension("vnnews_clean.quality._counts", ["vnnews_clean/quality/_counts.c"], depends=SHARED, optional=True),
        Extension("vnnews_clean.lines._features", ["vnnews_clean/lines/_features.c"], depends=SHARED, optional=True),
    ]
)
