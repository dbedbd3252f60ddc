#!/bin/sh
# Entrypoint of the marketplace image.
#
# 1. Waits until the database in DATABASE_URL accepts connections
#    (DB_WAIT_TIMEOUT seconds, default 60).
# 2. Applies migrations and then `setup_roles` (idempotent: the producer and
#    CDD editor groups, their page and image permissions and the moderation
#    workflows, which a fresh production database would otherwise lack),
#    unless RUN_MIGRATIONS=false (the worker service sets that so only the web
#    service migrates).
# 3. Runs the container's command (gunicorn by default).
set -eu

python - <<'PY'
import os
import sys
import time

import django

django.setup()

from django.db import connections
from django.db.utils import OperationalError

timeout = int(os.environ.get("DB_WAIT_TIMEOUT", "60"))
deadline = time.monotonic() + timeout
while True:
    try:
        connections["default"].ensure_connection()
    except OperationalError as exc:
        if time.monotonic() >= deadline:
            print(f"entrypoint: database still unavailable after {timeout}s: {exc}", file=sys.stderr)
            sys.exit(1)
        print("entrypoint: waiting for the database...", file=sys.stderr)
        time.sleep(2)
    else:
        break
connections["default"].close()
print("entrypoint: database is up", file=sys.stderr)
PY

case "${RUN_MIGRATIONS:-true}" in
    0|false|False|FALSE|no|off)
        echo "entrypoint: RUN_MIGRATIONS is off, skipping migrate" >&2
        ;;
    *)
        python manage.py migrate --noinput
        python manage.py setup_roles
        ;;
esac

exec "$@"
