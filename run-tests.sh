#!/usr/bin/env bash
# Runs the whole test suite offscreen (installs what is missing on first use).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh tests
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
