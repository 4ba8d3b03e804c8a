"""The app factory: a FastAPI app over one store opened read-only, one router per page kind, vendored assets."""
from __future__ import annotations

import pathlib
from typing import Union

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..store import Store
from ..store.views import Reader, warm
from . import actors, api, articles, clusters, events, maps, overview, search
from .common import STATIC, render

SWAGGER = "/static/vendor/swagger-ui-5.35.0"


def create_app(store: Union[Store, str, pathlib.Path]) -> FastAPI:
    """A FastAPI app serving `store` (a Store, or the path of one, which is then opened read-only)."""
    if not isinstance(store, Store):
        store = Store.open(store, read_only=True)
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Quotations, actors, PLOVER events, dates, places and casualties extracted from "
                              "news wire stories, each with its evidence offsets. Read-only.")
    app.state.store = store
    app.state.reader = Reader(store.con)
    warm(app.state.reader)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (overview, articles, events, clusters, actors, maps, search, api):
        app.include_router(module.router)

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from the vendored swagger-ui-dist: /docs works offline."""
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="dateline API",
                                   swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                                   swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        """JSON errors under /api, a page elsewhere."""
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        resp = render(request, "error.html", status=exc.status_code, detail=exc.detail)
        resp.status_code = exc.status_code
        return resp

    return app
