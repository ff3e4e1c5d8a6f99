#!/usr/bin/env bash
# Builds wqs, loads the demo data into a SQLite file and starts the server.
# Needs only Java 17+ and Maven. Ctrl-C stops the server.
#   WQS_DEMO_DB  database file (default: ./wqs-demo.db)
#   WQS_PORT     port (default: 8080)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

db="${WQS_DEMO_DB:-wqs-demo.db}"
port="${WQS_PORT:-8080}"

echo "Building wqs (mvn -B -q package -DskipTests) ..."
mvn -B -q package -DskipTests

echo "Loading the demo data into $db ..."
./wqs --db "$db" demo

echo
echo "Starting the server: open http://localhost:$port/"
echo "Demo login: admin@demo.local (or sales@demo.local, production@demo.local), password: demo-password"
echo "Ctrl-C stops it."
exec ./wqs --db "$db" serve --port "$port"
