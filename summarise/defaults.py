"""Every default of the library, in one place."""

from __future__ import annotations

ENV_PREFIX = "SUMMARISE_"

# Which prompt template renders a request, and the version of the result schema.
PROMPT_TEMPLATE = "summary.v2"
# The template used with `spotlight`: the same rules, the article datamarked line by line (off by default:
# README, "Hostile articles", has what it was measured to do).
SPOTLIGHT_TEMPLATE = "summary.v3"
SPOTLIGHT = False
# Template of the short call that writes the brief in each further language.
BRIEF_TEMPLATE = "brief.v1"
SCHEMA_VERSION = "2.4"

# Transport layer (HTTP endpoints, engines/transport.py): the only layer that retries transport faults
# (408, 409, 429, 5xx, timeouts, resets); the OpenAI client's own loop is off. Retry-After is honoured up
# to MAX_RETRY_AFTER_SECONDS; a server that asks for longer fails at once. Otherwise exponential backoff with
# jitter, and never more than MAX_TRANSPORT_WAIT_SECONDS asleep for one request.
TIMEOUT_SECONDS = 120.0
TRANSPORT_RETRIES = 2
MAX_RETRY_AFTER_SECONDS = 30.0
MAX_TRANSPORT_WAIT_SECONDS = 60.0
# No article takes longer on an endpoint, every request, retry and re-ask included (a server that never answers
# would otherwise cost three whole timeouts, six minutes).
DEADLINE_SECONDS = 300.0
BACKOFF_INITIAL_SECONDS = 0.5
# The async client's connections to one endpoint (the OpenAI client's own defaults).
MAX_CONNECTIONS = 1000
MAX_KEEPALIVE_CONNECTIONS = 100
BACKOFF_MAX_SECONDS = 8.0

# Every attempt for one article (prompt and answer tokens, re-asks included) stays within this budget: a
# call that could take it past is not sent. Re-asks add the failed answer and the reasons to the prompt.
TOKEN_BUDGET = 32_000

# Output layer: how many extra times an answer that breaks the schema is
# re-asked with the validation message. Only validation failures are re-asked.
REASKS = 2

# Grounding layer: how many times items that fail verification against the
# article are sent back with the reasons, before they are moved to `unverified`.
GROUNDING_REASKS = 1

# Restrict names, figure values and evidence to spans harvested from the article, by default only on
# engines that enforce the schema while decoding: on the bundled model it raised the share of verified
# items (bench/grounding.py: 10% -> 25% on the team's four articles, and 114 s -> 74 s of wall time).
CANDIDATES: bool | None = None

# Decoding.
TEMPERATURE = 0.0
MAX_OUTPUT_TOKENS = 1536

# Embedded engine.
EMBEDDED_CONTEXT_TOKENS = 4096
EMBEDDED_THREADS = 2
EMBEDDED_MODEL_NAME = "gemma-3-270m-q4_k_m"

# Input checks.
MIN_ARTICLE_CHARS = 40
# The cap on plain text, wherever it comes from: a file, standard input, a URL.
MAX_ARTICLE_BYTES = 2_000_000
# A page is larger than its text (markup, inline scripts and styles): its own, larger cap. Input is read up to
# this cap, then held to MAX_ARTICLE_BYTES unless it is a page.
MAX_PAGE_BYTES = 5_000_000
# File names read as HTML; other files are read as HTML too when they start like a page.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# A page's main text shorter than this is taken for boilerplate (a cookie notice, a sign-up box).
MIN_PAGE_CHARS = 150

# Fetching a URL: the whole answer within the timeout, at most this many bytes and redirects, and only
# these kinds of content.
FETCH_TIMEOUT_SECONDS = 20.0
FETCH_MAX_BYTES = MAX_PAGE_BYTES
FETCH_MAX_REDIRECTS = 5
FETCH_MEDIA_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")

# Long articles: an article whose prompt and answer do not fit the model's context is split on paragraph
# boundaries into parts that do. Endpoints do not say how long their context is, nor share their tokenizer:
# the context is taken as this many tokens unless SUMMARISE_CONTEXT_TOKENS says otherwise, and a text's
# tokens are estimated as its UTF-8 bytes / 3, more than most tokenizers give (about 4 bytes per token
# for English, 2-3 for Cyrillic and Greek, 3 bytes a token for most CJK characters).
ENDPOINT_CONTEXT_TOKENS = 8192
ESTIMATED_BYTES_PER_TOKEN = 3
# Room kept besides the article and the answer, for the re-ask messages' framing.
CONTEXT_MARGIN_TOKENS = 64
# The fewest article tokens a part may hold; a smaller budget is a configuration error.
MIN_PART_TOKENS = 64

# The size caps the model-facing schema puts on its lists and strings keep a
# weak model from decoding forever.
MAX_ACTORS = 8
MAX_FIGURES = 8
MAX_CLAIMS = 6
MAX_TEXT_CHARS = 200
# The extractive brief: the lead and at most three more of the article's own sentences.
EXTRACTED_BRIEF_SENTENCES = 4
# A quoted sentence of the article, and its translation.
MAX_QUOTE_CHARS = 400

# Batch work (`summarise batch`, `summarise_many`).
BATCH_CONCURRENCY = 4
# The result cache: SQLite in the user cache directory, keyed by what changes a result.
RESULT_CACHE_FILE = "results.sqlite3"
# Without a terminal, a plain progress line at most this often.
PROGRESS_EVERY_SECONDS = 10.0

# List prices in USD per million tokens (input, output), as OpenAI published them in 2025. Prices change:
# a JSON or TOML file named by SUMMARISE_PRICES adds models or overrides these. A model not listed has
# no estimated cost; the embedded engine costs nothing.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}

# Add what code read and a model's verified answer left out ("nothing found is lost", pipeline/extractive.py). Off by
# default until the recorded answers' tests are updated for it; summarise.extractive.keep_what_code_found is
# tested on its own.
KEEP_CODE_ITEMS = True

# The roles code gives an actor whose role the article does not word: code's labels, not the article's words.
CODE_ROLES = ("named as a source", "named in the article")

# `summarise serve` (settings SUMMARISE_SERVE_*). A request body (a chat completion, or a summary request with
# a page's HTML) is at most this many bytes; request headers must arrive within the header timeout and the
# body within the read timeout, so a client that stalls holds a connection no longer than that.
SERVE_MAX_BODY_BYTES = 8 * 1024 * 1024
SERVE_HEADER_TIMEOUT_SECONDS = 10.0
SERVE_READ_TIMEOUT_SECONDS = 30.0
# One request uses the model at a time; this many more wait, and the next gets 503 with Retry-After.
SERVE_QUEUE = 8
# A request not answered within this many seconds, waiting in the queue included, gets 504.
SERVE_DEADLINE_SECONDS = 300.0
