"""``vnnews-clean --learn-boilerplate`` / ``--boilerplate``: run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_command import baomoi_records, read_jsonl, run, write_jsonl
from vnnews_clean import Boilerplate, clean, learn_boilerplate
from vnnews_clean.command.boilerplate import SITE_CAPACITY, site_of

SITES = {
    "a.vn": ("Trang chủ Thời sự Kinh tế", "Theo dõi Báo A trên Google News"),
    "b.vn": ("Báo B điện tử", "Gửi góp ý"),
}


def site_records() -> list[dict[str, object]]:
    """The baomoi articles in two site templates, by URL host."""
    records = []
    for i, record in enumerate(baomoi_records()):
        site = "a.vn" if i % 2 else "b.vn"
        header, footer = SITES[site]
        text = f"{header}\n{record['text']}\nCập nhật: {i % 28 + 1}/3/2021 10:{i:02d}\n{footer}"
        records.append({**record, "url": f"https://www.{site}/bai-{i}.html", "text": text, "site": site})
    return records


def expected(records: list[dict[str, object]], group: str) -> list[str]:
    """Each record cleaned with what the library learns on its group."""
    learnt = {
        site: learn_boilerplate([str(r["text"]) for r in records if r[group] == site], capacity=SITE_CAPACITY)
        for site in {r[group] for r in records}
    }
    return [clean(str(r["text"]), boilerplate=learnt[r[group]]) for r in records]


def test_learning_per_url_host(tmp_path: Path) -> None:
    records = site_records()
    source = write_jsonl(tmp_path / "in.jsonl", records)
    done = run(source, "-o", tmp_path / "out.jsonl", "--learn-boilerplate", "-j", "2")
    assert done.returncode == 0, done.stderr
    assert b"learnt 6 boilerplate lines from 40 documents of 2 sites" in done.stderr
    assert b"boilerplate 120" in done.stderr  # 3 furniture lines in each of 40 documents
    texts = [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")]
    for r in records:
        r["host"] = site_of(r, None)
    assert texts == expected(records, "host")
    assert not any("Gửi góp ý" in t or "Cập nhật" in t for t in texts)


def test_learning_per_site_field_and_saved_set_reused(tmp_path: Path) -> None:
    records = [{k: v for k, v in r.items() if k != "url"} for r in site_records()]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    saved = tmp_path / "b.json"
    args = ("--learn-boilerplate", "--site-field", "site", "--save-boilerplate", saved, "-q")
    done = run(source, "-o", tmp_path / "out.jsonl", *args, "-j", "1")
    assert done.returncode == 0, done.stderr
    texts = [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")]
    assert texts == expected(records, "site")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert sorted(data["sites"]) == ["a.vn", "b.vn"]
    assert "gửi góp ý" in data["sites"]["b.vn"]["lines"]
    again = run(source, "-o", tmp_path / "again.jsonl", "--boilerplate", saved, "--site-field", "site", "-q")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "out.jsonl").read_bytes()


def test_without_a_site_one_group_and_a_single_saved_set(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    records = site_records()
    for i, r in enumerate(records[:12]):
        (folder / f"{i:02d}.txt").write_text(str(r["text"]), encoding="utf-8")
    done = run(folder, "-o", tmp_path / "out", "--learn-boilerplate", "-q", "-j", "1")
    assert done.returncode == 0, done.stderr
    b = learn_boilerplate([str(r["text"]) for r in records[:12]], capacity=SITE_CAPACITY)
    for i, r in enumerate(records[:12]):
        out = (tmp_path / "out" / f"{i:02d}.txt").read_text(encoding="utf-8")
        assert out == clean(str(r["text"]), boilerplate=b) + "\n"
    b.save(tmp_path / "one.json")  # a single set applies to every record, whatever its site
    done = run(folder / "00.txt", "--boilerplate", tmp_path / "one.json", "-q")
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.decode()
        == clean(str(records[0]["text"]), boilerplate=Boilerplate.load(tmp_path / "one.json")) + "\n"
    )


def test_usage_errors(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", site_records()[:3])
    stdin = run("-", "--learn-boilerplate", stdin=b"text")
    assert stdin.returncode == 2 and b"give files, not - (stdin)" in stdin.stderr
    both = run(source, "--learn-boilerplate", "--boilerplate", tmp_path / "b.json")
    assert both.returncode == 2 and b"not allowed with argument" in both.stderr
    save_alone = run(source, "--save-boilerplate", tmp_path / "b.json")
    assert save_alone.returncode == 2 and b"--save-boilerplate needs --learn-boilerplate" in save_alone.stderr
    for content, message in [(b"{oops", b"invalid JSON"), (b'{"format": "other"}', b"not a vnnews_clean boilerplate")]:
        (tmp_path / "bad.json").write_bytes(content)
        bad = run(source, "--boilerplate", tmp_path / "bad.json", "-o", tmp_path / "out.jsonl")
        assert bad.returncode == 2 and message in bad.stderr and str(tmp_path / "bad.json").encode() in bad.stderr
        assert not (tmp_path / "out.jsonl").exists()
    missing = run(source, "--boilerplate", tmp_path / "missing.json")
    assert missing.returncode == 2 and b"cannot read" in missing.stderr
    unwritable = run(source, "--learn-boilerplate", "--save-boilerplate", tmp_path / "no" / "b.json", "-q")
    assert unwritable.returncode == 2 and b"cannot write" in unwritable.stderr


def test_a_set_of_another_tone_style_is_warned_about(tmp_path: Path) -> None:
    records = site_records()[:6]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    learn_boilerplate([str(r["text"]) for r in records], tone_style="new").save(tmp_path / "new.json")
    done = run(source, "--boilerplate", tmp_path / "new.json", "-q")
    assert done.returncode == 0 and b"learnt with another --tone-style" in done.stderr
    same = run(source, "--boilerplate", tmp_path / "new.json", "--tone-style", "new", "-q")
    assert same.returncode == 0 and b"warning" not in same.stderr
