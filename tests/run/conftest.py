"""A folder of small invented wire stories, generated in a tmp dir for ingest tests."""
from __future__ import annotations

import pathlib

import pytest

CITIES = ["Valmora", "Kestrel Bay", "Port Aldin", "Tarsk", "Omberlin"]
PEOPLE = ["Marta Oyelaran", "Tomas Vrell", "Ines Kovarik", "Daud Marren", "Lena Hostrup"]
VERBS = ["met", "criticised", "thanked", "warned", "visited"]


def story(i: int) -> str:
    """An invented story: dateline, a lead with two actors, a quotation with its speaker, a date."""
    city, person, verb = CITIES[i % 5], PEOPLE[(i * 2) % 5], VERBS[(i * 3) % 5]
    other = PEOPLE[(i * 2 + 1) % 5]
    return (f"{city.upper()} (Newswire) - Interior Minister {person} {verb} opposition leader {other} "
            f"in {city} on Tuesday, officials said.\n\n"
            f"\"We spoke about the harbour and the {i} new schools,\" {person} told reporters after the meeting.\n\n"
            f"{other} said the talks would go on in March. Police arrested {i % 4 + 2} protesters outside.\n")


def write_corpus(folder: pathlib.Path, n: int = 20) -> list[pathlib.Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"story-{i:02d}.txt"
        path.write_text(story(i), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def make_corpus():
    """write_corpus(folder, n=20), for fixtures wider than one test."""
    return write_corpus


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder)
    return folder
