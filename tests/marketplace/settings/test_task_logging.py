"""Tasks run inside the request (development, `make run`) log only their failures, not two lines each."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# The logging `make run` gets: the development settings (the test settings replace LOGGING).
PROBE = """
import logging, django
django.setup()
from django.conf import settings
tasks = logging.getLogger("django_tasks")
print(settings.TASKS["default"]["BACKEND"].rsplit(".", 1)[-1], tasks.isEnabledFor(logging.INFO),
      tasks.isEnabledFor(logging.ERROR))
"""


def test_tasks_run_in_the_request_log_failures_only():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "marketplace.settings.base", "PYTHONPATH": str(ROOT)}
    env.pop("TASKS_BACKEND", None)
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["ImmediateBackend", "False", "True"]
