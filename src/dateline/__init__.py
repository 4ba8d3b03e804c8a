"""dateline: raw news articles -> structured, evidence-linked event data."""
from .records import Article

__all__ = ["extract", "Article"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """`dateline.extract` is imported when first asked for: the pipeline loads the extractors (seconds), which
    `dateline stats`, `--help` and every other store command never need."""
    if name == "extract":
        from .pipeline import extract

        return extract
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")
