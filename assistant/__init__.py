"""Green-manufacturing consulting assistant: clause-cited search and answers over Chinese standards."""

__version__ = "0.1.0"
