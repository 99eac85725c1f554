#!/usr/bin/env bash
# Regenerates ingest/extract/data/countries.tsv and territories.tsv from the npm package
# world-countries (pinned below). Needs npm and go.
set -euo pipefail
version=5.1.0
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-countries@$version" >/dev/null && tar xzf "world-countries-$version.tgz")
go run "$here/scripts/gencountries" "$tmp/package/countries.json" "$here/ingest/extract/data/countries.tsv" \
  "$here/ingest/extract/data/territories.tsv"
echo "wrote ingest/extract/data/countries.tsv and territories.tsv from world-countries@$version"
