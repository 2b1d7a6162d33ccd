"""The contact pipeline as a table: every stage × every event, written out by hand.

The expected moves are the stage lists the stores' SQL held before the pipeline had one
home (e.g. 'thanked' only from asked, replied, scheduled or met), so this table is
also the record that the move kept today's behaviour.
"""

from __future__ import annotations

import pytest

from bot.features.network.pipeline import STAGES, TARGET, Event, advance, from_stages

# event → the stages it moves a contact out of (everything else stays where it is)
MOVES: dict[Event, tuple[str, ...]] = {
    Event.DRAFTED: ("identified",),
    Event.SENT: ("identified", "drafted"),
    Event.REPLIED: ("identified", "drafted", "asked"),
    Event.SCHEDULED: ("identified", "drafted", "asked", "replied"),
    Event.MET: ("identified", "drafted", "asked", "replied", "scheduled"),
    Event.THANKED: ("asked", "replied", "scheduled", "met"),
    Event.KEPT_IN_TOUCH: ("identified", "drafted", "asked", "replied", "scheduled", "met",
                          "thanked"),
}
INTO = {Event.DRAFTED: "drafted", Event.SENT: "asked", Event.REPLIED: "replied",
        Event.SCHEDULED: "scheduled", Event.MET: "met", Event.THANKED: "thanked",
        Event.KEPT_IN_TOUCH: "keeping_in_touch"}


def test_the_stages_in_order():
    assert STAGES == ("identified", "drafted", "asked", "replied", "scheduled", "met",
                      "thanked", "keeping_in_touch")


def test_every_event_is_in_the_table():
    assert set(MOVES) == set(Event) == set(TARGET)


@pytest.mark.parametrize("event", list(Event))
@pytest.mark.parametrize("stage", STAGES)
def test_advance(stage, event):
    expected = INTO[event] if stage in MOVES[event] else stage
    assert advance(stage, event) == expected
    assert advance(stage, event.value) == expected  # the stores may pass the plain string


@pytest.mark.parametrize("event", list(Event))
@pytest.mark.parametrize("stage", STAGES)
def test_contacts_only_move_forward(stage, event):
    assert STAGES.index(advance(stage, event)) >= STAGES.index(stage)


@pytest.mark.parametrize("event", list(Event))
def test_from_stages_is_what_storage_matches(event):
    assert from_stages(event) == MOVES[event]
    assert TARGET[event] == INTO[event] and TARGET[event] not in from_stages(event)


@pytest.mark.parametrize("event", list(Event))
def test_an_event_twice_changes_nothing_the_second_time(event):
    for stage in STAGES:
        once = advance(stage, event)
        assert advance(once, event) == once


def test_never_asked_is_never_thanked():
    assert advance("identified", Event.THANKED) == "identified"
    assert advance("drafted", Event.THANKED) == "drafted"


def test_a_late_debrief_does_not_pull_a_thanked_contact_back():
    assert advance("thanked", Event.MET) == "thanked"
    assert advance("keeping_in_touch", Event.REPLIED) == "keeping_in_touch"


def test_the_whole_road():
    stage = "identified"
    for event in Event:
        stage = advance(stage, event)
    assert stage == "keeping_in_touch"


def test_unknown_stages_and_events_fail_loudly():
    with pytest.raises(ValueError, match="stage"):
        advance("ghosted", Event.MET)
    with pytest.raises(ValueError):
        advance("met", "waved")
    with pytest.raises(ValueError):
        from_stages("waved")


def test_the_contact_list_names_every_stage_in_pipeline_order():
    from bot.features.network.views import STAGE_LABELS

    assert tuple(STAGE_LABELS) == STAGES
