"""A DOCX package written part by part as raw XML (tests/test_ingest_recovery2.py): the styles, the
numbering part and the body are the test's own, and any part can be left out or broken."""

from __future__ import annotations

import zipfile
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'wordprocessingml.document.main+xml"/></Types>')
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
              f'package/2006/relationships"><Relationship Id="rId1" Type="{_RT}officeDocument" '
              'Target="word/document.xml"/></Relationships>')
_DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
             f'package/2006/relationships"><Relationship Id="rId1" Type="{_RT}styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{_RT}numbering" Target="numbering.xml"/></Relationships>')


def _style(sid: str, name: str, ppr: str = "") -> str:
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>' \
           f'<w:pPr>{ppr}</w:pPr></w:style>'


STYLES = (f'<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '</w:style>' + _style("Heading1", "heading 1", '<w:outlineLvl w:val="0"/>')
          + _style("Heading2", "heading 2", '<w:outlineLvl w:val="1"/>')
          # a style-linked list: the style carries the list, the list's level names the style
          + _style("Chapter", "章标题", '<w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/>')
          + _style("Section", "节标题", '<w:numPr><w:numId w:val="3"/><w:ilvl w:val="1"/></w:numPr>'
                   '<w:outlineLvl w:val="1"/>')
          + _style("一级标题", "一级标题", '<w:outlineLvl w:val="0"/>') + _style("Own", "自定义标题")
          + _style("Title", "Title")
          # numbered through a list style: NumH2 inherits NumH1's list (w:basedOn), at its own level
          + _style("NumH1", "编号标题1", '<w:numPr><w:numId w:val="4"/></w:numPr>')
          + '<w:style w:type="paragraph" w:styleId="NumH2"><w:name w:val="编号标题2"/><w:basedOn w:val="NumH1"/>'
            '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' + "</w:styles>")


def _lvl(ilvl: int, fmt: str, text: str, style: str = "") -> str:
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}' \
           f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/></w:lvl>'


NUMBERING = (f'<w:numbering {W}>'
             f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1")}{_lvl(1, "decimal", "%1.%2")}'
             f'{_lvl(2, "decimal", "%1.%2.%3")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "upperLetter", "附录%1")}{_lvl(1, "decimal", "%1.%2")}'
             '</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="2">{_lvl(0, "lowerLetter", "%1)")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="3">{_lvl(0, "decimal", "%1", "Chapter")}'
             f'{_lvl(1, "decimal", "%1.%2", "Section")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="4"><w:styleLink w:val="HeadList"/>{_lvl(0, "decimal", "%1", "NumH1")}'
             f'{_lvl(1, "decimal", "%1.%2", "NumH2")}</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="HeadList"/></w:abstractNum>'
             '<w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
             '<w:num w:numId="10"><w:abstractNumId w:val="2"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
             '<w:num w:numId="11"><w:abstractNumId w:val="2"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>')


def para(text: str, style: str = "", num: tuple[int, int] | None = None, ppr: str = "") -> str:
    """A paragraph; ``text`` may hold raw run XML (a ``<w:`` prefix) instead of plain text."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    runs = text if text.startswith("<w:") else "".join(
        f"<w:r><w:t>{t}</w:t></w:r>" + ("<w:r><w:br/></w:r>" if k < len(text.split("\n")) - 1 else "")
        for k, t in enumerate(text.split("\n")))
    return f"<w:p><w:pPr>{props}{ppr}</w:pPr>{runs}</w:p>"


def write_docx(path: Path, paras: list[str], numbering: str | None = NUMBERING, styles: str = STYLES) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/styles.xml", styles)
        if numbering is not None:
            z.writestr("word/numbering.xml", numbering)
        z.writestr("word/document.xml", f'<w:document {W}><w:body>{"".join(paras)}</w:body></w:document>')
    return path
