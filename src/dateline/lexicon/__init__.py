"""Lexicons the project writes itself (TSV/JSON data files) and their loaders."""
