"""Hypothesis profiles: ``dev`` (the default, 200 examples) and ``ci`` (5,000 examples a property
test, a few minutes in all). CI runs set ``CI=true``, which picks ``ci``; ``HYPOTHESIS_PROFILE``
overrides either way (``HYPOTHESIS_PROFILE=ci python -m pytest``)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# No deadline: timing on a busy 2-core CI machine is noise, not a failure.
settings.register_profile("dev", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
# derandomize: CI explores the same 5,000 examples on every run, so a red CI always means a
# change broke something (new ground is explored by `benchmarks/soak.py` and by local runs)
settings.register_profile("ci", max_examples=5000, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
default = "ci" if os.environ.get("CI", "").lower() == "true" else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", default))
