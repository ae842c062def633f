"""The pipeline: the article read by code goes to the engine as prompts (templating.py, request.py, parts.py,
budget.py), the answers are re-asked, merged and assembled (loop.py, choices.py, briefs.py, reference.py,
assemble.py), and code's own answer stands behind them all (extractive.py)."""
