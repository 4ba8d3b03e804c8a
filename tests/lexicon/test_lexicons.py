"""Every lexicon file loads through dateline.lexicon.rows with its comment header, a header line and well-formed
rows; a malformed row is an error that names its file and line; the lists several stages share exist once."""
from __future__ import annotations

import pytest

from dateline import lexicon
from dateline.lexicon import LexiconError

FILES = sorted(p.name for p in lexicon.HERE.glob("*.tsv"))


def test_there_are_lexicon_files():
    assert "pronouns.tsv" in FILES and "goldstein.tsv" in FILES and "gazetteer_extra.tsv" in FILES
    assert not (lexicon.HERE.parent / "data" / "goldstein.tsv").exists()


@pytest.mark.parametrize("name", FILES)
def test_lexicon_file_is_well_formed(name):
    lines = lexicon.path(name).read_text(encoding="utf-8").splitlines()
    comments = lines[:next(i for i, ln in enumerate(lines) if not ln.startswith("#"))]
    assert comments and "dateline" in " ".join(comments), f"{name}: no `#` header saying what it is and who wrote it"
    header = next(ln for ln in lines if ln.strip() and not ln.startswith("#")).split("\t")
    assert all(h and h == h.strip() for h in header), f"{name}: header {header}"
    found = lexicon.rows(name)
    assert found, f"{name}: no rows"
    for row in found:
        assert list(row) == header
        assert row[header[0]], f"{name}:{row.line}: empty first cell"


@pytest.mark.parametrize("name", [n for n in FILES if lexicon.rows(n) and "class" in lexicon.rows(n)[0]])
def test_class_word_files_read_as_classes(name):
    found = lexicon.classes(name)
    assert found and all(words for words in found.values())


def test_malformed_row_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "broken.tsv").write_text("# a lexicon written for this test by the dateline team\n"
                                         "word\tvalue\nfine\t1\nbad\t2\textra\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "HERE", tmp_path)
    with pytest.raises(LexiconError, match=r"broken\.tsv:4: 3 cells for 2 columns"):
        lexicon.rows("broken.tsv")
    lexicon.rows.cache_clear()


def test_wrong_header_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "other.tsv").write_text("# a lexicon written for this test by the dateline team\nword\tvalue\n",
                                        encoding="utf-8")
    monkeypatch.setattr(lexicon, "HERE", tmp_path)
    with pytest.raises(LexiconError, match=r"other\.tsv:2: header"):
        lexicon.rows("other.tsv", ("lemma",))
    lexicon.rows.cache_clear()


def test_shared_lists():
    assert lexicon.months()["sept"] == 9 and lexicon.months()["may"] == 5 and len(set(lexicon.months().values())) == 12
    assert lexicon.weekdays()[0] == "monday" and len(lexicon.weekdays()) == 7
    assert lexicon.pronouns("possessive", "3") == {"his", "her", "its", "their"}
    assert lexicon.pronouns("subject") | lexicon.pronouns("object") >= {"i", "me", "they", "them", "you"}
    assert lexicon.pronoun_antecedents() == {"he": "M", "his": "M", "she": "F", "her": "F", "it": "it",
                                             "its": "it", "they": "they", "their": "they"}
    dates = {r["word"] for r in lexicon.used_by("number_words.tsv", "dates")}
    casualties = {r["word"] for r in lexicon.used_by("number_words.tsv", "casualties")}
    assert {"a", "a couple of"} <= dates - casualties and {"thousand", "dozens"} <= casualties - dates
    assert "twenty" in dates & casualties
    for name in ("number_words.tsv", "intent_verbs.tsv", "modals.tsv"):
        words = [r["word"] for r in lexicon.rows(name)]
        assert len(words) == len(set(words)), f"{name}: a word listed twice"


def test_docs_name_every_lexicon_file():
    doc = (lexicon.HERE.parents[2] / "docs" / "lexicons.md").read_text(encoding="utf-8")
    assert [name for name in FILES if f"`{name}`" not in doc] == []


# lex39: a class declared in a second block of a `class` file is an error unless a `#+ CLASS` line opens that block.
# The invented file: class `tool` (hammer, saw), class `fruit` (apple), then `tool` again (drill).
INVENTED = "# a lexicon written for this test by the dateline team\nclass\tword\ntool\thammer\ntool\tsaw\nfruit\tapple\n"


def _load(tmp_path, monkeypatch, text, name="invented.tsv", read=lexicon.classes):
    """`read(name)` of an invented lexicon file holding `text` (the loader's caches emptied before and after)."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "HERE", tmp_path)
    lexicon.rows.cache_clear()
    lexicon.classes.cache_clear()
    try:
        return read(name)
    finally:
        lexicon.rows.cache_clear()
        lexicon.classes.cache_clear()


def test_class_declared_again_without_marker_names_file_and_line(tmp_path, monkeypatch):
    with pytest.raises(LexiconError, match=r"invented\.tsv:7: class 'tool' declared again \(its first block is at "
                                           r"line 3\).*`#\+ tool`"):
        _load(tmp_path, monkeypatch, INVENTED + "# drills too\ntool\tdrill\n")


def test_marked_block_extends_its_class(tmp_path, monkeypatch):
    found = _load(tmp_path, monkeypatch, INVENTED + "# drills too\n#+ tool  power tools\ntool\tdrill\ntool\tlathe\n")
    assert found == {"tool": ("hammer", "saw", "drill", "lathe"), "fruit": ("apple",)}


def test_comment_inside_a_block_does_not_end_it(tmp_path, monkeypatch):
    found = _load(tmp_path, monkeypatch, INVENTED.replace("tool\tsaw\n", "\n# more tools\ntool\tsaw\n"))
    assert found["tool"] == ("hammer", "saw")


@pytest.mark.parametrize("tail, error", [
    ("#+ fruit\nfruit\tpear\n", r"invented\.tsv:6: `#\+ fruit` opens no block extending 'fruit': inside a block"),
    ("#+ tool\nvegetable\tleek\n", r"invented\.tsv:6: `#\+ tool` opens no block extending 'tool': before a row of "
                                   r"class 'vegetable'"),
    ("#+ vegetable\nvegetable\tleek\n", r"invented\.tsv:6: `#\+ vegetable` opens no block extending 'vegetable': but "
                                        r"the class is declared nowhere before"),
    ("#+ tool\n", r"invented\.tsv:6: `#\+ tool` opens no block extending 'tool': no row follows"),
    ("#+\ntool\tdrill\n", r"invented\.tsv:6: a block marker names no class"),
])
def test_misplaced_marker_names_file_and_line(tmp_path, monkeypatch, tail, error):
    with pytest.raises(LexiconError, match=error):
        _load(tmp_path, monkeypatch, INVENTED + tail)


def test_marker_in_a_file_with_no_class_column(tmp_path, monkeypatch):
    with pytest.raises(LexiconError, match=r"plain\.tsv:4: a block marker .* no `class` column"):
        _load(tmp_path, monkeypatch, "# written for this test by the dateline team\nword\tvalue\none\t1\n#+ one\n"
                                     "one\t2\n", name="plain.tsv", read=lexicon.rows)


@pytest.mark.parametrize("name", FILES)
def test_shipped_lexicon_declares_each_class_once_or_marks_the_extension(name):
    lexicon.rows.cache_clear()
    try:
        lexicon.rows(name)      # raises LexiconError at a class declared again without `#+ CLASS`
    finally:
        lexicon.rows.cache_clear()
        lexicon.classes.cache_clear()
    text = lexicon.path(name).read_text(encoding="utf-8")
    markers = [ln.split()[1] for ln in text.splitlines() if ln.startswith(lexicon.MARKER)]
    assert not markers or "class" == next(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
                                          ).split("\t")[0], f"{name}: block markers in a file with no class column"
