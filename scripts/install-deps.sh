#!/usr/bin/env bash
# Installs every Debian 12 package DutyDesk needs to build, run and test.
# Idempotent: packages already installed are skipped; works as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
  # storage, maths, plotting
  libsqlite3-dev sqlite3 libboost-dev libboost-graph-dev
  # scheduling: the LP of the column generation (GLPK's simplex)
  libglpk-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  # fonts for Chinese text on screen and paper
  fonts-noto-cjk
  # tests: offscreen/virtual display, PDF read-back
  xvfb xauth poppler-utils
  # accounts: Argon2id password hashes (crypto_pwhash_str)
  libsodium-dev
  # sync: the district server (PostgreSQL 15, nginx for mutual TLS, openssl for the certificate
  # authority, libpq for dutydesk-syncd); the sync tests start a throwaway one (scripts/district-server)
  postgresql postgresql-client libpq-dev nginx-light openssl
)

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
