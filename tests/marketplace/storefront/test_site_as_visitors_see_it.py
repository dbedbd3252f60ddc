"""make run serves the site as visitors see it: DEBUG off, our own error pages, static files and media still
served, and a robots.txt that names the sitemap."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

ROOT = Path(__file__).resolve().parents[3]


def _make_dry_run(*args: str, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "DEBUG"} | env
    return subprocess.run(["make", "-n", *args], cwd=ROOT, env=environment, capture_output=True, text=True,
                          check=True).stdout


def _runserver_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if "manage.py runserver" in line]


def test_make_run_serves_with_debug_off():
    lines = _runserver_lines(_make_dry_run("run"))
    assert lines and all("DEBUG=false" in line for line in lines)


def test_links_in_e_mails_point_to_the_port_make_run_serves():
    environment = {"WAGTAILADMIN_BASE_URL": ""}
    output = subprocess.run(["make", "-n", "run", "PORT=8501"], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={k: v for k, v in os.environ.items() if k not in environment}).stdout
    lines = _runserver_lines(output)
    assert lines and all("WAGTAILADMIN_BASE_URL=http://127.0.0.1:8501" in line for line in lines)
    chosen = _make_dry_run("run", WAGTAILADMIN_BASE_URL="https://shop.example")
    assert all("WAGTAILADMIN_BASE_URL=https://shop.example" in line for line in _runserver_lines(chosen))


def test_make_dev_and_debug_true_keep_the_debug_pages():
    assert all("DEBUG=true" in line for line in _runserver_lines(_make_dry_run("run", DEBUG="true")))
    assert "run DEBUG=true" in _make_dry_run("dev")


def test_static_files_and_media_are_served_with_debug_off(tmp_path):
    """The development settings with DEBUG off, as make run starts them: WhiteNoise and the media view answer."""
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "hello.txt").write_text("สวัสดี")
    script = (
        "import django; django.setup();"
        "from django.conf import settings; from django.test import Client; c = Client();"
        "assert not settings.DEBUG;"
        "r = c.get('/static/css/site.css'); assert r.status_code == 200, r.status_code;"
        "r = c.get('/media/hello.txt'); assert r.status_code == 200, r.status_code;"
        "print('ok')"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")} | {
        "DJANGO_SETTINGS_MODULE": "marketplace.settings.base", "DEBUG": "false",
        "MARKETPLACE_VAR_DIR": str(tmp_path), "MEDIA_ROOT": str(tmp_path / "media"),
    }
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip().endswith("ok"), result.stderr[-2000:]


@pytest.mark.django_db
def test_unknown_page_is_our_themed_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "error-page" in html and "site-header" in html
    assert "URLconf" not in html


def test_server_error_page_is_our_theme():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "error-page" in html and "site.css" in html


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_back_office(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /dashboard/" in text and "Disallow: /checkout/" in text
