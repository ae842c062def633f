"""summarise: structured, verifiable summaries of news articles.

from summarise import summarise
result = summarise(text)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("summarise")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

from .api import asummarise, summarise
from .errors import (
    ConfigurationError,
    InputError,
    ModelRequestError,
    ModelUnavailableError,
    OutputValidationError,
    SummariseError,
)
from .models import Actor, Brief, Claim, Event, Extraction, Figure
from .results import ArticleSummary, Metadata
from .settings import Settings
from .templating import PromptTemplate

__all__ = [
    "Actor",
    "ArticleSummary",
    "Brief",
    "Claim",
    "ConfigurationError",
    "Event",
    "Extraction",
    "Figure",
    "InputError",
    "Metadata",
    "ModelRequestError",
    "ModelUnavailableError",
    "OutputValidationError",
    "PromptTemplate",
    "Settings",
    "SummariseError",
    "__version__",
    "asummarise",
    "summarise",
]
