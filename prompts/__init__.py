"""Prompt templates shipped with summarise (`summary.v2.jinja`, ...), read through `summarise.prompts`."""
