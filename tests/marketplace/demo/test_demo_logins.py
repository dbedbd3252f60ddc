"""make run prints the demo log-ins with links to where it serves the site (its HOST and PORT)."""

import io
import re
import subprocess
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[3]


def test_the_links_printed_are_where_the_site_is_served():
    out = io.StringIO()
    call_command("demo_logins", url="http://127.0.0.1:8020/", stdout=out)
    printed = out.getvalue()
    assert "http://127.0.0.1:8020/dashboard/" in printed and "http://127.0.0.1:8020/en/" in printed
    assert ":8000" not in printed
    assert "producer@otop.example" in printed


def test_make_run_passes_its_port_to_the_log_in_list():
    plan = subprocess.run(["make", "-n", "run", "PORT=8020", "HOST=127.0.0.1"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout
    (line,) = [line for line in plan.splitlines() if "demo_logins" in line]
    assert re.search(r"--url http://127\.0\.0\.1:8020/", line)
