"""The parts of a DOCX package the parse reads: the main document part, its styles part and its
numbering part.

Both the whole-file loader (loaders.load_docx) and the stream (docxstream.py) find them here, so a
file reads the same way, or fails with the same one-line error, in both. Only these parts (and the
package's ``[Content_Types].xml`` and relationships that lead to them) are opened: headers, footers,
comments, images and the rest never decide the text of a clause, so a broken or missing one does
not make the body unreadable (python-docx parses every part when it opens a package, and fails on
the first bad one; a broken footer made a whole standard unreadable). The numbering part does
decide clause numbers (Word automatic numbering, docxnum.py), but a broken one only loses them: the
text is read without its automatic numbers, and a warning names the file (``numbering``).
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from typing import Any

from assistant.ingest.docxnum import Numbering

log = logging.getLogger(__name__)

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class OddPackage(Exception):
    """A package these rules do not decide (no single main part, not a Word main part, no styles
    part): python-docx opens it instead, with its default styles or its own error."""


def xml(z: zipfile.ZipFile, member: str) -> Any:
    """A part's XML parsed as python-docx parses it; KeyError for a missing member. An error names
    the member as the stream's incremental parse of it does ("… (document.xml, line 2)")."""
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # as python-docx's
    return etree.fromstring(z.read(member), parser, base_url=member)


def rels(z: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """(type, part name) of the internal relationships of ``part`` ("/" for the package)."""
    base, name = posixpath.split(part)
    try:
        root = xml(z, posixpath.join(base, "_rels", name + ".rels").lstrip("/"))
    except KeyError:
        return []  # python-docx: a part without a .rels file has no relationships
    return [(r.get("Type", ""), posixpath.normpath(posixpath.join(base, r.get("Target", ""))))
            for r in root.iter(_RELS) if r.get("TargetMode") != "External"]


def package(z: zipfile.ZipFile) -> tuple[str, str, str | None]:
    """(main part, styles part, numbering part or None) as zip member names. KeyError for a missing ``[Content_Types].xml``,
    lxml's error for bad XML in it or in a relationships file; OddPackage (see there)."""
    types = xml(z, "[Content_Types].xml")
    main = [t for kind, t in rels(z, "/") if kind == _RT + "officeDocument"]
    if len(main) != 1:
        raise OddPackage("no single main document part")
    over = {o.get("PartName", "").lower(): o.get("ContentType") for o in types.iter(_CT + "Override")}
    ext = {d.get("Extension", "").lower(): d.get("ContentType") for d in types.iter(_CT + "Default")}
    kind = over.get(main[0].lower(), ext.get(posixpath.splitext(main[0])[1][1:].lower()))
    if kind != _MAIN:
        raise OddPackage("not a Word document's main part")
    styles = [t for kind, t in rels(z, main[0]) if kind == _RT + "styles"]
    if len(styles) != 1:
        raise OddPackage("no single styles part (python-docx would use its default styles)")
    numbering = [t for kind, t in rels(z, main[0]) if kind == _RT + "numbering"]
    return main[0].lstrip("/"), styles[0].lstrip("/"), numbering[0].lstrip("/") if len(numbering) == 1 else None


def numbering(z: zipfile.ZipFile, member: str | None, name: str) -> Numbering:
    """The numbering part's lists; none without the part. A broken part (bad XML, missing member,
    odd values) is no error: the body is read without automatic numbers, a warning is logged and
    the parse report says so (``Numbering.problem``, docxnum.UNREADABLE)."""
    if member is None:
        return Numbering()
    try:
        return Numbering.of(xml(z, member))
    except Exception as e:  # the body is still readable: only Word's automatic numbers are lost
        reason = f"{e or type(e).__name__}"
        log.warning("%s: numbering part %s unreadable (%s): automatic numbers are not read", name, member, reason)
        return Numbering(problem=reason)


__all__ = ["OddPackage", "numbering", "package", "rels", "xml"]
