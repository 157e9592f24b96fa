"""WSGI entry point for gunicorn: `gunicorn tracker.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
application = get_wsgi_application()

# The extractor (used by the extraction API and the admin's article page) is imported lazily so that
# management commands start fast; a web process loads it now, before its first request.
import sources.importer.extraction  # noqa: E402, F401
