"""A stand-in for the Telegram Bot API, at PTB's request boundary.

`FakeBotApi` answers Bot API methods the way Telegram does — including its
refusals (bad HTML, over-long text, callback data over 64 bytes), which is
what makes tests built on it able to fail — and records every call.
`StandinRequest` plugs it into PTB as a `BaseRequest`, for the console and the
end-to-end tests; `bot.telegram.standin.http` serves the same object over real HTTP.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from telegram.request import BaseRequest, RequestData

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
BOT_USER = {
    "id": 999_000,
    "is_bot": True,
    "first_name": "Interview Coach",
    "username": "interview_coach_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = self.error or f'Unsupported start tag "{tag}"'
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f'Unexpected end tag "{tag}"'
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


_BARE_AMP = re.compile(r"&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)")
_BARE_LT = re.compile(r"<(?!/?[a-zA-Z][a-zA-Z-]*(?:\s[^<>]*)?>)")


def html_to_plain(text: str) -> str:
    """What the user sees of an HTML message; raises ApiError like Telegram on bad markup."""
    if _BARE_AMP.search(text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped '&'")
    if _BARE_LT.search(text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped '<'")
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    if checker.error or checker.stack:
        raise ApiError(400, f"Bad Request: can't parse entities: {checker.error or 'unclosed tag'}")
    return "".join(checker.text)


@dataclass
class SentMessage:
    chat_id: int
    message_id: int
    text: str  # as the user sees it (markup removed)
    html: str
    buttons: list[list[dict]] = field(default_factory=list)
    document: tuple[str, bytes] | None = None
    photo: bool = False  # sent with sendPhoto: `document` holds the picture

    def button_texts(self) -> list[str]:
        return [b["text"] for row in self.buttons for b in row]

    def button(self, label: str) -> dict:
        for row in self.buttons:
            for b in row:
                if label in b["text"]:
                    return b
        raise KeyError(f"no button {label!r} in {self.button_texts()}")


@dataclass
class Call:
    method: str
    params: dict[str, Any]


class FakeBotApi:
    """Thread-safe: the HTTP server calls it from its threads."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.calls: list[Call] = []
        self.messages: dict[int, list[SentMessage]] = {}
        self.fail_next: dict[tuple[str, int], ApiError] = {}  # (method, chat_id) → error
        self.on_send: Callable[[SentMessage], None] | None = None
        self.on_edit: Callable[[SentMessage], None] | None = None  # the console reprints
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._pending: list[dict] = []
        self._cond = threading.Condition()
        # Voice notes and other files users send: file_id → content (getFile, downloads).
        self.files: dict[str, bytes] = {}

    # --- what the bot sees -------------------------------------------------------------
    def call(self, method: str, params: dict[str, Any]) -> Any:
        with self._cond:
            self.calls.append(Call(method, params))
        if method != "getUpdates":
            chat = params.get("chat_id")
            failure = self.fail_next.pop((method, int(chat)), None) if chat is not None else None
            if failure is not None:
                raise failure
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, f"Not Found: method {method} is not in this stand-in")
        return handler(params)

    def _m_getMe(self, p: dict) -> dict:
        return BOT_USER

    def _m_setMyCommands(self, p: dict) -> bool:
        commands = p.get("commands")
        if isinstance(commands, str):
            commands = json.loads(commands)
        for c in commands or []:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    def _m_deleteWebhook(self, p: dict) -> bool:
        return True

    def _m_setWebhook(self, p: dict) -> bool:
        """Recorded, so a test can see what `run --webhook` asked Telegram for."""
        self.webhook = {"url": p.get("url"), "secret_token": p.get("secret_token")}
        return True

    def _m_getUpdates(self, p: dict) -> list[dict]:
        offset = int(p.get("offset") or 0)
        wait = min(float(p.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + wait
        with self._cond:
            while True:
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
                if self._pending or time.monotonic() >= deadline:
                    return list(self._pending)
                self._cond.wait(max(deadline - time.monotonic(), 0))

    def _m_sendChatAction(self, p: dict) -> bool:
        return True

    def _m_getFile(self, p: dict) -> dict:
        """A file the user sent; one never registered is a short placeholder note."""
        file_id = str(p.get("file_id", ""))
        content = self.files.setdefault(file_id, b"OggS" + bytes(1020))
        return {"file_id": file_id, "file_unique_id": f"u{file_id}",
                "file_size": len(content), "file_path": f"voice/{file_id}.oga"}

    def download(self, file_path: str) -> bytes:
        """The content at a getFile path (PTB fetches `<base_file_url>/<file_path>`)."""
        name = file_path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if name not in self.files:
            raise ApiError(404, "Not Found: file")
        return self.files[name]

    def voice_update(self, user_id: int, seconds: int, content: bytes | None = None,
                     first_name: str = "Alex", size: int | None = None) -> dict:
        """A voice note of `seconds`; its bytes are what getFile will serve."""
        n = next(self._ids)
        file_id = f"v{n}"
        self.files[file_id] = content if content is not None else b"OggS" + bytes(1020)
        voice = {"file_id": file_id, "file_unique_id": f"uv{n}", "duration": seconds,
                 "mime_type": "audio/ogg",
                 "file_size": size if size is not None else len(self.files[file_id])}
        return self._message(user_id, first_name, voice=voice)

    def _m_answerCallbackQuery(self, p: dict) -> bool:
        return True

    def _markup(self, p: dict) -> list[list[dict]]:
        markup = p.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        buttons = (markup or {}).get("inline_keyboard", [])
        for row in buttons:
            for b in row:
                if "callback_data" in b and len(b["callback_data"].encode()) > 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return buttons

    def _render(self, p: dict, key: str = "text") -> tuple[str, str]:
        raw = str(p.get(key, ""))
        plain = html_to_plain(raw) if p.get("parse_mode") == "HTML" else raw
        if not plain.strip() and key == "text":
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return raw, plain

    def _message_json(self, m: SentMessage) -> dict:
        out: dict[str, Any] = {
            "message_id": m.message_id,
            "date": int(self.clock()),
            "chat": {"id": m.chat_id, "type": "private"},
            "from": BOT_USER,
        }
        if m.document and m.photo:
            png = m.document[1]
            out["photo"] = [{"file_id": f"ph{m.message_id}", "file_unique_id": f"uph{m.message_id}",
                             "width": int.from_bytes(png[16:20], "big") if len(png) > 24 else 1,
                             "height": int.from_bytes(png[20:24], "big") if len(png) > 24 else 1}]
            if m.text:
                out["caption"] = m.text
        elif m.document:
            out["document"] = {
                "file_id": f"doc{m.message_id}",
                "file_unique_id": f"u{m.message_id}",
                "file_name": m.document[0],
            }
            if m.text:
                out["caption"] = m.text
        else:
            out["text"] = m.text
        if m.buttons:
            out["reply_markup"] = {"inline_keyboard": m.buttons}
        return out

    def _store(self, m: SentMessage) -> dict:
        with self._cond:
            self.messages.setdefault(m.chat_id, []).append(m)
        if self.on_send:
            self.on_send(m)
        return self._message_json(m)

    def _m_sendMessage(self, p: dict) -> dict:
        raw, plain = self._render(p)
        return self._store(
            SentMessage(int(p["chat_id"]), next(self._ids), plain, raw, self._markup(p))
        )

    def _m_sendDocument(self, p: dict) -> dict:
        raw, plain = self._render(p, "caption") if p.get("caption") else ("", "")
        doc = p.get("document")
        name, content = "file", b""
        if isinstance(doc, tuple):  # filled in by StandinRequest from the multipart upload
            name, content = doc
        return self._store(
            SentMessage(
                int(p["chat_id"]),
                next(self._ids),
                plain,
                raw,
                self._markup(p),
                document=(name, content),
            )
        )

    def _m_sendPhoto(self, p: dict) -> dict:
        raw, plain = self._render(p, "caption") if p.get("caption") else ("", "")
        if len(plain) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        photo = p.get("photo")
        name, content = photo if isinstance(photo, tuple) else ("photo", b"")
        return self._store(SentMessage(int(p["chat_id"]), next(self._ids), plain, raw,
                                       self._markup(p), document=(name, content), photo=True))

    def _m_editMessageText(self, p: dict) -> dict:
        raw, plain = self._render(p)
        chat_id, mid = int(p["chat_id"]), int(p["message_id"])
        for m in self.messages.get(chat_id, []):
            if m.message_id == mid:
                m.text, m.html, m.buttons = plain, raw, self._markup(p)
                if self.on_edit:
                    self.on_edit(m)
                return self._message_json(m)
        raise ApiError(400, "Bad Request: message to edit not found")

    def _m_editMessageReplyMarkup(self, p: dict) -> dict:
        chat_id, mid = int(p["chat_id"]), int(p["message_id"])
        for m in self.messages.get(chat_id, []):
            if m.message_id == mid:
                m.buttons = self._markup(p)
                return self._message_json(m)
        raise ApiError(400, "Bad Request: message to edit not found")

    # --- what the user does -------------------------------------------------------------
    @staticmethod
    def _user(user_id: int, first_name: str) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    def _message(self, user_id: int, first_name: str, **content: Any) -> dict:
        return {
            "update_id": next(self._update_ids),
            "message": {
                "message_id": next(self._ids),
                "date": int(self.clock()),
                "chat": {"id": user_id, "type": "private", "first_name": first_name},
                "from": self._user(user_id, first_name),
                **content,
            },
        }

    def text_update(self, user_id: int, text: str, first_name: str = "Alex") -> dict:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self._message(user_id, first_name, **content)

    def media_update(self, user_id: int, kind: str, first_name: str = "Alex") -> dict:
        n = next(self._ids)
        media: dict[str, Any] = {
            "sticker": {
                "sticker": {
                    "file_id": f"s{n}",
                    "file_unique_id": f"us{n}",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            },
            "photo": {
                "photo": [
                    {"file_id": f"p{n}", "file_unique_id": f"up{n}", "width": 90, "height": 90}
                ]
            },
            "voice": {"voice": {"file_id": f"v{n}", "file_unique_id": f"uv{n}", "duration": 14}},
        }[kind]
        return self._message(user_id, first_name, **media)

    def press_update(
        self, user_id: int, message: SentMessage, data: str, first_name: str = "Alex"
    ) -> dict:
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "from": self._user(user_id, first_name),
                "chat_instance": str(user_id),
                "data": data,
                "message": self._message_json(message),
            },
        }

    # --- updates from outside the user's private chat --------------------------------------
    @staticmethod
    def _command_entities(text: str) -> dict[str, Any]:
        if not text.startswith("/"):
            return {}
        return {"entities": [{"type": "bot_command", "offset": 0,
                              "length": len(text.split()[0])}]}

    def group_text_update(self, user_id: int, chat_id: int, text: str,
                          first_name: str = "Alex", chat_type: str = "supergroup") -> dict:
        """A user's message in a group (chat ids of groups are negative in Telegram)."""
        return {
            "update_id": next(self._update_ids),
            "message": {
                "message_id": next(self._ids), "date": int(self.clock()),
                "chat": {"id": chat_id, "type": chat_type, "title": "Job hunters"},
                "from": self._user(user_id, first_name), "text": text,
                **self._command_entities(text),
            },
        }

    def channel_post_update(self, chat_id: int, text: str) -> dict:
        """A post in a channel: no sender user at all."""
        return {
            "update_id": next(self._update_ids),
            "channel_post": {
                "message_id": next(self._ids), "date": int(self.clock()),
                "chat": {"id": chat_id, "type": "channel", "title": "Careers"},
                "text": text, **self._command_entities(text),
            },
        }

    def group_press_update(self, user_id: int, chat_id: int, data: str,
                           first_name: str = "Alex") -> dict:
        """A button pressed on a bot message in a group (forwarded there, or an old one)."""
        message = {"message_id": next(self._ids), "date": int(self.clock()),
                   "chat": {"id": chat_id, "type": "supergroup", "title": "Job hunters"},
                   "from": BOT_USER, "text": "…",
                   "reply_markup": {"inline_keyboard": [[{"text": "·", "callback_data": data}]]}}
        return {
            "update_id": next(self._update_ids),
            "callback_query": {"id": str(next(self._ids)), "from": self._user(user_id, first_name),
                               "chat_instance": str(chat_id), "data": data, "message": message},
        }

    def inline_press_update(self, user_id: int, data: str, first_name: str = "Alex") -> dict:
        """A button on an inline-mode message: the query carries no message and no chat."""
        return {
            "update_id": next(self._update_ids),
            "callback_query": {"id": str(next(self._ids)), "from": self._user(user_id, first_name),
                               "chat_instance": "inline", "data": data,
                               "inline_message_id": f"inline{next(self._ids)}"},
        }

    def edited_text_update(self, user_id: int, message_id: int, text: str,
                           first_name: str = "Alex") -> dict:
        """The user edited an earlier message of theirs in the private chat."""
        return {
            "update_id": next(self._update_ids),
            "edited_message": {
                "message_id": message_id, "date": int(self.clock()) - 60,
                "edit_date": int(self.clock()),
                "chat": {"id": user_id, "type": "private", "first_name": first_name},
                "from": self._user(user_id, first_name), "text": text,
            },
        }

    def business_text_update(self, user_id: int, text: str, first_name: str = "Alex") -> dict:
        """A message a customer wrote to a Telegram Business account the bot is connected to."""
        return {
            "update_id": next(self._update_ids),
            "business_message": {
                "message_id": next(self._ids), "date": int(self.clock()),
                "business_connection_id": "biz-1",
                "chat": {"id": user_id, "type": "private", "first_name": first_name},
                "from": self._user(user_id, first_name), "text": text,
                **self._command_entities(text),
            },
        }

    def my_chat_member_update(self, user_id: int, status: str, chat_id: int | None = None,
                              chat_type: str = "private", first_name: str = "Alex") -> dict:
        """The bot's membership changed: `kicked` in a private chat is the user blocking it."""
        old = "member" if status == "kicked" else "kicked"
        bot_member = {"user": BOT_USER}
        chat: dict[str, Any] = {"id": user_id if chat_id is None else chat_id, "type": chat_type}
        chat.update({"first_name": first_name} if chat_type == "private" else {"title": "Group"})
        extra = {"until_date": 0} if status == "kicked" else {}
        return {
            "update_id": next(self._update_ids),
            "my_chat_member": {
                "chat": chat, "from": self._user(user_id, first_name), "date": int(self.clock()),
                "old_chat_member": {**bot_member, "status": old,
                                    **({"until_date": 0} if old == "kicked" else {})},
                "new_chat_member": {**bot_member, "status": status, **extra},
            },
        }

    def queue_update(self, update: dict) -> None:
        """Make an update available to getUpdates (polling over HTTP)."""
        with self._cond:
            self._pending.append(update)
            self._cond.notify_all()

    # --- what a test reads ----------------------------------------------------------------
    def sent_to(self, chat_id: int) -> list[SentMessage]:
        return list(self.messages.get(chat_id, []))

    def last(self, chat_id: int) -> SentMessage:
        return self.messages[chat_id][-1]

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]


def respond(api: FakeBotApi, method: str, params: dict[str, Any]) -> tuple[int, bytes]:
    """Telegram's JSON envelope around a result or an error."""
    try:
        result = api.call(method, params)
        body: dict[str, Any] = {"ok": True, "result": result}
        code = 200
    except ApiError as e:
        body = {"ok": False, "error_code": e.code, "description": e.description}
        if e.parameters:
            body["parameters"] = e.parameters
        code = e.code
    return code, json.dumps(body).encode()


class StandinRequest(BaseRequest):
    """PTB's request object, answered in process by a FakeBotApi: no network at all."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout=None,
        write_timeout=None,
        connect_timeout=None,
        pool_timeout=None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file download (voice notes), not a method
            try:
                return 200, self.api.download(url.split("/file/bot", 1)[1].split("/", 1)[1])
            except ApiError as e:
                return e.code, b""
        api_method = url.rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        if request_data is not None and request_data.contains_files:
            for name, value in request_data.multipart_data.items():
                if isinstance(value, tuple) and len(value) >= 2:
                    params[name] = (value[0], value[1])
        return respond(self.api, api_method, params)
