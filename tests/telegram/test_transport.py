"""AiohttpRequest against real sockets on 127.0.0.1: what PTB expects of a BaseRequest."""

from __future__ import annotations

import asyncio
import socket

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram.standin.http import FakeBotApiServer
from bot.telegram.transport import AiohttpRequest

TOKEN = "515151:FAKE-transport-test-token_not-real"


def bot_on(base_url: str, **timeouts: float) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=AiohttpRequest(**timeouts),
               get_updates_request=AiohttpRequest(connection_pool_size=1))


async def test_messages_buttons_and_uploads_arrive_as_telegram_would_parse_them():
    with FakeBotApiServer(token=TOKEN) as server:
        async with bot_on(server.base_url) as bot:
            keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes ✅", callback_data="y|1")]])
            message = await bot.send_message(8, "<b>Zoë</b> &amp; co", parse_mode="HTML",
                                              reply_markup=keyboard)
            document = await bot.send_document(8, InputFile(b"BEGIN:VCALENDAR", filename="m.ics"),
                                               caption="Your meeting")
            with pytest.raises(BadRequest, match="(?i)can't parse entities"):
                await bot.send_message(8, "<b>unclosed", parse_mode="HTML")
    sent = server.api.sent_to(8)
    assert message.text == "Zoë & co" and sent[0].html == "<b>Zoë</b> &amp; co"
    assert sent[0].buttons == [[{"text": "Yes ✅", "callback_data": "y|1"}]]
    assert document.document.file_name == "m.ics"
    assert sent[1].document == ("m.ics", b"BEGIN:VCALENDAR") and sent[1].text == "Your meeting"
    assert len(sent) == 2


async def test_a_server_that_never_answers_times_out():
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1)  # take the request, never answer

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()
        server.close()
        await server.wait_closed()


async def test_an_unreachable_api_is_a_network_error():
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    request = AiohttpRequest(connect_timeout=1.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match="ClientConnectorError"):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()


async def test_requests_before_initialize_or_after_shutdown_are_refused_clearly():
    """PTB wraps the RuntimeError as a NetworkError, as it does for HTTPXRequest."""
    request = AiohttpRequest()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post("http://127.0.0.1:9/bot0/getMe")
    await request.initialize()
    await request.shutdown()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post("http://127.0.0.1:9/bot0/getMe")
    await request.initialize()  # PTB may initialize again after a shutdown
    await request.shutdown()


async def test_an_error_that_quotes_the_url_does_not_quote_the_token():
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:  # aiohttp: "InvalidUrlClientError: <url>"
            await request.post(f"http://127.0.0.1:99999/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()
    assert "InvalidUrl" in str(caught.value) and "/bot" in str(caught.value)
    assert TOKEN not in str(caught.value)


async def test_tls_trusts_certifis_bundle_as_httpx_does():
    request = AiohttpRequest()
    await request.initialize()
    try:
        context = request._session.connector._ssl
        assert len(context.get_ca_certs()) > 100  # from a file, not a maybe-empty system dir
        assert context.verify_mode.name == "CERT_REQUIRED" and context.check_hostname
    finally:
        await request.shutdown()


# --- proxies and certificates (TELEGRAM_PROXY, the environment, SSL_CERT_FILE) --------------

def _self_signed(tmp_path):
    """A certificate for 127.0.0.1 and its key, as a TLS-inspecting proxy would have."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


async def _get_me_through(proxy_url: str, server) -> str:
    request = AiohttpRequest(proxy=proxy_url)
    async with Bot(TOKEN, base_url=server.base_url, request=request,
                   get_updates_request=AiohttpRequest(proxy=proxy_url)) as bot:
        return (await bot.get_me()).username


@pytest.mark.parametrize("kind", ["http", "socks5"])
async def test_requests_go_through_the_configured_proxy(kind):
    from tests.telegram.local_proxy import LocalProxy

    with FakeBotApiServer(token=TOKEN) as server, LocalProxy(kind) as proxy:
        assert await _get_me_through(proxy.url, server)
    port = server.base_url.split(":")[2].split("/")[0]
    assert proxy.forwarded and all(port in f for f in proxy.forwarded), proxy.forwarded
    assert proxy.forwarded[0].startswith({"http": "POST http://", "socks5": "SOCKS5"}[kind])


async def test_an_https_proxy_is_used_and_its_certificate_checked_against_ssl_cert_file(
        tmp_path, monkeypatch):
    import ssl

    from tests.telegram.local_proxy import LocalProxy

    cert, key = _self_signed(tmp_path)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    with FakeBotApiServer(token=TOKEN) as server, LocalProxy("http", tls) as proxy:
        assert proxy.url.startswith("https://")
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        with pytest.raises(NetworkError):  # certifi does not know this certificate
            await _get_me_through(proxy.url, server)
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        assert await _get_me_through(proxy.url, server)
    assert any(f.startswith("POST http://127.0.0.1") for f in proxy.forwarded)


def test_the_environments_proxy_is_read_as_httpx_reads_it(monkeypatch):
    from bot.telegram.transport import proxy_for

    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                 "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert proxy_for(None) is None
    monkeypatch.setenv("HTTPS_PROXY", "https://corp-proxy:3128")  # aiohttp alone skips these
    assert proxy_for(None) == "https://corp-proxy:3128"
    assert proxy_for(None, "socks5://127.0.0.1:1080") == "socks5://127.0.0.1:1080"
    monkeypatch.setenv("NO_PROXY", "api.telegram.org")
    assert proxy_for(None) is None
    monkeypatch.setenv("ALL_PROXY", "socks5://s:1")
    assert proxy_for("http://127.0.0.2:8081/bot") == "socks5://s:1"


async def test_telegram_transport_httpx_falls_back_to_ptbs_own():
    from telegram.request import HTTPXRequest

    from bot.config import Settings
    from bot.telegram.transport import transports_for
    from tests.telegram.local_proxy import LocalProxy

    with FakeBotApiServer(token=TOKEN) as server, LocalProxy("http") as proxy:
        settings = Settings(transport="httpx", base_url=server.base_url, proxy=proxy.url)
        request, updates = transports_for(settings)
        assert isinstance(request, HTTPXRequest) and isinstance(updates, HTTPXRequest)
        async with Bot(TOKEN, base_url=server.base_url, request=request,
                       get_updates_request=updates) as bot:
            assert (await bot.get_me()).username
    assert proxy.forwarded
    default = transports_for(Settings())
    assert all(isinstance(t, AiohttpRequest) for t in default)
