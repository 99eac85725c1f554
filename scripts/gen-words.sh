#!/usr/bin/env bash
# Regenerates ingest/extract/data/common_words.txt from Debian's
# wamerican-small (SCOWL size 35). Needs apt-get and dpkg-deb.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download wamerican-small >/dev/null && dpkg-deb -x wamerican-small_*.deb x)
out=$here/ingest/extract/data/common_words.txt
{
  echo "# Common English words, lower case only: the words list of SCOWL size 35"
  echo "# (Debian package wamerican-small; SCOWL copyright Kevin Atkinson,"
  echo "# permissive licence). Used to tell a person's name from an ordinary word"
  echo "# in capitalised text. Regenerate with scripts/gen-words.sh."
  grep '^[a-z]*$' "$tmp"/x/usr/share/dict/american-english-small
} >"$out"
echo "wrote $out"
