"""`summarise serve`: the HTTP service (server.py, app.py), its limits (limits.py), the page at `/`
(page.py) and the guard on the URLs it fetches (url_guard.py)."""
