"""The Bot API stand-in over real HTTP on 127.0.0.1, for polling tests and benchmarks.

Only loopback is ever bound. The server runs in a thread and stops with `stop()`.
"""

from __future__ import annotations

import json
import re
import threading
from email.parser import BytesParser
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

from bot.telegram.standin.api import FakeBotApi, respond

_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")


def _multipart(body: bytes, ctype: str) -> dict[str, Any]:
    """Fields of an upload (sendDocument): text fields as str, files as (name, bytes)."""
    message = BytesParser(policy=default).parsebytes(
        f"Content-Type: {ctype}\r\n\r\n".encode() + body)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        fields[name] = (filename, content) if filename else content.decode()
    return fields


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 128  # 50 polling users at once must not see connection resets

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-poll (a bot shutting down) is normal here."""
        return


class FakeBotApiServer:
    def __init__(self, api: FakeBotApi | None = None, token: str | None = None) -> None:
        self.api = api or FakeBotApi()
        self.expected_token = token
        self.seen_tokens: set[str] = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once, no ACK delay

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                return

            def do_POST(self) -> None:
                self._serve()

            def do_GET(self) -> None:
                self._serve()

            def _serve(self) -> None:
                url = urlparse(self.path)
                m = _PATH.match(url.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if not m:
                    self._reply(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')
                    return
                server.seen_tokens.add(m["token"])
                if server.expected_token and m["token"] != server.expected_token:
                    self._reply(401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
                    return
                params: dict[str, Any] = dict(parse_qsl(url.query))
                ctype = self.headers.get("Content-Type", "")
                if body and "json" in ctype:
                    params.update(json.loads(body))
                elif body and "x-www-form-urlencoded" in ctype:
                    params.update(parse_qsl(body.decode()))
                elif body and "multipart/form-data" in ctype:
                    params.update(_multipart(body, ctype))
                code, payload = respond(server.api, m["method"], params)
                self._reply(code, payload)

            def _reply(self, code: int, payload: bytes) -> None:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> FakeBotApiServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeBotApiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
