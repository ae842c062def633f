"""Reading the input: a file, a page or a URL becomes an `Article` (load.py), HTML is reduced to its story
(html.py) and URLs are fetched with limits (fetch.py)."""
