"""Names and times as the bot writes them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.engine.text import (
    CLOCK,
    DATE,
    DAY,
    USE_AS_NAME,
    WHEN,
    WHEN_YEAR,
    first_name,
    formal_name,
    local,
    name_answer,
    name_key,
    not_a_name,
    untitled,
    written_out,
)


@pytest.mark.parametrize(("typed", "warm", "formal"), [
    ("Dr. Miriam Schöller-Hansen", "Miriam", "Dr. Schöller-Hansen"),
    ("Prof Lena Ortiz", "Lena", "Prof. Ortiz"),
    ("ms dana lee", "dana", "Ms. lee"),
    ("Dana Lee", "Dana", "Dana Lee"),
    ("Dr.", "them", "Dr."),
    ("Professor Ada Byron King", "Ada", "Professor King"),
    ("", "them", ""),
])
def test_a_title_is_never_a_first_name(typed, warm, formal):
    assert first_name(typed) == warm
    assert formal_name(typed) == formal


@pytest.mark.parametrize("typed", [
    "Dana Lee", "Dr. Miriam Schöller-Hansen", "María José García de la Fuente", "Ana",
    "Jean-Luc O'Neil", "Will Smith", "An Nguyen", "A. Smith", "van der Berg",
])
def test_names_pass(typed):
    assert not_a_name(typed) is None


@pytest.mark.parametrize("typed", [
    "I met her at a conference", "who should I write to?", "dana@acme.com", "idk",
    "Room 3", "The recruiter at Acme", "no idea", "linkedin.com/in/dana", "none",
])
def test_sentences_questions_and_addresses_are_asked_about(typed):
    assert not_a_name(typed)


def test_a_doubtful_name_is_asked_about_once_then_kept_as_typed():
    assert name_answer("Dana Lee", None, "") == ("Dana Lee", "")
    name, why = name_answer("The recruiter", None, "")
    assert name == "" and why
    assert name_answer("The recruiter", None, "The recruiter") == ("The recruiter", "")
    assert name_answer("", USE_AS_NAME, "The recruiter") == ("The recruiter", "")


def test_one_person_however_their_name_is_typed():
    assert name_key("Ms Dana Lee") == name_key("dana lee") == name_key("Dana  Lee")
    assert name_key("Dana Lee") != name_key("Dana Leigh")


def test_every_time_shown_is_in_the_users_zone_in_one_of_the_shapes():
    moment = datetime(2026, 12, 1, 14, 30, tzinfo=UTC)
    assert local(moment, "Europe/Berlin") == "Tue 01 Dec, 15:30"
    assert local(moment, "Europe/Berlin", WHEN) == "Tue 01 Dec, 15:30"
    assert local(moment, "America/New_York", WHEN_YEAR) == "Tue 01 Dec 2026, 09:30"
    assert local(moment, "Asia/Tokyo", DAY) == "Tue 01 Dec"
    assert local(moment, "Asia/Tokyo", DATE) == "01 Dec 2026"
    assert local(moment, "UTC+05:30", CLOCK) == "20:00"


@pytest.mark.parametrize(("typed", "topic"), [
    ("I want to move into nursing informatics", "nursing informatics"),
    ("I'm interested in climate policy", "climate policy"),
    ("I'd like to learn about UX research.", "UX research"),
    ("nursing informatics", "nursing informatics"),
    ("how teams work", "how teams work"),
    ("IT consulting", "IT consulting"),
    ("I'd like to move from lecturing into instructional design", "instructional design"),
    ("switching from retail to UX research", "UX research"),
    ("from sales towards product marketing", "product marketing"),
    ("how to go from junior to senior", "how to go from junior to senior"),
    ("software engineering - junior dev, coming from teaching", "software engineering"),
    ("UX / product design, I am coming from graphic design", "UX / product design"),
    ("finance i think, FP&A probably - im a school business manager now", "finance, FP&A"),
    ("marketing, coming from events", "marketing"),
    ("mainly teaching tbh - secondary maths. but also looking at FP&A in finance", "teaching"),
    ("honestly data analytics i think", "data analytics"),
    ("health, safety and environment", "health, safety and environment"),
    # the goal after the job they have now, said any way round
    ("im a pharmacist wanting to move into health data or informatics",
     "health data or informatics"),
    ("I've been a design teacher for 12 years and I'd like to move into UX design",
     "UX design"),
    ("retail manager, would love to get into product management", "product management"),
    ("tryna get out of public accounting into FP&A or corporate finance",
     "FP&A or corporate finance"),
    ("I've been a civil engineer for twenty years and I'd like to retrain as a secondary maths "
     "teacher.", "secondary maths teacher"),
    # the field said first, then only in part; an emoji is no part of a field
    ("data analytics i think?? im a lab tech in a pharma QC lab atm n wanna move into data 🙃",
     "data analytics"),
    ("UX research 🙂", "UX research"),
    ("hiya! so I'm a marketing exec in Norwich but I really want to become a secondary school "
     "English teacher 📚 I did English lit at uni and I think it's finally time!!",
     "secondary school English teacher"),
    ("investment banking rn, or corporate finance/FP&A if IB doesnt work out. senior econ major",
     "investment banking, or corporate finance/FP&A"),
    # "RN" in capitals is a registered nurse, not "right now"; "eventually" is no part of it
    ("im a CNA right now, want to get into nursing, RN eventually", "nursing, RN"),
    ("data analytics eventually", "data analytics"),
])
def test_the_subject_of_an_answer_typed_as_a_sentence(typed, topic):
    from bot.engine.fields import topic_of

    assert topic_of(typed) == topic


@pytest.mark.parametrize(("typed", "kept"), [
    ("tom", "Tom"), ("maria de la cruz", "Maria de la Cruz"), ("anne-marie", "Anne-Marie"),
    ("Dr. Samuel Okafor", "Dr. Samuel Okafor"), ("danah boyd", "Danah Boyd"),
    ("McKenzie", "McKenzie"),
])
def test_a_name_typed_in_lower_case_is_written_as_a_name(typed: str, kept: str) -> None:
    from bot.engine.text import capitalised

    assert capitalised(typed) == kept


def test_a_field_typed_with_an_aside_after_a_comma_is_the_field() -> None:
    from bot.engine.fields import topic_of

    assert topic_of("data analytics tbh, been doing warehouse stuff for years") == "data analytics"


def test_an_undecided_aside_is_not_part_of_the_field() -> None:
    """"ux design or maybe corporate training / instructional design, havent decided yet"
    was read back whole, typo and all."""
    from bot.engine.fields import topic_of
    assert topic_of("ux design or maybe corporate training, havent decided yet") == (
        "UX design or maybe corporate training")


def test_the_goal_after_a_job_title_is_the_field() -> None:
    """"Exploring im a warehouse team leader in leicester": the goal came later."""
    from bot.engine.fields import topic_of
    assert topic_of("im a warehouse team leader in leicester, been doing it 6 yrs. want to get "
                    "into data analytics, maybe data engineering later on") == "data analytics"


@pytest.mark.parametrize(("typed", "topic"), [
    ("data analyst, tryna move out of banking", "data analyst"),
    ("software dev, mostly front end / javascript stuff", "software dev"),
    ("adult nursing, especially A&E", "adult nursing"),
    ("product management, wanting to leave sales", "product management"),
    ("FP&A / corporate finance (moving out of audit)", "FP&A / corporate finance"),
    ("nonprofit stuff, like fundraising or program coordination", "nonprofit"),
    ("like UX design i guess", "UX design"),
])
def test_a_field_with_a_phone_typed_aside_is_the_field(typed: str, topic: str) -> None:
    """"data analyst, tryna move out of banking" was stored and shown whole, in /settings too."""
    from bot.engine.fields import topic_of
    assert topic_of(typed) == topic


@pytest.mark.parametrize(("field", "shown"), [
    ("registered nurse", "work as a registered nurse"), ("Data Analyst", "work as a data analyst"),
    ("engineer", "work as an engineer"), ("A&E nurse", "work as an A&E nurse"),
    ("nursing", "nursing"), ("Product Management", "product management"),
    ("UX designer", "work as a UX designer"), ("climate policy", "climate policy"),
])
def test_a_field_typed_as_a_job_reads_as_work_after_exploring(field: str, shown: str) -> None:
    """"All set, Marcus! Exploring registered nurse": a job is no field to explore."""
    from bot.engine.fields import explored
    assert explored(field) == shown


def test_a_title_is_no_sentence_end() -> None:
    """"Dr. Amir Haddad" was cut to "Dr" by reading "Dr." as the end of a sentence."""
    from bot.engine.fields import topic_of
    assert topic_of("Dr. Amir Haddad") == "Dr. Amir Haddad"


@pytest.mark.parametrize(("typed", "topic"), [
    ("Teaching assistant atm. I want to move into teaching", "teaching"),
    ("I want to move into C#", "C#"),
    ("C++ development, mostly games", "C++ development"),
])
def test_the_job_they_have_now_and_a_languages_symbols_are_read_right(typed, topic):
    """A review found "Teaching assistant" stored for someone moving into teaching, and "C"
    for "C#": the fuller first sentence wins only when it floats a field ("… i think??")."""
    from bot.engine.fields import topic_of

    assert topic_of(typed) == topic


@pytest.mark.parametrize(("typed", "signed"), [
    ("Dr. Dana Whitfield", "Dana Whitfield"), ("Prof Adaeze Okonkwo", "Adaeze Okonkwo"),
    ("Dr. Lee", "Dr. Lee"), ("Sam Rivera", "Sam Rivera"), ("", ""),
])
def test_a_user_signs_without_their_title(typed, signed):
    assert untitled(typed) == signed


def test_a_chat_tail_is_no_part_of_the_field() -> None:
    from bot.engine.fields import topic_of
    assert topic_of("im a physio rn but want to get into healthcare data, ya know") == \
        "healthcare data"
    assert topic_of("ux design tbh") == "UX design"


@pytest.mark.parametrize(("typed", "topic"), [
    ("i want to move to manchester for a nursing job", "nursing"),
    ("want to move to berlin and work in fintech", "fintech"),
    ("wanna move to leeds to work in marketing", "marketing"),
    ("looking to switch to data analytics from retail", "data analytics"),
    ("I want to move into policy from the private sector", "policy"),
    ("want to move to sales from hospitality", "sales"),  # "Sales" is a town, and a field
    ("switching to UX / product design", "UX / product design"),  # no "I want" before it
    ("to UX / product design", "UX / product design"),
    # a correction or a hedge said first is no part of the field
    ("actually scratch that, FP&A / financial analysis", "FP&A / financial analysis"),
    ("prob product management? im a barista rn w a film degree lol", "product management"),
    ("wait, no, data analytics", "data analytics"),
])
def test_a_move_names_the_field_not_the_place_or_the_job_left(typed: str, topic: str) -> None:
    """ "move to manchester for a nursing job" was stored as the field "manchester for a
    nursing job", and "switch to data analytics from retail" kept the job left behind."""
    from bot.engine.fields import topic_of
    assert topic_of(typed) == topic


def test_out_of_one_field_into_another_is_the_other() -> None:
    from bot.engine.fields import topic_of
    assert topic_of("moving out of academia into UX research i think") == "UX research"


@pytest.mark.parametrize(("typed", "written"), [
    ("mary o'brien", "Mary O'Brien"), ("sean mcdonald", "Sean McDonald"),
    ("d'angelo russo", "D'Angelo Russo"), ("anne-marie smith", "Anne-Marie Smith"),
])
def test_a_name_typed_in_lower_case_is_written_as_names_are(typed, written):
    from bot.engine.text import capitalised
    assert capitalised(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("6 yrs w/ ppl tbh", "6 years with people"),
    ("halfway thru a js bootcamp", "halfway through a JS bootcamp"),
    ("ur not in marketing yet", "you're not in marketing yet"),
    # "Ask next: “… when your screening a junior?”" taught a mistake
    ("when ur screening a junior?", "when you're screening a junior?"),
    ("ur hiring process", "your hiring process"), ("ur starting salary", "your starting salary"),
    ("how long have u been at ur company rn?", "how long have you been at your company right now?"),
    ("Ur team", "Your team"),
    ("i learned R and sql lol.", "I learned R and SQL."),
    ("I run ops at UR Energy", "I run ops at UR Energy"),  # a name in capitals stays
    ("Uni of Leeds, 3 yrs at uni", "University of Leeds, 3 years at university"),
    ("<i>data</i>, the u.s., w/o pay, r&d", "<i>data</i>, the u.s., w/o pay, r&d"),
    ("we meet at 3 pm as a pm team", "we meet at 3 pm as a PM team"),
    # a reviewer's: the R language, n as a number, "ur" before a noun, contractions in capitals
    ("mostly sql n r", "mostly SQL and r"), ("R or Python for a first data job?",
                                             "R or Python for a first data job?"),
    ("what r the hours like", "what are the hours like"), ("n = 200", "n = 200"),
    ("Dr. N Patel", "Dr. N Patel"), ("how u got ur new role", "how you got your new role"),
    ("ur in-house team", "your in-house team"), ("Ur not in yet?", "You're not in yet?"),
    ("Honestly, Im keen", "Honestly, I'm keen"), ("about £2k pm", "about £2k pm"),
    ("if i need my rn first", "if I need my RN first"), ("busy rn", "busy right now"),
    ("i cant afford to rn", "I can't afford to right now"),
])
def test_chat_shorthand_is_written_out_once_for_every_sentence(typed: str, written: str) -> None:
    """Three tables did this for a question suggested, an answer said back and a draft, each
    missing words the others had ("yrs" said back as typed, "ur" left in a suggestion)."""
    assert written_out(typed) == written


@pytest.mark.parametrize(("full", "first"), [
    ("María José Ruiz", "María José"), ("María José", "María José"),
    ("Dr. María José Ruiz", "María José"), ("Mary Smith", "Mary"), ("José Martinez", "José"),
    ("Jose Paul", "Jose"), ("Mary Angel", "Mary"),  # two words: the second is the surname
])
def test_a_given_name_of_two_words_is_greeted_whole(full: str, first: str) -> None:
    """ "María José" was greeted "Nice to meet you, María!"."""
    assert first_name(full) == first


@pytest.mark.parametrize(("typed", "field"), [
    # "Exploring hmm marketing, social media and CRM marketing" came back on /start
    ("hmm marketing, social media and CRM marketing. I am working in hotel since 7 years",
     "marketing, social media and CRM marketing"),
    ("Um, HR I think", "HR"),
    ("ux research", "UX research"),  # "Exploring ux research"
    ("ok so i want to move into crm marketing", "CRM marketing"),
    ("well being coaching", "well being coaching"),  # a word of the field, not a filler
    ("it support into pr", "it support into pr"),  # "it" and "pr" may be words: left alone
    ("hmm... ux", "UX"),
    ("Ok so basically ux design", "UX design"),
    ("data analytics tbf, been teaching geography 6 yrs and want out", "data analytics"),
    ("ok so like... UX research", "UX research"),
    ("hmm idk maybe like FR / fundraising", "FR / fundraising"),
    # "Exploring to UX / product design": the goal after "move to", "thinking of moving into"
    ("i want move to UX / product design", "UX / product design"),
    ("im thinking of moving into data analytics", "data analytics"),
    ("trying to break into UX research", "UX research"),
    ("looking to pivot to product management", "product management"),
    ("I am planning to move to London and work in marketing",
     "I am planning to move to London and work in marketing"),  # a place is no field
    # was stored as "I was a GP (family physician) in Kabul for twelve years"
    ("I was a GP (family physician) in Kabul for twelve years. Re-qualifying here is proving "
     "very difficult, so I am now exploring healthcare management, ideally NHS operations.",
     "healthcare management"),
    ("I am looking at product design", "product design"),
])
def test_a_field_loses_its_filler_and_keeps_its_acronyms(typed: str, field: str) -> None:
    from bot.engine.fields import topic_of

    assert topic_of(typed) == field


def test_a_field_typed_in_title_case_reads_in_lower_case_mid_sentence() -> None:
    from bot.engine.fields import mid_sentence
    assert mid_sentence("Product Management") == "product management"  # not "product Management"
    assert mid_sentence("UX Design") == "UX Design"
    assert mid_sentence("Teach First") == "Teach First"  # a name keeps its capitals
    # typed in sentence case: "Exploring Environmental policy" read as a name mid-sentence
    assert mid_sentence("Environmental policy") == "environmental policy"
    assert mid_sentence("English teaching") == "English teaching"
    assert mid_sentence("Red Cross fundraising") == "Red Cross fundraising"
    assert mid_sentence("Google Analytics") == "Google Analytics"


@pytest.mark.parametrize(("typed", "read"), [
    ("Montessori teaching", "Montessori teaching"), ("Medicaid policy", "Medicaid policy"),
    ("Epic training", "Epic training"), ("Polish translation", "Polish translation"),
    ("Shopify development", "Shopify development"), ("London housing", "London housing"),
    ("Clinical research", "clinical research"), ("Journalism", "journalism"),
])
def test_only_an_everyday_first_word_loses_its_capital(typed: str, read: str) -> None:
    """ "Exploring montessori teaching", "medicaid policy", "london housing": a sentence-case
    field lost the capital of a name it starts with."""
    from bot.engine.fields import mid_sentence
    assert mid_sentence(typed) == read


@pytest.mark.parametrize(("typed", "stored", "greeted", "signed"), [
    # was offered "✅ Use “Tomás Ruiz, though most folks still call” as the name"
    ("Tomás Ruiz, though most folks still call me Father Tom", "Tom Ruiz", "Tom", "Tom Ruiz"),
    ("Tomás Ruiz (most folks call me Father Tom)", "Tom Ruiz", "Tom", "Tom Ruiz"),
    ("Alejandro García, but my friends all call me Alex", "Alex García", "Alex", "Alex García"),
    ("Katherine Brown, people usually call me Kate", "Kate Brown", "Kate", "Kate Brown"),
    ("Elizabeth Taylor, goes by Beth", "Beth Taylor", "Beth", "Beth Taylor"),
    ("Robert Jones, i'm known as Bobby", "Bobby Jones", "Bobby", "Bobby Jones"),
    ("Everyone calls me Chi", "Chi", "Chi", "Chi"),
    # "call me Priya only" was stored whole; "Priya only is fine" as "only Priya"
    ("Priya Raghunathan, kindly call me Priya only", "Priya Raghunathan", "Priya",
     "Priya Raghunathan"),
    ("Priya Raghunathan. Priya only is fine", "Priya Raghunathan", "Priya", "Priya Raghunathan"),
    ("Priya only. Priya Raghunathan", "Priya Raghunathan", "Priya", "Priya Raghunathan"),
    ("Priya only is fine, full name Priya Raghunathan", "Priya Raghunathan", "Priya",
     "Priya Raghunathan"),
    ("Priya Raghunathan, Priya is enough", "Priya Raghunathan", "Priya", "Priya Raghunathan"),
    ("Myself Priya Raghunathan", "Priya Raghunathan", "Priya", "Priya Raghunathan"),
    ("Rajesh Kumar, everyone calls me Raj only", "Raj Kumar", "Raj", "Raj Kumar"),
    ("Abhishek Sharma, Abhi only", "Abhi Sharma", "Abhi", "Abhi Sharma"),
    ("Priya only please", "Priya", "Priya", "Priya"),
    # Irish and Scots "grand": "that reads like a sentence"
    ("Siobhan O'Neill, but Shiv is grand", "Shiv O'Neill", "Shiv", "Shiv O'Neill"),
    # the first name said again after a titled full name had been signed "Sean Doyle. sean"
    ("Sgt Sean Doyle (ret). sean", "Sgt Sean Doyle", "Sean", "Sean Doyle"),
    ("Dr. Amara Okafor. Amara", "Dr. Amara Okafor", "Amara", "Amara Okafor"),
    # a US rank as the service writes it, and an Italian professional title, were taken as
    # the first name ("Nice to meet you, LTC!", "Nice to meet you, Arch.!")
    ("LTC Jim O'Neill (ret.)", "LTC Jim O'Neill", "Jim", "Jim O'Neill"),
    ("SSgt Maria Torres (ret.)", "SSgt Maria Torres", "Maria", "Maria Torres"),
    ("Arch. Sofia Greco", "Arch. Sofia Greco", "Sofia", "Sofia Greco"),
    ("Archie Smith", "Archie Smith", "Archie", "Archie Smith"),
    # "that's lovely" after the name had been read as a short name "hat" is fine
    ("Oh hello there! You can call me Fatima, that's lovely thank you", "Fatima", "Fatima",
     "Fatima"),
    ("Hello! Please call me Fatima, that is lovely", "Fatima", "Fatima", "Fatima"),
])
def test_the_name_someone_goes_by_is_how_they_are_addressed(typed, stored, greeted, signed):
    from bot.engine.text import own_name

    name = own_name(typed)
    assert (name, first_name(name, name), untitled(name)) == (stored, greeted, signed)
    assert not_a_name(name) is None


@pytest.mark.parametrize(("typed", "greeted", "signed", "formal"), [
    ("Father Tom", "Father Tom", "Tom", "Father Tom"),
    ("Father Tom Ruiz", "Tom", "Tom Ruiz", "Father Tom"),
    ("Sir Ian McKellen", "Ian", "Ian McKellen", "Sir Ian"),
    ("Sister Mary", "Sister Mary", "Mary", "Sister Mary"),
    ("Dr. Lee", "Dr. Lee", "Dr. Lee", "Dr. Lee"),  # a surname after this title: signed so
    # a calling as a title: "Nice to meet you, Nurse!" had taken it for her name
    ("Nurse Shiv", "Shiv", "Shiv", "Nurse Shiv"),
    ("Chef Tomás Ruiz", "Tomás", "Tomás Ruiz", "Chef Ruiz"),
    # a grade before the calling or rank: "Staff Nurse Ama Owusu" had been greeted "Staff"
    ("Staff Nurse Ama Owusu", "Ama", "Ama Owusu", "Staff Nurse Owusu"),
    ("Charge Nurse Ben", "Ben", "Ben", "Charge Nurse Ben"),
    ("Staff Sergeant Lee", "Staff Sergeant Lee", "Staff Sergeant Lee", "Staff Sergeant Lee"),
    ("First Sgt. Dana Cole", "Dana", "Dana Cole", "First Sgt. Cole"),
    ("Matron Ada", "Ada", "Ada", "Matron Ada"),
    ("Mary Head", "Mary", "Mary Head", "Mary Head"),  # a surname, not a grade
    # a rank that is a word too: "Nice to meet you, Major!" and drafts signed with the rank
    ("Major Tom Okafor", "Tom", "Tom Okafor", "Major Okafor"),
    ("General Ama Mensah", "Ama", "Ama Mensah", "General Mensah"),
    ("John Major", "John", "John Major", "John Major"),  # a surname
    ("Marshal Yanda", "Marshal", "Marshal Yanda", "Marshal Yanda"),  # a given name
])
def test_a_title_before_a_given_name_is_no_first_name_and_no_signature(typed, greeted, signed,
                                                                       formal):
    """ "Father Tom Ruiz" was greeted "Father" and a draft would be signed "Father Tom"; "Sir
    Ian McKellen" was formally "Sir. McKellen"."""
    assert (first_name(typed), untitled(typed), formal_name(typed)) == (greeted, signed, formal)


@pytest.mark.parametrize("typed", ["Priya only. Priya Raghunathan", "Dana is fine",
                                   "Tom, though folks call me Tom"])
def test_a_name_with_the_words_of_a_sentence_is_asked_about(typed):
    """ "Drafts will be signed Priya only. Priya Raghunathan." was said back, and stored."""
    assert not_a_name(typed) == "that reads like a sentence"


def test_a_button_that_offers_a_long_answer_cuts_it_at_a_word() -> None:
    from bot.engine.text import use_as_name_choice

    assert use_as_name_choice("Tomás Ruiz, though most folks still call me Father Tom") == (
        ("✅ Use “Tomás Ruiz, though most folks still call…” as the name", USE_AS_NAME),)
    assert use_as_name_choice("hello") == (("✅ Use “hello” as the name", USE_AS_NAME),)


@pytest.mark.parametrize(("typed", "topic"), [
    # "Exploring UX research, not visual design kindly note"
    ("UX research, not visual design kindly note", "UX research"),
    ("data analytics not data science", "data analytics"),
    ("nursing (not medicine), kindly note", "nursing"),
    ("product management, not project management", "product management"),
    ("policy work rather than law", "policy work"),
    ("marketing as opposed to sales", "marketing"),
    ("cybersecurity instead of networking", "cybersecurity"),
    ("I want to move into data science, not software engineering", "data science"),
    ("public health - NOT clinical pls", "public health"),
    ("HR only, not recruitment", "HR"),
    ("supply chain fyi", "supply chain"),
    # a wish or a joke after the field: "Exploring Software engineering, God help me"
    ("Software engineering, God help me.", "Software engineering"),
    ("data analytics, fingers crossed!", "data analytics"),
    ("nursing inshallah", "nursing"),
    ("nonprofit or city govt ops, roger that", "nonprofit or city government ops"),
    ("marketing lol", "marketing"),
    ("hopefully finance", "finance"),
    ("kindly note: UX research", "UX research"),
    ("investment banking, just FYI", "investment banking"),
    ("nursing informatics only please", "nursing informatics"),
    # what is no contrast stays
    ("not-for-profit sector", "not-for-profit sector"),
    ("Data science, not sure which part yet", "Data science"),
    # the reason for the choice: "Exploring healthcare administration or health policy, as my
    # dental registration in Australia would take several years"
    ("healthcare administration or health policy, as my dental registration in Australia "
     "would take several years", "healthcare administration or health policy"),
    ("data analytics because i like numbers", "data analytics"),
    ("teaching as a second career", "teaching as a second career"),
])
def test_what_a_field_is_set_against_and_asides_to_the_reader_are_no_part_of_it(typed, topic):
    from bot.engine.fields import topic_of

    assert topic_of(typed) == topic


@pytest.mark.parametrize("typed", ["Finance.", "marketing", "Nursing!", "UX design",
                                   "data analytics", "Product Management", "public health"])
def test_a_field_typed_as_a_name_is_asked_about(typed: str) -> None:
    """"Finance." typed at "what should I call you?" had been greeted "Nice to meet you,
    Finance!", and "UX design" "Nice to meet you, UX!"."""
    assert not_a_name(typed) == "that looks like a field, not a name"
    assert not_a_name("Grace") is None and not_a_name("Marketa Novak") is None
    assert not_a_name("Sarah from marketing") is None  # a contact named by their team


def test_po_after_a_name_is_respect_not_a_surname() -> None:
    """ "paolo po" had drafts signed "Paolo Po"."""
    from bot.engine.text import own_name

    assert own_name("paolo po") == "paolo"
    assert own_name("Jun Po") == "Jun Po"


def test_a_name_said_again_in_brackets_is_said_once() -> None:
    """ "Oh sorry, it's Helen (Helen Marsh)" had drafts signed "Helen Helen Marsh"."""
    from bot.features.profile.names import as_given

    assert as_given("Oh sorry, it's Helen (Helen Marsh)", "Helen Marsh") == "Helen Marsh"


@pytest.mark.parametrize(("typed", "topic"), [
    ("UX design. actually, scratch that - product management at a software company",
     "product management at a software company"),
    ("marketing, no wait, UX design", "UX design"),
    ("data analytics or rather data science", "data science"),
])
def test_a_field_after_a_change_of_mind_is_the_one_kept(typed: str, topic: str) -> None:
    """"UX design. actually, scratch that - product management…" was stored as UX design."""
    from bot.engine.fields import topic_of
    assert topic_of(typed) == topic
