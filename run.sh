#!/usr/bin/env bash
# Starts CCHC Desktop with the demo plan (installs what is missing on first use).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh gui
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Không tìm thấy màn hình (DISPLAY trống): hãy chạy lệnh này trong phiên làm việc có giao diện đồ họa." >&2
    exit 1
fi
exec .venv/bin/cchc-desktop --demo "$@"
