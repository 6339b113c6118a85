#!/usr/bin/env bash
# Builds the Miniflux server the sync tests run against into .cache/miniflux/ (git-ignored),
# from a scratch Go module through Go's own module proxy settings. A binary already there is
# kept: the build takes most of the ~100 s from nothing to a running server.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${MINIFLUX_VERSION:-v2.3.5}
cache=.cache/miniflux
binary=$cache/miniflux-$version
if [ -x "$binary" ]; then
  echo "$binary"
  exit 0
fi
# Go's own installer puts it in /usr/local/go: a shell without it on the PATH still finds it.
command -v go >/dev/null || PATH=/usr/local/go/bin:$PATH
if ! command -v go >/dev/null; then
  echo "error: Go is not installed (Miniflux $version needs Go >= 1.26)" >&2
  exit 1
fi
mkdir -p "$cache/module"
cd "$cache/module"
[ -f go.mod ] || go mod init caravan.test/miniflux >/dev/null 2>&1
go get -tool "miniflux.app/v2@$version" >/dev/null
go build -o "../miniflux-$version.tmp" miniflux.app/v2
mv "../miniflux-$version.tmp" "../miniflux-$version"
echo "$binary"
