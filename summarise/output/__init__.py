"""Rendering a summary: Markdown (markdown.py), the self-contained HTML view (html_view.py) and a batch's
folder of views (batch_view.py)."""
