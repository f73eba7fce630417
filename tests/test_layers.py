"""The direction of the layers, read from the imports of every module of the package.

ui and cli -> services -> store -> domain: the front ends (the window, the command line, the
app's start) import services and domain, never the store; services import store and domain;
the store imports the domain; the domain imports neither Qt nor peewee, nor any layer above
it. In ui/, a feature package (contacts, users, ...) imports ui.kit and itself, never another
feature nor the shell: only ui.shell composes the features.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import contact_manager

PACKAGE = Path(contact_manager.__file__).parent
ROOT = PACKAGE.parent
LAYERS = ("domain", "store", "services", "ui", "cli")
FEATURES = ("accounts", "contacts", "history", "importing", "users")

# What each layer must not import (the first parts of a module name).
FORBIDDEN = {
    "domain": ("PySide6", "peewee", "playhouse", "contact_manager.store", "contact_manager.services")
    + ("contact_manager.ui", "contact_manager.cli"),
    "store": ("PySide6", "contact_manager.services", "contact_manager.ui", "contact_manager.cli"),
    "services": ("PySide6", "contact_manager.ui", "contact_manager.cli"),
    "ui": ("peewee", "playhouse", "contact_manager.store", "contact_manager.cli"),
    "cli": ("peewee", "playhouse", "contact_manager.store", "contact_manager.ui"),
    "": ("peewee", "playhouse", "contact_manager.store"),  # app, demo, crash, paths, ...
}

# Reaching for the store through an attribute (``services.store``) is a leak all the same.
ALLOWED_STORE_USES: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Module:
    path: Path
    name: str  # contact_manager.ui.kit.look
    source: str

    @property
    def tree(self) -> ast.Module:
        return ast.parse(self.source)

    @property
    def relative(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def layer(self) -> str:
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 and parts[1] in LAYERS else ""

    def imports(self) -> list[tuple[int, str]]:
        """(line, module) of every import, at the top or inside a function; for ``from a
        import b`` both ``a`` and ``a.b`` (b may be a module)."""
        found = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Import):
                found += [(node.lineno, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = self._absolute(node)
                found.append((node.lineno, base))
                found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        return found

    def _absolute(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        package = self.name.split(".") if self.path.name == "__init__.py" else self.name.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        return ".".join([*package, node.module] if node.module else package)


def package_modules() -> list[Module]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(Module(path, ".".join(parts), path.read_text(encoding="utf-8")))
    return modules


MODULES = package_modules()


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def wrong_imports(module: Module) -> list[str]:
    forbidden = FORBIDDEN[module.layer]
    return [
        f"{module.relative}:{line} imports {name}"
        for line, name in module.imports()
        if any(within(name, prefix) for prefix in forbidden)
    ]


def feature_of(name: str) -> str | None:
    """The ui package a module belongs to (kit, shell, or a feature); None outside ui/."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "ui" else None


def wrong_ui_imports(module: Module) -> list[str]:
    own = feature_of(module.name)
    if own is None or own == "shell":
        return []  # the shell composes the features
    wrong = []
    for line, name in module.imports():
        other = feature_of(name)
        if other is not None and other not in (own, "kit") and (other in FEATURES or other == "shell"):
            wrong.append(f"{module.relative}:{line} ({own}) imports {name}")
    return wrong


def store_reaches(module: Module) -> list[str]:
    if module.layer not in ("ui", "cli"):
        return []
    lines = module.source.splitlines()
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Attribute) and node.attr == "store":
            text = lines[node.lineno - 1].strip()
            if not any(module.relative == path and part in text for path, part in ALLOWED_STORE_USES):
                found.append(f"{module.relative}:{node.lineno} {text}")
    return found


def test_every_module_is_read():
    layers = {module.layer for module in MODULES}
    assert set(LAYERS) <= layers
    assert {feature_of(m.name) for m in MODULES} >= {*FEATURES, "kit", "shell"}


@pytest.mark.parametrize("layer", [*LAYERS, ""])
def test_each_layer_imports_only_the_layers_below_it(layer):
    wrong = [line for module in MODULES if module.layer == layer for line in wrong_imports(module)]
    assert wrong == []


def test_a_ui_feature_imports_the_kit_and_never_another_feature():
    wrong = [line for module in MODULES for line in wrong_ui_imports(module)]
    assert wrong == []


def test_the_front_ends_reach_the_store_only_through_services():
    wrong = [line for module in MODULES for line in store_reaches(module)]
    assert wrong == []


# The guard must catch what it is there to catch.


def _module(name: str, source: str) -> Module:
    path = ROOT / (name.replace(".", "/") + ".py")
    return Module(path, name, source)


def test_the_guard_catches_a_front_end_importing_the_store():
    leaky = _module("contact_manager.cli.leaky", "def f():\n    from contact_manager.store import models\n")
    assert wrong_imports(leaky) == ["contact_manager/cli/leaky.py:2 imports contact_manager.store"] + [
        "contact_manager/cli/leaky.py:2 imports contact_manager.store.models"
    ]
    relative = _module("contact_manager.domain.leaky", "from ..store.errors import classify\n")
    assert (
        wrong_imports(relative)[0] == "contact_manager/domain/leaky.py:1 imports contact_manager.store.errors"
    )
    qt = _module("contact_manager.domain.leaky", "import PySide6.QtCore\n")
    assert wrong_imports(qt) == ["contact_manager/domain/leaky.py:1 imports PySide6.QtCore"]


def test_the_guard_catches_a_feature_importing_another():
    leaky = _module(
        "contact_manager.ui.users.leaky",
        "from contact_manager.ui.contacts.panel import Panel\nfrom contact_manager.ui.kit import look\n",
    )
    assert wrong_ui_imports(leaky) == [
        "contact_manager/ui/users/leaky.py:1 (users) imports contact_manager.ui.contacts.panel",
        "contact_manager/ui/users/leaky.py:1 (users) imports contact_manager.ui.contacts.panel.Panel",
    ]
    shell = _module(
        "contact_manager.ui.shell.leaky", "from contact_manager.ui.contacts import health_panel\n"
    )
    assert wrong_ui_imports(shell) == []


def test_the_guard_catches_a_reach_through_services():
    leaky = _module("contact_manager.ui.users.leaky", "def f(services):\n    return services.store.path\n")
    assert store_reaches(leaky) == ["contact_manager/ui/users/leaky.py:2 return services.store.path"]
