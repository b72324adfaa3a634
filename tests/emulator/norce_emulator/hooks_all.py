"""The modules that register hooks, derived fields or custom handlers (hooks.py). Importing them
fills the registries; MODULES names them so that the emulator's use of them is explicit."""

from . import hooks_catalogue, hooks_pricing, hooks_promotion, hooks_settings, hooks_stock

MODULES = (hooks_catalogue, hooks_pricing, hooks_promotion, hooks_settings, hooks_stock)
