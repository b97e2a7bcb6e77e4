"""``--explain FILE``: one document with every removed or edited line marked, for tuning."""

from __future__ import annotations

from ..api import _pipeline
from ..normalize import fix_line_breaks
from ..options import CleanOptions
from .sources import BadRecord, Record, discover, read


def explain(path: str, options: CleanOptions, text_field: str, forced_format: str | None) -> str:
    """The first document of ``path``, line by line: kept ("  "), dropped ("- rule"), edited ("~ rule")."""
    sources = discover([path], forced_format)
    record = next((item for source in sources for item in read(source, text_field)), None)
    if record is None:
        return f"{path}: no document"
    if isinstance(record, BadRecord):
        return record.message()
    assert isinstance(record, Record)
    result = _pipeline(options).run(record.text)
    by_line: dict[int, list[str]] = {}
    for removal in result.removed:
        mark = f"~ {removal.rule}" if removal.is_edit else f"- {removal.rule}"
        detail = f" ({removal.detail})" if removal.detail else ""
        edit = f"  ->  {removal.kept}" if removal.is_edit else ""
        by_line.setdefault(removal.line, []).append(f"{mark}{detail}{edit}")
    out = [f"# {record.id}: title={result.title!r} author={result.author!r} source={result.source!r}"]
    for number, line in enumerate(fix_line_breaks(record.text).split("\n"), start=1):
        marks = by_line.get(number)
        out.append(f"{number:4} {'  ' if not marks else '##'} {line}")
        out += [f"{'':4}    {mark}" for mark in marks or ()]
    return "\n".join(out)
