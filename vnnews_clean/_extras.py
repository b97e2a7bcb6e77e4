"""How to install an optional extra, said the same way by every message that needs one."""

from __future__ import annotations


def install_hint(extra: str) -> str:
    """The command that installs ``extra``, from the package index and from a clone of the repository."""
    return f"pip install 'vnnews-clean[{extra}]' (from a clone: pip install '.[{extra}]')"
