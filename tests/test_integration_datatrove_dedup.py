"""Near-dedup at scale: datatrove's MinHash stages with vnnews_clean's shingles and rule, run for real on a
local executor with several tasks, decide as the in-memory NearDeduplicator does."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

# not skipped when missing: the test extra installs datatrove and tokenizers (datatrove's dedup package needs it)
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup.minhash import MinhashDedupBuckets, MinhashDedupFilter
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from vnnews_clean import NearDeduplicator
from vnnews_clean.integrations.datatrove_dedup import (
    VietnameseMinhashCluster,
    VietnameseMinhashSignature,
    minhash_config,
)

from .integration_corpus import doc_examples, run_example
from .test_dedup import ARTICLE, DATA, add_byline, change_paragraph, drop_line, long_articles, truncate

FILES = 3


def corpus() -> list[tuple[str, str]]:
    """40 distinct articles, 12 of them copied (edited, a byline added, a line dropped, cut to 70 % or 90 %),
    the copies spread over the input files, some before their original; and A, A cut to 70 %, that cut copy
    with a byline (contained in A too: both copies of A)."""
    text = (DATA / "baomoi-500.txt").read_text(encoding="utf-8")
    articles = [f"{title.strip()}\n{content.strip()}" for title, content in ARTICLE.findall(text)]
    docs = [(f"a{i}", a) for i, a in enumerate(articles[:40])]
    edits = (change_paragraph, add_byline, drop_line, lambda t: truncate(t, 0.7), lambda t: truncate(t, 0.9))
    for i, original in enumerate(long_articles(articles[40:], 12)):
        docs.append((f"c{i}", edits[i % len(edits)](original)))
        docs.insert(7 * i % len(docs), (f"o{i}", original))
    chain = long_articles(articles[60:], 13)[-1]
    docs += [("chain0", chain), ("chain1", truncate(chain, 0.7)), ("chain2", add_byline(truncate(chain, 0.7)))]
    return docs


def write_inputs(folder: Path, docs: list[tuple[str, str]]) -> list[str]:
    """The documents over FILES files, in blocks; returns the ids in datatrove's order (task, index)."""
    folder.mkdir()
    size = -(-len(docs) // FILES)
    for number in range(FILES):
        with open(folder / f"part-{number}.jsonl", "w", encoding="utf-8") as out:
            for doc_id, text in docs[number * size : (number + 1) * size]:
                out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return [doc_id for doc_id, _ in docs]


def read_rows(folder: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            rows.update((row["id"], row) for row in map(json.loads, lines))
    return rows


def test_minhash_stages_decide_as_the_in_memory_deduplicator(tmp_path: Path) -> None:
    docs = corpus()
    order = write_inputs(tmp_path / "in", docs)
    config = minhash_config()
    sigs, buckets, clusters = tmp_path / "sigs", tmp_path / "buckets", tmp_path / "clusters"

    def run(pipeline: list, tasks: int, name: str) -> None:
        LocalPipelineExecutor(pipeline, tasks=tasks, workers=2, logging_dir=str(tmp_path / "logs" / name)).run()

    run([JsonlReader(str(tmp_path / "in")), VietnameseMinhashSignature(str(sigs))], FILES, "sigs")
    run([MinhashDedupBuckets(str(sigs), str(buckets), config=config)], config.num_buckets, "buckets")
    run([VietnameseMinhashCluster(str(buckets), str(sigs), str(clusters))], 1, "clusters")
    run(
        [
            JsonlReader(str(tmp_path / "in")),
            MinhashDedupFilter(
                str(clusters), exclusion_writer=JsonlWriter(str(tmp_path / "removed")), load_cluster_ids=True
            ),
            JsonlWriter(str(tmp_path / "kept")),
        ],
        FILES,
        "filter",
    )
    kept, removed = read_rows(tmp_path / "kept"), read_rows(tmp_path / "removed")

    near = NearDeduplicator()
    text = dict(docs)
    first_of = {doc_id: near.match(text[doc_id], doc_id) for doc_id in order}  # in datatrove's order
    want_removed = {doc_id for doc_id, first in first_of.items() if first is not None}
    assert set(removed) == want_removed and set(kept) == set(text) - want_removed
    assert want_removed == {*(f"c{i}" for i in range(12)), "chain1", "chain2"}
    # the same clusters: the documents with one cluster id are a kept document and its duplicates (datatrove's
    # filter gives no cluster id in a task that removes nothing: the first of a cluster may lack one)
    rows = {**kept, **removed}
    labelled = {doc_id for doc_id, row in rows.items() if "minhash_cluster_id" in row["metadata"]}
    assert set(removed) <= labelled and len(labelled) > len(removed)
    by_id: dict[int, set[str]] = {}
    for doc_id in labelled:
        by_id.setdefault(rows[doc_id]["metadata"]["minhash_cluster_id"], set()).add(doc_id)
    by_id.pop(-1, None)
    want: dict[str, set[str]] = {}
    for doc_id, first in first_of.items():
        if first is not None:
            want.setdefault(first, {first}).add(doc_id)
    assert sorted(map(sorted, by_id.values())) == sorted(sorted(group & labelled) for group in want.values())


def test_the_documented_recipe_runs(tmp_path: Path) -> None:
    """docs/integrations.md's near-dedup example, as written: the copy cut to 70 % is dropped."""
    (example,) = doc_examples("Near-duplicates at scale (datatrove)")
    run_example(example, tmp_path)
    assert sorted(read_rows(tmp_path / "deduplicated")) == ["a", "b"]
