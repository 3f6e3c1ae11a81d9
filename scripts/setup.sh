#!/usr/bin/env bash
# Prepares a machine to run CCHC Desktop from this folder: checks Python, installs the system
# libraries Qt needs (Debian/Ubuntu), creates .venv and installs the pinned packages.
#   scripts/setup.sh tests   libraries for the offscreen test run only
#   scripts/setup.sh gui     also the X11 libraries a real window needs
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-gui}

say() { printf '[cài đặt] %s\n' "$*" >&2; }

# --- Python 3.11 or 3.12 -------------------------------------------------------------------
python_bin=""
for candidate in "${PYTHON:-}" python3.11 python3.12 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 12) else 1)' 2>/dev/null; then
        python_bin=$(command -v "$candidate"); break
    fi
done
if [ -z "$python_bin" ]; then
    say "Cần Python 3.11 hoặc 3.12 (Debian 12: sudo apt-get install python3 python3-venv)."
    exit 1
fi

# --- system libraries ----------------------------------------------------------------------
qt_libs="libgl1 libegl1 libopengl0 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0"
gui_libs="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libx11-xcb1"
wanted="$qt_libs"
[ "$mode" = gui ] && wanted="$wanted $gui_libs"
if ! "$python_bin" -c 'import ensurepip, venv' 2>/dev/null; then
    wanted="$wanted python3-venv"
fi

if command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        say "Qt cần các thư viện hệ thống còn thiếu:$missing"
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
        elif command -v sudo >/dev/null 2>&1; then
            say "Cài bằng sudo (có thể phải nhập mật khẩu)…"
            sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
        else
            say "Hãy chạy với quyền quản trị: apt-get install$missing"
            exit 1
        fi
    fi
else
    say "Không phải Debian/Ubuntu: bỏ qua bước kiểm tra thư viện hệ thống."
fi

# --- virtual environment with the pinned packages ------------------------------------------
if [ ! -x .venv/bin/python ]; then
    say "Tạo môi trường Python riêng (.venv) bằng $python_bin"
    "$python_bin" -m venv .venv
fi
stamp=.venv/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s requirements.lock "$stamp" || [ pyproject.toml -nt "$stamp" ]; then
    say "Cài các gói Python đã ghim phiên bản (lần đầu mất vài phút)…"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
    cp requirements.lock "$stamp"
fi
