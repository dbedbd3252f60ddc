"""Runs localstripe, the local Stripe-compatible server, bound to 127.0.0.1.

``make run`` starts it when there is no ``STRIPE_SECRET_KEY``; the test suite
starts one on a free port. Unlike ``localstripe``'s own command it listens on
the loopback address only, keeps its state in a file of our choosing (or in
memory) and can deliver webhooks to the marketplace, signed with the local
development secret::

    python -m marketplace.payments.localstripe_server --port 8420 \\
        --webhook-url http://127.0.0.1:8000/payments/stripe/webhook/ --state-file var/localstripe.pickle
"""

import argparse
import logging
import pickle
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8420)
    parser.add_argument("--webhook-url", default="", help="where to POST signed events (none when empty)")
    parser.add_argument("--webhook-secret", default="", help="defaults to the local development secret")
    parser.add_argument("--state-file", default="", help="keep the fake account here between runs (memory only when empty)")
    args = parser.parse_args(argv)

    from aiohttp import web
    from localstripe import resources, webhooks

    from .localstripe_extensions import app_with_extensions, extensions_install
    from .stripe_gateway import LOCAL_WEBHOOK_SECRET

    extensions_install()

    store = resources.store
    state_file = Path(args.state_file) if args.state_file else None
    if state_file and state_file.exists():
        try:
            with state_file.open("rb") as f:
                store.update(pickle.load(f))
        except Exception:  # a corrupt or incompatible state file: start afresh
            logging.getLogger(__name__).warning("localstripe: could not read %s, starting empty", state_file)

    def dump_to_disk() -> None:
        if state_file:
            with state_file.open("wb") as f:
                pickle.dump(dict(store), f, protocol=pickle.HIGHEST_PROTOCOL)

    store.dump_to_disk = dump_to_disk
    if args.webhook_url:
        webhooks.register_webhook("marketplace", args.webhook_url, args.webhook_secret or LOCAL_WEBHOOK_SECRET, None)
    logging.basicConfig(level=logging.INFO, format="localstripe: %(message)s")
    print(f"localstripe: listening on http://{args.host}:{args.port}", flush=True)
    web.run_app(app_with_extensions(), host=args.host, port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
