"""The immutable settings of one extraction run."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigError

QUOTE_TYPES = ("direct", "mixed", "indirect")
CUE_SETS = ("speech", "all")
STYLES = ("auto", "news", "fiction")


@dataclass(frozen=True)
class Config:
    """How `quotetool.extract` works. Every field has a default:

    - ``types`` = ("direct", "mixed", "indirect"): quote types kept in the result.
    - ``cues`` = "speech": which attribution cues count. "speech" keeps verbs of saying
      (said, told, according to); "all" also keeps belief and intention cues
      (believes, wants, expects), as in PolNeAR-style annotation.
    - ``explain`` = False: keep the resolution trace of every quote in ``Quote.explain``
      output (the trace is always computed; this only decides whether ``to_dict`` shows it).
    - ``window`` = 300: how many characters around a quotation the cue search looks at.
      Bounds the work per quotation, so time stays linear in the input.
    - ``style`` = "auto": how a quote-only paragraph after someone's quote is read. "news":
      the same speaker goes on (the wire-story convention). "fiction": dialogue turns, so it
      is the other party's reply. "auto" takes "fiction" for hard-wrapped text (plain-text
      books) and for text with few news marks (numbers, money, weekdays, news words) and few
      names inside sentences (a novel's chapter with one line a paragraph), "news" otherwise;
      ``Document.style`` tells which, ``Document.style_explain`` why (see ``quotetool.style``).
    - ``include_text`` = False: keep the text in ``Document.text`` (and the JSON's ``text``), for
      inputs whose text is not the bytes given, such as an HTML page's extracted article.
    """

    types: tuple[str, ...] = QUOTE_TYPES
    cues: str = "speech"
    explain: bool = False
    window: int = 300
    style: str = "auto"
    include_text: bool = False

    def __post_init__(self) -> None:
        unknown = [t for t in self.types if t not in QUOTE_TYPES]
        if unknown or not self.types:
            raise ConfigError(
                f"unknown quote type {', '.join(unknown) or '(none)'}; use any of {', '.join(QUOTE_TYPES)}"
            )
        if self.cues not in CUE_SETS:
            raise ConfigError(f"unknown cue set {self.cues!r}; use 'speech' or 'all'")
        if self.style not in STYLES:
            raise ConfigError(f"unknown style {self.style!r}; use auto, news or fiction")
        if self.window < 50:
            raise ConfigError("window must be at least 50 characters")
