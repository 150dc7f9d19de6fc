"""Builders shared by the content modules: standard covers, 目次, numbered clauses."""

from __future__ import annotations

from evals.replicas.model import Block, Node, Table, cover

REPLICA_NOTE = "本文件为评测用仿制样张，条文由项目自行撰写，不是正式文本。"


def std_cover(*, ics: str, ccs: str, kind_line: str, number: str, replaces: str | None,
              title: list[str], english: str, issued: str, effective: str, issuer: str,
              draft: str | None = None, logo: str = "GB") -> Node:
    """A GB/T-style cover page: codes top-left, number right, title centred, dates at the foot."""
    b = [cover(f"ICS {ics}", 22, 10.5, "L"), cover(f"CCS {ccs}", 29, 10.5, "L"),
         cover(logo, 36, 26, "R"), cover(kind_line, 62, 20, "C", gap=2.0), cover("<hr>", 74),
         cover(number, 78, 13, "R")]
    if replaces:
        b.append(cover(replaces, 85, 10.5, "R"))
    y = 120.0
    for line in title:
        b.append(cover(line, y, 22, "C"))
        y += 12
    b.append(cover(english, y + 4, 12, "C"))
    if draft:
        b.append(cover(draft, y + 20, 14, "C"))
    b.append(cover(REPLICA_NOTE, y + 34, 9, "C"))
    b += [cover(issued, 240, 13, "L"), cover(effective, 240, 13, "R"), cover("<hr>", 250),
          cover(issuer, 256, 14, "C")]
    return Node("封面", front=True, blocks=b)


def toc_node() -> Node:
    return Node("目次", "目  次", front=True, spaced=True, new_page=True)


def foreword(paras: list[Block]) -> Node:
    return Node("前言", "前  言", front=True, spaced=True, new_page=True, blocks=paras, toc="前言")


def clause(num: str, title: str, *blocks: Block, toc: bool = False, new_page: bool = False,
           inline: str = "") -> Node:
    """A numbered clause; ``inline`` makes it an untitled clause whose text follows the number."""
    level = num.count(".") + 1
    heading = num if inline else f"{num} {title}".strip()
    return Node(num, heading, level=level, blocks=list(blocks), inline=inline,
                toc=f"{num} {title}" if toc else None, new_page=new_page)


def spaced_chapter(num: str, title: str, *blocks: Block) -> Node:
    """Chapter heading whose title glyphs are letter-spaced ("1 范  围")."""
    return Node(num, f"{num} {'  '.join(title)}", level=1, blocks=list(blocks), toc=f"{num} {title}")


def annex(letter: str, kind: str, title: str, *blocks: Block) -> Node:
    """Annex heading on three centred lines: 附录 A / （规范性） / title."""
    return Node(f"附录{letter}", f"附录 {letter}", sub=[f"（{kind}）", title], blocks=list(blocks),
                center=True, new_page=True, toc=f"附录 {letter}（{kind}） {title}")


def table_node(num: str, title: str, table: Table, *after: Block, toc: bool = True,
               level: int = 2) -> Node:
    return Node(f"表{num}", f"表 {num} {title}", level=level, table=table, blocks=list(after),
                center=True, toc=f"表 {num} {title}" if toc else None)


def references(items: list[str], new_page: bool = True) -> Node:
    return Node("参考文献", "参 考 文 献", spaced=False, center=True, new_page=new_page,
                blocks=[Block("plain", t) for t in items], toc="参考文献")
