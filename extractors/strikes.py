"""Strike sentences: does a sentence report an attack, and is it real (not a threat)?"""

from __future__ import annotations

import re

# Words that report a physical attack. Each entry is a regex fragment; one table, one regex.
STRIKE_TRIGGERS = (
    r"hit|hits|hitting",
    r"str(?:uck|ike|ikes|iking)",
    r"airstrikes?|air[- ]strikes?|air raids?|bombard(?:ed|ment|ing)?",
    r"shell(?:ed|ing|s)?",
    r"targe?t(?:ed|ing|s)?",
    r"bomb(?:ed|ing|s)?|bombard",
    r"attack(?:ed|ing|s)?",
    r"fired|firing|opened fire|rocket fire|artillery fire|under fire|in the direction of",
    r"came under|come under|comes under|under (?:[#\w-]+ ){0,3}(?:fire|shelling|attack|bombardment)",
    r"launched|launching",
    r"pound(?:ed|ing)|rak(?:ed|ing)|blast(?:ed|s)?|explosions?",
    r"missiles? (?:fell|landed|struck)|landed",
    r"destroy(?:ed|ing)|damag(?:ed|ing)|leveled|levelled|flattened",
    r"cluster munitions?",
)
TRIGGER = re.compile(r"\b(?:" + "|".join(STRIKE_TRIGGERS) + r")\b", re.IGNORECASE)

# A strike that did not happen: threats, plans, conditionals ("could target", "threatened to").
HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|may|will|threaten(?:ed|s)? to|plans? to|vowed to|warned"
    r"|if|unless|no reason (?:[\w-]+ ){0,4}to|refrain from|ready to)\s+(?:\w+\s+){0,3}?"
    r"(?:be\s+)?(?:hit|strike|target|attack|shell|bomb|launch|fire)",
    re.IGNORECASE,
)
# Summaries of the whole war rather than a strike ("the clashes have killed dozens").
WAR_SUMMARY = re.compile(
    r"\b(?:since (?:the )?(?:start|beginning|outbreak|september|october|\w+ \d)|in total"
    r"|total of|death toll (?:since|of the war)|throughout the|over the past (?:weeks?|months?)"
    r"|since fighting|since the fighting|since the war|have killed (?:dozens|hundreds|thousands)"
    r"|(?:repeated|regular|constant|daily|frequent|nightly) (?:attacks|shelling|strikes|fire|bombardment))",
    re.IGNORECASE,
)


# Uses of strike words that are not attacks ("a deal was struck", "hit back at critics").
NOT_ATTACKS = re.compile(
    r"\b(?:deal|agreement|truce|ceasefire|cease-fire|accord|balance|chord)\s+(?:was\s+|had been\s+)?struck"
    r"|\bstruck\s+(?:a|an)\s+(?:deal|agreement|truce|balance)|\bhit (?:back|out)\b|\bfired (?:up|off a letter)",
    re.IGNORECASE,
)
# Photo captions and credits: "[Valentyn Ogirenko/Reuters]", "(Photo: AFP)".
CAPTION = re.compile(
    r"\[[^\]]{0,80}(?:\w\s?/\s?\w|Reuters|AFP|\bAP\b|Getty|Photo|EPA)[^\]]{0,80}\]|\(Photo[:\s]",
    re.IGNORECASE,
)


def is_strike_sentence(text: str) -> bool:
    cleaned = NOT_ATTACKS.sub(" ", text)
    return bool(TRIGGER.search(cleaned)) and not HYPOTHETICAL.search(cleaned)


def is_caption(text: str) -> bool:
    return bool(CAPTION.search(text))


def is_war_summary(text: str) -> bool:
    return bool(WAR_SUMMARY.search(text))
