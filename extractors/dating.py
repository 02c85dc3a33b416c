"""Dating a strike: the day a mention fixes, from its sentence or the narrative around it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import islice

from .context import ArticleContext
from .dates import SPEECH_DAY_SET, DateMention, counted_from, days_before_story, speech_day
from .lexicon import (
    ATTACK_NOUNS,
    ATTACK_PASTS,
    ATTACK_VERBS,
    CAUSE_TURNS,
    COMBAT_VERBS,
    DAY_PARTS,
    INJURING_VERBS,
    KILLING_VERBS,
    LAPSE_UNITS,
    LONG_LAPSES,
    MONTH_NAMES,
    NUMBER_WORDS,
    SAME_DAY_CUES,
    SHORT_LAPSES,
    STRIKE_NOUNS,
    TOOK_PLACE_VERBS,
    TWICE_WORDS,
    WEAPON_NAMES,
    WEEKDAYS,
    forms,
    words,
)
from .places import Mention
from .sentences import Sentence, is_headline
from .strikes import THE_SAME_PLACE, is_clutter, is_history, is_recap, is_strike_sentence

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
LEDE_SENTENCES = 3
HISTORY_DAYS = 60  # a day this long before the report does not date the sentences after it
NARRATIVE = "implied-by-narrative"  # reported as "implied"
# A strike under way as the article is written: "are being shelled", "are under fire now".
ATTACKED = words(forms(ATTACK_VERBS, base=True))
# Under way in the present tense ("troops are firing into villages", "Kherson is being
# shelled", "continues to strike"): the report's day, whatever day the story began.
UNDER_WAY = re.compile(
    rf"\b(?:(?:is|are) (?:still |reportedly |now )?(?:being )?{ATTACKED}"
    rf"|continues? to {ATTACKED}|(?:is|are) (?:under|coming under))\b",
    re.IGNORECASE,
)
# ... or told in the past or perfect tense ("were being shelled", "have come under fire"): the
# report's day only where no earlier day of the narrative dates it.
WAS_UNDER_WAY = re.compile(
    rf"\b(?:(?:were|was) (?:still |reportedly |now )?(?:being )?{ATTACKED}"
    r"|(?:has|have) (?:come|been) under)\b",
    re.IGNORECASE,
)

# How firmly a mention fixes the day: a date in the sentence for the strike, the report's
# date in the sentence, or only the surrounding narrative.
STRENGTH = {"explicit": 3, "implied": 2, NARRATIVE: 1}


def date_for(
    ctx: ArticleContext, sentence: Sentence, mention: Mention
) -> tuple[DateMention | None, str | None]:
    """The strike's day: a date in the sentence, else one the narrative implies."""
    if (
        lapsed_before(ctx, sentence, mention)
        or month_only(sentence.text, mention.start - sentence.start)
        or lapse_tells_the_strike(sentence, mention)
    ):
        return None, None
    day, basis = sentence_date_for(ctx, sentence, mention)
    if (day is None or day.span) and TWICE.search(sentence.text):
        day, basis = first_of_twice(ctx, sentence) or (day, basis)
    if basis != "explicit":
        # "... killed 70, the WHO chief said on Sunday. The attack took place on Friday": the
        # day a sentence just after gives the strike it retells
        told = day_told_after(ctx, sentence)
        if told is not None:
            return told, "explicit"
    if day is not None and day.text.lower() in SPEECH_DAY_SET and said_by_pronoun(ctx, sentence):
        # "X told IRNA on Monday ... This afternoon, shells hit Y, he added": his Monday
        spoken = speech_day_before(ctx, sentence)
        if spoken is not None:
            return counted_from(day, spoken.date) or day, basis
    if basis == NARRATIVE and said_by_pronoun(ctx, sentence) and not is_recap(sentence.text):
        # "X spoke to reporters on Sunday. He said shells had hit Marib": the day he spoke
        spoken = speech_day_before(ctx, sentence, reach=1)
        if spoken is not None:
            return spoken, "implied"
    return day, basis


def first_of_twice(ctx: ArticleContext, sentence: Sentence) -> tuple[DateMention, str] | None:
    """'hit twice over the weekend: on Saturday drones ..., and on Sunday a missile ...': the
    first day told after the span (``dates_again`` gives the second)."""
    dates = ctx.dates(sentence)
    span = next((d for d in dates if d.span), None)
    told = [d for d in dates if span and d.start > span.start and not (d.span or d.reported)]
    return (told[0], "explicit") if told else None


# "the missile strikes on the city in October 2020", "hit Kharkiv in March 2022": a strike
# the text places in a month or a year, no day told between ("The shelling of Rafah on Sunday
# injured a woman born in 1965" is Sunday's)
MONTH_ONLY = re.compile(
    rf"\b(?:{words((*forms(ATTACK_VERBS), *STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)})\b"
    rf"(?:(?!{words((*WEEKDAYS, 'today', 'yesterday', 'overnight', 'night'))}\b)[^.;,\d]){{0,60}}?"
    rf"\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:{words(MONTH_NAMES)}(?:,?\s+\d{{4}})?"
    r"|(?:19|20)\d\d)\b(?!\s*\d)",
    re.IGNORECASE,
)


def month_only(text: str, at: int) -> bool:
    """The strike in the clause of the place at ``at`` falls in a month or a year the text
    names, on no day it tells."""
    for match in MONTH_ONLY.finditer(text) if " in " in text else ():
        between = text[min(at, match.start()) : max(at, match.end())]
        if "," not in between and ";" not in between:
            return True
    return False


# "days after the Houthis fired drones at Eilat": a strike an untold while before the story's
# (or a long one, counted or not: "A year after the missile strike on Kramatorsk")
LAPSE = rf"(?:\b(?P<count>[\w-]+)\s+)?(?P<unit>{words((*LAPSE_UNITS, *LONG_LAPSES))})\s+(?:after|since)\b"
LAPSE_BEFORE = re.compile(rf"{LAPSE}[^.;]*$", re.IGNORECASE)
LAPSE_AT = re.compile(LAPSE, re.IGNORECASE)


# A lapse counted back from the story's day, the clause of an earlier strike: "..., a day after
# clashes killed 99", "two days after a missile killed 12 in Sumy, ..."
LAPSE_CLAUSE = re.compile(
    rf"\b(?:(?:a|one|two|three|several|\d+)\s+(?:day|hour|week|{words(LAPSE_UNITS)}|hours)"
    # (or uncounted: ", hours after an attack near Ankara killed five")
    r"|(?<=, )(?:hours|days|weeks))\s+(?:after|since)\b",
    re.IGNORECASE,
)
# What a strike answered: "in retaliation for a drone attack that killed three", "its response
# to the killing of its commander in Beirut last month"
CAUSE_CLAUSE = re.compile(rf"\b{words(CAUSE_TURNS)}\b", re.IGNORECASE)


def lapse_clause(text: str) -> tuple[int, int] | None:
    """Where a sentence's lapse clause stands ("a day after clashes killed 99"), or the clause
    of the strike it answered ("in retaliation for a drone attack that killed three"), to the
    next comma."""
    lapse = LAPSE_CLAUSE.search(text) if " after " in text or " since " in text else None
    return to_comma(text, lapse) if lapse else cause_clause(text)


def cause_clause(text: str) -> tuple[int, int] | None:
    """Where the clause of what a strike answered stands, to the next comma."""
    cause = CAUSE_CLAUSE.search(text) if " to " in text or " for " in text else None
    return to_comma(text, cause) if cause else None


def to_comma(text: str, opening: re.Match[str]) -> tuple[int, int]:
    comma = text.find(",", opening.end())
    if comma < 0:
        return opening.start(), len(text)
    # (with the harm it did, where that ends the sentence: "..., a day after a Houthi drone
    # hit Tel Aviv, killing one man.")
    harm = HARM_TAIL.match(text, comma)
    return opening.start(), harm.end() if harm and opening.start() > 0 else comma


HARM_TAIL = re.compile(r",\s+(?:killing|wounding|injuring)\b[^,;]*?[.!]?\s*$")


def without_cause(text: str) -> str:
    """The sentence without the clause of what its strike answered (whose days are another
    strike's: "..., in response to the killing of its commander last month")."""
    span = cause_clause(text)
    return text[: span[0]] + text[span[1] :] if span else text


def lapsed_before(ctx: ArticleContext, sentence: Sentence, mention: Mention) -> bool:
    """The place stands in a clause an untold lapse before the story opens ("The raid came
    days after the Houthis fired drones at Eilat"), with no day of its own there."""
    at = mention.start - sentence.start
    lapse = LAPSE_BEFORE.search(sentence.text, 0, at) if " after " in sentence.text else None
    counted = lapse is not None and is_counted(lapse)
    # ("struck Hodeidah on Sunday in response to a Houthi drone attack on Tel Aviv": the strike
    # answered, an untold while before)
    cause = (
        CAUSE_BEFORE.search(sentence.text, 0, at)
        if lapse is None and (" to " in sentence.text or " for " in sentence.text)
        else None
    )
    opened = cause if lapse is None else (lapse if not counted else None)
    if opened is None:
        return False
    # (its own day may follow the place: "... a drone attack on Tel Aviv on Friday")
    close = CLAUSE_END.search(sentence.text, mention.end - sentence.start)
    end = sentence.start + (close.start() if close else len(sentence.text))
    if SAME_DAY.search(sentence.text, opened.start(), end - sentence.start):
        return False  # "in response to a strike earlier in the day on Aitaroun": today's
    return not any(opened.start() + sentence.start <= d.start < end for d in ctx.dates(sentence))


SAME_DAY = re.compile(rf"\b{words(SAME_DAY_CUES)}\b", re.IGNORECASE)


CLAUSE_END = re.compile(r"[,.;]")


# What a strike answered, up to the place (within its clause): "in retaliation for ..."
CAUSE_BEFORE = re.compile(rf"\b{words(CAUSE_TURNS)}\b[^.;,]*$", re.IGNORECASE)


# "The attack took place on Friday", "The strike happened late on Saturday": the strike just
# told, dated
STRIKE_DATED = re.compile(
    rf"^\W*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:{words(STRIKE_NOUNS, plural=True)})\b[^.;]{{0,80}}?"
    rf"\b(?:{words(TOOK_PLACE_VERBS)})\b"
    # ... or the strike told with its day and what it did: "The strike on Saturday destroyed 18
    # apartments"
    rf"|^\W*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:{words(STRIKE_NOUNS, plural=True)})\s+"
    rf"(?:on|late\s+on|early\s+on)\s+(?i:{words(WEEKDAYS)})\s+(?:also\s+)?"
    rf"(?:{words((*ATTACK_PASTS, *KILLING_VERBS, *INJURING_VERBS))})\b"
    # ... or the weapon told again: "The Shahed drone hit the building early on Saturday"
    rf"|^\W*(?:The|That|This)\s+(?:[\w-]+\s+)?{words(WEAPON_NAMES, plural=True)}\s+"
    rf"(?:had\s+)?{words(ATTACK_PASTS)}\b"
)
TOLD_AFTER = 2  # sentences after a strike's where its day may be told


def day_told_after(ctx: ArticleContext, sentence: Sentence) -> DateMention | None:
    """The day of a sentence just after this one that dates the strike it retells and names
    no place hit of its own."""
    for after in ctx.sentences[sentence.index + 1 : sentence.index + 1 + TOLD_AFTER]:
        if ctx.targets(after):
            return None
        if STRIKE_DATED.search(after.text):
            days = [d for d in ctx.dates(after) if not d.reported and not d.span]
            return days[0] if days else None
    return None


SPEECH_REACH = 3  # sentences back to the day a speaker "he" spoke on


def said_by_pronoun(ctx: ArticleContext, sentence: Sentence) -> bool:
    return any(a.pronoun for a in ctx.sources(sentence))


def speech_day_before(
    ctx: ArticleContext, sentence: Sentence, reach: int = SPEECH_REACH
) -> DateMention | None:
    """The day a speaker spoke on, named in one of the sentences just before ("Speaking on
    Monday, ..."), unless this sentence names one itself."""
    if any(d.reported for d in ctx.dates(sentence)):
        return None
    for before in reversed(ctx.sentences[max(0, sentence.index - reach) : sentence.index]):
        spoken = [d for d in ctx.dates(before) if speech_day(d) and not d.dateline]
        if spoken:
            return spoken[0]
    return None


def sentence_date_for(
    ctx: ArticleContext, sentence: Sentence, mention: Mention
) -> tuple[DateMention | None, str | None]:
    dates = ctx.dates(sentence)
    if is_history(sentence.text):
        # "sentenced on Sunday for crimes of the 2020 war, including the shelling of Tartar":
        # a day of this week dates no strike of a past year
        dates = [d for d in dates if YEAR.search(d.text)]
    strike_dates = [d for d in dates if d.tied] or [d for d in dates if not d.reported]
    if strike_dates and strike_dates[0].tied:
        # "After Saturday's attack on Kharkiv, drones hit Sumy on Sunday": a day in the
        # place's own clause outvotes a strike's day in another clause
        own = [d for d in dates if not d.reported and same_clause(ctx.text, d, mention)]
        if own and not any(same_clause(ctx.text, d, mention) for d in strike_dates):
            strike_dates = own
    if strike_dates:
        # "three days after shelling that killed two in Tartar, shells hit Barda on Sunday":
        # the earlier day is Tartar's, whose clause it opens; Barda's is Sunday
        after = [
            d for d in strike_dates
            if d.story_offset < 0
            and (opens_clause_of(ctx, d, mention) or story_back(d) and opens(sentence, d)
                 or tells_the_only_strike(sentence, d, mention))
        ]  # fmt: skip
        # ("the day before" that does not open the place's clause dates it all the same)
        others = [
            d for d in strike_dates if d.story_offset >= 0 or story_back(d) and d not in after
        ]
        # "on Saturday and again on Sunday": the first day (the second is ``dates_again``'s)
        others = [d for d in others if not again_before(ctx, d)] or others
        if after:
            # ("A day after missiles hit Kharkiv on Saturday, Sumy was shelled on Sunday": the
            # clause's own day is Kharkiv's, not one counted back from Sunday)
            own_day = [
                d for d in others
                if not d.story_offset and d.start > after[-1].end
                and same_clause(ctx.text, d, mention)
            ]  # fmt: skip
            if own_day:
                return own_day[0], "explicit"
            return from_the_story(ctx, sentence, after[-1], others), "explicit"
        if not others:
            return narrative_date(ctx, sentence, mention.text)
        day = min(others, key=lambda d: date_distance(ctx.text, d, mention))
        if day.story_offset:  # "A day later, Barda was shelled"
            # (counted from the day the sentence gave before it: "Kharkiv was shelled on
            # Monday; Sumy came under fire a day later" is Tuesday)
            before = [d for d in others if not d.story_offset and d.end <= day.start]
            return from_the_story(ctx, sentence, day, before[-1:]), "explicit"
        return (None, None) if day.span else (day, "explicit")  # "on July 13 and 14": no one day
    if dates and not is_recap(sentence.text):
        # the report's day: "said on Tuesday" before a dateline's "(Sputnik - 07th October)"
        # (not a recap's: "the missile that hit Kyiv in July ..., the mission said on Monday")
        return min(dates, key=lambda d: d.dateline), "implied"
    return narrative_date(ctx, sentence, mention.text)


NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|as well as)\b")


def date_distance(text: str, day: DateMention, mention: Mention) -> int:
    """How far a day stands from a place, a new clause between them counting as far
    ("struck Tyre on Sunday, and Nabatieh on Monday": Nabatieh's day is Monday)."""
    gap = text[slice(*between(day, mention))]
    # "struck Kharkiv late on Saturday and Sumy early on Sunday": a day before an "and" that
    # opens the place's conjunct is the last conjunct's
    # (or a comma alone: "shelled Kherson on Sunday, Nikopol on Saturday")
    conjunct = day.end <= mention.start and (AND_WORD.search(gap) or LIST_COMMA.fullmatch(gap))
    return len(gap) + (1000 if NEW_CLAUSE.search(gap) else 0) + (500 if conjunct else 0)


AND_WORD = re.compile(r"\band\b")
LIST_COMMA = re.compile(r"\s*,\s*")


def lapse_tells_the_strike(sentence: Sentence, mention: Mention) -> bool:
    """An untold while after the place opens the sentence's one strike ("visited Kharkiv on
    Sunday, days after missile strikes hit the city"): no day can be counted."""
    end = mention.end - sentence.start
    lapse = LAPSE_AT.search(sentence.text, end) if " after " in sentence.text else None
    if lapse is None or is_counted(lapse):
        return False
    return not is_strike_sentence(sentence.text[: lapse.start()])


def is_counted(lapse: re.Match[str]) -> bool:
    """'two days after': a count of days, counted from the story's day."""
    count = lapse["count"]
    return (
        count is not None
        and lapse["unit"].lower() in SHORT_LAPSES
        and (count.isdigit() or count.lower() in NUMBER_WORDS)
    )


def tells_the_only_strike(sentence: Sentence, day: DateMention, mention: Mention) -> bool:
    """A lapse after the place opens the sentence's one strike ("visited Kharkiv on Sunday, a
    week after missile strikes hit the city"): the place's clause tells of none."""
    at = day.start - sentence.start
    return mention.end <= day.start and not is_strike_sentence(sentence.text[:at])


def opens_clause_of(ctx: ArticleContext, day: DateMention, mention: Mention) -> bool:
    """Does the day stand before the place in the same clause (no comma or semicolon)?"""
    return day.end <= mention.start and same_clause(ctx.text, day, mention)


CLAUSE_MARK = re.compile(r"[,;:]")


def story_back(day: DateMention) -> bool:
    """'the day before', 'a day earlier': a day counted back from the story's day."""
    return days_before_story(day.text) > 0


def opens(sentence: Sentence, day: DateMention) -> bool:
    """A day that opens the sentence ("The day before, Sumy was shelled")."""
    return not sentence.text[: day.start - sentence.start].strip()


def same_clause(text: str, day: DateMention, mention: Mention) -> bool:
    """No comma, semicolon or colon between a day and a place."""
    return not CLAUSE_MARK.search(text, *between(day, mention))


def between(day: DateMention, mention: Mention) -> tuple[int, int]:
    """The span of text between a day and a place, whichever comes first."""
    return (day.end, mention.start) if day.end <= mention.start else (mention.end, day.start)


def from_the_story(
    ctx: ArticleContext, sentence: Sentence, day: DateMention, others: list[DateMention]
) -> DateMention:
    """'The attack came six days after a missile struck Ganja' (six days before), 'A day later,
    Barda was shelled' (one day after): counted from the day the sentence's other clause or
    the story before it tells of (else from the report's day)."""
    story = others[0] if others else narrative_date(ctx, sentence)[0]
    if story is None or story.start == day.start or not story.text:
        return day  # (no day of its own for the story: counted from the report's day)
    moved = story.date + dt.timedelta(days=day.story_offset)
    published = ctx.article.published
    return replace(day, date=min(moved, published) if published else moved)


def recent(day: DateMention, published: dt.date | None) -> bool:
    """Not long before the report: a day years back is history, not the story's day."""
    return published is None or (published - day.date).days <= HISTORY_DAYS


NEARBY_SENTENCES = 3  # sentences before an undated strike whose day may be the story's


def narrative_date(
    ctx: ArticleContext, sentence: Sentence, place: str = ""
) -> tuple[DateMention | None, str | None]:
    """No date in the sentence: the day of the story around it, else the report's own day.

    Looks at the previous sentences ("A missile hit Ganja yesterday. The attack ...", or one
    that dates the same place: "On Sunday, warplanes ... in Hodeidah. The airstrikes targeted
    the Hodeidah port"), the next one in the paragraph ("As dust from Wednesday's strike ..."),
    an ongoing strike
    ("towns are being shelled": the publication day), then the lede.
    """
    if is_recap(without_cause(sentence.text)):
        return None, None  # a recap's day is the one it states, or none
    published = ctx.article.published
    if published and UNDER_WAY.search(sentence.text):
        return report_day(sentence, published), NARRATIVE
    index = sentence.index
    # (a photo's caption or credit between is no part of the story: read past it)
    story = (s for s in reversed(ctx.sentences[:index]) if not is_clutter(s.text))
    nearby = list(islice(story, NEARBY_SENTENCES))
    # the next sentence of the paragraph; for a headline, the lede below it
    headline = is_headline(sentence.text)
    following = ctx.sentences[index + 1 : index + (3 if headline else 2)]
    nearby += [s for s in following if s.paragraph == sentence.paragraph or headline]
    for other in nearby:
        # a day long before the report is history, not the story's day ("after the ceasefire
        # was renewed on February 25, 2021" in a 2025 report)
        # (not the day of an earlier strike a lapse counts back to: "resumed shelling ..., a
        # day after clashes killed 99")
        strike_dates = [
            d for d in ctx.dates(other)
            if not d.reported and recent(d, published) and d.story_offset >= 0
        ]  # fmt: skip
        same_place = bool(place) and place in other.text
        # under a headline, the lede's harm is the headline's strike ("Three were killed on
        # Sunday" under "Missile strike on Kharkiv kills three")
        harm = headline and other.index > index and bool(ctx.counts(other))
        if other.index > index and not (same_place or headline) and ctx.targets(other):
            continue  # "... shelled Chinari. On July 14 ... targeted Berd": the next strike's
        # (or fighting told just before it: "Troops exchanged fire along the border on Sunday.
        # Two civilians were killed when a shell hit their home")
        combat = (
            other.index < index
            and other.paragraph == sentence.paragraph
            and bool(COMBAT.search(other.text))
        )
        if strike_dates and (same_place or harm or combat or is_strike_sentence(other.text)):
            # "began on Dec. 28 ... followed by missile assaults on Dec. 29": the latest day;
            # but a day that owns the strike outvotes the others ("Rescuers on Monday pulled
            # bodies from the rubble of Saturday's missile strike")
            owned = [d for d in strike_dates if STRIKE_OWNED_BY_DAY.match(ctx.text, d.end)]
            day = max(owned or strike_dates, key=lambda d: d.date)
            return (None, None) if day.span else (day, NARRATIVE)
        told = [d for d in ctx.dates(other) if d.reported and not d.dateline]
        if told and other.index < index and LAPSE_CLAUSE.search(other.text):
            # "Armenia said on Wednesday that ... had resumed shelling ..., a day after
            # clashes killed 99. ... artillery was targeting Jermuk": the day it was told
            return told[0], NARRATIVE
    under_way = published is not None and WAS_UNDER_WAY.search(sentence.text) is not None
    for lede in ctx.sentences[:LEDE_SENTENCES]:
        # a lede that reports a strike dates the story; a byline date ("2 October, 2020") does not
        # (not a day counted from another's: "came a day after troops fired on Sotk")
        lede_dates = [d for d in ctx.dates(lede) if recent(d, published) and not d.story_offset]
        if under_way and lede.index >= sentence.index:
            break  # (the story's own day, told before it, outvotes the report's)
        if lede_dates and is_strike_sentence(lede.text):
            return lede_dates[0], NARRATIVE
    if under_way:
        return report_day(sentence, published), NARRATIVE
    if published and PERFECT_STRIKE.search(sentence.text) and recap_before(ctx, sentence):
        # "Since March, Russia has launched a series of attacks ... The strikes have hit
        # plants in Kharkiv": strikes over months, told in the perfect, fix no day
        return None, None
    if published:
        # same-day news: an undated strike in a report is the report's day
        return report_day(sentence, published), NARRATIVE
    return None, None


COMBAT = re.compile(rf"\b{words(COMBAT_VERBS)}\b", re.IGNORECASE)
# A day's own strike: "Saturday's missile strike", "Sunday's attack on the market"
STRIKE_OWNED_BY_DAY = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\b",
    re.IGNORECASE,
)
# A strike told in the perfect: "the strikes have hit", "Russia has struck"
PERFECT_STRIKE = re.compile(
    rf"\b(?:has|have)\s+(?:also\s+|repeatedly\s+)?{words(forms(ATTACK_VERBS))}\b"
)


def recap_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence just before is a recap of strikes over time."""
    before = ctx.sentences[sentence.index - 1 : sentence.index] if sentence.index else []
    return any(is_recap(other.text) for other in before)


def report_day(sentence: Sentence, published: dt.date) -> DateMention:
    """The report's own day, standing for a sentence that names none."""
    return DateMention(published, sentence.start, sentence.start, "", True)


# "... on Saturday and again on Sunday", "struck on Friday, and again late on Sunday"
AGAIN_BEFORE = re.compile(r"\bagain\s+(?:on\s+|late\s+|early\s+|in\s+the\s+\w+\s+of\s+)*$", re.I)


def again_before(ctx: ArticleContext, day: DateMention) -> bool:
    return bool(AGAIN_BEFORE.search(ctx.text, max(0, day.start - 30), day.start))


# "Kharkiv was hit twice: on Saturday by drones and on Sunday by missiles": each day its own
TWICE = re.compile(rf"\b{words(TWICE_WORDS)}\b", re.IGNORECASE)
# "... on Saturday by drones and on Sunday by missiles": the second day's lead
AND_ON = r"\band\s+(?:by\s+[\w-]+\s+)?(?:late\s+|early\s+)?on\s+"
AND_ON_BEFORE = re.compile(rf"{AND_ON}$", re.IGNORECASE)
# ... a passive's agent for each day, the place left out after the first: "Kharkiv was hit by
# missiles on Saturday and by drones on Sunday"
AND_BY_ON = r"\band\s+by\s+(?:[\w-]+\s+){1,2}?(?:late\s+|early\s+)?on\s+"
AND_BY_ON_BEFORE = re.compile(rf"{AND_BY_ON}$", re.IGNORECASE)


def dates_again(
    ctx: ArticleContext, sentence: Sentence, first: DateMention | None
) -> list[DateMention]:
    """The other days a sentence says the same place was hit "again" on (or hit "twice",
    on one day "and on" another)."""
    twice = first is not None and TWICE.search(sentence.text) is not None
    if first is None or (
        "again" not in sentence.text
        and not twice
        and " and " not in sentence.text
        and ";" not in sentence.text
    ):
        return []
    return [
        d for d in ctx.dates(sentence)
        if d.date != first.date and not d.reported and not d.span
        and (again_before(ctx, d)
             or (twice or hits_the_place_after(sentence.text, d.end - sentence.start))
             and AND_ON_BEFORE.search(ctx.text, max(0, d.start - 20), d.start)
             or AND_BY_ON_BEFORE.search(ctx.text, max(0, d.start - 40), d.start)
             or DAY_PAIR_GAP.fullmatch(ctx.text, first.end, d.start)
             or the_place_again_after_semicolon(sentence, first, d))
    ]  # fmt: skip


def the_place_again_after_semicolon(
    sentence: Sentence, first: DateMention, day: DateMention
) -> bool:
    """'A drone hit Belgorod on Friday; another struck the city on Sunday': the clause after
    the semicolon hits the place again, on a day of its own."""
    semi = sentence.text.rfind(";", first.end - sentence.start, day.start - sentence.start)
    return semi >= 0 and THE_SAME_PLACE.search(sentence.text, semi) is not None


# "shelled on Saturday and on Sunday morning": two days, each with its "on" (not "on
# Saturday and Sunday", one span of two days)
DAY_PAIR_GAP = re.compile(
    rf"(?:\s+{words(DAY_PARTS)})?\s+and\s+(?:late\s+|early\s+)?on\s+", re.IGNORECASE
)


def hits_the_place_after(text: str, at: int) -> bool:
    """'Drones hit Sumy on Saturday, and on Sunday a missile struck a factory in the city':
    the sentence's text from ``at`` (its second day) hits the place again, by its kind (as the
    subject of a passive too: "..., and on Sunday the city was shelled")."""
    return THE_SAME_PLACE.search(text[at:]) is not None


# "hit twice: on Saturday by drones and on Sunday by missiles": where a second day's part
# opens (a day's name after "and on")
TWICE_AND_ON = re.compile(rf"\s+{AND_ON}(?=(?-i:[A-Z]))", re.IGNORECASE)
DAY_NAMED = re.compile(r"[A-Z][a-z]+(?:\s+\d{1,2}\b)?")
AND_BY_ON_DAY = re.compile(rf"\s+{AND_BY_ON}(?=(?-i:[A-Z]))", re.IGNORECASE)


def second_day_part(text: str) -> re.Match[str] | None:
    """Where a sentence that tells of a place hit on two days turns to the second ("hit
    twice: on Saturday by drones and on Sunday by missiles", "hit Sumy on Saturday, and on
    Sunday a missile struck the city")."""
    turn = TWICE_AND_ON.search(text)
    day = DAY_NAMED.match(text, turn.end()) if turn else None  # (the place after the day)
    if turn and not TWICE.search(text):
        turn = turn if hits_the_place_after(text, day.end() if day else turn.end()) else None
    # ("hit by missiles on Saturday and by drones on Sunday": the agent's part)
    return turn or AND_BY_ON_DAY.search(text)
