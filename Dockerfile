# syntax=docker/dockerfile:1
# Production image of the OTOP PLUS marketplace (Django + Oscar + Wagtail).
# Build:  docker build -t otop-marketplace .
# Run:    see docker-compose.yml (web: gunicorn, worker: manage.py db_worker).

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# gettext: compilemessages for the Thai/English catalogues.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

# Unprivileged user that runs the app; the code itself stays owned by root.
RUN groupadd --system --gid 1000 app \
    && useradd --system --uid 1000 --gid app --create-home --home-dir /home/app \
       --shell /usr/sbin/nologin app

WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-compile -r requirements.txt

COPY . .

# Build-time only values so the production settings can load for
# collectstatic/compilemessages; they are not kept in the image's environment.
ARG BUILD_SECRET_KEY=build-only-throwaway-secret-key-never-used-at-runtime-7c1f9e2b4a
ENV DJANGO_SETTINGS_MODULE=marketplace.settings.production

RUN SECRET_KEY="$BUILD_SECRET_KEY" \
    ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    sh -c 'python manage.py collectstatic --noinput \
        && if find . -path "*/locale/*" -name "*.po" | grep -q .; then \
               python manage.py compilemessages --ignore=".venv"; \
           fi' \
    && rm -f /tmp/build.sqlite3* \
    && mkdir -p /app/media /app/private /app/var \
    && chown app:app /app/media /app/private /app/var \
    && chmod +x /app/docker/entrypoint.sh

ENV MEDIA_ROOT=/app/media \
    MARKETPLACE_VAR_DIR=/app/var

USER app

EXPOSE 8000

ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["gunicorn", "--config", "/app/docker/gunicorn.conf.py", "marketplace.project.wsgi:application"]
