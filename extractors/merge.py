"""Across articles: one record per strike, with every report of it.

Reports of the same place on the same day with compatible weapons are one strike. Counts are
kept as low / best / high, where best is the figure of the most recent report that gives one
(later reports usually carry revised tolls); ties on the date go to the higher figure.
"""

from __future__ import annotations

from typing import Any

from .geo import distance_km

SAME_PLACE_KM = 5.0
REPORT_FIELDS = ("article", "published", "sources", "killed", "injured", "denied_by", "evidence")


def compatible_weapons(a: str | None, b: str | None) -> bool:
    return a == b or "unspecified" in (a, b) or None in (a, b)


def same_place(a: dict, b: dict) -> bool:
    if a.get("lat") is not None and b.get("lat") is not None:
        return distance_km((a["lat"], a["lon"]), (b["lat"], b["lon"])) <= SAME_PLACE_KM
    return (a.get("location") or "").lower() == (b.get("location") or "").lower()


def same_strike(group: dict, event: dict) -> bool:
    return (
        group["date"] == event.get("date")
        and same_place(group, event)
        and compatible_weapons(group["weapon"], event.get("weapon"))
    )


def merge_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group event rows (each with "article" and "published") into strikes."""
    groups: list[dict[str, Any]] = []
    for row in sorted(rows, key=lambda r: (r.get("published") or "", r.get("article") or "")):
        group = next((g for g in groups if same_strike(g, row)), None)
        if group is None:
            group = new_group(row)
            groups.append(group)
        add_report(group, row)
    return [finish(group) for group in groups]


def new_group(row: dict) -> dict:
    keep = ("location", "country", "kind", "lat", "lon", "date", "distance_km", "reference")
    group = {key: row.get(key) for key in keep}
    group["weapon"] = row.get("weapon") or "unspecified"
    group["reports"] = []
    return group


def add_report(group: dict, row: dict) -> None:
    group["reports"].append({key: row.get(key) for key in REPORT_FIELDS})
    if group["weapon"] == "unspecified" and row.get("weapon"):
        group["weapon"] = row["weapon"]


def finish(group: dict) -> dict:
    reports = group.pop("reports")
    published = sorted(r["published"] for r in reports if r["published"])
    sources: list[str] = []
    for report in reports:
        sources += [s for s in report["sources"] or [] if s not in sources]
    return {
        **group,
        "reports": len(reports),
        "sources": sources,
        "killed": spread(reports, "killed"),
        "injured": spread(reports, "injured"),
        "contested": any(r["denied_by"] for r in reports),
        "denied_by": sorted({d for r in reports for d in r["denied_by"] or []}),
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "report_list": reports,
    }


def spread(reports: list[dict], field: str) -> dict[str, int | None]:
    """low / best / high of one count over the reports that give it."""
    given = [(r["published"] or "", r[field]) for r in reports if r[field] is not None]
    if not given:
        return {"low": None, "best": None, "high": None}
    values = [v for _, v in given]
    return {"low": min(values), "best": max(given)[1], "high": max(values)}
