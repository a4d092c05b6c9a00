"""One registry of the codes solieu writes into error records and warnings.

A code is stable (people filter on it); the message says what was found in plain words.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "E001": "the file could not be read",
    "E002": "the text is empty",
    "E003": "the bytes are not valid text in UTF-8, UTF-16 or Windows-1258",
    "E004": "the file looks binary, not text",
    "E005": "a line of a JSONL file is not valid JSON",
    "E006": "a JSONL line has no text field",
    "E007": "the article could not be processed",
    "W001": "some lines are mojibake (UTF-8 read as Windows-1252): matched as repaired, spans on the text as given",
    "W002": "the text holds U+FFFD replacement characters: bytes were lost before solieu",
    "W003": "the text was decoded as Windows-1258",
    "W004": "the article produced more than one record may hold: its record is cut short",
}


def describe(code: str, detail: str = "") -> str:
    """The message for a code, with the detail that makes it concrete.

    >>> describe("E002")
    'E002: the text is empty'
    >>> describe("E005", "line 3: Expecting value")
    'E005: a line of a JSONL file is not valid JSON (line 3: Expecting value)'
    """
    base = f"{code}: {CODES[code]}"
    return f"{base} ({detail})" if detail else base
