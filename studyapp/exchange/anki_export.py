"""Anki decks (.apkg): one note per question, so students can keep studying in Anki.

Deck and model ids, and each note's guid, are derived from the bank and question ids: exporting
a newer version of a bank and importing it into Anki updates the same notes instead of adding
duplicates. Fields are HTML in Anki, so every text is escaped; and Anki reads its own syntax in a
field's text (`[sound:x.mp3]` plays a media file, `[latex]…[/latex]` and `[$]…[/$]` run LaTeX, `{{…}}`
is template and cloze syntax), so `[`, `]`, `{` and `}` are written as HTML entities: shown as typed,
never acted on. A `::` in the title would nest the deck; it is written `: :`.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

import genanki

from studyapp.core.bank import QUESTION_TYPES, TOPIC_LABELS, Bank, choices_of, prompt_of

FIELDS = ("Prompt", "Choices", "Answer", "Explanation", "Source", "Id")
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; } .src { color: #555; font-size: 16px; }"
_FRONT = "{{Prompt}}{{#Choices}}<br><br>{{Choices}}{{/Choices}}"
_BACK = ('{{FrontSide}}<hr id="answer">{{Answer}}<br><br>{{Explanation}}'
         '{{#Source}}<br><br><div class="src">{{Source}}</div>{{/Source}}')


def stable_id(*parts: str) -> int:
    """A number in Anki's id range (2**30..2**31) that depends only on `parts`."""
    digest = hashlib.sha256("\x1f".join(("studyapp", *parts)).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def model_for(bank: Bank) -> genanki.Model:
    return genanki.Model(
        stable_id("model", bank.bank.id),
        f"studyapp: {_deck_name(bank.bank.title)}",
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Card 1", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
        sort_field_index=0,
    )


def deck_for(bank: Bank) -> genanki.Deck:
    deck = genanki.Deck(stable_id("deck", bank.bank.id), _deck_name(bank.bank.title),
                        description=_inert(html.escape(bank.bank.description)))
    model = model_for(bank)
    for q in bank.questions:
        deck.add_note(genanki.Note(
            model=model,
            fields=_fields(bank, q),
            tags=[_tag(q.topic), *(_tag(t) for t in q.tags)],
            guid=genanki.guid_for("studyapp", bank.bank.id, q.id),
        ))
    return deck


def write_apkg(bank: Bank, path: Path | str) -> list[str]:
    """Every question fits a note (self-graded in Anki), so there is nothing to warn about."""
    genanki.Package(deck_for(bank)).write_to_file(str(path))
    return []


def _fields(bank: Bank, q) -> list[str]:
    spec = QUESTION_TYPES.of(q)
    lines = spec.answer_lines(bank, q)
    if spec.sequence:
        answer_html = "<ol>" + "".join(f"<li>{html.escape(a)}</li>" for a in lines) + "</ol>"
    else:
        answer_html = "<br>".join(html.escape(line) for line in lines)
    choices = choices_of(bank, q)
    choices_html = "<ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in choices) + "</ul>" if choices else ""
    lefts = spec.lefts(bank, q)
    if lefts:  # the left items are not in the prompt: show them, then the options
        choices_html = ("<ul>" + "".join(f"<li>{html.escape(a)} → ?</li>" for a in lefts) + "</ul>"
                        + "Options: " + html.escape(", ".join(choices)))
    fields = [_br(prompt_of(bank, q)), choices_html, answer_html, _br(q.explanation), _br(q.source), q.id]
    return [_inert(f) for f in fields]


_ANKI_SYNTAX = {"[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;"}


def _inert(field_html: str) -> str:
    """Escaped HTML with Anki's media, LaTeX and template brackets as entities (see the module doc)."""
    return "".join(_ANKI_SYNTAX.get(c, c) for c in field_html)


def _deck_name(title: str) -> str:
    return " ".join(title.replace("::", ": :").split())


def _br(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _tag(text: str) -> str:
    """Anki tags cannot hold spaces; a topic label would, so the topic's id is used."""
    return "_".join(text.split()) if text not in TOPIC_LABELS else text
