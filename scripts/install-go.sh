#!/usr/bin/env bash
# Installs Go toolchains from Debian's packages, side by side, without upgrading
# anything else: the extra suites get a low apt pin and only golang-1.NN-go is taken.
# Usage: scripts/install-go.sh [1.19 1.21 ... ]   (default: the versions CI tests)
# Each toolchain lands in /usr/lib/go-1.NN/bin/go; tests find them with
# __tests__/support/toolchains.ts (or SETUP_GOPROXY_GO_VERSIONS / GO_BIN_<NN>).
set -euo pipefail

versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1.19 1.21 1.22 1.23 1.24 1.26)

suite_for() {
  case "$1" in
    1.19) echo bookworm ;;
    1.21|1.22|1.23) echo bookworm-backports ;;
    1.24) echo trixie ;;
    1.26) echo forky ;;
    *) echo "no Debian suite known for Go $1" >&2; return 1 ;;
  esac
}

missing=()
for v in "${versions[@]}"; do
  [ -x "/usr/lib/go-$v/bin/go" ] || missing+=("$v")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "Go ${versions[*]}: already installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Reuse the mirror this machine already uses for Debian, whatever it is.
src=/etc/apt/sources.list.d/debian.sources
uri=$(awk '/^URIs:/ {print $2; exit}' "$src" 2>/dev/null || true)
if [ -z "$uri" ]; then
  uri=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$uri" ] || { echo "cannot find this machine's Debian mirror in apt sources" >&2; exit 1; }

suites=()
for v in "${missing[@]}"; do
  s=$(suite_for "$v")
  [ "$s" = bookworm ] || suites+=("$s")
done

if [ ${#suites[@]} -gt 0 ]; then
  uniq_suites=$(printf '%s\n' "${suites[@]}" | sort -u | tr '\n' ' ')
  $sudo tee /etc/apt/sources.list.d/setup-goproxy-go.sources >/dev/null <<SRC
Types: deb
URIs: $uri
Suites: $uniq_suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  {
    for s in $uniq_suites; do
      printf 'Package: *\nPin: release n=%s\nPin-Priority: 100\n\n' "$s"
    done
  } | $sudo tee /etc/apt/preferences.d/setup-goproxy-go >/dev/null
fi

$sudo apt-get update -qq
pkgs=()
for v in "${missing[@]}"; do
  s=$(suite_for "$v")
  if [ "$s" = bookworm ]; then pkgs+=("golang-$v-go"); else pkgs+=("golang-$v-go/$s"); fi
done
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
for v in "${versions[@]}"; do
  "/usr/lib/go-$v/bin/go" version
done
