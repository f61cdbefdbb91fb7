#!/usr/bin/env bash
# Re-create kg/serve/static/vendor/ from npm: the page's three libraries, only
# their browser bundles, with their licence files. The vendored files are
# committed (kg serve must work offline); run this only to change a version.
set -euo pipefail
cd "$(dirname "$0")/.."
YASGUI=@zazuko/yasgui@4.6.2
CYTOSCAPE=cytoscape@3.35.0
TIMELINE=vis-timeline@8.5.4
out=kg/serve/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$YASGUI" "$CYTOSCAPE" "$TIMELINE" >/dev/null)
for archive in "$work"/*.tgz; do
  mkdir -p "${archive%.tgz}" && tar xzf "$archive" -C "${archive%.tgz}"
done
yasgui=("$work"/zazuko-yasgui-*/package) cytoscape=("$work"/cytoscape-*/package) timeline=("$work"/vis-timeline-*/package)
rm -rf "$out" && mkdir -p "$out"
cp "$yasgui/build/yasgui.min.js" "$yasgui/build/yasgui.min.css" "$out/"
# The yasgui npm package ships no licence file; its package.json declares MIT.
python3 - "$yasgui/package.json" > "$out/LICENSE.yasgui.txt" <<'PY'
import json, sys
meta = json.load(open(sys.argv[1]))
assert meta["license"] == "MIT", meta["license"]
print(f"""{meta['name']} {meta['version']}: licence "MIT" as declared in its package.json
(author {meta['author']}); the npm package carries no licence file, so the MIT
licence text follows.

MIT License

Copyright (c) Triply B.V. and the Yasgui contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.""")
PY
cp "$cytoscape/dist/cytoscape.min.js" "$out/"
cp "$cytoscape/LICENSE" "$out/LICENSE.cytoscape.txt"
cp "$timeline/standalone/umd/vis-timeline-graph2d.min.js" "$timeline/styles/vis-timeline-graph2d.min.css" "$out/"
cp "$timeline/LICENSE.MIT.txt" "$out/LICENSE.vis-timeline.MIT.txt"
cp "$timeline/LICENSE.Apache-2.0.txt" "$out/LICENSE.vis-timeline.Apache-2.0.txt"
# Source maps are referenced by the bundles but not shipped: drop the comments.
sed -i '/^\/\/# sourceMappingURL=/d; s|//# sourceMappingURL=[^ ]*$||; s|/\*# sourceMappingURL=[^*]*\*/||' "$out"/*.js "$out"/*.css
printf '%s\n' "$YASGUI" "$CYTOSCAPE" "$TIMELINE" > "$out/VERSIONS.txt"
ls -l "$out"
