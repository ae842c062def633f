"""JSON Schemas exported from summarise's pydantic models, shipped with the package."""
