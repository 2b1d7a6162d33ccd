"""/outreach: the dialogue that drafts the request for a meeting, and checks it.

Read the table in `OutreachFlow.__init__` top to bottom: it is the conversation. The
draft step renders the channel's template, runs the checks of domain.md §1, stores the
draft on the contact and offers variants; text sent at the draft step is the user's own
edit, checked the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import jinja2

from bot.engine.flow import Event, Outcome
from bot.engine.models import Dialogue, Turn
from bot.engine.steps import Answer, Ask, FlowData, Go, Invalid, Step, StepFlow, buttons, choice
from bot.engine.text import (
    and_list,
    capitalised,
    first_name,
    local,
    name_answer,
    use_as_name_choice,
)
from bot.engine.ui import Reply, esc
from bot.features.formats import FORMATS, NOT_A_FORMAT, format_of
from bot.features.outreach.checks import CheckReport, CheckResult, check_draft
from bot.features.outreach.contact_line import split_contact, split_where
from bot.features.outreach.effects import MarkReplied, SaveDraft, mark_sent
from bot.features.outreach.examples import example_background, example_role
from bot.features.outreach.render import Draft, render_draft, too_long_answers
from bot.features.outreach.request import (
    ANSWER_NAMES,
    CHANNEL_CHOICES,
    CONNECTION_CHOICES,
    DEFAULT_MINUTES,
    OutreachRequest,
    detail_phrase,
    referrer_name,
)


class S(StrEnum):
    """The steps, in order."""

    NAME, ROLE, ORG, CONN, DETAIL = "name", "role", "org", "conn", "detail"
    BACKGROUND, BROAD, NARROW = "background", "broad", "narrow"
    FORMAT, MINUTES, CHANNEL, DRAFT, SENT = "format", "minutes", "channel", "draft", "sent"


@dataclass(frozen=True)
class OutreachData(FlowData):
    name: str = ""
    role: str = ""
    org: str = ""
    conn: str = "cold"
    detail: str = ""
    background: str = ""
    broad: str = ""
    narrow: str = ""
    format: str = "coffee"
    minutes: int = DEFAULT_MINUTES
    channel: str = "email"
    tone: str = "warm"
    short: bool = False
    strict: bool = False  # the 75-word check
    free: bool = False  # a free LinkedIn account's 200-character note
    edited: str | None = None  # the user's own version of the draft
    subject: str | None = None
    contact_id: int | None = None  # a contact chosen from /followups (a referral)
    prefilled: list[str] = field(default_factory=list)  # steps answered by the referral
    maybe_name: str = ""  # typed at "their name?" but read like a sentence: asked about
    last_background: str = ""  # the one-line background given last time, offered as a button

    def asked(self, step: str) -> bool:
        return step not in self.prefilled


DETAIL_QUESTION = {
    "referral": "Who suggested you contact them? Naming them in your first sentence is the "
    "strongest opener there is.",
    "school": "Which school or programme do you share?",
    "event": "Which event did you meet them at (or hear them speak at)?",
    "online": "Where did you come across them? (e.g. <i>your article on pricing in Wired</i>)",
}
NARROW_IDEAS = (
    "how you got into your role",
    "what your work is really like day to day",
    "what you would do in my position",
)
# too_long_answers names answers in words; these are the steps that ask them.
STEP_OF_ANSWER = {
    ANSWER_NAMES["background"]: S.BACKGROUND,
    ANSWER_NAMES["learn_broad"]: S.BROAD,
    ANSWER_NAMES["learn_narrow"]: S.NARROW,
    ANSWER_NAMES["connection_detail"]: S.DETAIL,
    ANSWER_NAMES["contact_role"]: S.ROLE,
    ANSWER_NAMES["organisation"]: S.ORG,
}
MINUTES = (15, 20, 30)
NEED_WORDS = "I need a few words here."
STRANGERS = ("cold", "online")  # they don't know you
COLD_TEXT = ("⚠️ A text from a number they don't know can feel intrusive. For a first "
             "contact, email or a LinkedIn message is safer; keep texts for people who gave "
             "you their number.")


def _who(data: OutreachData) -> str:
    return esc(first_name(data.name))


# --- what each step asks and how it reads the answer ----------------------------------------

def ask_name(turn: Turn, data: OutreachData) -> Ask:
    return Ask("Who do you want to write to? Send their full name.",
               use_as_name_choice(data.maybe_name), per_row=1)


def read_name(turn: Turn, data: OutreachData, a: Answer) -> Any:
    typed, role, org = split_contact(a.text) if a.text else ("", "", "")
    name, why = name_answer(typed, a.pressed, data.maybe_name)
    if name:  # a role or workplace typed with it is offered at its own step ("dana lee": as
        name = capitalised(name)  # it is written, or every draft would open "Hi dana,")
        return data.but(name=name, maybe_name="", role=role or data.role, org=org or data.org)
    if not a.text:
        return Invalid(NEED_WORDS)
    return Go(data.but(maybe_name=typed), S.NAME, say=[Reply(
        f"Hmm, {why}. Send the person's full name, e.g. <i>Dana Lee</i> — or tap the button "
        "if that really is their name.")])


def _keep(value: str) -> tuple[tuple[str, str], ...]:
    """What is already known (a referral's role, an organisation) is offered, not re-asked."""
    return ((f"✅ Keep “{value[:40]}”", "keep"),) if value else ()


def ask_role(turn: Turn, data: OutreachData) -> Ask:
    return Ask(f"What is {_who(data)}'s role? (e.g. <i>{esc(example_role(turn.user.field))}</i>)",
               _keep(data.role), per_row=1)


def ask_org(turn: Turn, data: OutreachData) -> Ask:
    return Ask(f"Where does {_who(data)} work?", _keep(data.org), per_row=1)


def ask_conn(turn: Turn, data: OutreachData) -> Ask:
    return Ask(f"How are you connected to {_who(data)}?", buttons(CONNECTION_CHOICES), per_row=1)


def ask_detail(turn: Turn, data: OutreachData) -> Ask:
    return Ask(DETAIL_QUESTION.get(data.conn, DETAIL_QUESTION["online"]))


def ask_background(turn: Turn, data: OutreachData) -> Ask:
    last = data.last_background
    if last:
        return Ask(f"In one line, who are you? Last time: <i>{esc(last)}</i> — tap to use it "
                   "again, or type a new line.", ((f"↩️ {last[:50]}", "last"),), per_row=1)
    return Ask("In one line, who are you? (e.g. "
               f"<i>{esc(example_background(turn.user.field))}</i>)")


def read_background(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    if a.pressed == "last" and data.last_background:
        return data.but(background=data.last_background)
    return words("background")(turn, data, a)


def ask_broad(turn: Turn, data: OutreachData) -> Ask:
    field_button = ((turn.user.field[:60], "field"),) if turn.user.field else ()
    return Ask("Broadly, what do you want to learn about? (the field or function)",
               field_button, per_row=3)


def ask_narrow(turn: Turn, data: OutreachData) -> Ask:
    ideas = [(idea.capitalize(), f"idea{i}") for i, idea in enumerate(NARROW_IDEAS)]
    return Ask(f"And narrowly, what would you like to ask {_who(data)} about their own path?",
               ideas, per_row=1)


def ask_format(turn: Turn, data: OutreachData) -> Ask:
    return Ask("What will you suggest? Coffee near their office, or a call if easier for them.",
               buttons(FORMATS), per_row=1)


def ask_minutes(turn: Turn, data: OutreachData) -> Ask:
    return Ask("How many minutes will you ask for? 15–30 is an easy yes; 20 is the sweet spot.",
               [(f"{m} min", str(m)) for m in MINUTES], per_row=3)


def ask_channel(turn: Turn, data: OutreachData) -> Ask:
    return Ask("How will you send it?", buttons(CHANNEL_CHOICES), per_row=1)


def ask_sent(turn: Turn, data: OutreachData) -> Ask:
    return Ask(f"Waiting to hear back from {_who(data)}. Tap <b>They replied</b> when they do, "
               "and I'll stop the follow-up reminders.",
               (("🎉 They replied", "replied"), ("👍 OK, I'll wait", "done")), per_row=3)


def words(field_name: str) -> Any:
    """A step whose answer is a few typed words, stored as typed."""
    def read(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
        return data.but(**{field_name: a.text}) if a.text else Invalid(NEED_WORDS)
    return read


def optional_words(field_name: str) -> Any:
    def read(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
        if a.pressed == "keep" and getattr(data, field_name):
            return data
        if a.text:
            return data.but(**{field_name: a.text})
        return Invalid("I need a few words here (or tap Skip).")
    return read


def read_role(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    """"Senior analyst at Monzo": the workplace is offered at the next step, not kept in the
    role (the draft would say "your work as senior analyst at Monzo at Monzo")."""
    if a.text and not a.pressed:
        role, org = split_where(a.text)
        if org and role:
            return data.but(role=role, org=org)
    return optional_words("role")(turn, data, a)


def cleared(field_name: str) -> Any:
    return lambda data: data.but(**{field_name: ""})


def read_conn(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    conn = a.pressed if choice(a.pressed, CONNECTION_CHOICES) else None
    return data.but(conn=conn) if conn else Invalid("Tap the option that fits best.")


def read_broad(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    if a.pressed == "field" and turn.user.field:
        return data.but(broad=turn.user.field)
    return data.but(broad=a.text) if a.text else Invalid(NEED_WORDS)


def read_narrow(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    if a.pressed and a.pressed.startswith("idea"):
        i = a.pressed[4:]
        return data.but(narrow=NARROW_IDEAS[int(i)] if i.isdecimal() and int(i) < 3 else "")
    return optional_words("narrow")(turn, data, a)


def read_format(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    key = format_of(a.pressed, a.text)
    return data.but(format=key) if key else Invalid(NOT_A_FORMAT)


def read_minutes(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    raw = (a.pressed or a.text.lower().removesuffix("minutes").removesuffix("min")).strip()
    said = re.findall(r"\b\d{1,3}\b", a.text or "") if a.pressed is None else []
    if not raw.isdecimal() and len(said) == 1:
        raw = said[0]  # "20 is fine", "maybe 20 mins?", "about 15"
    if raw.isdecimal() and 15 <= int(raw) <= 30:
        return data.but(minutes=int(raw))
    return Invalid("Ask for 15 to 30 minutes — a small, time-boxed ask gets more yeses. "
                   "Tap one or type a number.")


def read_channel(turn: Turn, data: OutreachData, a: Answer) -> OutreachData | Invalid:
    if choice(a.pressed, CHANNEL_CHOICES):
        return data.but(channel=a.pressed)
    return Invalid("Tap one of the channels.")


def read_sent(turn: Turn, data: OutreachData, a: Answer) -> Outcome | Invalid:
    if a.pressed == "replied":
        return Outcome(None, [Reply(
            f"🎉 Great! I've stopped the follow-up reminders for {_who(data)}. Once you agree "
            "a time, log it with /meeting and I'll help you prepare.")],
            [MarkReplied(turn.now)], show_menu=True)
    if a.pressed == "done":
        return Outcome(None, [Reply("Good luck! I'll remind you if they don't reply.")],
                       show_menu=True)
    return Invalid("Tap one of the buttons.")


def _fix(r: CheckResult, long: list[str], short: bool) -> str:
    """A check's tip; for the length, Shorter first (it trims the background), then the
    answers to shorten, said once."""
    if r.key == "length" and long:
        first = "" if short else "tap ✂️ Shorter (it trims your background first), or "
        return r.fix.split(":")[0] + f": {first}shorten " + and_list(long) + "."
    return r.fix


def _said_by(r: CheckResult, report: CheckReport) -> bool:
    """A tip another failed check already gives: a referral draft that neither opens with
    nor names the referrer needs one tip (name them in the first sentence), not two."""
    named = report.result("referrer_named")
    return r.key == "connection_first" and named is not None and not named.passed


class OutreachFlow(StepFlow[OutreachData]):
    name = "out"
    title = "writing your outreach message"
    Data = OutreachData

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        asked = OutreachData.asked
        self.steps = (
            Step(S.NAME, "their name", ask_name, read_name, when=lambda d: asked(d, S.NAME)),
            Step(S.ROLE, "their role", ask_role, read_role, optional=True,
                 skipped=cleared("role")),
            Step(S.ORG, "their organisation", ask_org, optional_words("org"), optional=True,
                 skipped=cleared("org"), when=lambda d: asked(d, S.ORG)),
            Step(S.CONN, "how you're connected", ask_conn, read_conn, edit_continues=True,
                 when=lambda d: asked(d, S.CONN)),
            Step(S.DETAIL, "the connection", ask_detail, optional_words("detail"),
                 optional=True, skipped=cleared("detail"),
                 when=lambda d: d.conn != "cold" and asked(d, S.DETAIL)),
            Step(S.BACKGROUND, "your background", ask_background, read_background),
            Step(S.BROAD, "what you want to learn", ask_broad, read_broad),
            Step(S.NARROW, "what you'd ask about their path", ask_narrow, read_narrow,
                 optional=True, skipped=cleared("narrow")),
            Step(S.FORMAT, "the format", ask_format, read_format),
            Step(S.MINUTES, "the length", ask_minutes, read_minutes),
            Step(S.CHANNEL, "the channel", ask_channel, read_channel),
            Step(S.DRAFT, "your draft", self.ask_draft, self.read_draft, back=False),
            Step(S.SENT, "waiting for a reply", ask_sent, read_sent, back_to=S.DRAFT),
        )

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if d.data.get("ret"):  # an edit begun before step tables: it returns to the draft
            d = Dialogue(d.flow, d.step, d.inst, {**d.data, "ret": False, "_return": S.DRAFT})
        return super().handle(turn, d, event)

    def initial(self, turn: Turn, payload: Any) -> OutreachData:
        payload = payload if isinstance(payload, dict) else {}
        ref = payload.get("referral")
        prefs = payload.get("prefs") or (ref or {}).get("prefs") or {}
        base = OutreachData(last_background=str(prefs.get("background") or "")[:300],
                            free=bool(prefs.get("free")))
        if payload.get("org"):  # "write to someone new at X"
            return base.but(org=str(payload["org"]), prefilled=[S.ORG])
        if not ref:
            return base
        data = base.but(name=ref["name"], contact_id=ref["id"], role=ref.get("role") or "",
                        org=ref.get("organisation") or "", prefilled=[S.NAME])
        if ref.get("referrer"):
            data = data.but(conn="referral", detail=ref["referrer"],
                            prefilled=[S.NAME, S.CONN, S.DETAIL])
        return data

    def intro(self, turn: Turn, data: OutreachData) -> list[Reply]:
        if data.prefilled == [S.ORG]:
            return [Reply(f"Let's write to someone new at {esc(data.org)}, so you are not "
                          "waiting on one person.")]
        if data.conn == "referral" and S.DETAIL in data.prefilled:
            return [Reply(f"Let's write to {esc(data.name)}. Your draft will open with "
                          f"“{esc(detail_phrase('referral', data.detail))} suggested I contact "
                          "you” — the strongest "
                          "opener there is.")]
        if data.prefilled:
            return [Reply(f"Let's write to {esc(data.name)}.")]
        return [Reply("Let's write the message that asks for a short advice chat. About ten "
                      "quick answers — tap a button or type; <b>Back</b> goes one step back, "
                      "/cancel stops.")]

    # --- the draft ---------------------------------------------------------------------------
    def request(self, turn: Turn, data: OutreachData) -> OutreachRequest:
        return OutreachRequest(
            contact_name=data.name, contact_role=data.role, organisation=data.org,
            connection=data.conn, connection_detail="" if data.conn == "cold" else data.detail,
            background=data.background, learn_broad=data.broad, learn_narrow=data.narrow,
            format=data.format, minutes=int(data.minutes), channel=data.channel,
            tone=data.tone, sender_name=turn.user.name or "", short=data.short,
            linkedin_free=data.free,
        )

    def current(self, turn: Turn, data: OutreachData) -> tuple[Draft, CheckReport]:
        req = self.request(turn, data)
        if data.edited:
            draft = Draft(data.subject, data.edited, req.channel)
        else:
            draft = render_draft(req, self.env)
        referrer = req.connection_detail if req.connection == "referral" else None
        report = check_draft(
            draft.body, channel=req.channel, subject=draft.subject, referrer=referrer or None,
            connection=req.connection, strict=data.strict, linkedin_free=data.free,
        )
        return draft, report

    def ask_draft(self, turn: Turn, data: OutreachData) -> Ask:
        draft, report = self.current(turn, data)
        req = self.request(turn, data)
        lines = [f"<b>Checks: {report.score}/{report.total}</b>"
                 + (" — your edited text" if data.edited else "")]
        if draft.subject:
            lines.append(f"Subject: <code>{esc(draft.subject)}</code>")
        long = [] if data.edited else too_long_answers(req, draft, strict=data.strict,
                                                       linkedin_free=data.free)
        for r in report.results:
            lines.append(f"{'✅' if r.passed else '❌'} {esc(r.label)}")
            if not r.passed and not _said_by(r, report):
                lines.append(f"    ↳ {esc(_fix(r, long, data.short))}")
        edits = [(f"✏️ Edit {label}", f"edit:{STEP_OF_ANSWER[label]}")
                 for label in long[:2] if label in STEP_OF_ANSWER]
        if data.channel == "text" and data.conn in STRANGERS:
            lines.append(COLD_TEXT)
        lines.append("Long-press the draft above to copy it, or send me your edited version "
                     "and I'll check it.")
        fitted = data.channel == "linkedin_note" and data.free  # the 200 decide its length
        variants = [*(() if fitted else
                      (("↔️ Full length" if data.short else "✂️ Shorter", "short"),)),
                    ("🎩 Formal" if data.tone == "warm" else "🙂 Warm", "tone"),
                    ("🔁 Other channel", "channel")]
        if data.channel == "email":
            variants.append(("📏 75-word check: " + ("on" if data.strict else "off"), "strict"))
        if data.channel == "linkedin_note":
            variants.append(("🆓 Free account (200): " + ("on" if data.free else "off"), "free"))
        layout = [*([e] for e in edits), variants[:2], variants[2:4],
                  [("📨 I sent it", "sent"), ("✅ Done for now", "done")]]
        effect = SaveDraft(
            contact_name=req.contact_name, role=req.contact_role, organisation=req.organisation,
            referrer=req.connection_detail if req.connection == "referral" else "",
            channel=req.channel, tone=req.tone, subject=draft.subject, body=draft.body,
            score=report.score, total=report.total, edited=bool(data.edited),
            contact_id=data.contact_id, background=data.background, linkedin_free=data.free,
            referrer_name=(referrer_name(req.connection_detail)
                           if req.connection == "referral" and S.DETAIL not in data.prefilled
                           else ""),
        )
        return Ask("\n".join(lines), before=[Reply(esc(draft.body), alone=True)], layout=layout,
                   effects=[effect])

    def read_draft(self, turn: Turn, data: OutreachData, a: Answer) -> Any:
        if a.pressed is None:
            if not a.raw:
                return Invalid("Send the full text of your edited draft.")
            subject = None  # only an email has one: the rendered draft's, kept while editing
            if data.channel == "email":
                subject = data.subject if data.edited else self.current(turn, data)[0].subject
            return Go(data.but(edited=a.raw, subject=subject), S.DRAFT,
                      say=[Reply("Checking your version:")])
        value = a.pressed
        toggles = {"short": {"short": not data.short, "edited": None},
                   "tone": {"tone": "formal" if data.tone == "warm" else "warm", "edited": None},
                   "strict": {"strict": not data.strict}, "free": {"free": not data.free}}
        if value in toggles:
            return Go(data.but(**toggles[value]), S.DRAFT)
        if value == "channel":
            return Go(data.but(edited=None, subject=None), S.CHANNEL, edit=True)
        if value.startswith("edit:") and value[5:] in STEP_OF_ANSWER.values():
            return Go(data.but(edited=None), value[5:], edit=True)
        if value == "done":
            return Outcome(None, [Reply(
                f"Saved as a draft on {esc(data.name)}'s contact. Once it has gone out, tap "
                "<b>I sent it</b> in /followups so I can time the follow-ups.")],
                show_menu=True)
        if value == "sent":
            return self.sent(turn, data)
        return Invalid("Tap one of the buttons, or send your edited draft.")

    def sent(self, turn: Turn, data: OutreachData) -> Go[OutreachData]:
        effect = mark_sent(turn)
        when = {n.kind: n.due_at for n in effect.nudges}
        tz, who = turn.user.tz, _who(data)
        org = esc(re.sub(r"^(?:A|An|The)\b", lambda m: m.group(0).lower(), data.org.strip())
                  if data.org else "their organisation")  # "…a second person at a charity"
        lines = [f"📨 Noted: sent to {who} on {local(turn.now, tz)}."]
        if "second_contact" in when:
            lines.append(f"• No reply by {local(when['second_contact'], tz)} (3 business days): "
                         f"I'll suggest writing to a second person at {org}.")
        if "follow_up" in when:
            lines.append(f"• No reply by {local(when['follow_up'], tz)} (7 business days): one "
                         f"polite follow-up to {who}, with a draft. Only once.")
        return Go(data, S.SENT, say=[Reply("\n".join(lines))], effects=[effect])

    def finish(self, turn: Turn, data: OutreachData, inst: int) -> Outcome:
        return Outcome(None, show_menu=True)


__all__ = ["OutreachData", "OutreachFlow", "S"]
