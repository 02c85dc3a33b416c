"""Find date expressions in a sentence and resolve them against the publication date.

Common forms (weekdays, "yesterday", "October 4", "4 Oct.") are resolved by table;
anything else that looks like a date goes to dateparser, cached per (expression, date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import (
    ATTACK_VERBS,
    DAY_PARTS,
    DENIAL_VERBS,
    FUTURE_WORDS,
    HARM_PARTICIPLES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NUMBER_WORDS,
    PUBLISH_VERBS,
    RELATIVE_DAYS,
    REPORT_VERBS,
    SPAN_WORDS,
    SPEECH_DAYS,
    STORY_BACK_DAYS,
    STRIKE_NOUNS,
    TOLL_RISE_VERBS,
    WEAPON_NAMES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    Caseless,
    forms,
    words,
)
from .strikes import is_strike_sentence

AGO_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12}
# "jan" -> 1 ... "dec" -> 12, and the longer abbreviations ("sept").
MONTHS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTHS |= {short: MONTHS[short[:3]] for short in MONTH_ABBREVIATIONS}
MONTH_WORD = rf"(?:{words((*MONTH_NAMES, *MONTHS))})\.?"
WEEKDAY_WORD = words(WEEKDAYS)
# "Sun", "Sat": a short weekday, capitalised (before a stop or a comma it is a day)
SHORT_WEEKDAY_WORD = words(w.capitalize() for w in WEEKDAY_ABBREVIATIONS)

DATE_EXPR = Caseless(
    r"\b(?:"
    rf"(?P<md>{MONTH_WORD}\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:(?:\s*[-–—]\s*|\s+(?:to|into|and)\s+)(?P<md_day2>\d{1,2})(?!\d))?(?:,?\s+(?P<md_year>\d{4}))?)"
    rf"|(?P<dm>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD}(?:,?\s+(?P<dm_year>\d{{4}}))?)"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<numeric>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))"
    # "last Tuesday", "Tuesday last week": a week back when the report's own day is named
    rf"|(?P<last>last\s+)?(?P<weekday>{WEEKDAY_WORD})(?P<last_week>\s+(?:of\s+)?last\s+week)?"
    # "on Sun.", "Sat, 9 Mar": a capitalised short weekday before a stop or a comma
    rf"|(?P<short_weekday>(?-i:{SHORT_WEEKDAY_WORD}))(?=[.,])"
    rf"|(?P<rel>{words(RELATIVE_DAYS)})"
    # "a day later", "two days later", "the next day": after the story's own day
    rf"|(?P<later>(?:(?P<later_n>\d+|{words(AGO_NUMBERS)})\s+days?\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)))"
    rf"|(?P<ago>(?P<ago_n>\d+|{words(AGO_NUMBERS)})\s+(?P<ago_unit>days?|weeks?|hours)\s+(?:ago|earlier"
    # "two days after the strike on Kramatorsk": the strike two days before the report
    # ("a day after 20 were killed in Beit Lahia": harm told after it too)
    rf"|after(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,4}}?"
    rf"{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS), *HARM_PARTICIPLES, 'died'), plural=True)}\b)))"
    r"|(?P<weekend>(?:over|at|during|on)\s+the\s+weekend|(?:this|last)\s+weekend)"
    # "on the 3rd": a day of the report's month (not "the 19th-century building", "the 3rd time")
    # ("on the morning of the 9th", "in the early hours of the 3rd": a part of it)
    r"|(?P<nth>(?:(?<=on\s)|(?<=\bof\s))the\s+(?P<nth_day>\d{1,2})(?:st|nd|rd|th))"
    r"(?![-\w]|\s+(?:of\s+)?[A-Za-z])"
    r")\b",
)
# Two days joined ("On July 13 and 14", "on Saturday and Sunday", "13-14 July"): the strike's
# day is not fixed by either (ANNOTATION.md: null where the text does not fix the day).
DAY_TOKEN = rf"(?:{WEEKDAY_WORD}|\d{{1,2}}(?:st|nd|rd|th)?|{MONTH_WORD}\s+\d{{1,2}})"
PAIR_JOIN = r"\s*(?:and|or|to|through|[-–—])\s*"
PAIR_BEFORE = re.compile(rf"\b{DAY_TOKEN}{PAIR_JOIN}$", re.IGNORECASE)
PAIR_AFTER = re.compile(rf"^{PAIR_JOIN}{DAY_TOKEN}\b", re.IGNORECASE)
# A date that dates the report, not the strike: "said on Sunday", "on Friday accused".
# ("a UN report released on Sunday": the day it was published)
REPORT_WORD = words((*forms(REPORT_VERBS), *DENIAL_VERBS, *PUBLISH_VERBS))
REPORT_BEFORE = re.compile(
    rf"\b{REPORT_WORD}\s+(?:on\s+|late\s+|early\s+)?$"
    # "Speaking to reporters on Sunday", "speaking in an interview with IRNA on Monday"
    r"|\b(?:speaking|spoke|talking|talked)\b[^,.;:]{0,50}?\s(?:on|late on|early on)\s+$",
    re.IGNORECASE,
)
# "the death toll rose to 12 on Monday": the day of the count, not of the strike
TOLL_DAY_BEFORE = re.compile(
    rf"\b{words(TOLL_RISE_VERBS)}\s+to\s+(?:[\w,-]+\s+){{1,3}}?(?:on\s+|late\s+|early\s+|by\s+)?$",
    re.IGNORECASE,
)
REPORT_AFTER = re.compile(rf"^(?:\s+{words(DAY_PARTS)})?,?\s+{REPORT_WORD}\b", re.IGNORECASE)
# "On Sunday, the governor said ...": a day that opens the sentence, then a speaker of a few
# words (no attack word) and the report verb (not "killed on Sunday, officials said")
OPENS_SENTENCE = re.compile(r"^\W*(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
SPEAKER_AFTER = re.compile(
    rf"^,\s+(?:(?!{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS)), plural=True)}\b)[\w’'-]+\s+){{1,4}}?"
    rf"{REPORT_WORD}\b",
    re.IGNORECASE,
)
# A dateline's date dates the report: "GAZA, Feb 25 (NNN-WAFA) –", "(Sputnik - 07th October, 2020)".
# ("Khartoum, Sep 14: At least 40 ...": a colon closes a dateline too)
DATELINE_AFTER = re.compile(r"^(?:,?\s*\d{4})?\s*(?:\([^)]{0,40}\)\s*)?[–—:-]|^(?:,?\s*\d{4})?\)")
# War-long spans are not the day of a strike: "since September 27", "began on September 27".
SPAN_BEFORE = re.compile(rf"\b{words(SPAN_WORDS)}\s+(?:on\s+)?$", re.IGNORECASE)
# "the attack began on September 19": the day of an attack, not of a war
ATTACK_BEGAN = re.compile(
    rf"\b{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS)), plural=True)}\s+{words(SPAN_WORDS)}\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A day tied to the strike itself: "Saturday's strike", "Sunday's missile attack on Ganja".
STRIKE_AFTER = re.compile(
    rf"^['’]s?\s+(?:[\w-]+\s+){{0,2}}?{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS), *WEAPON_NAMES), plural=True)}\b",
    re.IGNORECASE,
)
INTO_DAY_AFTER = re.compile(
    # ("Friday night into Saturday": the night's own word may stand between)
    rf"(?:\s+night)?\s+(?:into|to)\s+(?:{WEEKDAY_WORD}|{MONTH_WORD}\s+\d|\d{{1,2}}\s+{MONTH_WORD})",
    re.IGNORECASE,
)
# "overnight on Sunday", "overnight on March 16", "overnight of 16 March": the day named dates it
DAY_AFTER_NIGHT = re.compile(
    rf"\s+(?:on\s+|from\s+|of\s+)?(?:{WEEKDAY_WORD}\b|{MONTH_WORD}\s+\d|\d{{1,2}}\s+{MONTH_WORD})",
    re.IGNORECASE,
)
NIGHT_BEFORE = re.compile(
    r"\b(?:night|overnight)\s+(?:of\s+|on\s+|into\s+|from\s+)?$", re.IGNORECASE
)
# A night named by the two days it joins is one night: "the night from Wednesday to Thursday",
# "on the night of October 23 and this morning".
NIGHT_AROUND = re.compile(r"\b(?:night|overnight)\b[^.;:]{0,30}$", re.IGNORECASE)
# A calendar day set beside a weekday: "Monday, June 3", "Monday (3 June)"
CALENDAR_DAY_AFTER = re.compile(
    rf",?\s*\(?\s*(?:{MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD})",
    re.IGNORECASE,
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:on\s+)?$", re.IGNORECASE)
# "will meet in New York on Tuesday": a day the clause puts in the future (no strike word
# between: "will pay for the strike on Kharkiv on Sunday" dates the strike)
FUTURE_BEFORE = re.compile(rf"\b{words(FUTURE_WORDS)}\s+[^,;:.]*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    start: int
    end: int
    text: str
    reported: bool
    dateline: bool = False
    tied: bool = False  # the day of the strike word it qualifies ("Saturday's strike")
    span: bool = False  # one of two or more days ("on July 13 and 14", "over the weekend")
    # Days from the story's own day: -6 for "six days after a missile attack" (that strike),
    # +1 for "a day later" ("A day later, Barda was shelled"); ``date`` counts them from the
    # report's day, for want of a story
    story_offset: int = 0


def find_dates(text: str, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Date mentions in ``text`` resolved against ``published`` (spans shifted by offset)."""
    found: list[DateMention] = []
    lowered = text.lower()
    if not may_name_a_day(text, lowered) or not DATE_EXPR.test(text, lowered):
        return found  # most sentences name no day
    for match in DATE_EXPR.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        is_calendar_day = bool(match["md"] or match["dm"] or match["iso"] or match["numeric"])
        span = (
            is_calendar_day
            and SPAN_BEFORE.search(before)
            and not ATTACK_BEGAN.search(before)
            and not STRIKE_AFTER.match(text[match.end() : match.end() + 40])
        )  # ("the toll from March 9's strike": the strike's day, not a span's start)
        if SINCE_BEFORE.search(before) or span:
            continue  # "the war began on September 27" (but "the attack began on ..." dates it)
        future = FUTURE_BEFORE.search(before)
        if future and not is_strike_sentence(future[0]):
            continue  # "the council will meet on Tuesday to discuss the shelling of ..."
        into_next = INTO_DAY_AFTER.match(text, match.end()) or (
            match["rel"] and DAY_AFTER_NIGHT.match(text, match.end())
        )
        night_after = into_next and into_next[0].lstrip().lower().startswith("night")
        if into_next and (match["rel"] or night_after or NIGHT_BEFORE.search(before)):
            # "overnight into Sunday", "the night from Wednesday to Thursday", "overnight
            # Saturday into Sunday": the day named after it dates the night
            continue
        try:
            day = resolve(match, published, bool(NIGHT_BEFORE.search(before)))
        except OverflowError:  # a publication date at the end of the calendar
            continue
        calendar = CALENDAR_DAY_AFTER.match(text, match.end()) if match["weekday"] else None
        if calendar:  # "on Monday, June 3": the calendar day beside the weekday fixes it
            beside = DATE_EXPR.search(text, calendar.start(), calendar.end() + 8)
            day = (resolve(beside, published) if beside else None) or day
        if day is None or (published is not None and day > published):
            continue  # a strike is never dated after its report
        after = text[match.end() : match.end() + 40]
        dateline = bool(DATELINE_AFTER.match(after))
        reported = dateline or bool(
            REPORT_BEFORE.search(before) or REPORT_AFTER.search(after)
            or TOLL_DAY_BEFORE.search(before)
        )  # fmt: skip
        # ("before" holds the sentence's start only where the day opens it)
        opens = match.start() < 40 and OPENS_SENTENCE.match(before)
        reported = reported or bool(opens and SPEAKER_AFTER.match(after))
        start, end = offset + match.start(), offset + match.end()
        tied = bool(STRIKE_AFTER.match(after))
        span = is_span(match, before, after, night=bool(NIGHT_AROUND.search(before)))
        found.append(
            DateMention(
                day, start, end, match[0], reported and not tied, dateline, tied, span,
                story_offset(match),
            )
        )  # fmt: skip
    return from_the_speech_day(found) if len(found) > 1 else found


SPEECH_DAY_SET = frozenset(SPEECH_DAYS)


def from_the_speech_day(found: list[DateMention]) -> list[DateMention]:
    """'Said on Sunday that shells hit Kharkiv this morning': a day word counted from the day
    the speaker spoke, where the sentence names it."""
    spoken = next((d for d in found if speech_day(d)), None)
    return found if spoken is None else [counted_from(d, spoken.date) or d for d in found]


def speech_day(day: DateMention) -> bool:
    """A day a speaker spoke on ("said on Sunday"), not a relative word of its own."""
    return day.reported and day.text.lower() not in RELATIVE_DAYS


def counted_from(day: DateMention, spoken: dt.date) -> DateMention | None:
    """'this morning', 'yesterday' counted from the day the speaker spoke (None for any other
    day mention)."""
    key = " ".join(day.text.lower().split())
    if key not in SPEECH_DAY_SET:
        return None
    return replace(day, date=spoken - dt.timedelta(days=RELATIVE_DAYS[key]))


def is_span(match: re.Match[str], before: str, after: str, night: bool) -> bool:
    """'over the weekend', 'on July 13 and 14', 'on Saturday and Sunday' (not 'on the night of
    November 7-8', which is one night)."""
    if match["weekend"]:
        return True
    if night:
        return False
    return bool(match["md_day2"] or PAIR_BEFORE.search(before) or PAIR_AFTER.match(after))


# Every date expression holds a digit or one of these (weekdays end in "day"; "overnight",
# "this morning", "two weeks ago"): a substring test rules most sentences out before the scan.
DATE_KEYS = ("day", "night", "morning", "afternoon", "evening", "week")
DIGIT = re.compile(r"\d")
# (or a short weekday: "on Sun.")
SHORT_WEEKDAY = re.compile(rf"\b{SHORT_WEEKDAY_WORD}[.,]")


def may_name_a_day(text: str, lowered: str = "") -> bool:
    lowered = lowered or text.lower()
    return (
        any(key in lowered for key in DATE_KEYS)
        or bool(DIGIT.search(text))
        or bool(SHORT_WEEKDAY.search(text))
    )


def resolve(match: re.Match[str], published: dt.date | None, night: bool = False) -> dt.date | None:
    if match["iso"]:
        return safe_date(*map(int, match["iso"].split("-")))
    if match["numeric"]:
        return numeric_date(match["numeric"], published)
    if match["md"] or match["dm"]:
        month = MONTHS[month_token(match["md"] or match["dm"])]
        day = int(match["md_day"] or match["dm_day"])
        if match["md_day2"] and night:  # "on the night of November 7–8": after midnight
            day = int(match["md_day2"])
        year = match["md_year"] or match["dm_year"]
        return month_day(month, day, int(year) if year else None, published)
    if published is None:
        return None
    if match["last_week"]:  # the named day of the week before the report's
        monday = published - dt.timedelta(days=published.weekday())
        return monday - dt.timedelta(days=7 - WEEKDAYS.index(match["weekday"].lower()))
    if match["weekday"] or match["short_weekday"]:
        name = (match["weekday"] or match["short_weekday"]).lower()
        before = published - dt.timedelta(days=1) if match["last"] else published
        return weekday_on_or_before(WEEKDAY_ABBREVIATIONS.get(name, name), before)
    if match["rel"]:
        return published - dt.timedelta(days=RELATIVE_DAYS[" ".join(match["rel"].lower().split())])
    if match["weekend"]:  # a span: the report's day stands in, never used as the strike's
        return published
    if match["nth"]:  # "on the 3rd": this month's, or last month's if still to come
        day = int(match["nth_day"])
        this_month = safe_date(published.year, published.month, day)
        if this_month and this_month <= published:
            return this_month
        last = published.replace(day=1) - dt.timedelta(days=1)
        return safe_date(last.year, last.month, day)
    if match["ago"]:  # "three days ago", "two weeks earlier"
        return published - dt.timedelta(days=days_back(match))
    if match["later"]:  # the report's day, for want of the story's (see ``story_offset``)
        return published
    return None  # every alternative of DATE_EXPR is handled above


def story_offset(match: re.Match[str]) -> int:
    """Days from the story's day: 'two days later' -> 2, 'three days after the strike' -> -3,
    'the day before' -> -1 (before the day the story tells of, not before the report)."""
    if match[0].lower().endswith("after"):
        return -days_back(match) or days_later(match)
    return -days_before_story(match["rel"] or "") or days_later(match)


def days_before_story(phrase: str) -> int:
    """'the day before' -> 1, 'two days earlier' -> 2: days back from the story's day (0 for
    any other phrase)."""
    phrase = " ".join(phrase.lower().split())
    return RELATIVE_DAYS[phrase] if phrase in STORY_BACK_DAYS else 0


def days_later(match: re.Match[str]) -> int:
    """'two days later' -> 2, 'the next day' -> 1 (0 for any other date form)."""
    if not match["later"]:
        return 0
    return count_of(match["later_n"] or "1")


def days_back(match: re.Match[str]) -> int:
    """'three days ago' -> 3, 'two weeks earlier' -> 14, '48 hours ago' -> 2 (0 for any other
    date form)."""
    if not match["ago"]:
        return 0
    count = count_of(match["ago_n"])
    unit = match["ago_unit"].lower()
    return count // 24 if unit == "hours" else count * (7 if unit.startswith("w") else 1)


def count_of(count: str) -> int:
    """'3' -> 3, 'Three' -> 3 (a count DATE_EXPR matched: digits or an AGO_NUMBERS word)."""
    count = count.lower()
    return int(count) if count.isdigit() else AGO_NUMBERS[count]


def month_token(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower()[:3] in MONTHS]
    return words[0].lower()[:3]


def month_day(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    if year is not None:
        return safe_date(year, month, day)
    if published is None:
        return None
    candidate = safe_date(published.year, month, day)
    if candidate and candidate > published + dt.timedelta(days=2):
        candidate = safe_date(published.year - 1, month, day)
    return candidate


def weekday_on_or_before(name: str, published: dt.date) -> dt.date:
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    return published - dt.timedelta(days=back)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def numeric_date(text: str, published: dt.date | None) -> dt.date | None:
    """'04.10.2020', '4/10/20': day first, as most outlets outside the US write it; month
    first where only that reads ('10/25/2020')."""
    day, month, year = (int(part) for part in re.split(r"[./]", text))
    year += 2000 if year < 100 else 0
    return safe_date(year, month, day) or safe_date(year, day, month)


@lru_cache(maxsize=4096)
def parse_date(expression: str, published: dt.date | None = None) -> dt.date | None:
    """A date written any way dateparser reads ("5 Oct 2020", "October 5, 2020"), relative
    to ``published`` where it is relative. For the user's own dates (--published), not the
    article's: the rules above read those by table, without loading dateparser."""
    import dateparser

    settings: dict = {"PREFER_DATES_FROM": "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
