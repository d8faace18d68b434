#!/usr/bin/env bash
# Copies the GraphiQL page's JavaScript and CSS from pinned npm packages into assets/, which the
# library embeds and serves itself (no CDN: machines may be offline). Run after changing a version;
# commit assets/ and VERSIONS together.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
graphiql=3.9.0   # the last major with a browser (UMD) bundle; 4.x/5.x need a bundler
react=18.3.1     # graphiql 3 wants React 16.8-18; React 19 ships no UMD builds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "graphiql@$graphiql" "react@$react" "react-dom@$react" >/dev/null
unpack() { mkdir "$1" && tar xzf "$1-$2.tgz" -C "$1" --strip-components=1; }
unpack graphiql "$graphiql" && unpack react "$react" && unpack react-dom "$react"
cp graphiql/graphiql.min.js graphiql/graphiql.min.css "$here/assets/"
cp react/umd/react.production.min.js react-dom/umd/react-dom.production.min.js "$here/assets/"
printf 'graphiql %s\nreact %s\nreact-dom %s\n' "$graphiql" "$react" "$react" >"$here/assets/VERSIONS"
echo "GraphiQL assets updated: $(tr '\n' ' ' <"$here/assets/VERSIONS")"
