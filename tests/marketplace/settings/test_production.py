"""Production settings and container files.

The Django checks run in a subprocess with a clean, production-like
environment, so these tests neither depend on the project's pytest settings
nor leak production values into the rest of the test session.
"""

import json
import os
import re
import runpy
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
SUBPROCESS_TIMEOUT = 300

# Variables that would change what the production settings see.
_SETTINGS_VARIABLES = {
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DATABASE_CONN_MAX_AGE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "TASKS_BACKEND",
    "MARKETPLACE_VAR_DIR",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "SEARCH_INDEX_PATH",
    "ELASTICSEARCH_URL",
    "STRIPE_SECRET_KEY",
    "STRIPE_PUBLISHABLE_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "MARKETPLACE_LOCAL_PAYMENTS",
    "LOCALSTRIPE_URL",
    "TRUSTED_PROXY_COUNT",
    "LOGIN_LOCKOUT_MINUTES",
    "REDIS_URL",
}


def _random_secret_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(64))


def _production_env(tmp_path: Path, **overrides: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SETTINGS_VARIABLES}
    env.update(
        DJANGO_SETTINGS_MODULE="marketplace.settings.production",
        SECRET_KEY=_random_secret_key(),
        ALLOWED_HOSTS="shop.example.th",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
        MARKETPLACE_VAR_DIR=str(tmp_path / "var"),
        PYTHONDONTWRITEBYTECODE="1",
        STRIPE_SECRET_KEY="sk_live_example",
        STRIPE_PUBLISHABLE_KEY="pk_live_example",
        STRIPE_WEBHOOK_SECRET="whsec_example",
    )
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        check=False,
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
    )


# --- Django settings ----------------------------------------------------------


def test_check_deploy_passes_with_production_values(tmp_path):
    result = _manage(_production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"


def _wsgi_load(env: dict[str, str]) -> subprocess.CompletedProcess:
    """What gunicorn does first: import the WSGI application."""
    return subprocess.run([sys.executable, "-c", "import marketplace.project.wsgi"], check=False, cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT)


_NO_KEYS = {"STRIPE_SECRET_KEY": None, "STRIPE_PUBLISHABLE_KEY": None, "STRIPE_WEBHOOK_SECRET": None}


@pytest.mark.parametrize("overrides", [_NO_KEYS, {"STRIPE_WEBHOOK_SECRET": None}, {"STRIPE_PUBLISHABLE_KEY": ""}],
                         ids=["no keys", "no webhook secret", "no publishable key"])
def test_check_deploy_fails_without_stripe_keys_and_the_server_does_not_start(tmp_path, overrides):
    env = _production_env(tmp_path, **overrides)
    result = _manage(env, "check", "--deploy")
    assert result.returncode != 0 and "payments.E001" in result.stderr, result.stderr
    server = _wsgi_load(env)
    assert server.returncode != 0 and "ImproperlyConfigured" in server.stderr, server.stderr


def test_local_payments_in_production_only_when_asked_for_by_name(tmp_path):
    env = _production_env(tmp_path, **_NO_KEYS, MARKETPLACE_LOCAL_PAYMENTS="true")
    assert _manage(env, "check", "--deploy").returncode == 0
    server = _wsgi_load(env)
    assert server.returncode == 0, server.stderr


def test_the_development_settings_still_run_on_the_local_payments_server(tmp_path):
    env = _production_env(tmp_path, **_NO_KEYS, DJANGO_SETTINGS_MODULE="marketplace.settings.base", SECRET_KEY=None,
                          ALLOWED_HOSTS=None)
    server = _wsgi_load(env)
    assert server.returncode == 0, server.stderr


_PROBE = """
import json

import django

django.setup()
from django.conf import settings
from django.test import Client

response = Client().get("/healthz/", secure=True, HTTP_HOST="shop.example.th")
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "csp": {k: v for k, v in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items() if v not in (None, False)},
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
    "trusted_proxies": settings.MARKETPLACE_TRUSTED_PROXY_COUNT,
    "axes_backend_first": settings.AUTHENTICATION_BACKENDS[0],
    "axes_middleware_last": settings.MIDDLEWARE[-1],
    "axes_limit": settings.AXES_FAILURE_LIMIT,
}, default=str))
"""


def _probe(env: dict[str, str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], check=False, cwd=REPO_ROOT, env=env, capture_output=True, text=True,
        timeout=SUBPROCESS_TIMEOUT,
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_responses_carry_the_security_headers(tmp_path):
    probe = _probe(_production_env(tmp_path, STRIPE_SECRET_KEY="sk_live_example", STRIPE_PUBLISHABLE_KEY="pk_live_x"))
    assert probe["status"] == 200
    headers = probe["headers"]
    hsts = headers["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts and "preload" in hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"

    csp = {
        part.split()[0]: part.split()[1:] for part in headers["Content-Security-Policy"].split(";") if part.strip()
    }
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert "https://js.stripe.com" in csp["script-src"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]
    assert "upgrade-insecure-requests" in csp
    # With real Stripe keys the local stand-in's origin is not allowed anywhere.
    assert not any("127.0.0.1" in value for values in csp.values() for value in values)

    assert probe["session_cookie_secure"] and probe["session_cookie_httponly"] and probe["csrf_cookie_secure"]
    # Login limits: axes checks first, answers last, and counts the client behind our nginx.
    assert probe["axes_backend_first"] == "marketplace.accounts.login_limits.LoginLimitBackend"
    assert probe["axes_middleware_last"] == "axes.middleware.AxesMiddleware"
    assert probe["axes_limit"] == 5
    assert probe["trusted_proxies"] == 1


def test_production_redirects_plain_http_to_https(tmp_path):
    env = _production_env(tmp_path)
    code = "import django; django.setup(); from django.test import Client; " \
        "r = Client().get('/catalogue/', HTTP_HOST='shop.example.th'); print(r.status_code, r.headers.get('Location'))"
    result = subprocess.run([sys.executable, "-c", code], check=False, cwd=REPO_ROOT, env=env, capture_output=True,
                            text=True, timeout=SUBPROCESS_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["301", "https://shop.example.th/catalogue/"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set"),
        (
            {"SECRET_KEY": "dev-only-insecure-key-change-me-in-production-0top-plus"},
            "SECRET_KEY must be set",
        ),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS must be set"),
        ({"DATABASE_URL": None}, "DATABASE_URL must be set"),
    ],
    ids=["secret-key-missing", "secret-key-empty", "secret-key-dev-default", "hosts-missing", "db-missing"],
)
def test_production_settings_refuse_to_start_without_required_values(tmp_path, overrides, message):
    result = _manage(_production_env(tmp_path, **overrides), "check")
    assert result.returncode != 0, f"expected failure, got:\n{result.stdout}\n{result.stderr}"
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr, result.stderr


# --- docker-compose.yml ---------------------------------------------------------


def _compose_services_structurally(text: str) -> dict[str, set[str]]:
    """Top-level keys of each service, read from the indentation (no YAML library)."""
    services: dict[str, set[str]] = {}
    in_services = False
    current = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:
            in_services = line.rstrip() == "services:"
            current = None
            continue
        if not in_services:
            continue
        match = re.match(r"^( +)([A-Za-z0-9_.-]+):", line)
        if not match:
            continue
        if len(match.group(1)) == 2:
            current = match.group(2)
            services[current] = set()
        elif len(match.group(1)) == 4 and current is not None:
            services[current].add(match.group(2))
    return services


def _load_compose() -> tuple[dict[str, set[str]], dict | None]:
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    assert "\t" not in text, "YAML must not be indented with tabs"
    assert not re.search(r"^version:", text, re.MULTILINE), "Compose spec files have no top-level version:"
    try:
        import yaml
    except ImportError:
        return _compose_services_structurally(text), None
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    services = {name: set(service) for name, service in data["services"].items()}
    return services, data


def test_compose_file_declares_the_stack():
    services, data = _load_compose()
    assert {"db", "search", "web", "worker"} <= set(services)
    for name in ("db", "search", "web"):
        assert "healthcheck" in services[name], f"service {name} needs a healthcheck"
    assert "depends_on" in services["web"]
    assert "depends_on" in services["worker"]
    assert "command" in services["worker"]

    text = COMPOSE_FILE.read_text(encoding="utf-8")
    assert "db_worker" in text
    assert "/healthz/" in text
    for volume in ("pgdata", "esdata", "media"):
        assert re.search(rf"^  {volume}:", text, re.MULTILINE), f"volume {volume} missing"

    if data is not None:
        web = data["services"]["web"]
        assert web["environment"]["DJANGO_SETTINGS_MODULE"] == "marketplace.settings.production"
        assert web["depends_on"]["db"]["condition"] == "service_healthy"
        assert web["depends_on"]["search"]["condition"] == "service_healthy"
        assert set(data["volumes"]) >= {"pgdata", "esdata", "media"}


def test_gunicorn_listens_only_on_the_network_it_shares_with_the_proxy_alone():
    """So no one but nginx can reach it and forge X-Forwarded-For past the log-in limits."""
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    services = _compose_services_structurally(text)
    on_private = {name for name, block in re.findall(r"^  ([a-z]+):\n((?:    .*\n|\n)*)", text, re.MULTILINE)
                  if "web-private" in block}
    assert on_private == {"web", "proxy"}, on_private
    assert "networks" in services["web"] and "expose" not in services["web"] and "ports" not in services["web"]
    bind = re.search(r"GUNICORN_BIND: (\S+)", text).group(1)
    assert re.search(rf"ipv4_address: {re.escape(bind.split(':')[0])}\b", text)
    assert re.search(r"^  web-private:\n    internal: true", text, re.MULTILINE)
    assert "server gunicorn:8000;" in (REPO_ROOT / "docker" / "nginx" / "default.conf").read_text(encoding="utf-8")


def test_env_example_documents_every_compose_variable():
    compose_vars = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", COMPOSE_FILE.read_text(encoding="utf-8")))
    example = (REPO_ROOT / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z_][A-Z0-9_]*)=", example, re.MULTILINE))
    assert compose_vars, "expected ${VAR} interpolation in docker-compose.yml"
    assert compose_vars <= documented, f"undocumented: {sorted(compose_vars - documented)}"


# --- Container files ------------------------------------------------------------


def test_entrypoint_is_executable_shell():
    entrypoint = REPO_ROOT / "docker" / "entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    result = subprocess.run(["sh", "-n", str(entrypoint)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = entrypoint.read_text(encoding="utf-8")
    assert "migrate --noinput" in text
    assert 'exec "$@"' in text


@pytest.mark.parametrize(
    ("concurrency", "expected"),
    [("3", 3), ("", min(2 * (os.cpu_count() or 1) + 1, 8))],
)
def test_gunicorn_config(monkeypatch, concurrency, expected):
    monkeypatch.setenv("WEB_CONCURRENCY", concurrency)
    monkeypatch.delenv("GUNICORN_MAX_WORKERS", raising=False)
    config = runpy.run_path(str(REPO_ROOT / "docker" / "gunicorn.conf.py"))
    assert config["bind"] == "0.0.0.0:8000"
    assert config["workers"] == expected
    assert config["timeout"] == 30
    assert config["accesslog"] == "-"


def test_elasticsearch_image_is_the_stock_one_of_the_pinned_version():
    compose = (REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    image = re.search(r"image: docker\.elastic\.co/elasticsearch/elasticsearch:((\d+\.\d+)\.\d+)$", compose,
                      re.MULTILINE)
    assert image, "the stock elasticsearch image, pinned to a full version"
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^ELASTICSEARCH_VERSION := (.+)$", makefile, re.MULTILINE).group(1) == image.group(1)
    requirements = (REPO_ROOT / "requirements.txt").read_text(encoding="utf-8")
    client = re.search(r"^elasticsearch==(\d+\.\d+)\.\d+", requirements, re.MULTILINE)
    assert client and client.group(1) == image.group(2)


def test_compose_shares_one_cache_between_the_workers(tmp_path):
    services, data = _load_compose()
    assert "healthcheck" in services["cache"]
    assert "REDIS_URL: redis://cache:6379/0" in COMPOSE_FILE.read_text(encoding="utf-8")
    if data is not None:
        assert data["services"]["web"]["depends_on"]["cache"]["condition"] == "service_healthy"
    read = [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND'])"]
    shared = subprocess.run(read, cwd=REPO_ROOT, env=_production_env(tmp_path, REDIS_URL="redis://cache:6379/0"),
                            capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, check=True)
    assert shared.stdout.strip() == "marketplace.project.shared_cache.SharedCache"
    alone = subprocess.run(read, cwd=REPO_ROOT, env=_production_env(tmp_path, REDIS_URL=None),
                           capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, check=True)
    assert alone.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"
