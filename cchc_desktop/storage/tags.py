"""Tags on annex rows ("kiem-tra", "doi-thoai", "tuyen-truyen"): folded keys that computed
criteria count. A row's tags are kept sorted."""

from __future__ import annotations

from collections.abc import Iterable

from .session import Database, Tx


def read_tags(db: Database | Tx, row_id: int) -> tuple[str, ...]:
    return tuple(
        r[0] for r in db.conn.execute("SELECT tag FROM row_tags WHERE row_id = ? ORDER BY tag", [row_id])
    )


def write_tags(tx: Tx, row_id: int, tags: Iterable[str]) -> None:
    tx.execute("DELETE FROM row_tags WHERE row_id = ?", [row_id])
    tx.executemany("INSERT OR IGNORE INTO row_tags (row_id, tag) VALUES (?, ?)", [(row_id, t) for t in tags])


def tag_counts(db: Database | Tx, plan_id: int) -> dict[str, int]:
    """How many rows of a plan carry each tag."""
    return dict(
        db.conn.execute(
            "SELECT t.tag, count(*) FROM row_tags t JOIN annex_rows r ON r.id = t.row_id "
            "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id "
            "WHERE s.plan_id = ? GROUP BY t.tag ORDER BY t.tag",
            [plan_id],
        ).fetchall()
    )
