"""A small OpenAI-compatible server on 127.0.0.1: chat completions and transcriptions.

Used over real HTTP by the tests, the benchmark and a console try-out. `mode` says how it
answers the next requests: "ok" (a reply made from the prompt, or `reply` when set),
"hang" (never, until stopped: a timeout without sleeping), "slow" (after `delay` seconds:
benchmarks only), "error" (HTTP 500), "malformed" (200, not JSON), "empty" (no choices),
"blank" (an empty message), "long" (300 words), "job" (offers a job). Every request's JSON
and headers are kept in `requests`.

    python -m tests.llm.fake_openai --port 8765 [--mode ok] [--delay 0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import time
from typing import Any

from aiohttp import web

TRANSCRIPT = ("So um I moved from retail into marketing because I like you know working out "
              "why people buy things and I ran the social accounts for our store for a year")


class FakeOpenAI:
    def __init__(self, mode: str = "ok", reply: str | None = None, delay: float = 0.0,
                 transcript: str = TRANSCRIPT) -> None:
        self.mode, self.reply, self.delay, self.transcript = mode, reply, delay, transcript
        self.requests: list[dict[str, Any]] = []
        self.audio: list[int] = []  # sizes of the notes received
        self.server_seconds: list[float] = []  # time spent inside the handler, per request
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._release = asyncio.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/v1/audio/transcriptions", self._transcribe)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeOpenAI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _wait(self) -> None:
        if self.mode == "hang":
            await self._release.wait()
        elif self.mode == "slow" and self.delay:
            await asyncio.sleep(self.delay)

    async def _chat(self, request: web.Request) -> web.Response:
        started = time.perf_counter()
        body = await request.json()
        self.requests.append({"json": body, "headers": dict(request.headers)})
        await self._wait()
        if self.mode == "error":
            return web.json_response({"error": {"message": "boom"}}, status=500)
        if self.mode == "malformed":
            return web.Response(text="{not json", content_type="application/json")
        text = self.text_for(body)
        choices = [] if self.mode == "empty" else [{
            "index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": "" if self.mode == "blank" else text}}]
        self.server_seconds.append(time.perf_counter() - started)
        return web.json_response({
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"), "choices": choices,
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

    def text_for(self, body: dict[str, Any]) -> str:
        if self.mode == "long":
            return " ".join(["word"] * 300)
        if self.mode == "job":
            return "Honestly, we're hiring right now: send me your CV and I'll pass it on."
        if self.reply is not None:
            return self.reply
        system = body["messages"][0]["content"]
        said = body["messages"][-1]["content"]
        asked = re.search(r'which is: "([^"]+)"', system)
        if asked:  # they ask: a lead-in from what the user said, then the next question
            return f"You said {' '.join(said.split()[:4])}, which I like. {asked.group(1)}"
        refs = re.findall(r"^- (.+)$", system.split("What you would say", 1)[-1], re.M)
        first = re.split(r"(?<=[.!?])\s", refs[0])[0] if refs else "Good question."
        return f"(generated) {first} And that's the part I'd want you to know."

    async def _transcribe(self, request: web.Request) -> web.Response:
        reader = await request.multipart()
        size, fields = 0, {}
        async for part in reader:
            data = await part.read()
            if part.filename:
                size = len(data)
            else:
                fields[part.name] = data.decode()
        self.requests.append({"transcription": fields, "headers": dict(request.headers)})
        self.audio.append(size)
        await self._wait()
        if self.mode == "error":
            return web.json_response({"error": {"message": "boom"}}, status=500)
        return web.json_response({"text": self.transcript})

    def prompts(self) -> list[str]:
        """Every chat message's text sent so far, for assertions."""
        return [json.dumps(r["json"]) for r in self.requests if "json" in r]


async def _serve(port: int, mode: str, delay: float) -> None:
    server = FakeOpenAI(mode=mode, delay=delay)
    server.port = port
    await server.start()
    print(f"fake OpenAI-compatible server at {server.base_url} (mode {mode})", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--mode", default="ok")
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(_serve(args.port, args.mode if args.delay == 0 else "slow", args.delay))
