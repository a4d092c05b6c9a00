"""Where an article is about: a province and district resolved against a real gazetteer.

underthesea ships the pre-2025 administrative units (63 provinces with their districts) and
their mapping to the 34 provinces of 2025. Evidence is weighed: the title, the agency prefix
or source line, `huyện X` in the body, bare province names; a district is named only when the
title names it or the body speaks of one district alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.cues import cue, words
from solieu.normalise import normalise
from solieu.rules import load_data, package_text, trie


class Places(BaseModel):
    """`places.toml`: what the gazetteer lacks, checked on load so a typo names its entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    needs_prefix: tuple[str, ...]
    not_places: tuple[str, ...] = Field(description="longer names that begin with a place's name and name no place")
    province_names: dict[str, str] = Field(description="the gazetteer's short name -> the pre-2025 province's")
    province_aliases: dict[str, str]


PLACES = load_data("places.toml", Places)
_NEEDS_PREFIX = frozenset(" ".join(n.casefold().split()) for n in PLACES.needs_prefix)
_NOT_PLACES = tuple(" ".join(n.casefold().split()) for n in PLACES.not_places)
_NOT_PLACE_SPAN = max((len(n) for n in _NOT_PLACES), default=0)
_UNIT_PREFIX = cue("location", "district.unit_word")
_NUMBERED = cue("location", "district.numbered")
_NUMBERED_WORDS = frozenset(words("location", "district.numbered_word"))


@dataclass(frozen=True)
class Gazetteer:
    province_of_district: dict[str, tuple[tuple[str, str], ...]]  # key -> ((province, district), …)
    provinces: dict[str, str]  # key -> short name
    new_province: dict[str, str]  # old short name -> 2025 short name
    longest: int  # words in the longest name
    lengths: dict[str, tuple[int, ...]]  # first word of a name -> its names' lengths in words, longest first
    first_words: re.Pattern[str]  # any of `lengths` as a word, in casefolded text
    names: frozenset[str]  # every key of `provinces` and `province_of_district`


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A name as the gazetteer keys it; the same few names stand in article after article."""
    return normalise(" ".join(name.split())).text.casefold()


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from underthesea's mapping file."""
    data = json.loads(package_text("underthesea", "address/data/mapping.json"))
    renamed = PLACES.province_names
    old_names = {k: renamed.get(v["short"], v["short"]) for k, v in data["old_province_names"].items()}
    new_names = {k: v["short"] for k, v in data["province_names"].items()}
    new_province = {old_names[k]: new_names[v] for k, v in data["province_mapping"].items() if k in old_names}
    districts: dict[str, set[tuple[str, str]]] = {}
    province_by_key: dict[str, str] = {}
    for short in old_names.values():
        province_by_key[_key(short)] = short
    for alias, short in PLACES.province_aliases.items():
        province_by_key[_key(alias)] = short
    # some ten thousand wards name about seven hundred districts: each district is keyed once
    pairs = dict.fromkeys((row["old_province_key"], row["old_district"]) for row in data["ward_mapping"])
    for province_key, district in pairs:
        province = old_names.get(province_key)
        if not province or not district:
            continue
        short = _UNIT_PREFIX.sub("", district)
        if short.isdigit():
            short = district  # a numbered urban district keeps its word: "Quận 3"
        districts.setdefault(_key(short), set()).add((province, short))
    longest = max(len(_TOKEN.findall(name)) for name in (*province_by_key, *districts))
    lengths: dict[str, set[int]] = {}
    for name in (*province_by_key, *districts):
        first, *rest = name.split(" ")
        lengths.setdefault(first, set()).add(1 + len(rest))
    return Gazetteer(
        {k: tuple(sorted(v)) for k, v in districts.items()},
        province_by_key,
        new_province,
        longest,
        {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()},
        re.compile(r"(?<!\w)" + trie(sorted(lengths)) + r"(?!\w)"),
        frozenset((*province_by_key, *districts)),
    )


def is_place_name(name: str) -> bool:
    """Whether a name is a province or a district of the gazetteer."""
    key = _key(name)
    gaz = gazetteer()
    return key in gaz.provinces or key in gaz.province_of_district


_TOKEN = regex.compile(r"[\p{L}\d]+(?:\.[\p{L}\d]+)*|-")


def find_places(text: str) -> list[tuple[int, int, str]]:
    """Place names of the gazetteer in a text, longest first: dictionary look-ups over runs of
    words that start with a capital (or `quận 3`), not a regex of 800 names."""
    gaz = gazetteer()
    names, first_words = gaz.names, gaz.first_words
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        word = run[0]
        if " " in word or "\t" in word:
            if first_words.search(word.casefold()):  # else no name begins in the run: no need to read it
                found += _names_in(text, run.start(), run.end(), gaz)
            continue
        word = word.rstrip(".")  # one word, most often a sentence's first: look it up whole
        if word.casefold() in names:
            start = run.start()
            found.append((start, start + len(word), word))
    return found


_CAPITALISED_RUN = cue("location", "place.capitalised_run")


def _names_in(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The longest name at each word of a run, left to right. A name's key joins its words with
    spaces, so only the lengths of the names that begin with a word are tried there, and none
    reaches across punctuation. What a run holds depends on its words alone: read once per run
    in the process's gazetteer."""
    if gaz is not gazetteer():
        return _read_names(text, start, end, gaz)
    return [(start + s, start + e, name) for s, e, name in _run_names(text[start:end])]


@lru_cache(maxsize=8192)
def _run_names(run: str) -> tuple[tuple[int, int, str], ...]:
    """The names in one run, offsets in the run: the same runs ("Việt Nam", "Hà Nội", "Trung Quốc")
    stand in article after article."""
    return tuple(_read_names(run, 0, len(run), gazetteer()))


def _read_names(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]
    found = []
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        lengths = gaz.lengths.get(word.casefold())
        if lengths is None:
            i += 1  # no name begins with this word
            continue
        numbered = word.casefold() in _NUMBERED_WORDS and i + 1 < len(tokens) and tokens[i + 1][2].isdigit()
        if not (word[:1].isupper() or numbered):
            i += 1
            continue
        reach = 1  # words from i that no punctuation separates
        while i + reach < len(tokens) and not text[tokens[i + reach - 1][1] : tokens[i + reach][0]].strip(" ."):
            reach += 1
        for n in lengths:
            if n > reach:
                continue  # words across punctuation are no one name
            window = tokens[i : i + n]
            key = " ".join(t[2] for t in window).casefold()
            if key in gaz.names:
                found.append((window[0][0], window[-1][1], text[window[0][0] : window[-1][1]]))
                i += n
                break
        else:
            i += 1
    return found


_MARGIN = 2  # mentions by which a province must lead the next place, unless one of its districts is named
_PROVINCE_PREFIX = cue("location", "province.before")
_DISTRICT_PREFIX = cue("location", "district.before")
_DISTRICT_UNIT = cue("location", "district.unit_before")


def _capitalised(text: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() for w in text.split())


def locate(title: str | None, body: str, hint_province: str | None) -> tuple[str | None, str | None, str | None]:
    """(province, district, 2025 province) of an article, or None where it is not one place."""
    gaz = gazetteer()
    province_score: Counter[str] = Counter()
    district_hits: Counter[tuple[str, str]] = Counter()
    title_districts: list[tuple[str, str]] = []
    if hint_province:
        province_score[hint_province] += 5
    for weight, text in ((3, title or ""), (1, body)):
        for m_start, _, surface in find_places(text):
            numbered = _NUMBERED.match(surface)  # "quận 6" names itself
            if not _capitalised(surface) and not numbered:
                continue
            key = _key(surface)
            if _NOT_PLACES and text[m_start : m_start + _NOT_PLACE_SPAN].casefold().startswith(_NOT_PLACES):
                continue  # "Thái Bình Dương" begins with a province's name
            before = text[max(0, m_start - 25) : m_start]
            if key in _NEEDS_PREFIX and not _PROVINCE_PREFIX.search(before):
                continue
            province = gaz.provinces.get(key)
            as_district = gaz.province_of_district.get(key, ())
            district_prefixed = bool(_DISTRICT_PREFIX.search(before)) or bool(numbered)
            if province and (
                not as_district
                or not district_prefixed
                or (_PROVINCE_PREFIX.search(before) and not _DISTRICT_UNIT.search(before))
            ):
                province_score[province] += weight
                continue
            if as_district and (district_prefixed or weight == 3):
                for pair in as_district:
                    district_hits[pair] += 1
                    province_score[pair[0]] += weight if len(as_district) == 1 else 0
                if weight == 3:
                    title_districts.extend(as_district)
    if not province_score:
        return None, None, None
    ranked = sorted(province_score.items(), key=lambda kv: (-kv[1], kv[0]))
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score < 2 or score < 2 * runner_up:
        return None, None, None  # national news, or several places with no one dominant
    if score < runner_up + _MARGIN and not any(p == best for p, _ in district_hits):
        # named twice where another place is named once, and none of its districts named: a venue,
        # a body's name, one place of several ('Hà Giang, Hòa Bình, Sơn La … chấm thi tại Hòa Bình')
        return None, None, None
    district = None
    in_title = [d for p, d in title_districts if p == best]
    if in_title:
        district = in_title[0]
    else:
        mine = {d: n for (p, d), n in district_hits.items() if p == best}
        if len(mine) == 1:
            ((name, count),) = mine.items()
            district = name if count >= 2 else None
    return best, district, gaz.new_province.get(best)


def newspaper_province(name: str | None) -> str | None:
    """The province of a provincial newspaper named in a source line: "Báo Lạng Sơn" -> Lạng Sơn."""
    if not name:
        return None
    gaz = gazetteer()
    found = [gaz.provinces[_key(surface)] for _, _, surface in find_places(name) if _key(surface) in gaz.provinces]
    return found[0] if len(set(found)) == 1 else None
