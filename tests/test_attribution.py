"""Attribution patterns in several wars' vocabulary (issue 16): who says so, who denies, and
a claim of responsibility that is no report. Cases from the behavioural suite's war tables."""

from __future__ import annotations

import pytest

from conflict_extract import extract
from conflict_extract.actors import find_deniers, group_homes
from conflict_extract.fields import denier_party
from conflict_extract.read import bylines
from conflict_extract.sentences import Sentence

from .behaviour import PUBLISHED, WARS, War


def report_cases(w: War) -> list[tuple[str, str, str]]:
    (p, _), _, _ = w.targets
    hit = f"{w.weapon_phrase} hit {p} on Sunday"
    lead = hit[0].upper() + hit[1:]
    head, official = w.source_head, w.official.split()[-1]
    return [
        (f"{lead}, {w.source} said.", p, head),
        (f"According to {w.source}, {hit}.", p, head),
        (f"{w.official} told reporters that {hit}.", p, official),
        (f"{w.source[0].upper()}{w.source[1:]} said in a statement that {hit}.", p, head),
        (f"{w.official} wrote on Telegram that {hit}.", p, official),
        (f"{lead}, a news agency reported, citing {w.source}.", p, head),
        # a participle after the speaker's own clause; one quoted "saying"; information received
        (f"{w.source[0].upper()}{w.source[1:]} updated the toll, saying that {hit}.", p, head),
        (f"On Monday, {w.source} released figures, stating that {hit}.", p, head),
        (f"A news agency quoted {w.source} saying that {hit}.", p, head),
        (f"{w.source[0].upper()}{w.source[1:]} received information that {hit}.", p, head),
        (f"{w.official}, the {w.official_title}, spoke on Saturday. {lead}, the "
         f"{w.official_title} said.", p, official),
    ]  # fmt: skip


CASES = [case for war in WARS for case in report_cases(war)]


def the_event(text: str):  # type: ignore[no-untyped-def]
    """The one event an invented article of one or two sentences gives."""
    (event,) = extract(f" date {PUBLISHED} {text}")
    return event


def event_at(text: str, place: str):  # type: ignore[no-untyped-def]
    """The one event an invented article gives at ``place``."""
    (event,) = [e for e in extract(f" date {PUBLISHED} {text}") if e.location == place]
    return event


@pytest.mark.parametrize(("text", "place", "head"), CASES)
def test_the_source_is_who_reports_the_strike(text: str, place: str, head: str) -> None:
    events = {e.location: e for e in extract(f" date {PUBLISHED} {text}")}
    (event,) = [e for name, e in events.items() if place.split()[0] in name]
    assert event.sources and all(head.lower() in s.lower() for s in event.sources), event.sources


def strike_then(war: War, after: str):  # type: ignore[no-untyped-def]
    """The event at the war's first place in "<weapon> hit <place> on Sunday<after>"."""
    (place, _), _, _ = war.targets
    text = f" date {PUBLISHED} {war.weapon_phrase.capitalize()} hit {place} on Sunday{after}"
    (event,) = [e for e in extract(text) if e.location.startswith(place.split()[0])]
    return event


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_a_denier_is_not_a_source(war: War) -> None:
    event = strike_then(war, f", {war.source} said. {war.subject} denied the claims.")
    assert all(war.source_head.lower() in s.lower() for s in event.sources)
    assert event.denied_by and not set(event.denied_by) & set(event.sources)


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_a_claim_of_responsibility_is_no_report(war: War) -> None:
    event = strike_then(war, ". A commander said he ordered the attack.")
    assert not any("commander" in s.lower() for s in event.sources)


def test_the_governor_of_a_region_resolves_to_his_name() -> None:
    text = (f" date {PUBLISHED} The governor of the Belgorod region, Vyacheslav Gladkov, visited "
            "a hospital on Saturday. Drones hit Belgorod on Sunday, the governor said.")  # fmt: skip
    (event,) = extract(text)
    assert event.sources == ["Vyacheslav Gladkov"]


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_a_strike_in_the_articles_own_voice_has_no_source(war: War) -> None:
    event = strike_then(war, f".\n\n{war.official} told reporters that talks would resume in May.")
    assert event.sources == []


ONE_BODY_WITH_AND = [
    ("Shells hit Lysychansk on Sunday, the State Emergency and Rescue Service said.",
     "the State Emergency and Rescue Service"),
    ("Missiles struck Kharkiv on Sunday, the Ministry of Emergency Situations and Rescue "
     "Service said.", "the Ministry of Emergency Situations and Rescue Service"),
    ("Shelling hit Aghdam on Sunday, Trend reports referring to the General Prosecutor's "
     "Office.", "the General Prosecutor's Office"),
    ("An airstrike hit Khan Younis on Sunday, Wafa reports, referring to the Civil Defence "
     "and Rescue Directorate.", "the Civil Defence and Rescue Directorate"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), ONE_BODY_WITH_AND)
def test_a_body_named_with_and_is_one_source(text: str, source: str) -> None:
    event = the_event(text)
    assert event.sources == [source]


BODY_ANAPHORA = [
    ("The State Emergency Service said shells hit Kherson on Sunday. Two people were injured, "
     "the body said.", "The State Emergency Service"),
    ("Shells hit Stepanakert on Sunday, the Emergency Service said. Two people were killed, the "
     "Service said.", "the Emergency Service"),
    ("Amnesty International accused Russia of war crimes. Missiles hit Kharkiv on Sunday, the "
     "watchdog said.", "Amnesty International"),
    ("The Syrian Observatory for Human Rights said the toll was rising. An airstrike hit Idlib on "
     "Sunday, the monitor said.", "The Syrian Observatory for Human Rights"),
    ("The Palestinian Red Crescent said its teams were at the scene. An airstrike hit Rafah on "
     "Sunday, the organisation said.", "The Palestinian Red Crescent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), BODY_ANAPHORA)
def test_the_body_resolves_to_the_one_named_before(text: str, source: str) -> None:
    event = the_event(text)
    assert event.sources == [source]


BYLINES = [
    ("BEIRUT (AP) — Rockets hit Tyre on Sunday.", ("AP",)),
    ("GAZA, Feb 25 (NNN-WAFA) – An airstrike hit Rafah.", ("NNN-WAFA", "NNN", "WAFA")),
    ("(MENAFN- Nam News Network) GAZA, Feb 25 – An airstrike hit Rafah.", ("MENAFN",)),
    ("By Azernews\n\nBy Leyla Aliyeva\nShells hit Tartar.", ("Azernews", "Leyla Aliyeva")),
    ("By | Rachel Brooks\n\nShells hit Tartar.", ("Rachel Brooks",)),
    ("BAMAKO, Mali (AP) — Drones struck Kidal.", ("AP",)),
    ("Jammu/Srinagar, May 7 (PTI) Shells hit Poonch.", ("PTI",)),
    ("YEREVAN, OCTOBER 5, ARMENPRESS. Shells hit Goris.", ("ARMENPRESS",)),
    ("Baku, July 20, AZERTAC\nShells hit Tartar.", ("AZERTAC",)),
    ("Kyiv, March 3, 2024, UKRINFORM\nDrones hit Sumy.", ("UKRINFORM",)),
    ("Kharkiv, March 3, Drones hit Sumy.", ()),
    ("September 28, Fineko/abc.az. An entire family was killed in Naftalan.",
     ("Fineko/abc.az", "Fineko", "abc.az")),
    ("October 5, APA. Shells hit Tartar.", ("APA",)),
    ("On March 5, shells hit Goris.", ()),
    ("By the end of the day shells hit Goris (Armenia) - the ministry said.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), BYLINES)
def test_bylines_name_the_outlet_and_the_author(text: str, names: tuple[str, ...]) -> None:
    assert bylines(text) == names


OUTLET_VOICE = [
    "KHARKIV (Ukrinform) — Missiles hit Kharkiv on Sunday, Ukrinform reports.",
    "YEREVAN, OCTOBER 5, ARMENPRESS. Shells hit Goris on Sunday, ARMENPRESS reports.",
    "SANAA, Dec. 19 (Saba) - Israeli jets struck Hodeidah on Sunday, the Saba news agency "
    "reported.",
    "DAMASCUS, Dec. 19 (SANA) - Israeli jets struck Masyaf on Sunday, Syria's state news agency "
    "SANA said.",
    "By Hamid Rahimi\n\nAn airstrike hit Khan Younis on Sunday, Hamid Rahimi writes.",
    # the outlet by the initials of its name
    "TYRE, Aug 10 (NNA) - An Israeli drone hit a car in Tyre on Sunday, the National News "
    "Agency reported.",
    "KHARTOUM (SNA) - Drones hit Kassala on Sunday, the Sudan News Agency said.",
]


@pytest.mark.parametrize("text", OUTLET_VOICE)
def test_the_outlet_and_the_author_are_not_sources(text: str) -> None:
    event = the_event(text)
    assert event.sources == []


# A group's party is the group's, whoever backs it or whatever country it is of.
GROUP_PARTIES = [
    ("Yemen's Houthis fired a drone at Tel Aviv on Sunday.", "Tel Aviv", "Houthis"),
    ("Iran-backed Hezbollah fired rockets at Safed on Sunday.", "Safed", "Hezbollah"),
    ("US-led coalition aircraft struck Raqqa on Sunday.", "Raqqa", "United States"),
    ("Saudi-led coalition jets struck Saada on Sunday.", "Saada", "Saudi-led coalition"),
    # a patron before a bare force: the force is the group the article names
    ("Houthi rebels fired a missile at Marib on Sunday. The Iran-backed rebels also shelled "
     "Taiz.", "Taiz", "Houthis"),
    ("M23 rebels shelled Goma on Sunday. The Rwanda-backed rebels also bombarded Sake.", "Sake",
     "M23"),
    ("The UAE-supported fighters shelled Kadugli on Sunday.", "Kadugli", None),
    # two parties sharing one head: the first named
    ("U.S. and British warplanes struck Hodeidah on Sunday.", "Hodeidah", "United States"),
    ("Russian and Syrian jets bombed Idlib on Sunday.", "Idlib", "Russia"),
    ("Israeli and American aircraft struck Isfahan on Sunday.", "Isfahan", "Israel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "party"), GROUP_PARTIES)
def test_a_group_is_its_own_party(text: str, place: str, party: str) -> None:
    assert event_at(text, place).actor_party == party


# A state's force named without its state ("the army") is the one state's force the article
# names with its state; two states' forces leave it unknown.
BARE_FORCES = [
    ("Sudan's army said it repelled the RSF. Army warplanes bombed Mellit on Sunday.", "Mellit",
     "Sudanese Armed Forces"),
    ("Myanmar's military denied the claims. Military jets bombed Kanbalu on Sunday.", "Kanbalu",
     "Myanmar military"),
    ("Israel's army and Lebanon's army traded accusations. The army shelled Khiam on Sunday.",
     "Khiam", None),
    ("M23 rebels shelled Goma on Saturday. The rebels shelled Sake on Sunday.", "Sake", "M23"),
    ("RSF fighters shelled El Fasher on Saturday. The fighters shelled Kutum on Sunday.", "Kutum",
     "RSF"),
    # the occupier, as the article names it once with its state
    ("The Israeli occupation stepped up its raids. The occupation forces shelled Rafah on "
     "Sunday.", "Rafah", "Israel"),
    ("Russian occupiers dug in near the river. The occupiers shelled Kherson on Sunday.",
     "Kherson", "Russia"),
    ("The occupation forces shelled Rafah on Sunday.", "Rafah", None),
    # ... or the one attacker the article names there
    ("Russian troops shelled 23 settlements in the Kherson region on Sunday. The occupiers "
     "attacked Bilozerka with drones.", "Bilozerka", "Russia"),
    ("Israeli jets bombed Khan Younis on Sunday. The occupation forces also shelled Rafah.",
     "Rafah", "Israel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "party"), BARE_FORCES)
def test_a_bare_force_is_the_states_the_article_names(text: str, place: str, party) -> None:
    assert event_at(text, place).actor_party == party


# The attacker named in the lead holds for the strikes the same story tells after it; a stated
# attacker ("Russian troops attacked") comes before a party read off "the Russian attack".
ACTOR_IN_CONTEXT = [
    ("Russian forces launched a missile attack on the Kharkiv region on Sunday. A missile hit a "
     "school in Chuhuiv, killing two people.", "Chuhuiv", "Russian forces", "Russia"),
    ("The aftermath of the Russian attack on Kherson. Russian troops attacked the city of Kherson "
     "with guided bombs on Sunday.", "Kherson", "Russian troops", "Russia"),
    ("The paramilitary Rapid Support Forces shelled El Fasher on Sunday, killing five. A shell "
     "also hit a market in Omdurman.", "Omdurman", "Rapid Support Forces", "RSF"),
    ("Azerbaijani forces shelled Martuni on Sunday.\n\nIn Stepanakert, a shell hit a school and "
     "two people were injured.", "Stepanakert", "Azerbaijani forces", "Azerbaijan"),
    # a bare force of no known side gives way to the party the same sentence names
    ("Israeli strikes on villages in southern Lebanon killed 12 people on Sunday, the health "
     "ministry said, as the military said it had hit 300 targets.\n\nIn the village of Shebaa, "
     "a strike on a house killed four.", "Shebaa", "Israel", "Israel"),
    ("Russian strikes on towns in the Sumy region killed five people on Sunday, officials said, "
     "as the army said it had hit 40 targets.\n\nIn the town of Okhtyrka, a strike on a house "
     "killed two.", "Okhtyrka", "Russia", "Russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "actor", "party"), ACTOR_IN_CONTEXT)
def test_the_actor_of_the_story_holds_for_its_strikes(
    text: str, place: str, actor: str, party: str
) -> None:
    event = event_at(text, place)
    assert (event.actor, event.actor_party) == (actor, party)


# The article's one attacker, told striking elsewhere on another day, did not strike its own
# country: the strike there has no stated actor.
OWN_SIDE = [
    ("Azerbaijani forces shelled Stepanakert on Saturday, Armenian officials said.\n\nOn Sunday, "
     "a missile hit Ganja, killing two people.", "Ganja"),
    ("Russian forces shelled Kharkiv on Saturday, officials said.\n\nOn Sunday, a drone hit "
     "Belgorod, injuring two people.", "Belgorod"),
    ("Israeli jets struck Rafah on Saturday, medics said.\n\nOn Sunday, a rocket hit Sderot, "
     "injuring two people.", "Sderot"),
]  # fmt: skip


# Fire told as coming from another land, in the strike's paragraph, names no attacker of the
# place hit for the side that struck elsewhere in the article.
FIRED_FROM_ELSEWHERE = [
    ("Israeli warplanes bombed houses in Maghazi on Sunday, the ministry said.\n\nMeanwhile, "
     "rockets were fired from Gaza. One rocket hit a house in Ashkelon, injuring a woman.",
     "Ashkelon"),
    ("Russian missiles hit Kharkiv on Sunday, officials said.\n\nMeanwhile, drones were launched "
     "from Ukraine. One drone hit a house in Belgorod, injuring a man.", "Belgorod"),
]  # fmt: skip


# A named body and speakers in lower case are two sources; a plain pair in lower case is one.
SPEAKER_PAIRS = [
    ("An airstrike hit Nyala on Sunday, killing 40, according to the Sudan Doctors Network and "
     "local activists.", "Nyala", ["the Sudan Doctors Network", "local activists"]),
    ("Shelling hit Idlib on Sunday, the Syrian Observatory for Human Rights and residents said.",
     "Idlib", ["the Syrian Observatory for Human Rights", "residents"]),
    ("Shells hit Tartar on Sunday, the Ministry of Defence and Emergency Situations said.",
     "Tartar", ["the Ministry of Defence and Emergency Situations"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), SPEAKER_PAIRS)
def test_a_body_and_lower_case_speakers_are_two_sources(
    text: str, place: str, sources: list[str]
) -> None:
    assert event_at(text, place).sources == sources


# A force the sentence accuses is not of the party that accuses it.
# (Sudan's army, named by its noun where Sudan's state fights at home, is the state's)
ACCUSED_FORCE = [
    ("The RSF accused the army of bombing El Fasher on Sunday.", "El Fasher",
     "Sudanese Armed Forces"),
    ("Hamas accused the army of shelling Rafah on Sunday.", "Rafah", None),
    ("Hezbollah blamed the military for a strike on Tyre on Sunday.", "Tyre", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "party"), ACCUSED_FORCE)
def test_an_accused_force_is_not_the_accusers(text: str, place: str, party: str | None) -> None:
    event = event_at(text, place)
    assert event.actor is not None and event.actor_party == party


@pytest.mark.parametrize(("text", "place"), FIRED_FROM_ELSEWHERE)
def test_fire_from_another_land_names_no_attacker(text: str, place: str) -> None:
    assert event_at(text, place).actor_party is None


# Whoever told the strike's toll, named, is one of its sources; a bare word or an anaphor is not
TOLL_TELLERS = [
    ("Azerbaijani forces shelled Stepanakert on Tuesday, the region's authorities said.\n\n"
     "At least 27 people were killed and 200 wounded, ombudsman Gegham Stepanyan said.",
     "Stepanakert", ["authorities", "Gegham Stepanyan"]),
    ("A Russian missile hit Lviv overnight, governor Maxym Kozytsky said.\n\nOne person was "
     "killed and three injured, Mayor Andriy Sadovyi wrote on Telegram.", "Lviv",
     ["Maxym Kozytsky", "Andriy Sadovyi"]),
    ("An Israeli strike hit a house in Rafah on Sunday, the civil defence said.\n\nFive people "
     "were killed, authorities said.", "Rafah", ["civil defence"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), TOLL_TELLERS)
def test_the_teller_of_the_toll_is_a_source(text: str, place: str, sources: list[str]) -> None:
    found = event_at(text, place).sources
    assert len(found) == len(sources) and all(any(s in f for f in found) for s in sources), found


# A roundup's one attacker of a country holds for its strikes there, though the article also
# tells of the other state's strikes abroad ("Russia said it downed 22 Ukrainian drones").
ROUNDUP = (
    "Russian attacks kill 6 across Ukraine\n\nRussian attacks killed at least six people across "
    "Ukraine over the past day, regional officials said on Monday.\n\nA Russian glide bomb "
    "injured five people in Kramatorsk.\n\nIn Kharkiv, a drone struck a residential building "
    "late on Sunday, wounding nine people, Mayor Ihor Terekhov said on Telegram.\n\nTwo people "
    "were killed in the Kherson region, where Russian troops shelled 25 settlements.\n\n"
    "Russia's Defence Ministry said its air defences had downed 22 Ukrainian drones over the "
    "Bryansk, Kursk and Belgorod regions."
)


def test_a_roundups_attacker_holds_though_the_other_state_strikes_abroad() -> None:
    assert event_at(ROUNDUP, "Kharkiv").actor_party == "Russia"
    assert event_at(ROUNDUP, "Kursk Oblast").actor_party == "Ukraine"


@pytest.mark.parametrize(("text", "place"), OWN_SIDE)
def test_the_one_attacker_did_not_strike_its_own_country(text: str, place: str) -> None:
    event = event_at(text, place)
    assert (event.actor, event.actor_party) == (None, None)


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_a_surname_resolves_to_the_full_name_cited_before(war: War) -> None:
    full = war.official
    (place, _), _, _ = war.targets
    text = (f" date {PUBLISHED} {full} said talks had stalled.\n\n"
            f"{war.weapon_phrase.capitalize()} hit {place} on Sunday, {full.split()[-1]} said.")  # fmt: skip
    (event,) = [e for e in extract(text) if e.location.startswith(place.split()[0])]
    assert event.sources == [full]


# A speaker closing the report of an attack is its source, not its actor; a claimant is the
# actor, and so is a speaker who tells of its own strike.
ACTOR_NOT_SPEAKER = [
    ("Hezbollah fired rockets at Kiryat Shmona on Sunday, the Israeli military said.",
     "Hezbollah", "the Israeli military"),
    ("Indian missiles struck Bahawalpur on Sunday, killing 13 people, Pakistan's military said.",
     "India", "Pakistan's military"),
    ("Ukrainian drones hit Kursk on Sunday, the Russian army said.", "Ukraine",
     "the Russian army"),
    ("Russian forces shelled Kherson on Sunday, the Ukrainian military said.", "Russian forces",
     "the Ukrainian military"),
    ("The Israeli military said its jets struck Nabatieh on Sunday.", "Israeli military",
     "The Israeli military"),
    ("Hezbollah said it fired rockets at a base near Safed on Sunday.", "Hezbollah", "Hezbollah"),
    ("The Houthis said they launched drones at Eilat on Sunday.", "Houthis", "The Houthis"),
    # a force's own body speaks ("the British military's UKMTO agency said")
    ("A Houthi missile struck a cargo ship in the port of Hodeidah on Sunday, the British "
     "military's UKMTO agency said.", "Houthis", "the British military's UKMTO agency"),
    ("A Russian missile hit Odesa on Sunday, the Ukrainian military's southern command said.",
     "Russia", "the Ukrainian military's southern command"),
    ("RSF drones hit Port Sudan on Sunday, the Sudanese army's media office said.", "RSF",
     "the Sudanese army's media office"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor", "source"), ACTOR_NOT_SPEAKER)
def test_a_speaker_after_the_attack_is_no_actor(text: str, actor: str, source: str) -> None:
    event = the_event(text)
    assert (event.actor, event.sources) == (actor, [source])


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_he_after_a_description_is_the_named_person(war: War) -> None:
    (place, _), _, _ = war.targets
    title = war.official_title.split()[-1]
    text = (f" date {PUBLISHED} {war.official}, the {war.official_title}, spoke on Saturday.\n\n"
            f"According to the {title}, talks stalled. Later, he said "
            f"{war.weapon_phrase} hit {place} on Sunday.")  # fmt: skip
    (event,) = [e for e in extract(text) if e.location.startswith(place.split()[0])]
    assert event.sources == [war.official]


SPEAKER_PLACEMENT = [
    # a closing quote right before the verb: the speaker follows it
    ("“The RSF shelled the market in Omdurman on Sunday, which was crowded,” said Mohamed "
     "Ibrahim, a spokesperson.", "Omdurman", ["Mohamed Ibrahim"]),
    ("“Shells hit Goris on Sunday,” the ministry said.", "Goris", ["the ministry"]),
    # a body's name runs through its lower-case words
    ("An airstrike hit Gaza City on Sunday, killing 30, according to the Palestinian emergency "
     "response agency.", "Gaza City", ["the Palestinian emergency response agency"]),
    # an evacuation warning is not a report of the strike
    ("Israel warned residents of Al-Hawsh to evacuate before strikes hit Tyre on Sunday.", "Tyre",
     []),
    # who tells of harm at another place in the next sentence speaks for that place only
    ("The air force said Russian drones targeted Kyiv and Odesa on Sunday. Mayor Vitali "
     "Klitschko said two people were hurt in Kyiv.", "Odesa", ["The air force"]),
    ("The army said RSF drones struck Omdurman and Atbara on Sunday. The state governor said "
     "three people were hurt in Atbara.", "Omdurman", ["The army"]),
    # a headline's "says governor" is the governor the story names, without his title
    ("Drone attack on Shebekino leaves two wounded, says governor\n\nBelgorod Governor "
     "Vyacheslav Gladkov said a Ukrainian drone hit a car in Shebekino on Sunday.", "Shebekino",
     ["Vyacheslav Gladkov"]),
    # a town's official, named later by surname alone, speaks of that town only
    ("Russian missiles hit Dnipro and Lviv on Sunday. Lviv's mayor, Andriy Sadovyi, visited a "
     "school.\n\nSadovyi later gave updates, saying one person was killed in the missile "
     "strike.", "Dnipro", []),
    ("Russian missiles hit Dnipro and Lviv on Sunday. Lviv's mayor, Andriy Sadovyi, visited a "
     "school.\n\nSadovyi later gave updates, saying one person was killed in the missile "
     "strike.", "Lviv", ["Andriy Sadovyi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), SPEAKER_PLACEMENT)
def test_who_speaks_where_quotes_and_warnings_stand(text: str, place: str, sources) -> None:
    event = event_at(text, place)
    assert event.sources == sources


# A claim of responsibility sets the actor and stays out of the sources (issue 16).
CLAIMS = [
    ("The Houthis claimed responsibility for a drone attack on Tel Aviv on Sunday.", "Tel Aviv",
     "Houthis"),
    ("Hezbollah claimed the attack on Kiryat Shmona on Sunday.", "Kiryat Shmona", "Hezbollah"),
    ("Hamas took responsibility for the rocket attack on Sderot on Sunday.", "Sderot", "Hamas"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "actor"), CLAIMS)
def test_a_claim_of_responsibility_sets_the_actor_only(text: str, place: str, actor: str) -> None:
    (event,) = [e for e in extract(f" date {PUBLISHED} Israel\n\n{text}") if e.location == place]
    assert (event.actor, event.sources) == (actor, [])


MINISTRY_BY_FULL_NAME = [
    ("The Azerbaijani Ministry of Defense reported heavy fighting. Shells hit Tartar on Sunday, "
     "the ministry said.", "Tartar", "The Azerbaijani Ministry of Defense"),
    ("The Ukrainian Ministry of Internal Affairs published photos. Missiles hit Kharkiv on Sunday, "
     "the ministry said.", "Kharkiv", "The Ukrainian Ministry of Internal Affairs"),
    ("Lebanon's Ministry of Public Health gave a toll. An airstrike hit Tyre on Sunday, the "
     "ministry said.", "Tyre", "Lebanon's Ministry of Public Health"),
    # ... the one named before, not the other side's named after
    ("Shells hit Goris on Sunday, the Ministry of Defense of Armenia reported. A resident was "
     "wounded, the ministry added.\n\nAzerbaijan's Defense Ministry claimed its units had only "
     "returned fire.", "Goris", "the Ministry of Defense of Armenia"),
    ("Missiles hit Kharkiv on Sunday, the Ukrainian Ministry of Internal Affairs said. Two people "
     "were wounded, the ministry added.\n\nRussia's Defence Ministry said it had struck military "
     "targets.", "Kharkiv", "the Ukrainian Ministry of Internal Affairs"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "source"), MINISTRY_BY_FULL_NAME)
def test_the_ministry_resolves_to_its_full_name(text: str, place: str, source: str) -> None:
    event = event_at(text, place)
    assert event.sources == [source]


# An acronym resolves to the name the article spells out (linking words skipped, never letters).
ACRONYMS = [
    ("Lebanon's official National News Agency reported strikes. An airstrike hit Tyre on Sunday, "
     "the NNA said.", "Tyre", "Lebanon's official National News Agency"),
    ("The Syrian Arab News Agency reported explosions. Missiles hit Homs on Sunday, SANA said.",
     "Homs", "The Syrian Arab News Agency"),
    ("The Rapid Support Forces denied nothing. Shells hit Omdurman on Sunday, the Sudan Doctors "
     "Network said.", "Omdurman", "the Sudan Doctors Network"),
    ("The Ministry of Defense reported shelling.\n\nShells hit Tartar on Sunday, the MOD said.",
     "Tartar", "the MOD"),
    # the letters written after the name, whatever its words' initials
    ("The Inter-Services Public Relations (ISPR) reported attacks. A drone hit Lahore on Sunday, "
     "the ISPR said.", "Lahore", "The Inter-Services Public Relations"),
    ("The Hay'at Tahrir al-Sham (HTS) reported shelling. Shells hit Idlib on Sunday, HTS said.",
     "Idlib", "The Hay'at Tahrir al-Sham"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "source"), ACRONYMS)
def test_an_acronym_resolves_to_the_name_spelled_out(text: str, place: str, source: str) -> None:
    event = event_at(text, place)
    assert event.sources == [source]


def test_a_speaker_is_never_an_actor_phrase() -> None:
    text = "National News Agency said jets struck Nabatieh on Sunday."
    (event,) = extract(f" date {PUBLISHED} Lebanon. {text}")
    assert event.actor is None


# An outlet closing a sentence that already names who spoke only relays that speaker;
# "reported on Telegram by X" names X.
RELAYS = [
    ("Missiles hit Vinnytsia on Sunday, wounding two, deputy governor Natalia Zabolotna "
     "reported on Facebook, according to UNN.", "Vinnytsia", ["Natalia Zabolotna"]),
    ("Drones hit Chernihiv on Sunday. This was reported on Telegram by the head of the city "
     "administration Dmytro Bryzhynsky, Censor.NET reports.", "Chernihiv", None),
    ("Shells hit Kherson on Sunday, according to Ukrinform.", "Kherson", ["Ukrinform"]),
    ("Shells hit Kherson on Sunday, the governor said, according to Ukrinform.", "Kherson",
     ["the governor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), RELAYS)
def test_an_outlet_relaying_a_named_speaker_is_not_a_source(text: str, place: str, sources) -> None:
    event = event_at(text, place)
    if sources is None:
        assert [s.split()[-1] for s in event.sources] == ["Bryzhynsky"]
    else:
        assert event.sources == sources


# A force named as what was hit is not the attacker.
TARGETS_NOT_ACTORS = [
    "A Somali airstrike killed 30 al-Shabaab fighters near Jilib on Sunday.",
    "Missiles hit a warehouse used by Hezbollah fighters near Damascus on Sunday.",
    "Russian drones struck Ukrainian army positions near Kupiansk on Sunday.",
]


@pytest.mark.parametrize("text", TARGETS_NOT_ACTORS)
def test_a_force_that_was_hit_is_not_the_actor(text: str) -> None:
    event = the_event(text)
    assert event.actor is None or not any(
        word in event.actor for word in ("Shabaab", "Hezbollah", "Ukrainian")
    ), event.actor


# "its attacks" names the attacker; "brokered by Turkey" is no attacker.
OWN_ATTACKS = [
    ("The RSF has intensified its attacks on El Fasher, killing 12 people on Sunday.", "RSF"),
    ("Russia stepped up its strikes on Kharkiv on Sunday.", "Russia"),
    ("Israel continued its bombardment of Rafah on Sunday.", "Israel"),
    ("Russia exited a deal brokered by Turkey and then began attacking Izmail on Sunday.", None),
]


@pytest.mark.parametrize(("text", "actor"), OWN_ATTACKS)
def test_its_attacks_name_the_attacker(text: str, actor) -> None:
    event = the_event(text)
    assert event.actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kyiv accused Russian forces of shelling Kherson on Sunday.", "Russian forces"),
        ("Officials blamed Russia for the strike on Odesa on Sunday.", "Russia"),
        ("Baku accused the Armenian armed forces of shelling Tartar on Sunday.",
         "Armenian armed forces"),
        # what a strike is blamed on
        ("The strike, which Ukraine blamed on Russia, hit a hospital in Kherson on Sunday.",
         "Russia"),
        ("Gaza City was hit on Sunday; officials blamed the attack on Israeli forces.",
         "Israeli forces"),
    ],
)  # fmt: skip
def test_the_accused_is_the_actor_without_the_words_after_it(text: str, actor: str) -> None:
    event = the_event(text)
    assert event.actor == actor


# A country or a city said to speak, beside the body that speaks for it: the body is the source.
PLACE_BESIDE_BODY = [
    ("Russia said drones hit Belgorod on Sunday, Russia's defence ministry said.", "Ministry"),
    ("Baku said on Monday that shells hit Tartar on Sunday, the Azerbaijani Prosecutor "
     "General's Office said.", "Office"),
    ("Israel said rockets hit Sderot on Sunday, the Israeli military said.", "military"),
    ("Ukraine said missiles hit Kharkiv on Sunday, the regional governor Oleh Syniehubov said.",
     "Syniehubov"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "head"), PLACE_BESIDE_BODY)
def test_a_place_name_beside_its_body_is_not_a_source(text: str, head: str) -> None:
    event = the_event(text)
    assert event.sources and all(head.lower() in s.lower() for s in event.sources), event.sources


def test_a_place_name_that_alone_speaks_stays_the_source() -> None:
    (event,) = extract(f" date {PUBLISHED} Armenia said shells hit Jermuk on Sunday.")
    assert event.sources == ["Armenia"]


# Forces that defend or own what was hit are not the attacker; the attacker is named after them.
DEFENDER_OR_TARGET = [
    ("Sudanese army air defences intercepted drones launched by the RSF flying over Omdurman on "
     "Sunday.", "RSF"),
    ("The Azerbaijani army thwarted an attack launched by Armenian forces on Tovuz on Sunday.",
     "Armenian forces"),
    ("Ukrainian air defences shot down drones fired by Russian forces at Kharkiv on Sunday.",
     "Russian forces"),
    ("Positions of the Azerbaijani army in Tovuz were shelled on Sunday.", None),
    ("Shells hit positions of the Israeli army near Kiryat Shmona on Sunday.", None),
    ("Armenian forces shelled Tartar from positions of the Armenian army on Sunday.",
     "Armenian forces"),
    ("Rockets fired by Hamas hit Sderot on Sunday.", "Hamas"),
    ("Ukraine's air force said it shot down 20 drones launched by Russia overnight; debris fell "
     "on Kyiv.", "Russia"),
    ("The coalition destroyed a ballistic missile launched by the Houthi rebels toward Jazan on "
     "Sunday.", "Houthi rebels"),
    # (a day between the defender and its verb)
    ("The coalition on Sunday destroyed a ballistic missile launched by the Houthi rebels toward "
     "Jazan.", "Houthi rebels"),
    ("Sudan's army overnight shot down drones launched by the RSF at Port Sudan.", "RSF"),
    ("The Saudi-led coalition struck Saada, a heartland of the Houthi rebels, on Sunday.",
     "Saudi-led coalition"),
    ("Israeli jets struck a depot near Damascus used by Iranian and Hezbollah fighters on Sunday.",
     "Israel"),
    ("Russian drones struck Kursk, a stronghold of Ukrainian forces, on Sunday.",
     "Russia"),
]  # fmt: skip


# The force that attacked outvotes a force the sentence names in another role.
SUBJECT_OUTVOTES = [
    ("Armenia fired mortars at Kalbajar on Sunday and the Azerbaijani army took retaliatory "
     "measures.", "Armenia"),
    ("Russia launched missiles at Kharkiv on Sunday as Ukrainian forces regrouped.", "Russia"),
    ("The RSF shelled El Fasher on Sunday while the Sudanese army held the airport.", "RSF"),
    ("Hezbollah fired rockets at Metula on Sunday after Israeli troops raided a village.",
     "Hezbollah"),
    ("On Sunday units of the Azerbaijani armed forces opened fire at Sotk.",
     "Azerbaijani armed forces"),
    # a capital that launches is its government; a side's forces without an article; a
    # force's owner; separatists
    ("Moscow launched 30 drones at Kyiv overnight, the air force said.", "Moscow"),
    ("Tehran fired 180 missiles at Haifa on Sunday.", "Tehran"),
    ("Shelling by government forces hit Idlib on Sunday.", "government forces"),
    ("The junta's air force bombed a village in Sagaing on Sunday.", "The junta's air force"),
    ("Pro-Russian separatists shelled Avdiivka on Sunday.", "Pro-Russian separatists"),
    # a people in the plain present, an adverb between; a place with a weapon after it is no
    # force ("target Martuni with drones")
    ("On Sunday the Azerbaijanis also target Martuni with drones.", "Azerbaijanis"),
    ("Russians again pound Kherson with glide bombs.", "Russians"),
    ("Israelis bomb Khan Younis again on Sunday.", "Israelis"),
    ("The Houthis once again target Marib with missiles.", "Houthis"),
    # a nation's word before a force named by its noun alone
    ("Ethiopian air force drones hit a bus in Gondar on Sunday.", "Ethiopian air force"),
]  # fmt: skip


# a strike carried out names its author; so does "by al-Shabaab"
CARRIED_OUT = [
    ("Hamas carried out a strike on Sderot on Sunday.", "Hamas"),
    ("The Houthis carried out a drone attack on Eilat on Sunday.", "Houthis"),
    ("The RSF launched an attack on El Fasher on Sunday.", "RSF"),
    ("Mogadishu was shelled by al-Shabaab on Sunday.", "al-Shabaab"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), CARRIED_OUT)
def test_a_strike_carried_out_names_its_author(text: str, actor: str) -> None:
    assert the_event(text).actor == actor


@pytest.mark.parametrize(("text", "actor"), SUBJECT_OUTVOTES)
def test_the_subject_of_the_attack_verb_is_the_actor(text: str, actor: str) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert events and all(e.actor == actor for e in events), [e.actor for e in events]


@pytest.mark.parametrize(("text", "actor"), DEFENDER_OR_TARGET)
def test_a_defender_or_the_owner_of_a_target_is_no_actor(text: str, actor: str | None) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert events and all(e.actor == actor for e in events), [e.actor for e in events]


# A weapon's name before a force noun names the weapon, never the attacker.
WEAPON_NAMED = [
    ("Russia used Shahed drones to strike Odesa on Sunday.", "Russia"),
    ("Russian Guided Bombs hit Kharkiv on Sunday.", None),
    ("Israeli Missiles struck Tyre on Sunday.", None),
    ("Grad rockets hit Stepanakert on Sunday.", None),
    ("Bayraktar drones struck Martuni on Sunday.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), WEAPON_NAMED)
def test_a_weapon_name_is_no_actor(text: str, actor: str | None) -> None:
    event = the_event(text)
    assert event.actor == actor


# Unnamed speakers placed in a city are the speakers, not the city.
SPEAKERS_IN_A_PLACE = [
    ("Officials in Kharkiv said missiles hit Izium on Sunday.", "Officials in Kharkiv"),
    ("Residents in Gaza City said Israeli jets struck Jabalia on Sunday.", "Residents in Gaza City"),
    ("Local officials in Odesa said drones hit Izmail on Sunday.", "Local officials in Odesa"),
    ("Sources in Tyre said drones struck Nabatieh on Sunday.", "Sources in Tyre"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), SPEAKERS_IN_A_PLACE)
def test_speakers_in_a_place_are_the_source(text: str, source: str) -> None:
    event = the_event(text)
    assert event.sources == [source]


@pytest.mark.parametrize("war", WARS, ids=[w.name for w in WARS])
def test_two_strikes_in_one_paragraph_keep_their_own_speakers(war: War) -> None:
    """The speaker of the sentence that reports a strike first, then its paragraph's."""
    (p, _), (p2, _), _ = war.targets
    text = (f" date {PUBLISHED} {war.weapon_phrase.capitalize()} hit {p} on Sunday, "
            f"{war.official} said. In {p2}, shelling hit a school on Sunday, {war.source} said.")  # fmt: skip
    events = {e.location.split()[0]: e for e in extract(text)}
    assert events[p.split()[0]].sources == [war.official]
    assert war.source_head.lower() in " ".join(events[p2.split()[0]].sources).lower()


@pytest.mark.parametrize(
    ("text", "near", "far"),
    [
        (
            "Russian missiles hit Kharkiv and Odesa on Sunday. Kharkiv Governor Oleh "
            "Syniehubov said the city's power plant was damaged.",
            "Kharkiv",
            "Odesa",
        ),
        (
            "Drones struck Belgorod and Kursk overnight.\n\nBelgorod Governor Vyacheslav "
            "Gladkov said a house burned.",
            "Belgorod",
            "Kursk",
        ),
    ],
)
def test_an_official_of_one_place_is_no_source_for_another(text: str, near: str, far: str) -> None:
    events = {e.location: e for e in extract(f" date {PUBLISHED} {text}")}
    assert events[near].sources and events[far].sources == []


def test_an_official_reporting_both_strikes_is_the_source_of_both() -> None:
    text = "Kharkiv Governor Oleh Syniehubov said missiles hit Kharkiv and Izium on Sunday."
    events = extract(f" date {PUBLISHED} {text}")
    assert [e.sources for e in events] == [["Oleh Syniehubov"], ["Oleh Syniehubov"]]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On Sunday Israeli jets struck Rafah.", "Israel"),
        ("Overnight Russian drones hit Odesa.", "Russia"),
        ("Citing military sources, Al Jazeera said RSF drones struck Kosti.", "RSF"),
    ],
)
def test_a_leading_word_is_no_part_of_the_actor(text: str, actor: str) -> None:
    assert the_event(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On Friday, army warplanes bombed Nyala.", "army"),
        ("The army shelled Kadugli on Sunday.", "The army"),
        ("The army said drones hit Kadugli on Sunday.", None),  # who says it is no attacker
        ("The Israeli military said its jets struck Nabatieh on Sunday.", "Israeli military"),
        ("Russian forces said they shelled Kupiansk on Sunday.", "Russian forces"),
    ],
)
def test_a_force_named_by_its_noun_and_a_speaker_before_the_strike(text: str, actor) -> None:
    assert the_event(text).actor == actor


# "said the statement": the one the article cited last, even in an article of several strikes.
STATEMENT_SAID = [
    ("Armenia keeps shelling civilians, the press service of the prosecutor's office told "
     "reporters.\n\n\"A shell hit a house in Tartar on Sunday,\" said the statement.\n\nSeparately, "
     "Russian drones hit Kupiansk on Saturday.", "Tartar", "the press service of the prosecutor's office"),
    ("Russia keeps shelling the region, the Kharkiv regional administration said.\n\n\"A missile "
     "hit a school in Kharkiv on Sunday,\" the statement said.\n\nSeparately, Israeli jets struck "
     "Khan Younis on Saturday.", "Kharkiv", "the Kharkiv regional administration"),
    ("The RSF keeps shelling civilians, the Sudan Doctors Network said on Sunday.\n\nA shell hit "
     "a market in El Fasher on Sunday, according to the report.\n\nSeparately, Houthi drones "
     "struck Eilat on Saturday.", "El Fasher", "the Sudan Doctors Network"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "source"), STATEMENT_SAID)
def test_the_statement_said_is_the_last_one_cited(text: str, place: str, source: str) -> None:
    events = {e.location: e for e in extract(f" date {PUBLISHED} {text}")}
    assert events[place].sources == [source]


# A description named in the next sentence is that person ("..., the governor said. The
# governor, Volodymyr Artiukh, said ..."); "blaming X" names the attacker.
NAMED_NEXT = [
    ("Two people were killed in Sumy on Sunday when a drone hit their car, the governor said. "
     "The governor, Volodymyr Artiukh, said a third was injured.", ["Volodymyr Artiukh"]),
    ("A missile hit Odesa on Sunday, the mayor said. The mayor, Hennadiy Trukhanov, called it "
     "a war crime.", ["Hennadiy Trukhanov"]),
    ("Shells hit Kherson on Sunday, the governor said.\n\nIn Kyiv, the mayor, Vitali Klitschko, "
     "opened a school.", ["the governor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sources"), NAMED_NEXT)
def test_a_description_named_in_the_next_sentence_is_that_person(text: str, sources: list) -> None:
    assert the_event(text).sources == sources


BLAMING = [
    ("Drones attacked Kursk overnight, the Russian Defence Ministry said, blaming Ukraine.",
     "Ukraine"),
    ("Shells hit Kherson on Sunday, the governor said, accusing Russian forces.", "Russian forces"),
    ("Russia accuses Ukraine of shelling Horlivka on Sunday.", "Ukraine"),
    ("The RSF blames the army for an air strike on Nyala on Sunday.", "the army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), BLAMING)
def test_who_is_blamed_is_the_actor(text: str, actor: str) -> None:
    assert the_event(text).actor == actor


# A denial of striking, and a government that keeps silent (no place hit).
DENIED_STRIKING = [
    ("Palestinian officials said an Israeli strike hit a school in Gaza City on Sunday. The "
     "Israeli military denied striking the school.", {"Gaza City": ["The Israeli military"]}),
    ("Russia said Ukrainian drones hit Belgorod on Sunday; Kyiv did not comment.",
     {"Belgorod": []}),
    ("Baku said Armenian shells hit Tartar on Sunday. Yerevan declined to comment.",
     {"Tartar": []}),
    ("Kyiv said Russian missiles hit Odesa on Sunday. Moscow denied attacking civilians.",
     {"Odesa": ["Moscow"]}),
    # a denier named with a lower-case "the" or a force noun
    ("Palestinian officials accused Israel of shelling Rafah on Sunday, which the Israeli "
     "military denied.", {"Rafah": ["the Israeli military"]}),
    ("Shells hit El Fasher on Sunday, the army said, but the RSF denied any involvement.",
     {"El Fasher": ["the RSF"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "deniers"), DENIED_STRIKING)
def test_a_denial_of_striking_and_a_silent_government(text: str, deniers: dict) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert {e.location: e.denied_by for e in events} == deniers


# "state media", "the state news agency": the news agency the article names, before or after.
STATE_MEDIA = [
    ("Lebanon's state media reported Israeli airstrikes near Tyre on Sunday.\n\nLebanon's "
     "National News Agency said enemy aircraft struck the area.", ["Lebanon's National News Agency"]),
    ("Israeli strikes killed three in Damascus on Sunday, the Syrian state news agency "
     "reported.\n\nA military source cited by the Syrian Arab News Agency (SANA) said warplanes "
     "struck.", ["Syrian Arab News Agency (SANA)"]),
    ("Shells hit Tartar on Sunday, state media reported.", ["state media"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sources"), STATE_MEDIA)
def test_state_media_is_the_news_agency_named(text: str, sources: list) -> None:
    (event,) = extract(f" date {PUBLISHED} {text}")
    assert event.sources == sources


# Who took or holds a place is not who struck it (`CONTROL_VERBS`).
HOLDS_THE_PLACE = [
    ("Shelling hit Gubadli, a town taken by Azeri troops this week, on Sunday.", None),
    ("Kupiansk, which was captured by Russian troops in 2022, was shelled on Sunday.", None),
    ("Khan Younis, recently retaken by Israeli troops, was hit by an airstrike on Sunday.", None),
    ("Drones struck Kadugli, held by the SPLM-N, on Sunday.", None),
    ("Tartar, liberated by Azerbaijani forces last year, came under fire on Sunday.", None),
    ("Kadugli, held by the SPLM-N, was shelled by the army on Sunday.", "army"),
    ("Izium, recaptured by Ukrainian forces, was shelled by Russian troops on Sunday.",
     "Russian troops"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), HOLDS_THE_PLACE)
def test_who_holds_the_place_is_no_actor(text: str, actor: str | None) -> None:
    found = the_event(text).actor
    assert (found and found.split()[-1]) == (actor and actor.split()[-1]), found


# A place's name before a strike noun is the place hit ("Karabakh shelling"), not a party
# that shares its name (`place` column of data/parties.csv).
PLACE_BEFORE_STRIKE = [
    "Armenia and Azerbaijan traded accusations of Karabakh shelling. Shells hit Martuni on Sunday.",
    "Officials met after the Kyiv strike. A missile hit Bucha on Sunday.",
    "The Artsakh shelling went on. Shells hit Askeran on Sunday.",
]


@pytest.mark.parametrize("text", PLACE_BEFORE_STRIKE)
def test_a_place_named_before_a_strike_is_no_party(text: str) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert events and all(e.actor is None for e in events), [e.actor for e in events]


# An attacker named with the places it hit is not the attacker of another place's strike.
ATTACKER_OF_OTHER_PLACES = [
    ("A missile hit Ganja on Sunday, hours after Azerbaijani forces shelled Stepanakert.",
     "Ganja", None),
    ("A drone hit Odesa on Sunday, a day after Ukrainian forces shelled Donetsk.", "Odesa", None),
    ("An airstrike hit Tyre on Sunday, after Hezbollah fired rockets at Metula.", "Tyre", None),
    ("Russian forces shelled Kharkiv and Izium on Sunday.", "Izium", "Russian forces"),
    ("Israeli jets struck Rafah on Sunday, hours after Hamas fired rockets at Sderot.", "Rafah",
     "Israel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "actor"), ATTACKER_OF_OTHER_PLACES)
def test_the_attacker_of_other_places_is_not_this_strikes(
    text: str, place: str, actor: str | None
) -> None:
    events = [e for e in extract(f" date {PUBLISHED} {text}") if e.mention == place]
    assert events and events[0].actor == actor, [(e.mention, e.actor) for e in events]


# A force named beside the story, in a sentence that tells of no strike, is not its attacker.
FORCE_BESIDE_THE_STORY = [
    "Shells hit Martuni on Sunday. Two Azerbaijani drones were seen flying over the town later.",
    "A missile hit Sumy on Sunday. Russian drones were spotted over the region in the evening.",
    "A drone hit Kiryat Shmona on Sunday. Hezbollah fighters were seen near the border.",
    "Shells hit El Fasher on Sunday. RSF fighters were seen massing to the east of the city.",
]


@pytest.mark.parametrize("text", FORCE_BESIDE_THE_STORY)
def test_a_force_beside_the_story_is_no_actor(text: str) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert events and all(e.actor is None for e in events), [e.actor for e in events]


# "The artillery units of the Armenian armed forces": the force the units belong to.
UNITS_OF_A_FORCE = [
    ("The artillery units of the Armenian armed forces began shelling Tartar on Sunday.",
     "Armenian armed forces"),
    ("Drone units of the Ukrainian forces kept up attacks on Belgorod on Sunday.",
     "Ukrainian forces"),
    ("The artillery units of the Russian army began shelling Kherson on Sunday.", "Russian army"),
    ("Units of the Sudanese army continued shelling Omdurman on Sunday.", "Sudanese army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), UNITS_OF_A_FORCE)
def test_units_of_a_force_name_the_force(text: str, actor: str) -> None:
    assert the_event(text).actor == actor


# A claim called untrue, then who calls it so: the speaker denies; the claim is someone else's.
CALLED_UNTRUE = [
    ("The information spread by Armenia about the shelling of Agdere isn’t true, the "
     "Azerbaijani Ministry of Defense said.", "Azerbaijani Ministry of Defense"),
    ("Reports that Russian forces shelled Kupiansk are not true, the Russian Defence Ministry "
     "said.", "Russian Defence Ministry"),
    ("Claims that Israel struck the hospital are completely false, the IDF said.", "IDF"),
    ("The report about the shelling of Tartar is untrue, Azerbaijan's Defence Ministry said.",
     "Azerbaijan's Defence Ministry"),
    ("Accusations that the RSF shelled the camp were baseless, the RSF said.", "RSF"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "denier"), CALLED_UNTRUE)
def test_who_calls_a_claim_untrue_denies_it(text: str, denier: str) -> None:
    assert find_deniers(text) == (denier,)


def test_who_calls_a_claim_untrue_is_no_source() -> None:
    text = (
        "Missiles hit Kharkiv on Sunday, Ukraine's air force said. The information spread by "
        "Kyiv about the shelling of Kharkiv isn't true, the Russian Defence Ministry said."
    )
    events = extract(f" date {PUBLISHED} {text}")
    assert [e.location for e in events] == ["Kharkiv"]
    assert "Russian Defence Ministry" not in " ".join(events[0].sources)
    assert events[0].denied_by == ["Russian Defence Ministry"]


# A force's units by name are the attacker, named as the text names them (`MILITARY_UNITS`).
NAMED_UNITS = [
    ("The junta’s Light Infantry Battalions No. 545 and 546 shelled Myawaddy on Sunday.", "The junta’s Light Infantry Battalions No. 545 and 546"),
    ("The Russian army's 810th Naval Infantry Brigade shelled Kherson on Sunday.",
     "Russian army's 810th Naval Infantry Brigade"),
    ("The Israeli army's 36th Division struck Khan Younis on Sunday.",
     "Israeli army's 36th Division"),
    ("The RSF's Rapid Intervention Corps shelled El Fasher on Sunday.",
     "RSF's Rapid Intervention Corps"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), NAMED_UNITS)
def test_a_forces_named_unit_is_the_actor(text: str, actor: str) -> None:
    assert the_event(text).actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "The Azerbaijani Defence Ministry said shells hit Tartar on Sunday, and two homes burned, "
        "the Azerbaijani Defence Ministry said.",
        "Drones hit Odesa on Sunday, the regional administration said.\n\nThe regional "
        "administration added that two people were injured in Odesa.",
    ],
)
def test_a_source_is_listed_once_whatever_the_case_of_its_article(text: str) -> None:
    (event,) = extract(f" date {PUBLISHED} {text}")
    assert len(event.sources) == 1


def test_the_governor_is_the_regional_head_named_before() -> None:
    """In Ukraine and Russia the head of a regional administration is "the governor"."""
    text = (
        f" date {PUBLISHED} Russian drones hit Odesa on Sunday, Oleh Kiper, the head of the "
        "regional administration, said.\n\nThe governor said a port facility in Izmail was also "
        "struck."
    )
    sources = {e.location: e.sources for e in extract(text)}
    assert sources["Izmail"] == ["Oleh Kiper"]


# A denial that names no place covers the strikes of its own party, or of none known; one that
# speaks of the whole war covers none (several wars).
DENIAL_SCOPE = [
    ("Russian missiles hit Kharkiv on Sunday, killing three, officials said. Russia has denied "
     "targeting civilians in the war.", "Kharkiv", []),
    ("Israeli jets struck Khan Younis on Sunday, medics said. Israel has denied targeting "
     "civilians during the conflict.", "Khan Younis", []),
    ("Ukrainian drones hit a depot in Belgorod on Sunday. Russia denied the claims.", "Belgorod",
     []),
    ("RSF drones struck Omdurman on Sunday, the army said. The RSF denied the claims.", "Omdurman",
     ["The RSF"]),
    ("Shells hit Tartar on Sunday, the ministry said. Armenia denied the claims.", "Tartar",
     ["Armenia"]),
    # a capital of two words denies; its name is no place the denial speaks of
    ("Pakistan said Indian shells hit Muzaffarabad on Sunday. New Delhi denied the claim.",
     "Muzaffarabad", ["New Delhi"]),
    ("Lebanon said Israeli jets hit Tyre on Sunday. Tel Aviv denied the claim.", "Tyre",
     ["Tel Aviv"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "deniers"), DENIAL_SCOPE)
def test_a_denial_covers_its_own_partys_strikes_not_the_war(text: str, place: str, deniers) -> None:
    event = event_at(text, place)
    assert event.denied_by == deniers


# "he said" after a sentence that names a titled person is that person, not the body that spoke
# before him (several wars).
TITLED_ANTECEDENTS = [
    ("Russia's defence ministry said it downed 20 drones. President Volodymyr Zelenskiy visited "
     "Kharkiv on Sunday. \"Russian missiles hit Kharkiv this morning,\" he said.", "Kharkiv",
     ["Volodymyr Zelenskiy"]),
    ("The army said it repelled an attack. Governor Ahmed Haroun toured Kosti on Sunday. \"RSF "
     "drones hit Kosti this morning,\" he said.", "Kosti", ["Ahmed Haroun"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), TITLED_ANTECEDENTS)
def test_he_is_the_titled_person_named_just_before(text: str, place: str, sources) -> None:
    event = event_at(text, place)
    assert event.sources == sources


# A speaker who tells of another side's strikes is no actor, and what follows "said" is no
# speaker when a strike's words follow it (several wars).
SPEAKER_OF_ANOTHER_SIDE = [
    ("Yemen's Houthi rebels said US strikes on Saada killed four on Sunday.", "Saada",
     "United States", ["Yemen's Houthi rebels"]),
    ("Hezbollah said Israeli strikes on Nabatieh killed five on Sunday.", "Nabatieh", "Israel",
     ["Hezbollah"]),
    ("Kyiv said Russian missiles hit Odesa on Sunday.", "Odesa", "Russia", ["Kyiv"]),
    ("Missiles hit Ganja on Sunday, said the defence ministry in a statement.", "Ganja", None,
     ["the defence ministry"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "party", "sources"), SPEAKER_OF_ANOTHER_SIDE)
def test_the_speaker_of_another_sides_strike(text: str, place: str, party, sources) -> None:
    event = event_at(text, place)
    assert (event.actor_party, event.sources) == (party, sources)


# "according to X and Y": both speak, a place after the first's name or not (several wars).
TWO_ACCORDING = [
    ("An Israeli strike on a school in Gaza City killed 30 on Sunday, according to the civil "
     "defence agency in the Gaza Strip and Palestinian news outlets.", "Gaza City",
     ["the civil defence agency", "Palestinian news outlets"]),
    ("RSF shells hit Omdurman on Sunday, according to the health ministry in Khartoum and local "
     "media.", "Omdurman", ["the health ministry", "local media"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), TWO_ACCORDING)
def test_according_to_two_names_both(text: str, place: str, sources) -> None:
    event = event_at(text, place)
    assert event.sources == sources


# Damage put down to the other side's own air defence is a denial, by the subject of "and said"
DEFLECTIONS = [
    ("Russian missiles hit Kyiv on Monday, killing 27, the mayor said. Russia's Defense Ministry "
     "claimed it had struck military sites, and said the damage in Kyiv was caused by a Ukrainian "
     "air defense missile.", "Kyiv", ["Russia's Defense Ministry"]),
    ("Missiles hit Kharkiv on Sunday, officials said. Moscow said the damage was caused by "
     "Ukrainian air defence.", "Kharkiv", ["Moscow"]),
    # (in the active)
    ("A missile hit a hospital in Kharkiv on Sunday, officials said. Russia said Ukrainian air "
     "defence caused the damage.", "Kharkiv", ["Russia"]),
    ("A rocket hit a hospital in Gaza City on Sunday, medics said. The Israeli military said a "
     "misfired rocket was to blame.", "Gaza City", ["The Israeli military"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "deniers"), DEFLECTIONS)
def test_damage_put_down_to_air_defence_is_denied(text: str, place: str, deniers) -> None:
    event = event_at(text, place)
    assert event.denied_by == deniers and not set(deniers) & set(event.sources)


# Each clause of a sentence that turns to another strike has its own attacker and party: "army
# jets" after "The RSF shelled El Fasher;" are no RSF (Sudan's army, the state's at home).
CLAUSE_PARTIES = [
    ("The RSF shelled El Fasher on Sunday; army jets struck Nyala.", "Nyala", "army",
     "Sudanese Armed Forces"),
    ("Russian drones hit Kyiv on Sunday, while Ukrainian drones struck Belgorod.", "Belgorod",
     "Ukraine", "Ukraine"),
    ("Israel struck Hodeidah on Sunday, hours after the Houthis fired missiles at Tel Aviv.",
     "Tel Aviv", "Houthis", "Houthis"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "actor", "party"), CLAUSE_PARTIES)
def test_each_clause_has_its_own_attacker(text: str, place: str, actor: str, party) -> None:
    event = event_at(text, place)
    assert (event.actor, event.actor_party) == (actor, party)


# A possessive before the strike names its author, unless it is a day's ("Sunday's strike").
POSSESSIVE_AUTHORS = [
    ("Sunday's strike on a school in Nuseirat killed 33 people.", "Nuseirat", None),
    ("Friday's attack on a market in Kharkiv killed three people.", "Kharkiv", None),
    ("Yesterday's shelling of Goris wounded two people.", "Goris", None),
    ("Russia's strike on Sumy killed three people on Sunday.", "Sumy", "Russia"),
    ("Israel's strike on a house in Khiam killed two people on Sunday.", "Khiam", "Israel"),
]


@pytest.mark.parametrize(("text", "place", "actor"), POSSESSIVE_AUTHORS)
def test_a_days_possessive_is_no_author(text: str, place: str, actor) -> None:
    assert event_at(text, place).actor == actor


# A description after a list of places hit stands for the body named before, never for the
# place just before it ("Khiam and Kfar Kila, the agency said").
DESCRIPTION_AFTER_PLACES = [
    ("A drone hit Bint Jbeil on Sunday, Lebanon's National News Agency reported.\n\nLater, "
     "Israeli shelling hit Khiam and Kfar Kila, the agency said.", "Kfar Kila",
     ["Lebanon's National News Agency"]),
    ("Drones hit Sumy on Sunday, Ukraine's Interior Ministry said.\n\nMissiles later struck "
     "Okhtyrka and Konotop, the ministry said.", "Konotop", ["Ukraine's Interior Ministry"]),
    ("Shells hit Goris on Sunday, Armenia's Defence Ministry said.\n\nMortars later hit "
     "Jermuk and Sotk, the ministry said.", "Sotk", ["Armenia's Defence Ministry"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "sources"), DESCRIPTION_AFTER_PLACES)
def test_a_description_after_places_hit_is_the_body_named_before(
    text: str, place: str, sources: list
) -> None:
    assert event_at(text, place).sources == sources


# A denial that names no place covers the strikes of the denier's side, never a strike whose
# stated attacker is another side, even one with no party in the table ("an army air strike").
DENIAL_SIDES = [
    ("RSF shelling killed 12 people in El Fasher on Saturday. The RSF denied targeting "
     "civilians.\n\nOn Sunday, an army air strike on a market in Mellit killed six people.",
     {"El Fasher": ["The RSF"], "Mellit": []}),
    ("Houthi drones hit Marib on Sunday. The Houthis denied the claims.\n\nLater, coalition air "
     "strikes hit Sanaa, killing three.", {"Marib": ["The Houthis"], "Sanaa": []}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "deniers"), DENIAL_SIDES)
def test_a_denial_covers_only_its_sides_strikes(text: str, deniers: dict) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert {e.location: e.denied_by for e in events} == deniers


# A sentence of another strike that names a place only to say where that one lies gives the
# place none of its speakers ("a market in Mellit, north of El Fasher, ... according to X").
def test_a_landmark_in_another_strikes_sentence_takes_none_of_its_speakers() -> None:
    text = (
        "RSF shelling killed 12 people in El Fasher on Saturday, a medical source said.\n\n"
        "A day earlier, an army air strike on a market in Mellit, north of El Fasher, killed six "
        "people, according to the Sudan Doctors Network."
    )
    sources = {e.location: e.sources for e in extract(f" date {PUBLISHED} {text}")}
    assert sources == {"El Fasher": ["medical source"], "Mellit": ["the Sudan Doctors Network"]}


# A weapon that stands for its crew is the attacker with its owner's word ("Armenian
# artillery", "Israeli tanks"); without one it names no one ("The artillery attack ...").
CREWS = [
    ("Armenian artillery shelled Naftalan on Sunday.", "Naftalan", "Armenian artillery", "artillery"),
    ("Israeli tanks fired on Jabalia on Sunday, killing four people.", "Jabalia", "Israeli tanks",
     "artillery"),
    ("Russian artillery pounded Kupiansk on Sunday, the governor said.", "Kupiansk",
     "Russian artillery", "artillery"),
    ("Sudanese army artillery shelled Nyala on Sunday.", "Nyala", "Sudanese army artillery",
     "artillery"),
    ("The artillery attack targeted the Zamzam camp near El Fasher on Sunday.", "Zamzam", None,
     "artillery"),
    ("Heavy artillery shelled Bakhmut on Sunday.", "Bakhmut", None, "artillery"),
    ("The Arakan Army said junta warships shelled the town of Kyaukphyu on Sunday.", "Kyaukphyu",
     "junta warships", "artillery"),
    ("Tanks opened fire at a hospital in Khan Younis on Sunday.", "Khan Younis", None,
     "artillery"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "actor", "weapon"), CREWS)
def test_a_crew_weapon_is_the_attacker_only_with_its_owner(
    text: str, place: str, actor: str | None, weapon: str
) -> None:
    event = event_at(text, place)
    assert (event.actor, event.weapon) == (actor, weapon)


# A capital that strikes is its government: the actor as stated, its country the party
# (parties.csv, "capital as government").
CAPITAL_ACTORS = [
    ("Washington struck Houthi targets in Hodeidah on Sunday.", "Hodeidah", "United States"),
    ("Tehran targeted Tel Aviv with ballistic missiles on Sunday.", "Tel Aviv", "Iran"),
    ("Moscow pounded Kharkiv with missiles on Sunday.", "Kharkiv", "Russia"),
    ("New Delhi struck Bahawalpur with missiles on Sunday.", "Bahawalpur", "India"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "party"), CAPITAL_ACTORS)
def test_a_capital_that_strikes_is_its_government(text: str, place: str, party: str) -> None:
    event = event_at(text, place)
    assert event.actor_party == party


# A strike told as what another answered ("in response to", "in retaliation for") has its own
# attacker, named in its own clause.
RETALIATION = [
    ("Hezbollah fired rockets at Kiryat Shmona on Sunday in response to Israeli strikes on "
     "Nabatieh.", {"Kiryat Shmona": "Hezbollah", "Nabatieh": "Israel"}),
    ("The Houthis fired missiles at Eilat on Sunday in retaliation for US strikes on Hodeidah.",
     {"Eilat": "Houthis", "Hodeidah": "United States"}),
    ("Israeli jets bombed Baalbek on Sunday in response to a Hezbollah drone attack on Metula.",
     {"Baalbek": "Israel", "Metula": "Hezbollah"}),
    ("Ukrainian drones hit Belgorod on Sunday in revenge for Russian shelling of Kherson.",
     {"Belgorod": "Ukraine", "Kherson": "Russia"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties"), RETALIATION)
def test_what_a_strike_answers_has_its_own_attacker(text: str, parties: dict) -> None:
    events = extract(f" date {PUBLISHED} {text}")
    assert {e.location: e.actor_party for e in events} == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Kiev regime launched a drone attack on Belgorod on Sunday.", "Ukraine"),
        ("The Kyiv regime launched a drone attack on Belgorod on Sunday.", "Ukraine"),
        ("The Zionist regime bombed Damascus on Sunday.", "Israel"),
    ],
)
def test_a_government_named_by_its_capital_in_any_spelling_is_its_party(text, party) -> None:
    (event,) = extract(f" date {PUBLISHED} {text}")
    assert event.actor_party == party


def test_who_began_the_war_is_no_attacker_of_the_strike() -> None:
    """'... since the Kremlin launched its invasion': history, not this strike's attacker."""
    (event,) = extract(
        f" date {PUBLISHED} Ukrainian drones hit Moscow on Sunday. It was one of the deepest "
        "strikes into Russia since the Kremlin launched its full-scale invasion of Ukraine."
    )
    assert event.actor_party == "Ukraine"


@pytest.mark.parametrize(
    ("attacker", "party"),
    [
        ("ADF rebels", "ADF"),
        ("Allied Democratic Forces fighters", "ADF"),
        ("TTP militants", "TTP"),
        ("People's Defence Force fighters", "People's Defence Force"),
        ("PDF fighters", "People's Defence Force"),
        ("TNLA fighters", "TNLA"),
        ("Kataib Hezbollah fighters", "Kataib Hezbollah"),
        ("PMF units", "Popular Mobilization Forces"),
        ("Polisario fighters", "Polisario"),
        ("SPLM-N fighters", "SPLM-N"),
        ("PKK militants", "PKK"),
        ("Taliban fighters", "Taliban"),
        ("FDLR rebels", "FDLR"),
        ("CODECO militiamen", "CODECO"),
    ],
)
def test_armed_groups_of_more_wars_are_parties(attacker: str, party: str) -> None:
    (event,) = extract(f" date {PUBLISHED} {attacker} shelled Beni on Sunday.")
    assert event.actor_party == party


@pytest.mark.parametrize(
    ("attacker", "actor", "party"),
    [
        ("Islamic Resistance in Iraq fighters", "Islamic Resistance in Iraq fighters",
         "Islamic Resistance in Iraq"),
        ("Hurras al-Din fighters", "Hurras al-Din fighters", "Hurras al-Din"),
        ("al-Qaeda fighters", "al-Qaeda fighters", "Al-Qaeda"),
    ],
)  # fmt: skip
def test_a_groups_name_keeps_its_small_words(attacker: str, actor: str, party: str) -> None:
    """('in' and a lower-case Arabic article inside a group's name; not a headline's "19
    Injured in Junta Airstrike")"""
    (event,) = extract(f" date {PUBLISHED} {attacker} shelled Beni on Sunday.")
    assert (event.actor, event.actor_party) == (actor, party)


# A denier named with a title before the name is the person, as a source is named.
TITLED_DENIERS = [
    ('The Armenian Defense Ministry spokeswoman Shushan Stepanyan said the reports were "a lie".',
     ("Shushan Stepanyan",)),
    ("Ukrainian military spokesman Yuriy Ihnat denied the claims.", ("Yuriy Ihnat",)),
    ("The Azerbaijani Defence Ministry denied the claims.", ("The Azerbaijani Defence Ministry",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "deniers"), TITLED_DENIERS)
def test_a_titled_denier_is_the_person(text: str, deniers: tuple[str, ...]) -> None:
    assert find_deniers(text) == deniers


# The party a denier speaks for, from the words that describe it before its name.
DENIER_PARTIES = [
    ("The Armenian defence ministry spokeswoman, Shushan Stepanyan, said it was a lie.",
     "Shushan Stepanyan", "Armenia"),
    ("Russia's foreign ministry spokeswoman, Maria Zakharova, denied the claim.",
     "Maria Zakharova", "Russia"),
    ("A resident, Ali Hassan, said the claim was false.", "Ali Hassan", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "party"), DENIER_PARTIES)
def test_a_denier_speaks_for_the_party_its_description_names(text: str, name: str, party) -> None:
    assert denier_party(name, Sentence(0, 0, len(text), text, 0)) == party


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Saba says U.S. strikes hit Hodeidah\n\nU.S. warplanes struck Hodeidah on Sunday, the "
            "Saba news agency reported.",
            ["the Saba news agency"],
        ),
        (
            "Interfax says drones hit Kursk\n\nDrones hit Kursk on Sunday, the Interfax news "
            "agency reported.",
            ["the Interfax news agency"],
        ),
        (
            "Al Manar says Israeli jets struck Khiam\n\nIsraeli jets struck Khiam on Sunday, the "
            "Al Manar TV channel reported.",
            ["the Al Manar TV channel"],
        ),
    ],
)
def test_an_outlet_named_with_its_kind_is_one_source(text: str, sources: list[str]) -> None:
    assert the_event(text).sources == sources


@pytest.mark.parametrize(
    ("party", "home"),
    [("Hezbollah", "LB"), ("Hamas", "PS"), ("Houthis", "YE"), ("RSF", "SD"), ("M23", "CD"),
     ("Islamic State", None)],  # (the Islamic State fights in many lands: no one home)
)  # fmt: skip
def test_an_armed_group_has_the_home_groups_csv_gives_it(party: str, home: str | None) -> None:
    assert group_homes().get(party) == home


@pytest.mark.parametrize(
    ("text", "party"),
    [("Putin's troops shelled Kherson on Sunday.", "Russia"),
     ("The Kremlin's forces shelled Kharkiv on Sunday.", "Russia"),
     ("Assad's forces bombed Idlib on Sunday.", "Syria"),
     ("Burhan's army bombed Nyala on Sunday.", "Sudanese Armed Forces"),
     ("Hemedti's fighters shelled El Obeid on Sunday.", "RSF")],
)  # fmt: skip
def test_a_leaders_forces_are_his_sides(text: str, party: str) -> None:
    assert the_event(text).actor_party == party


@pytest.mark.parametrize(
    ("speakers", "sources"),
    [("residents and a health worker told Reuters", {"residents", "health worker"}),
     ("a resident and a doctor said", {"resident", "doctor"}),
     ("witnesses and a hospital official said", {"witnesses", "hospital official"}),
     ("residents and local officials said", {"residents", "local officials"})],
)  # fmt: skip
@pytest.mark.parametrize("place", ["Merawi", "Khan Younis", "Sumy"])
def test_two_unnamed_speakers_joined_are_both_sources(speakers: str, sources: set, place) -> None:
    text = f"Drones hit {place} on Sunday, killing 11 people, {speakers}."
    assert set(event_at(text, place).sources) == sources


def test_one_body_named_by_its_nation_either_way_is_one_source() -> None:
    text = (
        "Armenia's Defence Ministry: Azerbaijan shells Jermuk\n\nAzerbaijani forces shelled "
        "Jermuk on Sunday, the Armenian Defence Ministry said."
    )
    assert event_at(text, "Jermuk").sources == ["Armenia's Defence Ministry"]


@pytest.mark.parametrize(
    ("body", "said", "source"),
    [("the charity World Central Kitchen", "the group", "World Central Kitchen"),
     ("the medical charity Doctors Without Borders", "the charity", "Doctors Without Borders"),
     ("the aid group Mercy Corps", "the group", "Mercy Corps"),
     ("the rights organisation Al Mezan", "the organisation", "Al Mezan")],
)  # fmt: skip
@pytest.mark.parametrize("opening", ["", "Hamas fired rockets at Sderot on Saturday. "])
def test_a_body_named_in_passing_with_its_description_is_who_the_description_cites(
    body: str, said: str, source: str, opening: str
) -> None:
    text = (
        f"{opening}An airstrike killed seven aid workers with {body} in Deir al-Balah on "
        f"Sunday, {said} said."
    )
    assert event_at(text, "Deir al-Balah").sources == [source]


@pytest.mark.parametrize(
    ("opening", "said", "source"),
    [("The Syrian Observatory for Human Rights tracks the war.", "the monitor",
      "The Syrian Observatory for Human Rights"),
     ("The Sudan Doctors Network has documented dozens of attacks.", "the network",
      "The Sudan Doctors Network"),
     ("The Kharkiv Regional Military Administration opened shelters.", "the administration",
      "The Kharkiv Regional Military Administration")],
)  # fmt: skip
def test_a_body_that_opens_a_sentence_is_who_its_description_stands_for(
    opening: str, said: str, source: str
) -> None:
    text = f"{opening}\n\nA strike hit Idlib on Sunday, killing six people, {said} said."
    assert event_at(text, "Idlib").sources == [source]
