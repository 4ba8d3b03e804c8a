"""The web interface: `create_app(store)` builds a read-only FastAPI app over a dateline store."""
from .app import create_app

__all__ = ["create_app"]
