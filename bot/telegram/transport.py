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
"""

from __future__ import annotations

import functools
import ssl

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logging_setup import redact

_JSON_HEADERS = {"Content-Type": "application/json", "User-Agent": BaseRequest.USER_AGENT}
_UA_HEADERS = {"User-Agent": BaseRequest.USER_AGENT}


@functools.cache
def _tls() -> ssl.SSLContext:
    """One context for every session: loading the bundle takes tens of milliseconds."""
    return ssl.create_default_context(cafile=certifi.where())


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
    ) -> None:
        self._pool_size = connection_pool_size
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
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, ssl=_tls()),
                trust_env=True,  # HTTPS_PROXY and friends, as httpx honours them
            )

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
                                             timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as err:
            if isinstance(err, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Pool timeout: no connection to the Bot API became free in "
                               "time; the request was not sent.") from err
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # aiohttp's messages may quote the request URL, which holds the bot token
            raise NetworkError(redact(f"aiohttp.{type(err).__name__}: {err}")) from err
