"""The embedded event store (DuckDB): schema and migrations, writing, queries and exports.

Only this package speaks SQL; everything else calls its functions and gets plain data or records.
"""
from .db import DEFAULT_PATH, Store, StoreError, text_hash

__all__ = ["DEFAULT_PATH", "Store", "StoreError", "text_hash"]
