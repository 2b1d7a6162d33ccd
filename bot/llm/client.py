"""The one module that talks to the model server, through the official `openai` client.

The client speaks the OpenAI wire format that Ollama, llama.cpp's server, vLLM, LM Studio
and hosted services all serve under /v1, so one code path reaches every one of them. It is
imported here, when a server is configured, never at the bot's start-up otherwise (it costs
about half a second and a few MB). Retries are off: a slow or failing server costs the user
one wait of at most LLM_TIMEOUT, then the bank's words, never a second wait.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

# The client logs request bodies (the prompt) at DEBUG and retries at INFO: never ours to
# show, whatever LOG_LEVEL says. httpx, its transport, is kept at WARNING by logging_setup.
QUIET = ("openai", "openai._base_client", "httpx", "httpcore")
PLACEHOLDER_KEY = "not-needed"  # local servers take any key; the client insists on one


@dataclass(frozen=True)
class Said:
    """What the server answered: the text (None when there was none) and whether it was
    cut off at the token limit."""

    text: str | None
    cut_off: bool = False


def quiet_loggers() -> None:
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)


class ModelClient:
    """Chat completions and transcriptions against one OpenAI-compatible base URL."""

    def __init__(self, base_url: str, api_key: str | None, timeout: float) -> None:
        from openai import AsyncOpenAI  # here: only a configured bot pays for the import

        quiet_loggers()
        self.base_url = base_url
        self._client = AsyncOpenAI(base_url=base_url, api_key=api_key or PLACEHOLDER_KEY,
                                   timeout=timeout, max_retries=0)

    async def chat(self, model: str, messages: list[dict[str, str]], max_tokens: int) -> Said:
        """POST /chat/completions through the client's own request path (base URL, key,
        timeout, its error types) with the body as plain JSON: `chat.completions.create`
        first walks every message through its typed-dict transform, which cost about 2 ms
        of CPU a reply, most of what the bot added to the server's time (scripts/bench_llm)."""
        body = {"model": model, "messages": messages, "max_tokens": max_tokens,
                "temperature": 0.7}
        data: Any = await self._client.post("/chat/completions", body=body, cast_to=object)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            return Said(None)
        message = choices[0].get("message")
        text = message.get("content") if isinstance(message, dict) else None
        return Said(text if isinstance(text, str) else None,
                    choices[0].get("finish_reason") == "length")

    async def transcribe(self, model: str, audio: bytes, filename: str) -> str | None:
        response: Any = await self._client.audio.transcriptions.create(
            model=model, file=(filename, audio, "audio/ogg"))
        text = getattr(response, "text", None)
        if text is None and isinstance(response, str):  # response_format=text servers
            text = response
        return text if isinstance(text, str) else None

    async def close(self) -> None:
        await self._client.close()
