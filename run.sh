#!/usr/bin/env bash
# Builds LiveSales and starts one silo on http://127.0.0.1:5000 (override with LIVESALES_URLS).
# Uses ConnectionStrings__LiveSales when set; otherwise a private PostgreSQL under ./.data/pg.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
urls=${LIVESALES_URLS:-http://127.0.0.1:5000}

if [ -z "${ConnectionStrings__LiveSales:-}" ]; then
  base=$(scripts/pg.sh start .data/pg "${LIVESALES_PG_PORT:-55432}")
  # The first start creates the database; later starts reuse it.
  psql "host=127.0.0.1 port=${LIVESALES_PG_PORT:-55432} user=postgres dbname=postgres" -tAc \
    "SELECT 1 FROM pg_database WHERE datname='livesales'" | grep -q 1 ||
    psql "host=127.0.0.1 port=${LIVESALES_PG_PORT:-55432} user=postgres dbname=postgres" -qc "CREATE DATABASE livesales"
  export ConnectionStrings__LiveSales="$base;Database=livesales"
fi
export LiveSales__Auth__AdminEmail=${LiveSales__Auth__AdminEmail:-admin@livesales.local}
export LiveSales__Auth__AdminPassword=${LiveSales__Auth__AdminPassword:-livesales-admin}
export LiveSales__DemoData=${LiveSales__DemoData:-true}

for i in 1 2 3; do dotnet build silo -c Release -v quiet -nologo && break; echo "build/restore stalled, retrying"; done
echo "LiveSales starting on $urls"
echo "  GraphQL + GraphiQL: $urls/graphql    SDL: $urls/graphql?sdl"
echo "  Live hub:           $urls/hubs/live   Health: $urls/healthz"
echo "  Admin login:        $LiveSales__Auth__AdminEmail / $LiveSales__Auth__AdminPassword"
exec dotnet silo/bin/Release/net10.0/LiveSales.Silo.dll --urls "$urls"
