"""The agencies lexicon loads and normalises written forms to short names."""
from dateline.lexicon import path
from dateline.structure.agencies import agency, load_agencies


def test_lexicon_loads_with_provenance():
    table = load_agencies()
    assert len(table) > 40
    assert path("agencies.tsv").read_text(encoding="utf-8").startswith("#")
    assert set(table.values()) >= {"AFP", "AP", "Reuters", "UPI", "Xinhua", "TASS", "Yonhap", "Anadolu"}


def test_written_forms():
    assert agency("Agence France- Presse") == "AFP"
    assert agency("AGENCE FRANCE-PRESSE") == "AFP"
    assert agency("Associated Press") == "AP"
    assert agency("The Associated Press") == "AP"
    assert agency("ITAR-TASS") == "TASS"
    assert agency("Press Trust of India") == "PTI"
    assert agency("R-Texas") is None
    assert agency("") is None
