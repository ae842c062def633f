"""Rendering one summary: Markdown (markdown.py) and the self-contained HTML view (html_view.py)."""
