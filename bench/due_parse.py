"""How fast parse_due reads due-time texts: 10,000 texts, as an annex repeats them and all distinct.

.venv/bin/python bench/due_parse.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cchc_desktop.domain import due

PERIOD = (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
SEED_TEXTS = [
    "Trước ngày 31/7/2025",
    "Quý III, IV",
    "Quý III, IV năm 2025",
    "Quý IV, năm 2025",
    "Hoàn thành trước 25/11 hàng năm",
    "Quý IV",
    "Trước ngày 18/11/2025",
    "Báo cáo năm trước ngày 07/11",
    "Định kỳ theo kế hoạch",
    "- Trước ngày 01/12/2025",
    "Thường xuyên",
    "Hàng tháng hoặc đột xuất",
    "Trước 15/8/2025",
    "Định kỳ hoặc đột xuất",
    "Năm 2025",
    "Quý III, IV/2025",
    "Theo KH được phê duyệt",
    "Tháng 12/2025",
    "Quý I năm 2026",
    "Quý II- IV năm 2026",
    "Hàng tháng (trước ngày 20)",
]
FORMS = [
    "Trước ngày {d}/{m}/2025",
    "Quý {q}/2025",
    "Tháng {m}/2025",
    "Hàng tháng (trước ngày {d})",
    "Hoàn thành trước {d}/{m} hàng năm",
    "Từ tháng {m} đến tháng 12 năm 2025",
    "chậm nhất ngày {d}.{m}.2025",
    "Theo kế hoạch được phê duyệt",
    "Thường xuyên, liên tục",
]


def repeated(count: int) -> list[str]:
    """Nine in ten from the seeds' texts, one in ten a date of its own."""
    return [
        SEED_TEXTS[i % len(SEED_TEXTS)] if i % 10 else f"Trước ngày {i % 28 + 1}/{i % 12 + 1}/2025"
        for i in range(count)
    ]


def distinct(count: int) -> list[str]:
    """Every text its own: the forms above, each with a tag of x/y/z letters no pattern reads."""
    rng = random.Random(1)
    quarters = ["I", "II", "III", "IV"]
    out = []
    for i in range(count):
        tag, n = "", i
        while True:
            tag, n = tag + "xyz"[n % 3], n // 3
            if not n:
                break
        form = rng.choice(FORMS).format(d=rng.randint(1, 28), m=rng.randint(1, 12), q=rng.choice(quarters))
        out.append(f"{form} {tag}")
    return out


def run(texts: list[str], *, cold: bool = True) -> float:
    if cold:
        due._parse_cached.cache_clear()
    began = time.perf_counter()
    for text in texts:
        due.parse_due(text, *PERIOD)
    return time.perf_counter() - began


def main() -> None:
    for name, texts in (("repeated", repeated(10_000)), ("distinct", distinct(10_000))):
        times = [run(texts) for _ in range(5)]
        print(
            f"{name}: 10,000 texts ({len(set(texts))} distinct), cache cleared: "
            f"median {statistics.median(times):.3f} s, best {min(times):.3f} s"
        )
    texts = repeated(10_000)
    run(texts)
    print(f"repeated, cache warm: {run(texts, cold=False):.3f} s")


if __name__ == "__main__":
    main()
