"""The benchmark tools: quality.py scores like ../shared/eval/score.py, make_cases.py invents no gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .helpers import load_benchmark

CORPUS = Path(__file__).resolve().parent / "data" / "baomoi-40.txt"


quality = load_benchmark("quality")
make_cases = load_benchmark("make_cases")


# ---------------------------------------------------------------- scoring, by hand


def test_one_document_scored_by_hand() -> None:
    required, optional = quality.read_gold("Tiêu đề bài\n?? Nhãn\n\nĐoạn  một có năm chữ.\nĐoạn hai.\n")
    assert required == ["Tiêu đề bài", "Đoạn một có năm chữ.", "Đoạn hai."]
    assert optional == {"Nhãn"}
    t = quality.Tally()
    # kept: title, optional label (not scored), one body line; added one noise line; lost "Đoạn hai."
    missed, extra = t.add(required, optional, "Tiêu đề bài\nNhãn\nĐoạn một có năm chữ.\nTin liên quan\n")
    assert (t.tp, t.fp, t.fn) == (2, 1, 1)
    assert missed == ["Đoạn hai."] and extra == ["Tin liên quan"]
    # words: gold 3 + 5 + 2 = 10; output 3 + 5 + 3 = 11; shared 8
    assert (t.wtp, t.wfp, t.wfn) == (8, 3, 2)
    s = t.summary()
    assert s["line_P"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["line_R"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["line_F1"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["word_F1"] == pytest.approx(2 * (8 / 11) * (8 / 10) / (8 / 11 + 8 / 10), abs=1e-3)
    assert s["exact_docs"] == 0


def test_exact_document_and_empty_output() -> None:
    t = quality.Tally()
    t.add(["A b", "C d"], set(), "A  b\n\nC d\n")  # spaces collapse, blank lines ignored
    assert t.exact == 1 and (t.tp, t.fp, t.fn) == (2, 0, 0)
    t.add(["E f"], set(), "")
    assert (t.tp, t.fp, t.fn) == (2, 0, 1) and t.exact == 1
    p, r, f = quality.prf(t.tp, t.fp, t.fn)
    assert (p, round(r, 3), round(f, 3)) == (1.0, 0.667, 0.8)


def test_prf_empty_sides_count_as_perfect() -> None:
    assert quality.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert quality.prf(0, 3, 0) == (0.0, 1.0, 0.0)


def test_wrap_html_escapes_each_line_into_a_paragraph() -> None:
    page = quality.wrap_html("a < b & c\n\n<script>x</script>\n")
    assert "<p>a &lt; b &amp; c</p>" in page
    assert "<p>&lt;script&gt;x&lt;/script&gt;</p>" in page
    assert page.count("<p>") == 2


def test_naive_cut_stops_at_the_first_related_heading_only() -> None:
    text = "Tiêu đề\nXem thêm các ý kiến của chuyên gia trong bài.\nTin liên quan\nTin khác\n"
    assert quality.naive_cut(text) == "Tiêu đề\nXem thêm các ý kiến của chuyên gia trong bài."


def test_run_on_a_made_up_case(tmp_path: Path) -> None:
    (tmp_path / "a.input.txt").write_text("Tiêu đề\nThân bài một câu.\nTin liên quan\nTin cũ\n", encoding="utf-8")
    (tmp_path / "a.gold.txt").write_text("Tiêu đề\nThân bài một câu.\n", encoding="utf-8")
    (tmp_path / "b.input.txt").write_text("Tin liên quan\nTiêu đề hai\n", encoding="utf-8")
    (tmp_path / "b.gold.txt").write_text("Tiêu đề hai\n", encoding="utf-8")
    report = quality.run(tmp_path, quality.load_systems({"naive-cut"}))
    s = report["systems"]["naive-cut"]
    # a: exact; b: everything cut, one gold line lost
    assert (s["line_P"], s["line_R"], s["exact_docs"], s["docs"]) == (1.0, round(2 / 3, 3), 1, 2)
    assert "| naive-cut | 1.000 | 0.667 |" in quality.table(report)


def test_library_errors_are_attributed(tmp_path: Path) -> None:
    raw = "Tiêu đề bài báo hôm nay\nĐoạn thân bài đầy đủ, có dấu chấm câu ở cuối.\nIMG_1234.JPG\nChú thích ảnh\n"
    (tmp_path / "c.input.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "c.gold.txt").write_text(raw.splitlines()[0] + "\n" + raw.splitlines()[1] + "\n", encoding="utf-8")
    (tmp_path / "c.gold.json").write_text(json.dumps({"title": "Tiêu đề bài báo hôm nay"}), encoding="utf-8")
    report = quality.run(tmp_path, quality.load_systems({"vnnews_clean"}))
    s = report["systems"]["vnnews_clean"]
    kept_noise = sum(report["vnnews_clean_noise_kept_by_family"].values())
    lost = sum(report["vnnews_clean_gold_lines_removed_by_rule"].values())
    # every error is accounted for: kept noise lines are the false positives, lost gold lines the false negatives
    assert (kept_noise, lost) == (s["fp"], s["fn"])
    assert s["tp"] + s["fn"] == 2
    assert report["vnnews_clean_by_group"]["c"]["fp"] == s["fp"]  # one case, one group
    assert s["meta"].endswith("/1")


def test_missing_peer_is_skipped_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError
    (system,) = quality.load_systems({"trafilatura"})
    assert system.skipped.startswith("not installed")
    assert "skipped" in quality.table({"systems": {system.name: {"skipped": system.skipped}}})


def test_family_of_kept_noise_lines() -> None:
    lines = [
        "Menu Thời sự",
        "Tiêu đề",
        "Thân bài.",
        "![](https://x/a.jpg)",
        "Quang cảnh",
        "Thân bài hai.",
        "Hotline: 1",
    ]
    assert quality.family(lines[0], 0, lines, 1, 5) == "head: menu/breadcrumb/other"
    assert quality.family(lines[3], 3, lines, 1, 5) == "image marker"
    assert quality.family(lines[4], 4, lines, 1, 5) == "caption (after image)"
    assert quality.family(lines[6], 6, lines, 1, 5) == "footer/contact"


# ---------------------------------------------------------------- generator


@pytest.fixture(scope="module")
def cases() -> list:
    return make_cases.make_cases(CORPUS, seed=7, count=24)


def test_generator_is_deterministic(cases: list) -> None:
    again = make_cases.make_cases(CORPUS, seed=7, count=24)
    assert [(c.name, c.text, c.gold, c.meta) for c in cases] == [(c.name, c.text, c.gold, c.meta) for c in again]
    other = make_cases.make_cases(CORPUS, seed=8, count=24)
    assert [c.text for c in other] != [c.text for c in cases]


def test_every_gold_line_is_a_piece_of_an_input_line_in_order(cases: list) -> None:
    for case in cases:
        inputs = [make_cases.canon(x) for x in case.text.splitlines() if x.strip()]
        j = 0
        for line in case.gold:
            piece = make_cases.canon(line[3:] if line.startswith("?? ") else line)
            assert piece, case.name
            while j < len(inputs) and not inputs[j].endswith(piece):
                j += 1
            assert j < len(inputs), f"{case.name}: gold line not in input: {piece[:60]}"
            j += 1


def test_cases_cover_layouts_templates_and_metadata(cases: list) -> None:
    assert {c.name.split("-")[1] for c in cases} == {s.slug for s in make_cases.T.SITES[:24]}
    blank = [c for c in cases if "\n\n" in c.text]
    assert 0 < len(blank) < len(cases)  # both layouts
    for c in cases:
        first = next(g for g in c.gold if not g.startswith("?? "))
        assert c.meta["title"] == first
        assert set(c.meta) == {"title", "author", "source"}
        assert len(c.text.splitlines()) > len(c.gold)  # furniture was added


def test_written_cases_load_in_the_scorer(cases: list, tmp_path: Path) -> None:
    make_cases.write_cases(cases[:3], tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 9 and names[0].endswith(".gold.json")
    report = quality.run(tmp_path, quality.load_systems({"naive-cut"}))
    assert report["cases"] == 3


def test_html_cases_go_to_html_entry_points(tmp_path: Path) -> None:
    import vnnews_clean

    page = "<html><body><p>Tiêu đề</p><p>Thân bài.</p><h3>Tin liên quan</h3><p>Tin cũ</p></body></html>"
    (tmp_path / "h.input.html").write_text(page, encoding="utf-8")
    (tmp_path / "h.gold.txt").write_text("Tiêu đề\nThân bài.\n", encoding="utf-8")
    report = quality.run(tmp_path, quality.load_systems({"vnnews_clean", "naive-cut"}))
    lib, naive = report["systems"]["vnnews_clean"], report["systems"]["naive-cut"]
    assert naive["docs"] == 1 and naive["line_R"] == 1.0  # HTML flattened to lines, cut at the heading
    if hasattr(vnnews_clean, "clean_html"):
        assert lib["docs"] == 1
    else:  # left out, not scored as an empty output
        assert (lib["docs"], lib["skipped_docs"]) == (0, 1)
