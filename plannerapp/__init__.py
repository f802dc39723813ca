"""plannerapp: 3D urban planning and design-scheme review.

The package is a pure-Python core (geometry, model, io, analysis, rules,
commands, session, report) under a thin Qt layer (``plannerapp.ui``).
See ``../shared/STYLE.md`` / the README for the layering rules.
"""

__version__ = "0.1.0"
