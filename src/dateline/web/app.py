"""The app factory: a FastAPI app over one store opened read-only, one router per page kind, vendored assets."""
from __future__ import annotations

import pathlib
from typing import Iterable, Optional, Union

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..store import Store
from ..store.views import Reader, warm
from . import actors, api, articles, clusters, events, maps, overview, quotes, search
from .common import STATIC, render

SWAGGER = "/static/vendor/swagger-ui-5.35.0"


# Every response: no script but our own files (no inline script, no eval), no framing, no type sniffing,
# no referrer sent to other sites. Styles may be inline (charts set them).
SECURITY_HEADERS = (
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                 b"frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class Guard:
    """ASGI middleware: refuses a request whose Host is not allowed (a page on another site cannot reach this
    server through DNS rebinding) and adds SECURITY_HEADERS to every response, static files and errors included."""

    def __init__(self, app, hosts: Iterable[str]):
        self.app = app
        self.hosts = {h.lower().strip("[]") for h in hosts}

    def allowed(self, scope) -> bool:
        host = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), "")
        if host.startswith("["):                       # [::1]:8000
            name = host[1:].split("]", 1)[0]
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name.lower() in self.hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        if not self.allowed(scope):
            body = (b"400 Bad Request: this Host is not served (dateline serve --allow-host NAME adds one)\n")
            await send_with_headers({"type": "http.response.start", "status": 400,
                                     "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                                 (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)


def create_app(store: Union[Store, str, pathlib.Path], *, allow_hosts: Iterable[str] = (),
               bound: Optional[str] = None) -> FastAPI:
    """A FastAPI app serving `store` (a Store, or the path of one, which is then opened read-only).

    Requests are answered only for the Host names localhost, 127.0.0.1, ::1, the address the server is
    bound to (`bound`) and `allow_hosts`."""
    if not isinstance(store, Store):
        store = Store.open(store, read_only=True)
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Quotations, actors, PLOVER events, dates, places and casualties extracted from "
                              "news wire stories, each with its evidence offsets. Read-only.")
    app.state.store = store
    app.state.reader = Reader(store.con)
    warm(app.state.reader)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (overview, articles, events, clusters, actors, quotes, maps, search, api):
        app.include_router(module.router)

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from the vendored swagger-ui-dist: /docs works offline; started by static/docs.js."""
        return HTMLResponse(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="{SWAGGER}/swagger-ui.css"><link rel="icon" href="{SWAGGER}/favicon-32x32.png">
<title>dateline API</title></head>
<body><div id="swagger-ui"></div>
<script src="{SWAGGER}/swagger-ui-bundle.js"></script><script src="/static/docs.js"></script>
</body></html>""")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        """JSON errors under /api, a page elsewhere."""
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        resp = render(request, "error.html", status=exc.status_code, detail=exc.detail)
        resp.status_code = exc.status_code
        return resp

    hosts = [*LOCAL_HOSTS, *allow_hosts] + ([bound] if bound else [])
    app.add_middleware(Guard, hosts=hosts)
    return app
