"""Dispatcher middlewares (outer, on every update)."""
