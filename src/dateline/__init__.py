"""dateline: raw news articles -> structured, evidence-linked event data."""
from .pipeline import extract
from .records import Article

__all__ = ["extract", "Article"]
__version__ = "0.1.0"
