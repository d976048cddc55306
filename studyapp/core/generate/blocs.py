"""Blocs and their members: "the West" beside "Canada" is an option that contains another.

A student offered "West" and "Canada" for what Canada is prepared to discuss cannot call "West"
wrong (readers found it), so two options where one bloc holds the other party are never offered together.
These are facts of world politics, not of any article: who belongs to NATO, the EU and the G7, and that
"the West" (its allies, powers and nations) holds all three.
"""

from __future__ import annotations

import functools
import re

from studyapp.core.generate.positions import country_of, party_name

_EU = {"Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Czech Republic", "Denmark", "Estonia",
       "Finland", "France", "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg",
       "Malta", "Netherlands", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden"}
_NATO = {"Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Czech Republic", "Denmark", "Estonia",
         "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
         "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
         "Slovenia", "Spain", "Sweden", "Turkey", "United Kingdom", "United States"}
_G7 = {"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States", "European Union"}
_EUROPE = _EU | {"European Union", "United Kingdom", "Norway", "Switzerland", "Iceland", "England", "Scotland",
                 "Wales"}
_WEST = _EU | _NATO | _G7 | {"NATO", "European Union", "G7", "Europe", "Australia", "New Zealand", "England",
                             "Scotland", "Wales"}

# A bloc's names as a story writes them, each with the parties it holds.
_BLOCS: dict[str, frozenset[str]] = {
    "nato": frozenset(_NATO), "north atlantic treaty organization": frozenset(_NATO),
    "european union": frozenset(_EU), "eu": frozenset(_EU), "europe": frozenset(_EUROPE),
    "g7": frozenset(_G7), "group of seven": frozenset(_G7),
    "west": frozenset(_WEST),
}
# "Western allies", "the Western powers", "Western nations", "the US and its allies": the West by another name.
_WESTERN = re.compile(r"^(?:the\s+)?(?:west|western\s+(?:allies|powers|nations|countries|governments|leaders|"
                      r"states|alliance|partners))$", re.IGNORECASE)


# An industry or a trade as a side ("Reggae industry", "the oil sector"): it holds the firms of the trade the
# article names as sides of their own ("Record companies", "Promoters"), and a question offering both has two
# right answers.
_INDUSTRY = re.compile(r"\b(?:industry|industries|sector|trade)$", re.IGNORECASE)
_TRADE_AGENT = re.compile(r"\b(?:companies|firms|labels|promoters|producers|retailers|manufacturers|operators|"
                          r"suppliers|distributors|carriers|airlines|banks|lenders|insurers|developers|builders|"
                          r"publishers|broadcasters|studios|growers|exporters|importers|traders|employers|businesses|"
                          r"makers|brands)$", re.IGNORECASE)
_TRADE = frozenset({"the firms of the trade"})


def _canonical(name: str) -> str:
    bare = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    if _WESTERN.match(bare):
        return "west"
    named = country_of(bare) or party_name(bare)
    return named.lower() if named.lower() in _BLOCS else named


@functools.lru_cache(maxsize=4096)
def members(name: str) -> frozenset[str]:
    """The parties a bloc holds ("NATO": its member states), empty for a party that is no bloc. A side the
    article names as a list ("UK, France, Austria and Sweden") holds each party listed."""
    if _INDUSTRY.search(name):
        return _TRADE
    if "," in name and " and " in name:
        items = re.split(r",\s+(?:and\s+)?|\s+and\s+", " ".join(name.split()))
        return frozenset(party_name(re.sub(r"^the\s+", "", x, flags=re.IGNORECASE)) for x in items if x)
    return _BLOCS.get(_canonical(name), frozenset())


def holds(bloc: str, other: str) -> bool:
    """Whether `bloc` holds `other` (a member, or a smaller bloc inside it)."""
    inside = members(bloc)
    if not inside:
        return False
    if inside is _TRADE:  # "the reggae industry" holds its record companies and promoters
        return bool(_TRADE_AGENT.search(other)) and not _INDUSTRY.search(other)
    named = _canonical(other)
    if named in inside or party_name(named) in inside:
        return True
    theirs = members(other)
    return bool(theirs) and _canonical(other) != _canonical(bloc) and theirs <= inside | {party_name(named)}


def overlap(a: str, b: str) -> bool:
    """Whether one of two parties holds the other: a bloc and its member ("West" and "Canada", "NATO"
    and "Britain"), or a bloc and a smaller bloc inside it ("the West" and "NATO")."""
    return holds(a, b) or holds(b, a)


def apart(key: str, others: list[str], limit: int = 8) -> list[str]:
    """Up to `limit` of `others`, in order, without any that holds, or is held by, the key or an option kept
    before it, so that no option contains another. Only a bloc holds anything: two parties that are neither are
    never compared (a long article offers hundreds)."""
    kept: list[str] = []
    blocs = [key] if members(key) else []
    for o in others:
        if len(kept) >= limit:
            break
        if members(o):
            if overlap(o, key) or any(overlap(o, k) for k in kept):
                continue
            blocs.append(o)
        elif any(holds(b, o) for b in blocs):
            continue
        kept.append(o)
    return kept
