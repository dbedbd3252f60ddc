"""The project shell around the marketplace's own rules: URLs, the WSGI/ASGI entry points, process
warm-up, and the request guards every response passes (Content-Security-Policy per area, the NUL guard).
The settings are beside it, in ``marketplace/settings``."""
