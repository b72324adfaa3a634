"""Imports every module that registers hooks, derived fields or custom handlers (hooks.py)."""

from . import (hooks_catalogue, hooks_pricing, hooks_promotion, hooks_settings,  # noqa: F401
               hooks_stock)
