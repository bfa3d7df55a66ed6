"""`contrasta serve`: the stored stories in a browser, and the same data as a JSON API.

Server-rendered pages (FastAPI + Jinja2) that work without JavaScript, inline SVG charts,
no request to any other host. The app only calls the library the CLI calls — the Store,
the service layer (`contrasta.service`: stored dossiers and rows, runs), manual merge
and split — so both always agree.
"""

from contrasta.web.app import create_app
from contrasta.web.settings import Settings, make_settings

__all__ = ["Settings", "create_app", "make_settings"]
