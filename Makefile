# One command to run the marketplace, one to test it. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
LOCALSTRIPE_PORT ?= 8420
# The address links in e-mails (order status, CMS notifications) point to: the site make run serves, on its
# port (make run PORT=8501 sent links to :8000 before). An address set in the environment wins.
WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
# Stripe's own mock of its API (generated from Stripe's OpenAPI description), for the contract tests.
STRIPE_MOCK_VERSION ?= v0.203.0
STRIPE_MOCK := var/stripe-mock/$(STRIPE_MOCK_VERSION)/stripe-mock

# make run serves the site as visitors see it (DEBUG off: our 404 and 500 pages); make dev, or
# DEBUG=true make run, keeps Django's debug pages for development.
DEBUG ?= false

.PHONY: run dev install install-test test serve seed messages lint clean chromium stripe-mock bench-deps bench-load bench-lighthouse \
	elasticsearch elasticsearch-stop wrk redis bench-pages

# The one place the Elasticsearch version is pinned: Elastic's test distribution of the server on
# Maven Central (org.elasticsearch.distribution.integ-test-zip:elasticsearch), the newest 8.x it serves.
ELASTICSEARCH_VERSION := 8.19.9

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## make run: install, migrate, load the demo, index it, serve on http://127.0.0.1:8000
## Without STRIPE_SECRET_KEY, the local Stripe-compatible server runs beside it on 127.0.0.1:$(LOCALSTRIPE_PORT)
## (posting signed webhooks to the site) and stops with it.
run: install
	WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL) $(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py seed_demo
	$(PY) manage.py search_index --rebuild
	$(PY) manage.py demo_logins --url http://$(HOST):$(PORT)/
	@if [ -n "$$STRIPE_SECRET_KEY" ]; then \
		exec env DEBUG=$(DEBUG) WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL) $(PY) manage.py runserver $(HOST):$(PORT); \
	fi; \
	echo "Payments: local Stripe-compatible server on http://127.0.0.1:$(LOCALSTRIPE_PORT) (test card 4242 4242 4242 4242)"; \
	$(PY) -m marketplace.payments.localstripe_server --port $(LOCALSTRIPE_PORT) \
		--webhook-url http://$(HOST):$(PORT)/payments/stripe/webhook/ \
		--state-file "$${MARKETPLACE_VAR_DIR:-var}/localstripe.pickle" & \
	localstripe=$$!; \
	trap 'kill $$localstripe 2>/dev/null; wait $$localstripe 2>/dev/null' EXIT INT TERM; \
	DEBUG=$(DEBUG) WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL) LOCALSTRIPE_URL=http://127.0.0.1:$(LOCALSTRIPE_PORT) $(PY) manage.py runserver $(HOST):$(PORT)

## make dev: make run with DEBUG on (Django's debug pages, tracebacks in the browser)
dev:
	$(MAKE) run DEBUG=true

seed: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py search_index --rebuild

## make elasticsearch: one local node on 127.0.0.1:9200 (security off, 1 GB heap, data under var/elasticsearch),
## fetched with Maven and unpacked under var/ the first time; prints the ELASTICSEARCH_URL to use.
## A second call reuses the running node. Then: make run ELASTICSEARCH_URL=http://127.0.0.1:9200
elasticsearch:
	@ELASTICSEARCH_VERSION=$(ELASTICSEARCH_VERSION) scripts/elasticsearch-node start

## make elasticsearch-stop: stops the node `make elasticsearch` started
elasticsearch-stop:
	@ELASTICSEARCH_VERSION=$(ELASTICSEARCH_VERSION) scripts/elasticsearch-node stop

## make chromium: Debian's Chromium for the browser tests (tests/browser), installed only when missing.
## Playwright drives /usr/bin/chromium; it never downloads a browser of its own.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

## make stripe-mock: Stripe's mock server at the pinned version, go-installed into var/ when missing
## (Go from Debian's packages when the machine has none). tests/marketplace/payments/test_stripe_gateway.py starts it.
$(STRIPE_MOCK):
	@if ! command -v go >/dev/null; then \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null; \
	fi
	GOBIN="$(CURDIR)/$(dir $(STRIPE_MOCK))" go install github.com/stripe/stripe-mock@$(STRIPE_MOCK_VERSION)

stripe-mock: $(STRIPE_MOCK)

## make test: the whole suite (pytest + pytest-django), browser tests and Stripe contract tests included
test: install-test chromium stripe-mock redis
	$(PY) -m pytest $(PYTEST_ARGS)

## make messages: refresh the Thai translation catalogue and compile it
messages: install
	$(PY) manage.py makemessages -l th --ignore '.venv/*' --ignore 'var/*' --ignore 'staticfiles/*' --ignore 'tests/*'
	$(PY) manage.py compilemessages -l th --ignore '.venv/*'

## make bench-load: locust against a fresh demo site on 127.0.0.1:8631 (bench/load_test.py; LOAD_ARGS="--users 20 --run-time 60")
$(VENV)/.installed-bench: bench/requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r bench/requirements.txt
	@touch $@

bench-deps: $(VENV)/.installed-bench

bench-load: bench-deps redis
	$(PY) bench/load_test.py $(LOAD_ARGS)

## make wrk: Debian's wrk HTTP load generator for bench/pages.py, installed only when missing.
wrk:
	@if ! command -v wrk >/dev/null; then \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	fi

## make redis: Debian's redis-server (the shared-cache tests; bench/pages.py --redis), installed only when missing.
redis:
	@if ! command -v redis-server >/dev/null; then \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	fi

## make bench-pages: each page type's throughput as a share of /healthz/, p50/p95, queries and bytes per page,
## against a fresh demo site under gunicorn (2 workers, DEBUG off) on 127.0.0.1 (PAGES_ARGS="--duration 10")
bench-pages: install wrk redis
	$(PY) bench/pages.py $(PAGES_ARGS)

## make bench-lighthouse: Lighthouse 13 (mobile) on home, search and product pages (bench/lighthouse.py;
## LIGHTHOUSE_ARGS="--url http://127.0.0.1:8000 --runs 3"); needs node >= 20 and Debian's chromium
bench/lighthouse/node_modules/.package-lock.json: bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund

bench-lighthouse: install bench/lighthouse/node_modules/.package-lock.json
	$(PY) bench/lighthouse.py $(LIGHTHOUSE_ARGS)

clean:
	rm -rf var staticfiles .pytest_cache
