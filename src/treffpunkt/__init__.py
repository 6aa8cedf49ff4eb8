"""Treffpunkt: the platform of a municipal integration network."""

__version__ = "0.1.0"
