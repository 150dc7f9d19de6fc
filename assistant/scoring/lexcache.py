"""The checker's lexicons, built once per (cited keys, profile, scheme) and per set of documents in
scope, not once per text: building them (profile indicators, scheme scores, constants, reference
data) is most of a check's time, and the checker checks rewritten sentences of a text again.
Lexicons are read-only once built; the profile is keyed by its content, so an edited profile
builds anew."""

from __future__ import annotations

from pathlib import Path

from . import refdata, vocab
from .lexicon import Lexicon, Subject
from .profile import FactoryProfile
from .profile_subjects import add_profile_extras
from .subjects import add_constants, add_profile, add_reference, add_scores, keys_in_text

_MAIN: dict[tuple[object, ...], tuple[Lexicon, dict[str, Subject]]] = {}
_SCOPED: dict[tuple[str, ...], Lexicon] = {}
_MAX = 32


def _scheme_key(sch: str | Path | None) -> object:
    """A scheme id, or a scheme file with its modification time (an edited file builds anew)."""
    if not sch:
        return None
    path = Path(sch)
    try:
        st = path.stat() if path.suffix in (".yaml", ".yml", ".json") else None
    except OSError:
        st = None
    return (str(sch), st.st_mtime_ns, st.st_size) if st else str(sch)


def lexicons(norm: str, profile: FactoryProfile | None, cited_keys: tuple[str, ...] | list[str],
             scheme: str | Path | None) -> tuple[Lexicon, dict[str, Subject], Lexicon]:
    """(lexicon of cited constants, reference data, profile and scheme; profile subjects by id;
    lexicon of the constants of every document in scope of `norm`)."""
    keys = tuple(sorted({*cited_keys, *keys_in_text(norm), *vocab.aliased_keys(norm)}))
    sch = (scheme or profile.scheme) if profile is not None else None
    key = (keys, profile.model_dump_json() if profile is not None else None, _scheme_key(sch))
    if key not in _MAIN:
        lex = Lexicon()
        add_constants(lex, list(keys))
        add_reference(lex)
        others: dict[str, Subject] = {}
        if profile is not None:
            others = add_profile(lex, profile)
            add_profile_extras(lex, profile)
            if sch:
                add_scores(lex, profile, sch)
        if len(_MAIN) >= _MAX:
            _MAIN.clear()
        _MAIN[key] = (lex, others)
    docs = tuple(d for d, words in refdata.scopes().items() if not words or any(w in norm for w in words))
    if docs not in _SCOPED:
        fb = Lexicon()
        add_constants(fb, [], scoped_text=norm)
        if len(_SCOPED) >= _MAX:
            _SCOPED.clear()
        _SCOPED[docs] = fb
    lex, others = _MAIN[key]
    return lex, others, _SCOPED[docs]
