"""Examples in the outreach questions, in the user's own field.

A nurse asked for "a contact's role (e.g. senior data analyst)" reads it as a form written for
someone else; an example from their field shows what kind of answer fits. Worded to read
naturally on either side of the Atlantic ("schedule", not "rota"; no "high school").
"""

from __future__ import annotations

from bot.banks.choice import field_key

_ROLE = {
    "finance": "FP&A manager",
    "data_analytics": "senior data analyst",
    "ux_design": "UX researcher",
    "healthcare": "nurse manager",
    "education": "instructional coach",
    "nonprofit_public": "head of fundraising",
    "product_management": "senior product manager",
    "software_engineering": "backend engineer",
    "marketing": "brand manager",
}
_BACKGROUND = {
    "finance": "a staff accountant who builds the monthly forecast for a 200-person company",
    "data_analytics": "a final-year economics student who built two dashboards for a student "
                      "volunteering group",
    "ux_design": "a graphic designer who ran five user interviews for a local bakery's app",
    "healthcare": "a pharmacy technician who trains new staff on the dispensing system",
    "education": "a chemistry graduate who tutors three teenagers every week",
    "nonprofit_public": "a newspaper editor who has volunteered with an adult literacy project "
                        "for six years",
    "product_management": "a support lead who turned customer tickets into a monthly "
                          "feature report",
    "software_engineering": "a warehouse lead who learned Python at night and automated the "
                            "shift schedule",
    "marketing": "an events manager who grew a hotel's newsletter to 12,000 readers",
}
_ANY_ROLE = "operations manager"
_ANY_BACKGROUND = "an office administrator returning to work after ten years raising a family"


def example_role(user_field: str | None) -> str:
    return _ROLE.get(field_key(user_field or "") or "", _ANY_ROLE)


def example_background(user_field: str | None) -> str:
    return _BACKGROUND.get(field_key(user_field or "") or "", _ANY_BACKGROUND)
