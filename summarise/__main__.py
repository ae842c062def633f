"""`python -m summarise` runs the command line."""

from .cli import main

main(prog_name="summarise")
