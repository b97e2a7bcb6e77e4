"""Boilerplate in the command: a first pass that learns it per site, saved and loaded sets, and
the pipeline each record is cleaned with.

A record's site is the value of ``--site-field`` when given, else the host of
its ``url`` field, else none; records without a site form one group. A set
saved by ``--save-boilerplate`` maps each site to what was learnt on it (the
group without a site under ``""``); ``--boilerplate`` reads such a file or a
single :meth:`Boilerplate.save` file, which then applies to every record
(:func:`vnnews_clean.boilerplate.load_sites` reads both; ``Boilerplate.load(path,
site=...)`` one site's set). A
record is cleaned with its site's set, else with the set of the group without
a site, else with none.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..boilerplate import (
    SITES_FORMAT,
    SITES_VERSION,
    Boilerplate,
    BoilerplateError,
    BoilerplateLearner,
    candidate_keys,
)
from ..options import CleanOptions
from ..pipeline import Pipeline
from ..records import article_of, document_of
from .inputs import Input, Record
from .progress import Progress
from .sources import MAX_DOCUMENT_BYTES, parse_jsonl, read

# Keys counted per site: at most 2 * SITE_CAPACITY, so memory grows with the
# number of sites, never with the number of documents. With ~20 short lines per
# document this keeps every line above a 2% share (MIN_SHARE is 5%).
SITE_CAPACITY = 1_000

Sites = dict[str | None, Boilerplate]


def site_of(fields: Mapping[str, Any] | None, site_field: str | None) -> str | None:
    """The group a record is learnt and cleaned in (None: the group without a site)."""
    if not fields:
        return None
    if site_field is not None:
        value = fields.get(site_field)
        return str(value) if value not in (None, "") else None
    url = fields.get("url")
    if not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


LEARN_BATCH = 128  # records per task sent to a worker in the first pass
LEARN_BATCH_BYTES = 4_000_000  # ... or fewer, when they are large
# a JSON Lines line, or a text and its fields; the input's markup; an HTML page's bytes
Raw = tuple[bytes | None, str, dict[str, Any] | None, str, bytes | None]
Keys = tuple[str | None, frozenset[str]] | None  # a record's site and candidate keys; None: unreadable


@dataclass(frozen=True)
class LearnTask:
    text_field: str
    site_field: str | None
    parameters: dict[str, Any]
    encoding: str | None = None  # --encoding, for HTML pages


def keys_of(batch: list[Raw], task: LearnTask) -> list[Keys]:
    """Worker task of the first pass: each record's site and candidate keys (of an HTML page:
    those of its article's lines, what the text rules will see)."""
    out: list[Keys] = []
    for raw, text, fields, markup, page in batch:
        try:
            if raw is not None:
                text, fields = parse_jsonl(raw, task.text_field)
            text, html = document_of(text, page, markup, task.encoding)
            if html:
                url = fields.get("url") if fields else None
                text = article_of(text, url).text
        except ValueError:
            out.append(None)  # the cleaning pass reports it
            continue
        out.append((site_of(fields, task.site_field), candidate_keys(text, task.parameters)))
    return out


@dataclass(frozen=True)
class Mark:
    """Where the reading was at the end of a batch: its last record's input and offset, its documents' bytes."""

    input: Input
    offset: int
    size: int


def _batches(
    inputs: Iterable[Input], text_field: str, encoding: str | None, max_bytes: int
) -> Iterator[tuple[list[Raw], Mark]]:
    """Tasks of at most LEARN_BATCH records or about LEARN_BATCH_BYTES of documents, each with its mark."""
    batch: list[Raw] = []
    size = 0
    for source in inputs:
        for record in read(source, text_field, encoding, max_bytes):
            if isinstance(record, Record):
                batch.append((record.raw, record.text, record.fields, source.markup, record.page))
                size += record.size
                if len(batch) >= LEARN_BATCH or size >= LEARN_BATCH_BYTES:
                    yield batch, Mark(source, record.offset, size)
                    batch, size = [], 0
        if batch:  # the last records of an input: their mark names it
            yield batch, Mark(source, MAX_OFFSET, size)
            batch, size = [], 0


MAX_OFFSET = 1 << 62  # a mark past the end of its input (Reading.at counts it to the input's size)


def _in_order(
    batches: Iterator[tuple[list[Raw], Mark]], task: LearnTask, workers: int
) -> Iterator[tuple[list[Keys], Mark]]:
    """Results batch by batch in input order (so what is learnt does not depend on ``workers``)."""
    if workers <= 1:
        for batch, mark in batches:
            yield keys_of(batch, task), mark
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[Future[list[Keys]], Mark]] = deque()
        for batch, mark in batches:
            pending.append((pool.submit(keys_of, batch, task), mark))
            if len(pending) >= workers * 4:
                future, done = pending.popleft()
                yield future.result(), done
        while pending:
            future, done = pending.popleft()
            yield future.result(), done


def learn_sites(
    inputs: Iterable[Input],
    text_field: str,
    site_field: str | None,
    tone_style: str | None,
    workers: int = 1,
    encoding: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    progress: Progress | None = None,
) -> tuple[Sites, int]:
    """The first pass: one learner per site over every readable record; (sets, documents read).

    Workers find each record's keys; this process counts them. Unreadable
    records are passed over here; the cleaning pass reports them. ``progress``
    is told after each batch.
    """
    learners: dict[str | None, BoilerplateLearner] = {}
    task = LearnTask(text_field, site_field, BoilerplateLearner(tone_style=tone_style).parameters, encoding)
    documents = 0
    for results, mark in _in_order(_batches(inputs, text_field, encoding, max_bytes), task, workers):
        for result in results:
            if result is None:
                continue
            site, keys = result
            learner = learners.get(site)
            if learner is None:
                learner = learners[site] = BoilerplateLearner(capacity=SITE_CAPACITY, tone_style=tone_style)
            learner.add_keys(keys)
            documents += 1
        if progress is not None:
            progress.reading.at(mark.input, mark.offset, mark.size)
            progress.update(documents)
    return {site: learner.result() for site, learner in learners.items()}, documents


def save_sites(path: str | Path, sites: Sites) -> None:
    """Write the sets per site, complete or not at all."""
    data = {
        "format": SITES_FORMAT,
        "version": SITES_VERSION,
        "sites": {site or "": b.to_dict() for site, b in sorted(sites.items(), key=lambda kv: kv[0] or "")},
    }
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise BoilerplateError(f"{target}: cannot write: {error.strerror or error}") from None


# The sets of this process, installed once per worker (not sent with every batch).
_sites: Sites = {}
_pipelines: dict[tuple[CleanOptions, str | None], Pipeline] = {}


def install(sites: Sites) -> None:
    """Make ``sites`` the sets this process cleans with (a worker initializer)."""
    global _sites
    _sites = dict(sites)
    _pipelines.clear()


def options_for(options: CleanOptions, site: str | None) -> CleanOptions:
    """``options`` with the set a record of ``site`` is cleaned with (see :func:`pipeline_for`)."""
    boilerplate = _sites.get(site if site in _sites else None)
    return options if boilerplate is None else replace(options, boilerplate=boilerplate)


def pipeline_for(options: CleanOptions, site: str | None) -> Pipeline:
    """The pipeline for a record of ``site``: with its site's set, else the catch-all set, else none."""
    group = site if site in _sites else None
    key = (options, group)
    pipeline = _pipelines.get(key)
    if pipeline is None:
        boilerplate = _sites.get(group)
        pipeline = Pipeline.from_options(options if boilerplate is None else replace(options, boilerplate=boilerplate))
        _pipelines[key] = pipeline
    return pipeline
