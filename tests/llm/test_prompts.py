"""What the model is told, what of its reply is shown, and where it goes: pure functions."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings
from bot.engine.flow import Outcome
from bot.engine.models import Dialogue
from bot.engine.ui import Generate, Reply, esc
from bot.llm.fill import fill, requests
from bot.llm.prompts import build_messages, check, clean

PERSONA = (("name", "Dana Ruiz"), ("role", "Brand Manager"), ("organisation", "Acme"),
           ("years", "9"), ("fact", "Started in retail at Northwind"))
G = Generate(kind="answer", fallback="Retail first, then brand work & media.",
             said="How did you start?", persona=PERSONA,
             references=("Retail first, then brand work & media.", "I love launches."),
             turns=tuple((("user", f"u{i}"), ("persona", f"p{i}"))[i % 2] for i in range(12)))


def test_the_prompt_carries_facts_references_rules_and_the_latest_turns():
    messages = build_messages(G)
    system = messages[0]["content"]
    for part in ("Dana Ruiz", "Brand Manager", "Acme", "9 years", "Northwind",
                 "I love launches.", "Never offer a job", "120 words"):
        assert part in system, part
    assert [m["content"] for m in messages[1:-1]] == [f"{'up'[i % 2]}{i}" for i in range(4, 12)]
    assert messages[-1] == {"role": "user", "content": "How did you start?"}


def test_a_follow_up_prompt_names_the_question_to_ask_next():
    g = Generate(kind="follow_up", fallback="Why marketing?", said="I ran a shop's Instagram",
                 persona=PERSONA, asked="Tell me about yourself", to_ask="Why marketing?")
    system = build_messages(g)[0]["content"]
    assert '"Tell me about yourself"' in system and '"Why marketing?"' in system
    assert check(g, "Nice — the Instagram part. So why marketing?")[0]
    assert check(g, "Nice, the Instagram part.") == (None, "no question asked")


@pytest.mark.parametrize(("raw", "why"), [
    ("", "empty reply"), ("   ", "empty reply"), (None, "no text in the reply"),
    (" ".join(["word"] * 151), "too long (151 words)"),
    ("As an AI language model, I can't have a career.", "out of character"),
    ("I'm an assistant, but here goes.", "out of character"),
    ("Great chat. We're hiring, actually!", "offered a job"),
    ("Send me your resume and I'll see.", "offered a job"),
    ("I can offer you a position on my team.", "offered a job"),
    ("Hi, my name is Priya and I run brand.", "another name"),
    ("I've been doing this for 25 years now.", "other years in the field"),
])
def test_unusable_replies_are_refused_with_a_reason(raw, why):
    assert check(G, raw) == (None, why)


def test_a_usable_reply_is_cleaned_not_refused():
    text, why = check(G, '<think>plan</think>Dana: "**Retail** first, for 9 years in the '
                         'field I have loved it."')
    assert why == "" and text == "Retail first, for 9 years in the field I have loved it."
    assert check(G, "It was cut", cut_off=True) == (None, "cut off at the token limit")
    assert clean("Short answer: yes", "Dana Ruiz") == "Short answer: yes"


def test_fill_puts_the_words_in_the_reply_and_the_stored_dialogue():
    shown = f"🧑‍💼 <b>Dana:</b> {esc(G.fallback)}"
    outcome = Outcome(
        Dialogue("prac", "live", 3, {"said": [["user", "How did you start?"],
                                              ["persona", G.fallback]], "cue": shown, "n": 2}),
        [Reply(shown, generate=G), Reply("💡 a note")])
    assert requests(outcome) == [G]
    out = fill(outcome, G, "Shops <then> brands")
    assert out.replies[0].text == "🧑‍💼 <b>Dana:</b> Shops &lt;then&gt; brands"
    assert out.replies[0].generate is None and out.replies[1].text == "💡 a note"
    assert out.dialogue.data == {"said": [["user", "How did you start?"],
                                          ["persona", "Shops <then> brands"]],
                                 "cue": "🧑‍💼 <b>Dana:</b> Shops &lt;then&gt; brands", "n": 2}
    assert requests(out) == []


def _env(**values: str) -> dict[str, str]:
    return values


@pytest.mark.parametrize(("values", "named"), [
    ({"LLM_BASE_URL": "localhost:11434"}, "LLM_BASE_URL"),
    ({"LLM_BASE_URL": "http://127.0.0.1:11434/v1"}, "LLM_MODEL"),
    ({"LLM_MODEL": "llama3.2"}, "LLM_BASE_URL"),
    ({"LLM_BASE_URL": "http://h/v1", "LLM_MODEL": "m", "LLM_TIMEOUT": "soon"}, "LLM_TIMEOUT"),
    ({"LLM_BASE_URL": "http://h/v1", "LLM_MODEL": "m", "LLM_TIMEOUT": "0"}, "LLM_TIMEOUT"),
    ({"LLM_DAILY_CAP": "-1"}, "LLM_DAILY_CAP"),
    ({"TRANSCRIBE_BASE_URL": "http://h/v1"}, "TRANSCRIBE_MODEL"),
    ({"TRANSCRIBE_MODEL": "whisper-1"}, "TRANSCRIBE_BASE_URL"),
    ({"TRANSCRIBE_BASE_URL": "ftp://h", "TRANSCRIBE_MODEL": "w"}, "TRANSCRIBE_BASE_URL"),
])
def test_a_bad_model_setting_is_one_line_naming_it(values, named):
    with pytest.raises(ConfigError) as e:
        load_settings(values, env_file=None)
    assert str(e.value).startswith(named) and "\n" not in str(e.value)


def test_model_settings_and_their_secrets():
    s = load_settings({"LLM_BASE_URL": "https://me:url-pass-99@api.example.org/v1/",
                       "LLM_MODEL": "gpt-4o-mini", "LLM_API_KEY": "sk-live-abc",
                       "LLM_TIMEOUT": "4.5", "LLM_DAILY_CAP": "30",
                       "TRANSCRIBE_MODEL": "whisper-1"}, env_file=None)
    assert (s.llm_on, s.transcribe_on, s.llm_timeout, s.llm_daily_cap) == (True, True, 4.5, 30)
    assert s.llm_base_url == "https://me:url-pass-99@api.example.org/v1"
    assert s.transcribe_base_url == s.llm_base_url and s.transcribe_api_key == "sk-live-abc"
    assert {"sk-live-abc", "url-pass-99"} <= set(s.secrets())
    assert "sk-live-abc" not in repr(s)
    off = load_settings({}, env_file=None)
    assert (off.llm_on, off.transcribe_on, off.llm_base_url) == (False, False, None)


def test_a_bad_model_setting_stops_the_real_process_with_one_line(tmp_path):
    from tests.test_cli_bad_starts import one_line, start

    done = start(tmp_path, LLM_BASE_URL="http://127.0.0.1:9/v1", LLM_MODEL="m",
                 LLM_TIMEOUT="soon")
    assert "LLM_TIMEOUT: expected seconds" in one_line(done)
    assert done.returncode == 2
