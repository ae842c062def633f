"""Prompt templates shipped with summarise (`summary.v1.jinja`, ...), read through `summarise.prompts`."""
