#!/usr/bin/env bash
# The main job on the bundled example: set up, build the knowledge graph of
# examples/kazakhstan-2022-01-07/, validate it (SHACL), check it with the OWL
# reasoner (HermiT, needs Java), and answer every competency question in
# queries/ as tables. The graph is written to out/kazakhstan-2022-01-07.ttl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
graph=out/kazakhstan-2022-01-07.ttl
kg build examples/kazakhstan-2022-01-07 -o "$graph"
kg validate "$graph"
kg reason "$graph"
kg ask "$graph"
