"""One message catalogue for everything outside the GUI, in English and Simplified Chinese."""

from __future__ import annotations

import locale
import os
import string
from enum import StrEnum


class Language(StrEnum):
    """Languages promoplanner speaks."""

    EN = "en"
    ZH = "zh"


_current: Language | None = None


def detect_language() -> Language:
    """Language from PROMOPLANNER_LANG, else the system locale."""
    for value in (
        os.environ.get("PROMOPLANNER_LANG"),
        os.environ.get("LC_ALL"),
        os.environ.get("LC_MESSAGES"),
        os.environ.get("LANG"),
        (locale.getlocale()[0] or ""),
    ):
        if value:
            return Language.ZH if value.lower().startswith("zh") else Language.EN
    return Language.EN


def current_language() -> Language:
    """The language chosen for this process."""
    global _current
    if _current is None:
        _current = detect_language()
    return _current


def set_language(language: Language | str) -> None:
    """Choose the language for messages from now on."""
    global _current
    _current = Language(language)


class Words:
    """A message to be put into another one, said in whatever language that one is said in."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params

    def said(self, language: Language | str | None = None) -> str:
        """The words in the language."""
        return text(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.said()


class WordList(Words):
    """Several messages put into another one, joined as the language joins a list."""

    def __init__(self, *parts: Words) -> None:
        super().__init__("")
        self.parts = parts

    def said(self, language: Language | str | None = None) -> str:
        """The parts in the language, joined with its comma."""
        lang = Language(language) if language else current_language()
        joiner = "、" if lang is Language.ZH else ", "
        return joiner.join(p.said(lang) for p in self.parts)


class Term:
    """A catalogue word used as a message parameter, rendered in the message's language.

    A refusal is made once and may be shown in either language (``both``); a field's name
    in it must follow the message, not the language current when it was raised.
    """

    def __init__(self, key: str, fallback: str = "") -> None:
        self.key = key
        self.fallback = fallback or key

    def render(self, language: Language) -> str:
        """The word in the language (its fallback when the catalogue lacks it)."""
        from promoplanner.core.messages import MESSAGES

        pair = MESSAGES.get(self.key)
        if pair is None:
            return self.fallback
        return pair[1] if language is Language.ZH else pair[0]

    def __str__(self) -> str:
        return self.render(current_language())


def text(key: str, language: Language | str | None = None, **params: object) -> str:
    """The message under key in the language, with its parameters filled in.

    A parameter that is itself Words is said in the same language.
    """
    from promoplanner.core.messages import MESSAGES  # feature packages add theirs to it

    lang = Language(language) if language else current_language()
    en, zh = MESSAGES[key]
    template = zh if lang is Language.ZH else en
    said = {
        k: v.said(lang) if isinstance(v, Words) else v.render(lang) if isinstance(v, Term) else v
        for k, v in params.items()
    }
    return _COUNTING.vformat(template, (), said)


class _CountingFormatter(string.Formatter):
    """str.format, plus "{n:item|items}": the first word when n is 1, else the second.

    English needs the singular ("1 phase"); Chinese never does and has no such fields.
    """

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, other = format_spec.split("|", 1)
            return one if type(value) is int and value == 1 else other
        return super().format_field(value, format_spec)


_COUNTING = _CountingFormatter()


def both(key: str, **params: object) -> str:
    """The message in English and Chinese, for logs and mixed audiences."""
    return f"{text(key, Language.EN, **params)} / {text(key, Language.ZH, **params)}"
