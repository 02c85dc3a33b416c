"""Strikes per day by party and by weapon, and killed/injured per day (matplotlib)."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .maps import WEAPON_COLOURS, pyplot

if TYPE_CHECKING:
    from conflict_extract import Strike

UNATTRIBUTED = "unattributed"
# Parties drawn in their own colour; the rest are summed under "other parties".
MAX_PARTIES = 6
PARTY_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02")
OTHER_COLOUR, UNATTRIBUTED_COLOUR = "#a6761d", "#bdbdbd"
HARM_COLOURS = {"killed": "#b2182b", "injured": "#ef8a62"}
DPI = 120


def party(strike: Strike) -> str:
    """The party its reports blame most often ('unattributed' when none names one)."""
    found = Counter(r.event.actor_party for r in strike.reports if r.event.actor_party)
    return found.most_common(1)[0][0] if found else UNATTRIBUTED


def bar_width(days: list[dt.date]) -> float:
    """A bar a day wide, wider on a long span so that it stays visible (in days)."""
    return max(0.8, (days[-1] - days[0]).days / 250)


def per_day(strikes: list[Strike], key) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """{group: Counter(day -> strikes)} for a grouping function of a strike."""
    table: dict[str, Counter] = {}
    for strike in strikes:
        table.setdefault(key(strike), Counter())[strike.date] += 1
    return table


def harm_per_day(strikes: list[Strike]) -> dict[str, Counter]:
    table: dict[str, Counter] = {"killed": Counter(), "injured": Counter()}
    for strike in strikes:
        for name in table:
            table[name][strike.date] += getattr(strike, name).best or 0
    return table


def party_groups(strikes: list[Strike]) -> dict[str, Counter]:
    """Strikes per day by party: the most frequent parties, then the rest together."""
    table = per_day(strikes, party)
    named = sorted((p for p in table if p != UNATTRIBUTED), key=lambda p: -sum(table[p].values()))
    kept = {p: table[p] for p in named[:MAX_PARTIES]}
    rest = Counter[dt.date]()
    for name in named[MAX_PARTIES:]:
        rest.update(table[name])
    if rest:
        kept["other parties"] = rest
    if UNATTRIBUTED in table:
        kept[UNATTRIBUTED] = table[UNATTRIBUTED]
    return kept


def colour_of(name: str, index: int) -> str:
    if name == UNATTRIBUTED:
        return UNATTRIBUTED_COLOUR
    if name == "other parties":
        return OTHER_COLOUR
    return WEAPON_COLOURS.get(name) or PARTY_COLOURS[index % len(PARTY_COLOURS)]


def stacked(axes, days: list[dt.date], groups: dict[str, Counter], title: str) -> None:  # type: ignore[no-untyped-def]
    bottom = [0] * len(days)
    for index, (name, counts) in enumerate(groups.items()):
        heights = [counts.get(day, 0) for day in days]
        axes.bar(days, heights, bottom=bottom, width=bar_width(days), label=name,
                 color=colour_of(name, index))  # fmt: skip
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    axes.set_title(title, loc="left", fontsize=10)
    axes.set_ylabel("strikes")
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    axes.yaxis.get_major_locator().set_params(integer=True)


def harm_bars(axes, days: list[dt.date], harm: dict[str, Counter]) -> None:  # type: ignore[no-untyped-def]
    import matplotlib.dates as mdates

    width = bar_width(days) / 2
    for shift, (name, counts) in zip((-width / 2, width / 2), harm.items(), strict=True):
        heights = [counts.get(day, 0) for day in days]
        axes.bar([mdates.date2num(d) + shift for d in days], heights,
                 width=width, label=name, color=HARM_COLOURS[name])  # fmt: skip
    axes.set_title("Killed and injured per day (best estimate across reports)", loc="left",
                   fontsize=10)  # fmt: skip
    axes.set_ylabel("people")
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


def figure(strikes: list[Strike]):  # type: ignore[no-untyped-def]
    """The three-panel figure of the dated strikes (None when no strike is dated)."""
    plt = pyplot("timelines")
    import matplotlib.dates as mdates

    dated = [s for s in strikes if s.date is not None]
    if not dated:
        return None
    days = sorted({s.date for s in dated})  # type: ignore[type-var]
    width = min(16.0, 7.5 + 0.12 * ((days[-1] - days[0]).days + 1))
    fig, (top, middle, bottom) = plt.subplots(3, 1, figsize=(width, 8.5), sharex=True)
    stacked(top, days, party_groups(dated), "Strikes per day by party blamed")
    weapons = per_day(dated, lambda s: s.weapon)
    stacked(middle, days, dict(sorted(weapons.items())), "Strikes per day by weapon")
    harm_bars(bottom, days, harm_per_day(dated))
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(bottom.xaxis.get_major_locator()))
    for axes in (top, middle, bottom):
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        axes.set_axisbelow(True)
    fig.suptitle(f"{len(dated)} dated strike(s), {days[0]} to {days[-1]}", x=0.01, ha="left")
    fig.tight_layout()
    return fig


def draw_timeline(strikes: list[Strike], output: str) -> tuple[int, int]:
    """Write the timeline to PNG or SVG; (strikes shown, undated strikes left out)."""
    fig = figure(strikes)
    undated = sum(s.date is None for s in strikes)
    if fig is None:
        fig = empty_figure()
    fig.savefig(Path(output), dpi=DPI)
    close(fig)
    return len(strikes) - undated, undated


def timeline_svg(strikes: list[Strike]) -> str | None:
    """The timeline as SVG text (for the report page), or None without dated strikes."""
    fig = figure(strikes)
    if fig is None:
        return None
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    close(fig)
    return buffer.getvalue()


def empty_figure():  # type: ignore[no-untyped-def]
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(figsize=(7.5, 2))
    axes.axis("off")
    axes.text(0.5, 0.5, "no dated strike", ha="center", va="center")
    return fig


def close(fig) -> None:  # type: ignore[no-untyped-def]
    import matplotlib.pyplot as plt

    plt.close(fig)
