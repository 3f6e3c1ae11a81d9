"""Settings: one key, one text value (user name, commune defaults, language, window state)."""

from __future__ import annotations

from .session import Database, Tx

DEMO_OFFERED_KEY = "demo_offered"


def get(db: Database | Tx, key: str, default: str | None = None) -> str | None:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def get_prefixed(db: Database | Tx, prefix: str) -> dict[str, str]:
    return {
        k: v
        for k, v in db.conn.execute(
            "SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\'", [prefix.replace("_", "\\_") + "%"]
        )
    }


def put(tx: Tx, key: str, value: str) -> None:
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
