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
