"""One registry of the codes solieu writes into error records and warnings.

A code is stable (people filter on it); the message says what was found in plain words.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "E001": "the file could not be read",
    "E002": "the text is empty",
    "E003": "the bytes are not valid text in UTF-8, UTF-16, Windows-1258, TCVN3, VNI or VISCII",
    "E004": "the file looks binary, not text",
    "E005": "a line of a JSONL file is not valid JSON",
    "E006": "a JSONL line has no text (nor html) field",
    "E007": "the article could not be processed",
    "E008": "the worker died on this article: memory or crash",
    "E009": "the input ended early: the articles after what was read are missing",
    "E010": "the bytes are in a Vietnamese encoding from before Unicode, but which one is unsure",
    "E011": "the web page has no main text to extract, or is too large to be a news page",
    "W001": "some lines are mojibake (UTF-8 read as Windows-1252): matched as repaired, spans on the text as given",
    "W002": "the text holds U+FFFD replacement characters: bytes were lost before solieu",
    "W003": "the text was decoded as Windows-1258",
    "W004": "NUL bytes were removed from the text: offsets are on the text without them",
    "W005": "a number too large to be a count was left out",
    "W006": "the published date is not a date solieu reads (ISO, or day/month/year) or no real date, and was left out",
    "W007": "the article produced more than one record may hold: its record is cut short",
    "W008": "the text was decoded from a Vietnamese encoding from before Unicode (TCVN3, VNI or VISCII)",
    "W009": "matching ran out of the article's time budget (--article-timeout): the items found until then are kept",
}

# What `solieu extract` exits with; the README lists them. A run that wrote every record exits 0
# even when some records are errors: those are in the output, each with its code.
EXIT_CODES: dict[int, str] = {
    0: "done: every input article has its line",
    1: "nothing could be processed: every record is an error",
    2: "refused before reading: bad arguments, or the output is one of the inputs",
    3: "an input ended early: the records of what was read are written, the rest is missing",
    4: "the output cannot be opened: a missing folder, a folder, no permission, a read-only file system",
    5: "the output could not be written: the disk is full, a file size limit, an I/O error",
    6: "the output was closed by its reader (a closed pipe)",
    130: "interrupted (Ctrl-C): OUT.partial is kept for --resume",
    143: "terminated (SIGTERM): OUT.partial is kept for --resume",
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
