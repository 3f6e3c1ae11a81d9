#!/usr/bin/env bash
# The whole check, offscreen (installs what is missing on first use): lint, format, the layer
# contracts, types of the core, then the test suite. Options go to pytest (-k store, -x...).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh tests
export QT_QPA_PLATFORM=offscreen
say() { printf '[kiểm tra] %s\n' "$*" >&2; }
say "ruff: lỗi mã nguồn và định dạng"
.venv/bin/ruff check cchc_desktop tests bench scripts
.venv/bin/ruff format --check --quiet cchc_desktop tests bench scripts
say "import-linter: các tầng của chương trình"
.venv/bin/lint-imports --no-cache
say "mypy: kiểu dữ liệu của phần lõi"
.venv/bin/mypy
say "pytest"
exec .venv/bin/python -m pytest "$@"
