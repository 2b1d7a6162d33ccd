"""Bot API requests over aiohttp, in place of PTB's default HTTPXRequest.

Why: httpx's connection pool (httpcore 1.0) checks every idle connection with a
poll() on every request and every release, so its cost grows with the number of
requests in flight. With 50 users at once over HTTP that was about 3 ms of CPU
per request and most of the bot's CPU (`scripts/bench.py --only http --profile`).
aiohttp's connector keeps idle connections in a per-host list and does no such
scan. The contract is PTB's `BaseRequest`, as HTTPXRequest keeps it: the same
default timeouts, `TimedOut` and `NetworkError`, proxies from the environment,
and certifi's certificate bundle (a slim container with no system CA store still
reaches api.telegram.org).

Proxies: `TELEGRAM_PROXY` (http://, https:// or socks5://), else the environment's
HTTPS_PROXY / HTTP_PROXY / ALL_PROXY with NO_PROXY, as httpx reads them. They are resolved
here rather than by aiohttp's `trust_env`, which skips https:// proxies and knows no SOCKS;
SOCKS goes through aiohttp-socks' connector. `SSL_CERT_FILE` / `SSL_CERT_DIR` replace the
certifi bundle (a corporate TLS-inspecting proxy's CA). `TELEGRAM_TRANSPORT=httpx` uses
PTB's own HTTPXRequest instead of all this (`transports_for`).
"""

from __future__ import annotations

import functools
import os
import ssl
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logging_setup import redact

_JSON_HEADERS = {"Content-Type": "application/json", "User-Agent": BaseRequest.USER_AGENT}
_UA_HEADERS = {"User-Agent": BaseRequest.USER_AGENT}


def _tls() -> ssl.SSLContext:
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = os.environ.get("SSL_CERT_DIR") or None
    return _tls_for(cafile, capath)


@functools.cache
def _tls_for(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    """One context per bundle: loading one takes tens of milliseconds."""
    if cafile is None and capath is None:
        cafile = certifi.where()
    return ssl.create_default_context(cafile=cafile, capath=capath)


def proxy_for(base_url: str | None, explicit: str | None = None) -> str | None:
    """TELEGRAM_PROXY, else the environment's proxy for the Bot API's scheme (NO_PROXY
    honoured); None for a direct connection."""
    if explicit:
        return explicit
    url = urlsplit(base_url or "https://api.telegram.org/bot")
    if url.hostname and urllib.request.proxy_bypass_environment(url.hostname):
        return None
    found = urllib.request.getproxies_environment()
    return found.get(url.scheme) or found.get("all") or None


def transports_for(settings: Any) -> tuple[BaseRequest, BaseRequest]:
    """(requests, getUpdates) as configured: aiohttp by default, or PTB's httpx."""
    proxy = proxy_for(settings.base_url, settings.proxy)
    if settings.transport == "httpx":
        from telegram.request import HTTPXRequest

        return (HTTPXRequest(connection_pool_size=256, proxy=proxy),
                HTTPXRequest(connection_pool_size=1, proxy=proxy))
    return (AiohttpRequest(proxy=proxy), AiohttpRequest(connection_pool_size=1, proxy=proxy))


class AiohttpRequest(BaseRequest):
    """One aiohttp session; plain calls go as a JSON body, uploads as multipart."""

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        proxy: str | None = None,
    ) -> None:
        self._pool_size = connection_pool_size
        self._proxy = proxy
        self._request_proxy: str | None = None  # http(s) proxies go per request
        self._read, self._write, self._connect, self._pool = (
            read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple, aiohttp.ClientTimeout] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        """The session is made here, inside the running loop, as aiohttp requires."""
        if self._session is None or self._session.closed:
            connector: aiohttp.BaseConnector
            if self._proxy and self._proxy.startswith("socks"):
                from aiohttp_socks import ProxyConnector

                connector = ProxyConnector.from_url(self._proxy, limit=self._pool_size,
                                                    ssl=_tls())
            else:
                connector = aiohttp.TCPConnector(limit=self._pool_size, ssl=_tls())
                self._request_proxy = self._proxy
            # The environment's proxies are resolved by proxy_for: trust_env would drop
            # https:// ones.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=False)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(self, read: object, write: object, connect: object, pool: object,
                 files: bool) -> aiohttp.ClientTimeout:
        """aiohttp has no write timeout: an upload is bounded as a whole instead."""
        def value(given: object, default: float | None) -> float | None:
            return default if given is BaseRequest.DEFAULT_NONE else given  # type: ignore[return-value]

        read_s = value(read, self._read)
        write_s = value(write, self._media_write if files else self._write)
        connect_s = value(connect, self._connect)
        pool_s = value(pool, self._pool)
        key = (read_s, write_s, connect_s, pool_s, files)
        timeout = self._timeouts.get(key)
        if timeout is None:
            total = (write_s + read_s) if files and write_s is not None and read_s is not None \
                else None
            waiting = (pool_s + connect_s) if pool_s is not None and connect_s is not None \
                else None
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=total, connect=waiting, sock_connect=connect_s, sock_read=read_s)
        return timeout

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout,
                                files)
        if files:
            assert request_data is not None
            form = aiohttp.FormData(request_data.json_parameters)
            for name, part in request_data.multipart_data.items():
                filename, content = part[0], part[1]
                form.add_field(name, content, filename=filename,
                               content_type=part[2] if len(part) > 2 else None)
            body: object = form
            headers = _UA_HEADERS
        else:
            body = request_data.json_payload if request_data else None
            headers = _JSON_HEADERS if body is not None else _UA_HEADERS
        try:
            async with self._session.request(method, url, data=body, headers=headers,
                                             timeout=timeout,
                                             proxy=self._request_proxy) as response:
                return response.status, await response.read()
        except TimeoutError as err:
            if isinstance(err, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Pool timeout: no connection to the Bot API became free in "
                               "time; the request was not sent.") from err
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # aiohttp's messages may quote the request URL, which holds the bot token
            raise NetworkError(redact(f"aiohttp.{type(err).__name__}: {err}")) from err
