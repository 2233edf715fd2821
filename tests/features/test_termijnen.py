"""Steps of features/termijnen.feature: none of its own; the termijnen steps it uses (R04, R34)
are shared in `stappen/monitoring.py`."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("termijnen.feature")
