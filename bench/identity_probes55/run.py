"""Run dateline on the invented identity probes of this folder (ident55) and print every actor, as
bench/identity_probes45/run.py does for its own folder.

    PYTHONPATH=src .venv/bin/python bench/identity_probes55/run.py [--json OUT] [NAME...]
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "identity_probes45"))
from run import main  # noqa: E402

if __name__ == "__main__":
    main(pathlib.Path(__file__).resolve().parent)
