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
from .batch.accounting import Tally
from .batch.cache import ResultCache
from .batch.inputs import BatchItem
from .batch.ray_data import SummariseRows, summarise_dataset  # Ray itself is imported only when they are used
from .batch.records import BatchResult, ItemError
from .batch.run import summarise_many, summarise_to_jsonl
from .errors import (
    ConfigurationError,
    DeadlineExceededError,
    FetchError,
    InputError,
    ModelRequestError,
    ModelUnavailableError,
    ModeRejectedError,
    OutputValidationError,
    OutputWriteError,
    SummariseError,
)
from .inputs.load import Article, load_article, read_article
from .models import Actor, Brief, Claim, Event, Extraction, Figure
from .pipeline.templating import PromptTemplate
from .results import ArticleSummary, Metadata
from .settings import Settings

__all__ = [
    "Actor",
    "Article",
    "ArticleSummary",
    "BatchItem",
    "BatchResult",
    "Brief",
    "Claim",
    "ConfigurationError",
    "DeadlineExceededError",
    "Event",
    "Extraction",
    "FetchError",
    "Figure",
    "InputError",
    "ItemError",
    "Metadata",
    "ModeRejectedError",
    "ModelRequestError",
    "ModelUnavailableError",
    "OutputValidationError",
    "OutputWriteError",
    "PromptTemplate",
    "ResultCache",
    "Settings",
    "SummariseError",
    "SummariseRows",
    "Tally",
    "__version__",
    "asummarise",
    "load_article",
    "read_article",
    "summarise",
    "summarise_dataset",
    "summarise_many",
    "summarise_to_jsonl",
]
