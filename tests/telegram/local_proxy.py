"""A small forward proxy on 127.0.0.1 for tests: HTTP (absolute-form and CONNECT), the same
over TLS (an https:// proxy), and SOCKS5 without authentication. It records what it
forwarded, so a test can tell a request went through it rather than around it."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import struct
import threading

TIMEOUT = 10.0  # every socket: a stuck test fails instead of hanging


def _read_until(sock: socket.socket, marker: bytes, limit: int = 65536) -> bytes:
    data = b""
    while marker not in data and len(data) < limit:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def _exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed mid-handshake")
        data += chunk
    return data


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy both ways in one thread until both sides close or go quiet for TIMEOUT. One
    thread, because a TLS socket read in one thread and written in another can drop the
    connection now and then (the https proxy test failed that way once in CI)."""
    peer = {a: b, b: a}
    open_ = [a, b]
    while open_:
        ready = [s for s in open_ if isinstance(s, ssl.SSLSocket) and s.pending()]
        if not ready:
            ready = select.select(open_, [], [], TIMEOUT)[0]
            if not ready:
                return
        for src in ready:
            try:
                chunk = src.recv(65536)
            except ssl.SSLWantReadError:
                continue
            except OSError:
                chunk = b""
            if chunk:
                with contextlib.suppress(OSError):
                    peer[src].sendall(chunk)
                continue
            open_.remove(src)
            with contextlib.suppress(OSError):
                peer[src].shutdown(socket.SHUT_WR)


class LocalProxy:
    def __init__(self, kind: str = "http", tls: ssl.SSLContext | None = None) -> None:
        self.kind, self.tls = kind, tls
        self.forwarded: list[str] = []  # "GET http://…", "CONNECT host:port", "SOCKS5 host:port"
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        scheme = {"http": "https" if self.tls else "http", "socks5": "socks5"}[self.kind]
        return f"{scheme}://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> LocalProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(TIMEOUT)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(TIMEOUT)
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        try:
            if self.tls is not None:
                client = self.tls.wrap_socket(client, server_side=True)
            if self.kind == "socks5":
                self._socks(client)
            else:
                self._http(client)
        except (OSError, ConnectionError, ssl.SSLError):
            pass
        finally:
            with contextlib.suppress(OSError):
                client.close()

    def _http(self, client: socket.socket) -> None:
        head = _read_until(client, b"\r\n\r\n")
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)), TIMEOUT)
            self.forwarded.append(f"CONNECT {target}")
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:  # absolute form: http://host:port/path → /path to the origin
            rest = target.split("://", 1)[1]
            hostport, _, path = rest.partition("/")
            host, _, port = hostport.partition(":")
            upstream = socket.create_connection((host, int(port or 80)), TIMEOUT)
            self.forwarded.append(f"{method} {target}")
            upstream.sendall(head.replace(target.encode(), b"/" + path.encode(), 1))
        with upstream:
            _pipe(client, upstream)

    def _socks(self, client: socket.socket) -> None:
        _, n = _exact(client, 2)
        _exact(client, n)
        client.sendall(b"\x05\x00")  # no authentication
        _, cmd, _, atyp = _exact(client, 4)
        if atyp == 1:
            host = socket.inet_ntoa(_exact(client, 4))
        elif atyp == 3:
            host = _exact(client, _exact(client, 1)[0]).decode()
        else:
            host = socket.inet_ntop(socket.AF_INET6, _exact(client, 16))
        port = struct.unpack("!H", _exact(client, 2))[0]
        upstream = socket.create_connection((host, port), TIMEOUT)
        self.forwarded.append(f"SOCKS5 {host}:{port}")
        client.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("0.0.0.0") + b"\x00\x00")
        with upstream:
            _pipe(client, upstream)
