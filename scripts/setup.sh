#!/usr/bin/env bash
# Prepares a fresh machine for Verso (called by `npm start` and `npm test`): system packages (Chromium for the browser tests and the
# benchmark, fonts for every script in the samples, xmllint for export validation), then the npm
# packages (npm ci, which also builds the app through `prepare`). Safe to run again: it only
# installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
command -v xmllint >/dev/null 2>&1 || need_pkgs+=(libxml2-utils)
command -v fc-list >/dev/null 2>&1 || need_pkgs+=(fontconfig)
has_font() { command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -qi "$1"; }
has_font 'Lohit Telugu' || need_pkgs+=(fonts-lohit-telu)
has_font 'Noto Sans CJK' || need_pkgs+=(fonts-noto-cjk)
has_font 'Noto Sans Arabic' || need_pkgs+=(fonts-noto-core)
has_font 'DejaVu Sans' || need_pkgs+=(fonts-dejavu-core)

if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need_pkgs[*]}"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get not found. Install these with your system's package manager: ${need_pkgs[*]}" >&2
    echo "setup: (Chromium for the browser tests, fonts for Telugu/CJK/Arabic, xmllint)" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "setup: need root to install ${need_pkgs[*]} (run as root or install sudo)" >&2; exit 1; fi
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file. The Electron binary is not
# downloaded (package.json allowScripts); `npm start` explains how to get one.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
