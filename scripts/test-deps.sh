#!/usr/bin/env bash
# Installs what the browser and export tests need beyond the machine image:
# Debian's chromium (headless view test) and graphviz (dot export test).
# Does nothing when both are present.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v dot >/dev/null || missing+=(graphviz)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "test-deps: installing ${missing[*]} from Debian's packages" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/newsgraph-test-deps.log 2>&1; then
  $sudo apt-get update -q >>/tmp/newsgraph-test-deps.log 2>&1 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/newsgraph-test-deps.log 2>&1 \
    || { echo "test-deps: could not install ${missing[*]} (see /tmp/newsgraph-test-deps.log); install them with apt-get" >&2; exit 1; }
fi
