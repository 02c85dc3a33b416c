import pytest

from conflict_extract import extract
from conflict_extract.sources import find_sources


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rakhim Mammadov, an aide to the governor, said on Monday that shells hit Barda.",
            ["Rakhim Mammadov"],
        ),
        (
            "Shells hit the town late on Sunday, regional spokesman Levon Arakelyan said.",
            ["Levon Arakelyan"],
        ),
        (
            "According to the Prosecutor General's Office, two homes burned.",
            ["the Prosecutor General's Office"],
        ),
        ("The shelling continued, according Mammadov.", ["Mammadov"]),
        (
            "Azerbaijan's Defence Ministry said in a statement that rockets fell.",
            ["Azerbaijan's Defence Ministry"],
        ),
        (
            "Amnesty International told reporters the strike was unlawful.",
            ["Amnesty International"],
        ),
        (
            "Governor Oleh Synyehubov wrote on Telegram that drones hit the city.",
            ["Oleh Synyehubov"],
        ),
        ("Rockets hit the market, he said.", ["he"]),
        ("Rockets hit the market overnight.", []),
        # two bodies joined by "and", a name closed by a number
        (
            "The Syrian Observatory and Deir Ezzor 24 said jets struck the camp.",
            ["The Syrian Observatory", "Deir Ezzor 24"],
        ),
        # the agent of a passive report
        (
            "This was confirmed by Assistant to the President Hikmet Hajiyev on Twitter.",
            ["Hikmet Hajiyev"],
        ),
        # not sources: clauses and lives
        ("The shelling was reported by residents.", ["residents"]),
        ("The strike on the market claimed nine lives.", []),
        # a claim of responsibility or a "no reason to" is not a report of the strike
        ("The rebel leader said he ordered rocket attacks on military sites in Marib.", []),
        ("A Hamas spokesman said the group claimed responsibility for the rockets.", []),
        ("His aide told local media there was no reason to target the city.", []),
        ("The spokesman said Russian forces did not strike Kharkiv.", []),
        # a person after a title and a country: the person's name
        (
            "Defence Minister of Armenia Vagharshak Harutyunyan said shells hit the town.",
            ["Vagharshak Harutyunyan"],
        ),
        # a rank is no part of the name, and its abbreviation ends no sentence
        ("The army spokesman, Brig. Nabil Abdallah, said drones hit the port.", ["Nabil Abdallah"]),
        ("Major General Igor Konashenkov said missiles hit the depot.", ["Igor Konashenkov"]),
        # an unnamed speaker after "according to"
        ("Shells hit the town, according to a military spokesman.", ["a military spokesman"]),
        ("According to a local official, drones hit the port.", ["a local official"]),
        # who cites only what it knows is the source; "information from X" is X's
        (
            "Shells hit Tartar, the prosecutor's office said, citing preliminary information.",
            ["the prosecutor's office"],
        ),
        (
            "A drone hit Belgorod, according to preliminary information from the regional governor.",
            ["the regional governor"],
        ),
        # a body named by lower-case words without "the": the whole body
        (
            "Ukraine's military intelligence agency said drones hit a refinery.",
            ["Ukraine's military intelligence agency"],
        ),
        (
            "Russia's border guard service said shells hit Tyotkino.",
            ["Russia's border guard service"],
        ),
        ("Ukraine's energy ministry said a drone hit a substation.", ["Ukraine's energy ministry"]),
        # a person described by a place or a body and a lower-case word: the person
        ("According to Ganja politician Mushfig Jafarov, 15 people died.", ["Mushfig Jafarov"]),
        ("According to Gaza surgeon Ahmad Karimi, nine people died.", ["Ahmad Karimi"]),
        ("According to Amnesty International researcher Anna Smith, six died.", ["Anna Smith"]),
        ("Nine people died, according to Odesa volunteer Iryna Melnyk.", ["Iryna Melnyk"]),
        # (not a place after a preposition)
        ("Nine people died, according to the ministry in Gaza City.", ["the ministry"]),
        ("Nine people died, according to Hamas officials in Gaza City.", ["Hamas officials"]),
        # speakers named by their town; an official named after the place of the title
        ("Residents of Majdal Shams said a rocket hit a field.", ["Residents of Majdal Shams"]),
        ("Mayor of Kharkiv Ihor Terekhov said a drone hit a car.", ["Ihor Terekhov"]),
        (
            "Governor of Belgorod Region Vyacheslav Gladkov said drones hit a car.",
            ["Vyacheslav Gladkov"],
        ),
        # a body named by lower-case words ("the southern command")
        (
            "Missiles hit Odesa, the Ukrainian military's southern command said.",
            ["the Ukrainian military's southern command"],
        ),
        ("Shells hit Kadugli, the joint operations centre said.", ["the joint operations centre"]),
        # what is said is not who says it
        # "the statement" stands for the one cited last: a pronoun the article resolves
        ("The statement said shells hit the market.", ["it"]),
        ("The preliminary data show that drones hit two homes.", []),
        (
            "The head of the border region, Anton Petrenko, said separately that drones struck.",
            ["Anton Petrenko"],
        ),
        ('The "Ukrinform" agency has confirmed two deaths.', ["The Ukrinform agency"]),
        ("The depot burned, said regional governor Olena Marchuk.", ["Olena Marchuk"]),
        ('"The third shell hit the roof," said the local caretaker.', ["the local caretaker"]),
        ("Eyewitnesses told reporters the blast shook the street.", ["Eyewitnesses"]),
        ("It denied the information spread by Azerbaijan about the strike.", ["Azerbaijan"]),
        ("Ombudsman Arman Tevosyan, on Tuesday noted this in a statement.", ["Arman Tevosyan"]),
        (
            "“It was a war crime,” said Olga Brandt, Human Rights Watch’s senior researcher.",
            ["Olga Brandt", "Human Rights Watch"],
        ),
        (
            "According to the district’s acting authorities, two homes burned.",
            ["the district’s acting authorities"],
        ),
        ("Today, the government made another absurd announcement about Barda.", ["the government"]),
        (
            "The Ministry of Defence (MoD) of Armenia report shelling.",
            ["The Ministry of Defence of Armenia"],
        ),
        # a title set beside the name: the name ("the governor of the X region, Name")
        (
            "Two homes burned, according to the governor of the Kursk region, Irina Volkova.",
            ["Irina Volkova"],
        ),
        (
            "The attack was announced by the governor of the border region Pavel Orlov in a post.",
            ["Pavel Orlov"],
        ),
        ("A depot burned, said the head of the city council, Taras Melnyk.", ["Taras Melnyk"]),
        ("A depot burned, said the spokesman of the army, Yahya al-Amri.", ["Yahya al-Amri"]),
        ("According to the information received, Anar Guliyev, a resident, died.", []),
        # the speaker after a comma and the verb; a listener after "told" is none
        (
            "Shells hit a school in the Shuja'iyya district, which was full, said the Observatory.",
            ["the Observatory"],
        ),
        ("A school burned, Salem Odeh, a medic, told Reuters.", ["Salem Odeh"]),
        # a person of a body: both; a body whose name has a small word: whole
        (
            "A depot burned, said Omar Haddad of the Syrian Network for Human Rights.",
            ["Omar Haddad", "the Syrian Network for Human Rights"],
        ),
        (
            "A clinic burned, medical charity Doctors Without Borders said.",
            ["Doctors Without Borders"],
        ),
        # a body's descriptor is no part of its name; a one-word parenthesis is no part either
        (
            "War monitor the Syrian Network for Human Rights and activist collective Raqqa 24 "
            "said a depot burned.",
            ["Syrian Network for Human Rights", "Raqqa 24"],
        ),
        (
            "War monitor the Syrian Observatory for Human Rights said a depot burned.",
            ["the Syrian Observatory for Human Rights"],
        ),
        ("Human Rights Defender (Ombudsman) Anna Petrosyan said homes burned.", ["Anna Petrosyan"]),
        # "X for A and B" is one body; two bodies joined by "and" are two
        (
            "The Joint Center for Control and Coordination said shells hit the market.",
            ["The Joint Center for Control and Coordination"],
        ),
        ("Hamas and Hezbollah said rockets hit the base.", ["Hamas", "Hezbollah"]),
        # a function word before the verb is no one; a thing published is no speaker
        ("As reported earlier, rockets hit the base.", []),
        (
            "How reported Ministry of Emergency Situations, shells hit the market.",
            ["Ministry of Emergency Situations"],
        ),
        ("The misinformation published daily about the shelling is false.", []),
        (
            "Rockets hit the camp, doctors at the city's main hospital said.",
            ["doctors at the city's main hospital"],
        ),
        # a body named by lower-case words before its noun; the one an outlet quoted
        ("Missiles hit the port, the UN refugee agency said.", ["the UN refugee agency"]),
        (
            "Missiles hit the port, the country's energy ministry said.",
            ["the country's energy ministry"],
        ),
        ("Missiles hit the port, Ukrainska Pravda quoted Terekhov as saying.", ["Terekhov"]),
        # a headline's "No Injuries Reported" names no one
        ("Houthi Drone Hits Eilat Building, No Injuries Reported", []),
        ("Shelling Hits Kherson, Casualties Reported", []),
        # a headline's bare title after the verb
        ("Drone attack on Shebekino leaves two wounded, says governor.", ["the governor"]),
        ("Shells hit the market, said mayor Ihor Terekhov.", ["Ihor Terekhov"]),
        # a title with its seat after "of the" names no person
        (
            "The Governor of the Kursk Region said shells hit Rylsk.",
            ["The Governor of the Kursk Region"],
        ),
        (
            "The Human Rights Ombudsman of the Artsakh Republic said shells hit Martuni.",
            ["The Human Rights Ombudsman of the Artsakh Republic"],
        ),
        # a thing said, owned: its owner ("the ministry's latest report" is no verb)
        ("The Defence Ministry's statement said rockets hit the base.", ["The Defence Ministry"]),
        ("Rockets hit the base, the ministry's latest report said.", ["the ministry"]),
        # small words inside a body's name
        (
            "A strike killed a reporter, the Committee to Protect Journalists said.",
            ["the Committee to Protect Journalists"],
        ),
        ("A strike hit a clinic, Doctors Without Borders said.", ["Doctors Without Borders"]),
    ],
)
def test_attributions(sentence: str, expected: list[str]) -> None:
    assert [a.name for a in find_sources(sentence)] == expected


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("the past few days", False),
        ("the day we received", False),
        ("the statement", False),
        ("The shelling was", False),
        ("the regional governor", True),
        ("Hikmet Hajiyev", True),
        ("local residents", True),
    ],
)
def test_speaker_phrases(phrase: str, speaker: bool) -> None:
    from conflict_extract.sources import is_speaker_phrase

    assert is_speaker_phrase(phrase) is speaker


def test_wire_services_are_not_sources() -> None:
    text = "Drones hit the port on Sunday, The Associated Press reported."
    assert find_sources(text) == []


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Hikmet Hajiyev", "Hajiyev"], ["Hikmet Hajiyev"]),
        # a body described again by "the", lower-case words and its head noun
        (
            ["the Syrian Observatory for Human Rights", "the Britain-based Observatory"],
            ["the Syrian Observatory for Human Rights"],
        ),
        (["the Ministry", "Azerbaijan's Defence Ministry"], ["Azerbaijan's Defence Ministry"]),
        # one of the unnamed speakers the event lists already
        (["witnesses", "the witness"], ["witnesses"]),
        (["an eyewitness", "local eyewitnesses"], ["local eyewitnesses"]),
        # (a lower-case head is no short form of a longer name)
        (
            ["the Israeli military", "Israeli military spokesperson"],
            ["the Israeli military", "Israeli military spokesperson"],
        ),
    ],
)
def test_a_short_form_of_a_source_goes_with_the_full_name(names: list, kept: list) -> None:
    from conflict_extract.fields import drop_short_forms

    assert drop_short_forms(names) == kept


# Two speakers, two places, one sentence: each place takes the speaker of its own clause; a
# speaker whose clause names no other place hit stays a source of the strike.
CLAUSES = [
    ("Armenia's defence ministry said shells hit Shushi on Sunday, while the human rights "
     "ombudsman in Stepanakert said a civilian in Martuni died when a shell hit his home.",
     {"Shusha": ["Armenia's defence ministry"],
      "Martuni": ["the human rights ombudsman in Stepanakert"]}),
    ("Shells hit Goris on Sunday, the ministry said, while drones struck Jermuk, the ombudsman "
     "said.", {"Goris": ["the ministry"], "Jermuk": ["the ombudsman"]}),
    ("Police said rockets were fired from Gaza on Sunday, and the army said one of them hit "
     "Sderot.", {"Sderot": ["Police", "the army"]}),
    # one speaker closing the first clause speaks of that clause's strike only
    ("Israel struck a fuel depot in Tehran on Saturday, Iranian state media said, while Iranian "
     "missiles hit Haifa on Sunday.", {"Tehran": ["Iranian state media"], "Haifa": []}),
    ("Russian drones hit Odesa on Sunday, Governor Oleh Kiper said, while in Kherson shells hit a "
     "bus stop.", {"Odesa": ["Oleh Kiper"], "Kherson": []}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sources"), CLAUSES)
def test_each_place_takes_the_speaker_of_its_clause(text: str, sources: dict) -> None:
    events = extract(f" date 2024-03-11 {text}")
    assert {e.location: e.sources for e in events} == sources


# One unnamed speaker of a kind that reports: the singular of a plural speaker noun.
ONE_SPEAKER = [
    ("Shells hit the market in Kadugli, killing four, a rescue worker said.", "rescue worker"),
    ("A drone hit a bus near Bahir Dar, a local aid group said.", "local aid group"),
    ("Missiles struck Sumy overnight, an aid worker told Reuters.", "aid worker"),
    ("Jets bombed the clinic in Tabayin, a health worker said.", "health worker"),
    ("Rockets hit Kiryat Shmona, a Red Crescent volunteer said.", "Red Crescent volunteer"),
    (
        "Tank shells hit tents in al-Mawasi, a nurse at the field hospital said.",
        "nurse at the field hospital",
    ),
    ("Shelling hit Khiam, a monitoring group said.", "monitoring group"),
    (
        "A strike flattened a house in Jabalia, a relative of the victims said.",
        "relative of the victims",
    ),
    # a speaker with a clause on why they are not named
    ("An official who spoke on condition of anonymity said shells hit Kupiansk.", "official"),
    ("Jets bombed Nyala, a medic who was not authorised to speak to the press said.", "medic"),
    ("Drones hit Marib, a military source who asked not to be named told AFP.", "military source"),
    # fighters who tell of a strike on their area
    ("Jets bombed Chaung-U village, local resistance forces said.", "local resistance forces"),
    # who was told only heard it
    ("Missiles struck Odesa overnight, aid workers told Reuters.", "aid workers"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ONE_SPEAKER)
def test_one_unnamed_speaker_is_a_source(sentence: str, speaker: str) -> None:
    assert [a.name for a in find_sources(sentence)][:1] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to the UN peacekeeping force UNIFIL, air strikes hit Nabatieh.", "UNIFIL"),
        ("According to the UN refugee agency UNHCR, shells hit a camp near Goma.", "UNHCR"),
        ("According to the UN, shells hit a camp near Goma.", "the UN"),
    ],
)
def test_a_bodys_initials_after_its_description_name_it(sentence: str, speaker: str) -> None:
    assert [a.name for a in find_sources(sentence)] == [speaker]


# A sentence that opens by citing someone: the outlet that reports it only relays them.
CITED_LEADS = [
    ("Citing local officials, the Kyiv Independent reported that shells hit Nikopol.",
     ["local officials"]),
    ("Quoting the health ministry, state media said an Israeli strike hit Baalbek.",
     ["the health ministry"]),
    ("Referring to medical sources, Sudan Tribune wrote that drones struck Nyala.",
     ["medical sources"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "names"), CITED_LEADS)
def test_an_outlet_citing_another_only_relays_it(sentence: str, names: list[str]) -> None:
    assert [a.name for a in find_sources(sentence)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [("SAID tHE tHE", ["tHE tHE"]), ("said the the", ["the the"]), ("The said.", [])],
)
def test_a_speaker_phrase_of_small_words_alone_is_no_crash(text: str, names: list) -> None:
    """(found by the fuzz suite: a title's seat read from a phrase with no capitalised tail)"""
    assert [a.name for a in find_sources(text)] == names
