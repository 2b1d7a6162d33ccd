"""/outreach: a guided dialogue that drafts the request for a meeting and checks it.

Each answer is a step; optional steps have Skip, every step after the first
has Back. The draft step renders the channel's template, runs the checks of
domain.md §1, stores the draft on the contact, and offers variants. Text sent
at the draft step is taken as the user's own edit and checked the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import jinja2

from bot.engine.effects import MarkReplied, MarkSent, NewNudge, SaveDraft
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn, non_text_reprompt
from bot.engine.models import Dialogue, Turn
from bot.engine.timezones import zone
from bot.engine.ui import Button, Reply, esc, rows, step_button
from bot.features.nudges.planner import plan_no_reply, timing
from bot.features.outreach import rules

STEPS = (
    "name",
    "role",
    "org",
    "conn",
    "detail",
    "background",
    "broad",
    "narrow",
    "format",
    "minutes",
    "channel",
    "draft",
    "sent",
)
OPTIONAL = {"role", "org", "detail", "narrow"}
TITLES = {
    "name": "their name",
    "role": "their role",
    "org": "their organisation",
    "conn": "how you're connected",
    "detail": "the connection",
    "background": "your background",
    "broad": "what you want to learn",
    "narrow": "what you'd ask about their path",
    "format": "the format",
    "minutes": "the length",
    "channel": "the channel",
    "draft": "your draft",
    "sent": "waiting for a reply",
}
CONNECTIONS = (
    ("referral", "👤 Someone referred me"),
    ("school", "🎓 Same school"),
    ("event", "🤝 Met at an event"),
    ("online", "🔎 Found them online"),
    ("cold", "🧊 No connection"),
)
DETAIL_QUESTION = {
    "referral": "Who suggested you contact them? Naming them in your first sentence is the "
    "strongest opener there is.",
    "school": "Which school or programme do you share?",
    "event": "Which event did you meet them at (or hear them speak at)?",
    "online": "Where did you come across them? (e.g. <i>your article on pricing in Wired</i>)",
}
FORMATS = (
    ("coffee", "☕ Coffee near them"),
    ("phone", "📞 Phone call"),
    ("video", "💻 Video call"),
)
MINUTES = (15, 20, 30)
CHANNELS = (
    ("email", "📧 Email"),
    ("linkedin_note", "🔗 LinkedIn connection note"),
    ("linkedin_message", "💬 LinkedIn message"),
    ("phone_script", "📞 Phone script"),
    ("text", "📱 Text message"),
)
NARROW_IDEAS = (
    "how you got into your role",
    "what your work is really like day to day",
    "what you would do in my position",
)
# too_long_answers names answers in words; these are the steps that ask them.
STEP_OF_ANSWER = {
    label: step
    for step, label in (
        ("background", rules.ANSWER_NAMES["background"]),
        ("broad", rules.ANSWER_NAMES["learn_broad"]),
        ("narrow", rules.ANSWER_NAMES["learn_narrow"]),
        ("detail", rules.ANSWER_NAMES["connection_detail"]),
        ("role", rules.ANSWER_NAMES["contact_role"]),
        ("org", rules.ANSWER_NAMES["organisation"]),
    )
}


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name


def local(moment: datetime, tz: str) -> str:
    return moment.astimezone(zone(tz)).strftime("%a %d %b, %H:%M")


def mark_sent(inst: int, turn: Turn) -> MarkSent:
    """The draft of run `inst` went out now: the no-reply routine (3B7) starts."""
    planned = plan_no_reply(turn.now, timing(turn.user))
    return MarkSent(inst, turn.now, tuple(NewNudge(p.kind, p.due_at) for p in planned))


class OutreachFlow:
    name = "out"
    title = "writing your outreach message"

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env

    # --- the flow protocol ------------------------------------------------------------------
    def start(self, turn: Turn, inst: int, payload: Any = None) -> Outcome:
        data: dict[str, Any] = {"tone": "warm", "short": False}
        ref = payload.get("referral") if isinstance(payload, dict) else None
        intro = ("Let's write the message that asks for a short advice chat. About ten quick "
                 "answers — tap a button or type; <b>Back</b> goes one step back, /cancel stops.")
        step = "name"
        if ref:
            data.update(name=ref["name"], contact_id=ref["id"], role=ref.get("role") or "",
                        org=ref.get("organisation") or "")
            prefilled = ["name"]
            if ref.get("referrer"):
                data.update(conn="referral", detail=ref["referrer"])
                prefilled += ["conn", "detail"]
                intro = (f"Let's write to {esc(ref['name'])}. Your draft will open with "
                         f"“{esc(ref['referrer'])} suggested I contact you” — the strongest "
                         "opener there is.")
            data["prefilled"] = prefilled
            step = "role"
        d = Dialogue(self.name, step, inst, data)
        return Outcome(d, [Reply(intro), *self.prompts(turn, d)])

    def step_title(self, d: Dialogue) -> str:
        return TITLES.get(d.step, d.step)

    def prompt(self, turn: Turn, d: Dialogue) -> Reply:
        return self.prompts(turn, d)[-1]

    def prompts(self, turn: Turn, d: Dialogue) -> list[Reply]:
        if d.step == "draft":
            return self._draft_replies(turn, d)
        return [self._question(turn, d)]

    def handle(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, NonText):
            return non_text_reprompt(self, turn, d, event.kind)
        if isinstance(event, Press) and event.value == "back":
            return self._go(turn, self._previous(d))
        if isinstance(event, Press) and event.value == "skip" and d.step in OPTIONAL:
            return self._answered(turn, d, "")
        if d.step == "draft":
            return self._at_draft(turn, d, event)
        if d.step == "sent":
            return self._at_sent(turn, d, event)
        value = self._value(turn, d, event)
        if isinstance(value, Outcome):
            return value
        return self._answered(turn, d, value)

    # --- moving between steps ---------------------------------------------------------------
    def _applies(self, d: Dialogue, step: str) -> bool:
        if step in d.data.get("prefilled", ()):
            return False
        return not (step == "detail" and d.data.get("conn") == "cold")

    def _next(self, d: Dialogue) -> str:
        i = STEPS.index(d.step) + 1
        while not self._applies(d, STEPS[i]):
            i += 1
        return STEPS[i]

    def _previous(self, d: Dialogue) -> Dialogue:
        i = max(STEPS.index(d.step) - 1, 0)
        while i > 0 and not self._applies(d, STEPS[i]):
            i -= 1
        if not self._applies(d, STEPS[i]):  # everything before is prefilled: stay
            return d
        return d.at(STEPS[i], ret=False)

    def _go(self, turn: Turn, d: Dialogue, before: list[Reply] | None = None) -> Outcome:
        if d.step == "draft":
            return self._render(turn, d, before or [])
        return Outcome(d, [*(before or []), *self.prompts(turn, d)])

    def _answered(self, turn: Turn, d: Dialogue, value: Any) -> Outcome:
        d = d.at(d.step, **{d.step: value})
        if d.data.get("ret") and d.step != "conn":
            return self._go(turn, d.at("draft", ret=False))
        return self._go(turn, d.at(self._next(d)))

    # --- questions --------------------------------------------------------------------------
    def _question(self, turn: Turn, d: Dialogue) -> Reply:
        data, step = d.data, d.step
        who = esc(_first(data.get("name", "them")))
        nav = [step_button(d, "⬅️ Back", "back")] if step != "name" else []
        if step in OPTIONAL:
            nav.append(step_button(d, "Skip", "skip"))
        choices: list[Button] = []
        if step == "name":
            text = "Who do you want to write to? Send their full name."
        elif step == "role":
            text = f"What is {who}'s role? (e.g. <i>senior data analyst</i>)"
        elif step == "org":
            text = f"Where does {who} work?"
        elif step == "conn":
            text = f"How are you connected to {who}?"
            choices = [step_button(d, label, key) for key, label in CONNECTIONS]
        elif step == "detail":
            text = DETAIL_QUESTION[data.get("conn", "online")]
        elif step == "background":
            text = (
                "In one line, who are you? (e.g. <i>a final-year economics student who built "
                "two dashboards for a campus nonprofit</i>)"
            )
        elif step == "broad":
            text = "Broadly, what do you want to learn about? (the field or function)"
            if turn.user.field:
                choices = [step_button(d, turn.user.field[:60], "field")]
        elif step == "narrow":
            text = f"And narrowly, what would you like to ask {who} about their own path?"
            choices = [
                step_button(d, idea.capitalize(), f"idea{i}") for i, idea in enumerate(NARROW_IDEAS)
            ]
        elif step == "format":
            text = "What will you suggest? Coffee near their office, or a call if easier for them."
            choices = [step_button(d, label, key) for key, label in FORMATS]
        elif step == "minutes":
            text = "How many minutes will you ask for? 15–30 is an easy yes; 20 is the sweet spot."
            choices = [step_button(d, f"{m} min", str(m)) for m in MINUTES]
        elif step == "channel":
            text = "How will you send it?"
            choices = [step_button(d, label, key) for key, label in CHANNELS]
        else:  # sent
            text = (
                f"Waiting to hear back from {who}. Tap <b>They replied</b> when they do, and "
                "I'll stop the follow-up reminders."
            )
            choices = [
                step_button(d, "🎉 They replied", "replied"),
                step_button(d, "✅ Done", "done"),
            ]
        per_row = 1 if step in ("conn", "narrow", "channel", "format") else 3
        return Reply(text, rows(choices, per_row) + ((tuple(nav),) if nav else ()))

    def _value(self, turn: Turn, d: Dialogue, event: Event) -> Any:
        step = d.step
        pressed = event.value if isinstance(event, Press) else None
        typed = " ".join(event.text.split()) if isinstance(event, TextIn) else None
        if step == "conn":
            keys = dict(CONNECTIONS)
            if pressed in keys:
                return pressed
            return self._again(turn, d, "Tap the option that fits best.")
        if step == "format":
            if pressed in dict(FORMATS):
                return pressed
            if typed and typed.lower() in ("coffee", "phone", "video"):
                return typed.lower()
            return self._again(turn, d, "Tap coffee, phone or video.")
        if step == "minutes":
            raw = pressed or (typed or "").lower().removesuffix("minutes").removesuffix("min")
            raw = raw.strip()
            if raw.isdigit() and 15 <= int(raw) <= 30:
                return int(raw)
            return self._again(
                turn,
                d,
                "Ask for 15 to 30 minutes — a small, time-boxed ask "
                "gets more yeses. Tap one or type a number.",
            )
        if step == "channel":
            if pressed in dict(CHANNELS):
                return pressed
            return self._again(turn, d, "Tap one of the channels.")
        if step == "broad" and pressed == "field" and turn.user.field:
            return turn.user.field
        if step == "narrow" and pressed and pressed.startswith("idea"):
            return NARROW_IDEAS[int(pressed[4:])] if pressed[4:].isdigit() else ""
        if typed is None or not typed:
            hint = " (or tap Skip)" if step in OPTIONAL else ""
            return self._again(turn, d, f"I need a few words here{hint}.")
        return typed

    def _again(self, turn: Turn, d: Dialogue, why: str) -> Outcome:
        return Outcome(d, [Reply(why), *self.prompts(turn, d)])

    # --- the draft --------------------------------------------------------------------------
    def request(self, turn: Turn, d: Dialogue) -> rules.OutreachRequest:
        data = d.data
        conn = data.get("conn", "cold")
        return rules.OutreachRequest(
            contact_name=data.get("name", ""),
            contact_role=data.get("role", ""),
            organisation=data.get("org", ""),
            connection=conn,
            connection_detail="" if conn == "cold" else data.get("detail", ""),
            background=data.get("background", ""),
            learn_broad=data.get("broad", ""),
            learn_narrow=data.get("narrow", ""),
            format=data.get("format", "coffee"),
            minutes=int(data.get("minutes", rules.DEFAULT_MINUTES)),
            channel=data.get("channel", "email"),
            tone=data.get("tone", "warm"),
            sender_name=turn.user.name or "",
            short=bool(data.get("short")),
        )

    def _current(self, turn: Turn, d: Dialogue) -> tuple[rules.Draft, rules.CheckReport]:
        req = self.request(turn, d)
        if d.data.get("edited"):
            draft = rules.Draft(d.data.get("subject"), d.data["edited"], req.channel)
        else:
            draft = rules.render_draft(req, self.env)
        referrer = req.connection_detail if req.connection == "referral" else None
        report = rules.check_draft(
            draft.body,
            channel=req.channel,
            subject=draft.subject,
            referrer=referrer or None,
            connection=req.connection,
            strict=bool(d.data.get("strict")),
            linkedin_free=bool(d.data.get("free")),
        )
        return draft, report

    def _render(self, turn: Turn, d: Dialogue, before: list[Reply]) -> Outcome:
        draft, report = self._current(turn, d)
        req = self.request(turn, d)
        effect = SaveDraft(
            inst=d.inst,
            contact_name=req.contact_name,
            role=req.contact_role,
            organisation=req.organisation,
            referrer=req.connection_detail if req.connection == "referral" else "",
            channel=req.channel,
            tone=req.tone,
            subject=draft.subject,
            body=draft.body,
            score=report.score,
            total=report.total,
            edited=bool(d.data.get("edited")),
            contact_id=d.data.get("contact_id"),
        )
        return Outcome(d, [*before, *self._draft_replies(turn, d, draft, report)], [effect])

    def _draft_replies(
        self,
        turn: Turn,
        d: Dialogue,
        draft: rules.Draft | None = None,
        report: rules.CheckReport | None = None,
    ) -> list[Reply]:
        if draft is None or report is None:
            draft, report = self._current(turn, d)
        data = d.data
        lines = [
            f"<b>Checks: {report.score}/{report.total}</b>"
            + (" — your edited text" if data.get("edited") else "")
        ]
        for r in report.results:
            lines.append(f"{'✅' if r.passed else '❌'} {esc(r.label)}")
            if not r.passed:
                lines.append(f"    ↳ {esc(r.fix)}")
        edit_buttons: list[Button] = []
        if not data.get("edited"):
            long = rules.too_long_answers(
                self.request(turn, d),
                draft,
                strict=bool(data.get("strict")),
                linkedin_free=bool(data.get("free")),
            )
            if long:
                lines.append("To fit the length, shorten " + ", ".join(esc(x) for x in long) + ".")
                edit_buttons = [
                    step_button(d, f"✏️ Edit {label}", f"edit:{STEP_OF_ANSWER[label]}")
                    for label in long[:2]
                    if label in STEP_OF_ANSWER
                ]
        if draft.subject:
            lines.insert(1, f"Subject: <code>{esc(draft.subject)}</code>")
        lines.append(
            "Long-press the draft above to copy it, or send me your edited version "
            "and I'll check it."
        )
        channel = data.get("channel", "email")
        variant = [
            step_button(d, "↔️ Full length" if data.get("short") else "✂️ Shorter", "short"),
            step_button(d, "🎩 Formal" if data.get("tone") == "warm" else "🙂 Warm", "tone"),
            step_button(d, "🔁 Other channel", "channel"),
        ]
        if channel == "email":
            variant.append(
                step_button(
                    d, "📏 75-word check: " + ("on" if data.get("strict") else "off"), "strict"
                )
            )
        if channel == "linkedin_note":
            variant.append(
                step_button(
                    d, "🆓 Free account (200): " + ("on" if data.get("free") else "off"), "free"
                )
            )
        done = [step_button(d, "📨 I sent it", "sent"), step_button(d, "✅ Done for now", "done")]
        return [
            Reply(esc(draft.body), alone=True),
            Reply("\n".join(lines), rows(edit_buttons, 1) + rows(variant, 2) + (tuple(done),)),
        ]

    def _at_draft(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        if isinstance(event, TextIn):
            text = event.text.strip()
            if not text:
                return self._again(turn, d, "Send the full text of your edited draft.")
            subject = d.data.get("subject")
            if d.data.get("channel") == "email" and not d.data.get("edited"):
                subject, _ = self._current(turn, d)[0].subject, None
            nd = d.at("draft", edited=text, subject=subject)
            return self._render(turn, nd, [Reply("Checking your version:")])
        value = event.value if isinstance(event, Press) else ""
        if value == "short":
            return self._render(turn, d.at("draft", short=not d.data.get("short"), edited=None), [])
        if value == "tone":
            tone = "formal" if d.data.get("tone") == "warm" else "warm"
            return self._render(turn, d.at("draft", tone=tone, edited=None), [])
        if value in ("strict", "free"):
            return self._render(turn, d.at("draft", **{value: not d.data.get(value)}), [])
        if value == "channel":
            nd = d.at("channel", ret=True, edited=None)
            return Outcome(nd, self.prompts(turn, nd))
        if value.startswith("edit:") and value[5:] in TITLES:
            nd = d.at(value[5:], ret=True, edited=None)
            return Outcome(nd, self.prompts(turn, nd))
        if value == "done":
            who = esc(d.data.get("name", ""))
            return Outcome(
                None,
                [
                    Reply(
                        f"Saved as a draft on {who}'s contact. Once it has gone out, tap "
                        "<b>I sent it</b> in /followups so I can time the follow-ups."
                    )
                ],
                show_menu=True,
            )
        if value == "sent":
            return self._sent(turn, d)
        return self._again(turn, d, "Tap one of the buttons, or send your edited draft.")

    def _sent(self, turn: Turn, d: Dialogue) -> Outcome:
        effect = mark_sent(d.inst, turn)
        planned = [(n.kind, n.due_at) for n in effect.nudges]
        who = esc(_first(d.data.get("name", "them")))
        org = esc(d.data.get("org") or "their organisation")
        tz = turn.user.tz
        when = dict(planned)
        lines = [f"📨 Noted: sent to {who} on {local(turn.now, tz)}."]
        if "second_contact" in when:
            lines.append(
                f"• No reply by {local(when['second_contact'], tz)} (3 business days): "
                f"I'll suggest writing to a second person at {org}."
            )
        if "follow_up" in when:
            lines.append(
                f"• No reply by {local(when['follow_up'], tz)} (7 business days): one "
                f"polite follow-up to {who}, with a draft. Only once."
            )
        nd = d.at("sent")
        return Outcome(
            nd,
            [Reply("\n".join(lines)), self._question(turn, nd)],
            [effect],
        )

    def _at_sent(self, turn: Turn, d: Dialogue, event: Event) -> Outcome:
        value = event.value if isinstance(event, Press) else ""
        who = esc(_first(d.data.get("name", "them")))
        if value == "replied":
            return Outcome(
                None,
                [
                    Reply(
                        f"🎉 Great! I've stopped the follow-up reminders for {who}. Once you "
                        "agree a time, log it with /meeting and I'll help you prepare."
                    )
                ],
                [MarkReplied(d.inst, turn.now)],
                show_menu=True,
            )
        if value == "done":
            return Outcome(
                None, [Reply("Good luck! I'll remind you if they don't reply.")], show_menu=True
            )
        return self._again(turn, d, "Tap one of the buttons.")
