"""The HTTP entry point: probe endpoints plus the application's own routes."""

from __future__ import annotations

import json
import os
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from orders_health.lifecycle import Lifecycle


def database_reachable() -> None:
    url = urlsplit(os.environ["DATABASE_URL"])
    with socket.create_connection((url.hostname, url.port or 5432), timeout=2):
        pass


def make_handler(lifecycle: Lifecycle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/healthz":
                self.reply(*lifecycle.liveness())
            elif self.path == "/readyz":
                self.reply(*lifecycle.readiness())
            else:
                with lifecycle.request():
                    self.reply(200, {"orders": []})

        def reply(self, status: int, body: dict[str, object]) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


def main() -> None:
    lifecycle = Lifecycle(
        checks={"database": database_reachable},
        drain_seconds=float(os.environ.get("DRAIN_SECONDS", "30")),
    )
    lifecycle.install()
    server = ThreadingHTTPServer(("0.0.0.0", 8080), make_handler(lifecycle))
    server.serve_forever()


if __name__ == "__main__":
    main()
