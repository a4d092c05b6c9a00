"""The doctests of the installed package: the small helpers' specifications, run as tests.

They run on `solieu` as imported, never on the source folders by path, so each module is
loaded once under its one name.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import solieu
import solieu.schemas

MODULES = sorted(
    m.name
    for package in (solieu, solieu.schemas)
    for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} doctests failed"


def test_public_names_resolve() -> None:
    """Every name of `solieu.__all__` loads on first use, and an unknown one is an AttributeError."""
    for name in solieu.__all__:
        assert getattr(solieu, name) is not None
    assert solieu.__version__.count(".") >= 2
    try:
        solieu.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("solieu.no_such_name did not raise")
