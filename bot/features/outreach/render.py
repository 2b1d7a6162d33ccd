"""Rendering outreach drafts with Jinja2, and checking template files a coach may override.

Templates live in ``templates/`` (or ``TEMPLATES_DIR``); a draft is plain text the user
copies into an email or LinkedIn. ``too_long_answers`` lives here because it explains an
over-length draft in terms of the answers that were rendered into it.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2
import jinja2.meta
from jinja2 import nodes

from bot.features.outreach.checks import check_length, word_count
from bot.features.outreach.request import (
    ANSWER_NAMES,
    DEFAULT_MINUTES,
    FORMATS,
    TEMPLATE_VARIABLES,
    TONES,
    OutreachRequest,
    template_context,
)

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Draft:
    """A rendered draft; ``subject`` is set for emails only."""

    subject: str | None
    body: str
    channel: str


def make_environment(override_dir: Path | None = None) -> jinja2.Environment:
    """Jinja2 environment for outreach drafts; ``override_dir`` (TEMPLATES_DIR) wins by file name.

    An override may mirror the package layout (``<dir>/outreach/email_warm.txt.j2``) or be flat
    (``<dir>/email_warm.txt.j2``); both are searched before the built-in templates.

    Autoescape is off for ``*.txt.j2``: drafts are plain text the user copies into an email
    or LinkedIn, so ``&`` must stay ``&``, not ``&amp;``. HTML-safety is the Telegram
    shell's job: it escapes the whole finished draft once before sending it as HTML.
    Templates ending in ``.html``/``.j2html`` would still be escaped. StrictUndefined
    turns a typo'd variable into an error instead of a silent gap in a message.
    """
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None:
        override = Path(override_dir)
        loaders += [
            jinja2.FileSystemLoader(override / "outreach"),
            jinja2.FileSystemLoader(override),
        ]
    loaders.append(jinja2.FileSystemLoader(TEMPLATE_DIR))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "j2html"), default_for_string=False, default=False
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def template_name(channel: str, tone: str) -> str:
    """Emails have a file per tone; short channels switch tone inside one file."""
    return f"email_{tone}.txt.j2" if channel == "email" else f"{channel}.txt.j2"


def _tidy(text: str) -> str:
    """Plain-text hygiene: no trailing spaces, no doubled spaces, at most one blank line."""
    lines = [re.sub(r"(?<=\S) {2,}", " ", line.rstrip()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def render_draft(req: OutreachRequest, env: jinja2.Environment) -> Draft:
    """Render the channel's template; an email's leading ``Subject:`` line becomes the subject.

    On a free LinkedIn account the note must fit 200 characters: the bot's own suggestion
    should pass its own length check, so it steps down to the short, then the tight wording
    before handing the user a note that is still over (then their typed answers are long).
    """
    draft = _render(req, env)
    if req.channel != "linkedin_note" or not req.linkedin_free:
        return draft
    for fitted in (replace(req, short=True), replace(req, short=True, tight=True)):
        if check_length(draft.body, draft.channel, linkedin_free=True).passed:
            break
        draft = _render(fitted, env)
    return draft


def _render(req: OutreachRequest, env: jinja2.Environment) -> Draft:
    template = env.get_template(template_name(req.channel, req.tone))
    text = _tidy(template.render(template_context(req)))
    subject: str | None = None
    if req.channel == "email":
        first, _, rest = text.partition("\n")
        if first.lower().startswith("subject:"):
            subject = re.sub(r"\s+", " ", first.split(":", 1)[1]).strip() or None
            text = rest.strip()
    return Draft(subject=subject, body=text, channel=req.channel)


def check_template_source(name: str, source: str) -> list[tuple[int, str]]:
    """Problems in a template file as (line, message), for ``interview-bot check``.

    Reports syntax errors, unknown filters, variables outside TEMPLATE_VARIABLES at each line
    they appear, and (by rendering sample requests) runtime errors and an email template
    whose output does not start with a ``Subject:`` line. Meant for outreach templates.
    """
    env = make_environment()
    try:
        env.compile(source, name=name)
        ast = env.parse(source, name=name)
    except jinja2.TemplateAssertionError as exc:  # unknown filter or test
        return [(exc.lineno or 1, str(exc.message))]
    except jinja2.TemplateSyntaxError as exc:
        return [(exc.lineno or 1, f"syntax error: {exc.message}")]
    problems: list[tuple[int, str]] = []
    unknown = jinja2.meta.find_undeclared_variables(ast) - TEMPLATE_VARIABLES
    seen: set[tuple[int, str]] = set()
    for node in ast.find_all(nodes.Name):
        if node.ctx == "load" and node.name in unknown and (node.lineno, node.name) not in seen:
            seen.add((node.lineno, node.name))
            problems.append((node.lineno, f"unknown variable '{node.name}'"))
    if not unknown:
        problems += _trial_render(env, name, source)
    return sorted(problems)


def _sample_requests() -> list[OutreachRequest]:
    """One request per connection and format, long and short, to exercise every branch."""
    details = {"referral": "Maya Chen", "school": "Ohio State", "event": "UXDC 2024",
               "online": "LinkedIn", "cold": ""}  # fmt: skip
    formats = sorted(FORMATS)
    return [
        OutreachRequest(
            "Dana Lee", "Senior UX Researcher", "Acme Health", connection, detail,
            "I'm a chemistry teacher moving into UX research", "UX research",
            "how you made the jump from academia", formats[i % len(formats)], DEFAULT_MINUTES,
            "email", tone, "Sam Rivera", short,
        )  # fmt: skip
        for i, (connection, detail) in enumerate(details.items())
        for tone in TONES
        for short in (False, True)
    ]


def _trial_render(env: jinja2.Environment, name: str, source: str) -> list[tuple[int, str]]:
    """Render with sample requests: catches runtime errors and a missing email Subject line."""
    template = env.from_string(source)
    is_email = Path(name).name.startswith("email")
    for req in _sample_requests():
        try:
            text = _tidy(template.render(template_context(req)))
        except Exception as exc:  # any template runtime error is a problem to report
            frames = [f for f in traceback.extract_tb(exc.__traceback__)
                      if f.filename in {"<template>", name}]  # fmt: skip
            line = frames[-1].lineno if frames and frames[-1].lineno else 1
            return [(line, f"fails to render ({req.connection}): {exc}")]
        if is_email and not text.lower().startswith("subject:"):
            return [(1, "an email template must start with a 'Subject: ...' line")]
    return []


# An answer longer than this crowds out the rest of the draft on that channel.
_LONG_ANSWER_WORDS = {
    "email": 25,
    "phone_script": 25,
    "text": 20,
    "linkedin_message": 15,
    "linkedin_note": 10,
}


def too_long_answers(
    req: OutreachRequest, draft: Draft, *, strict: bool = False, linkedin_free: bool = False
) -> list[str]:
    """When the draft is over length, which answers to shorten (human names, longest first).

    Empty when the length check passes; otherwise every answer over the channel's threshold
    (about 25 words for an email), or the single longest answer if none is over it.
    """
    if check_length(draft.body, draft.channel, strict=strict, linkedin_free=linkedin_free).passed:
        return []
    ctx = template_context(req)  # the answers as the draft says them, not as typed
    said = {"background": ctx["background_brief" if req.short else "background_sentence"]}
    sizes = sorted(
        ((word_count(str(said.get(name, ctx.get(name, getattr(req, name))))), name)
         for name in ANSWER_NAMES),
        key=lambda item: -item[0],
    )
    threshold = _LONG_ANSWER_WORDS[draft.channel]
    long = [name for size, name in sizes if size > threshold]
    if not long and sizes and sizes[0][0] > 0:
        long = [sizes[0][1]]
    return [ANSWER_NAMES[name] for name in long]
