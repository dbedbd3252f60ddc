"""Gunicorn settings for the web container (``gunicorn -c docker/gunicorn.conf.py``).

Tunable through the environment:

* ``WEB_CONCURRENCY``      -- number of worker processes; default ``2 * cores + 1``,
  capped at ``GUNICORN_MAX_WORKERS`` (default 8) so a big host does not starve
  the database of connections.
* ``GUNICORN_TIMEOUT``     -- worker timeout in seconds (default 30).
* ``GUNICORN_BIND``       -- address to listen on (default ``0.0.0.0:8000``); compose binds
  the web container's address on the network it shares with the proxy alone.
* ``FORWARDED_ALLOW_IPS``  -- proxies trusted for X-Forwarded-* (default ``*``:
  the container only listens on the compose network behind the proxy).
"""

import multiprocessing
import os


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from exc
    if value < 1:
        raise SystemExit(f"{name} must be at least 1, got {value}")
    return value


_max_workers = _int_env("GUNICORN_MAX_WORKERS", 8)

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = _int_env("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, _max_workers))
timeout = _int_env("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5

# Recycle workers now and then so a slow leak cannot grow without bound. Pages from the cache
# take a few ms, so at 1,000 requests (jitter 100) the page bench saw both workers of a site
# restart within a second of each other every 20-30 s and the site answer nothing for 3-10 s;
# a wide jitter keeps the restarts apart.
max_requests = 10000
max_requests_jitter = 5000

# Load the application (and with it the Thai word segmenter and the templates, see
# marketplace/project/warmup.py) once in the master: every worker, including those forked to replace a
# recycled one, starts ready instead of making its first visitor wait seconds.
preload_app = True


def post_fork(server, worker):
    """Each new worker opens its own search index and database connection before its first request."""
    from marketplace.project.warmup import worker_warm_up

    worker_warm_up()

# Heartbeat files on tmpfs: a container's overlay filesystem can stall them.
worker_tmp_dir = "/dev/shm"

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")

# Logs go to stdout/stderr for the container runtime.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
capture_output = True
