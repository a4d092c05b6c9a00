"""The cue phrases of the stages after matching, loaded from `patterns/cues/*.toml`.

The link stage, the layout reader and the validator look for words around a figure ("trong
đó", "gồm", "Một là …"). Those words are Vietnamese, so they are data like the match rules:
each cue has an id, a regex composed from the vocabulary (`{{group}}`), a note on why it
exists, and the real sentences it must and must not find, which the tests run. The engine
asks for a cue by file and id and never spells a Vietnamese word itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex
from pydantic import BaseModel, ConfigDict, Field

from solieu.rules import DataFileError, expand, load_data


class CueExample(BaseModel):
    """A real sentence and what the cue must find in it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    match: str | None = Field(default=None, description="the surface the cue must find; any match when absent")


class Cue(BaseModel):
    """One phrase the engine looks for, as a regex over the vocabulary."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    pattern: str = Field(description="a regex; `{{group}}` is replaced by the vocabulary group, longest first")
    ignore_case: bool = True
    verbose: bool = Field(default=False, description="white space and # comments in the pattern are layout")
    note: str
    examples: list[CueExample] = Field(min_length=1)
    counter_examples: list[str] = []

    def compiled(self) -> regex.Pattern[str]:
        return _compile(self.pattern, self.ignore_case, self.verbose)


class WordList(BaseModel):
    """Words the engine compares whole (not a regex), with the sentence that motivates them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str] = Field(min_length=1)
    note: str
    example: str = Field(description="a real sentence holding one of the words")


class CueFile(BaseModel):
    """One file of `patterns/cues/`: the cues and word lists of one concern."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cue: list[Cue] = []
    words: dict[str, WordList] = {}


@cache
def _compile(pattern: str, ignore_case: bool, verbose: bool) -> regex.Pattern[str]:
    flags = (regex.IGNORECASE if ignore_case else 0) | (regex.VERBOSE if verbose else 0)
    return regex.compile(expand(pattern), flags)


def cue_files() -> list[str]:
    """The names of the files of `patterns/cues/`, sorted."""
    folder = resources.files("solieu.patterns").joinpath("cues")
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


@cache
def load_cues(name: str) -> CueFile:
    """A file of `patterns/cues/`, validated; a typo fails here naming the file and the entry."""
    path = f"cues/{name}.toml"
    data = load_data(path, CueFile)
    ids = [c.id for c in data.cue]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataFileError(path, f"duplicate cue ids {duplicates}")
    for c in data.cue:
        try:
            c.compiled()
        except (regex.error, KeyError) as exc:
            raise DataFileError(path, f"cue {c.id!r}: {exc}") from None
    return data


@cache
def cue(name: str, cue_id: str) -> regex.Pattern[str]:
    """The compiled cue `cue_id` of `patterns/cues/<name>.toml`."""
    for c in load_cues(name).cue:
        if c.id == cue_id:
            return c.compiled()
    raise KeyError(f"patterns/cues/{name}.toml has no cue {cue_id!r}")


def words(name: str, key: str) -> list[str]:
    """The word list `key` of `patterns/cues/<name>.toml`."""
    found = load_cues(name).words.get(key)
    if found is None:
        raise KeyError(f"patterns/cues/{name}.toml has no word list {key!r}")
    return found.words
