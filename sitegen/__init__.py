"""sitegen: a static site generator for academic profiles and research groups."""

__version__ = "0.1.0"
