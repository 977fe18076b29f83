"""Packaged lexicons (YAML data with a data card each), read with importlib.resources."""
