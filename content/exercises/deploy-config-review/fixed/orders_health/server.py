"""The HTTP entry point: probe endpoints plus the application's own routes."""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from orders_health.lifecycle import Lifecycle

log = logging.getLogger("orders_health")


def database_reachable() -> None:
    url = urlsplit(os.environ["DATABASE_URL"])
    with socket.create_connection((url.hostname, url.port or 5432), timeout=1):
        pass


def make_handler(lifecycle: Lifecycle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/livez":
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
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    lifecycle = Lifecycle(
        checks={"database": database_reachable},
        drain_seconds=float(os.environ.get("DRAIN_SECONDS", "20")),
    )
    lifecycle.install()
    server = ThreadingHTTPServer(("0.0.0.0", 8080), make_handler(lifecycle))
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()

    lifecycle.wait_for_stop()
    # Endpoints are removed from the Service at the same time as SIGTERM is sent, not before:
    # keep serving for a few seconds so requests already routed here still succeed.
    time.sleep(float(os.environ.get("STOP_DELAY_SECONDS", "5")))
    server.shutdown()  # stop accepting; handlers already running continue
    drained = lifecycle.drain()
    server.server_close()
    log.info("stopped; all requests finished: %s", drained)


if __name__ == "__main__":
    main()
