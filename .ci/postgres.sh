#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL server on 127.0.0.1:5432 with a role and database
# for the tests. Debian 12 ships PostgreSQL 15; as root, as CI and these machines run.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -n 1)
mkdir -p "/etc/postgresql/$version/main/conf.d"
printf "listen_addresses = '127.0.0.1'\nport = 5432\n" > "/etc/postgresql/$version/main/conf.d/press-tally.conf"
if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  pg_ctlcluster "$version" main start
fi
pg_isready -h 127.0.0.1 -p 5432 -t 30 >/dev/null
cd /tmp   # runuser needs a folder the postgres user may enter
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'presstally') THEN CREATE ROLE presstally LOGIN PASSWORD 'presstally'; END IF; END\$\$;"
if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'presstally_test'" | grep -q 1; then
  runuser -u postgres -- createdb -O presstally presstally_test
fi
echo "postgres: PostgreSQL $version on 127.0.0.1:5432, database presstally_test"
