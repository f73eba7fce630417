"""PySide6's own import hook, taken off once PySide6 is loaded.

``import PySide6`` replaces Python's ``__import__`` with its own (``__feature_import__``) so
that a module may write ``from __feature__ import snake_case, true_property``. From then on
every import statement calls a Python function first, and every module loaded afterwards
has its whole source read (``inspect.getsource``, which also leaves it in ``linecache``) to
see whether it names PySide6. At a start that is some 90 modules before the first frame and
about 190 before every tab is built: 2% and 4% of the start's instructions
(``bench/bench_instructions.py``), work the bare window never does. This program uses no
``__feature__``, so the hook has nothing to do here.

PySide6 keeps the import it replaced in ``builtins.__orig_import__`` (itself PySide's lazy
loader of classes, which stays), and on PyPy it never installs the hook at all: without it
a module is simply one that selects no feature.
"""

from __future__ import annotations

import builtins


def release_import_hook() -> bool:
    """Put back the import PySide6 replaced; True if its hook was in place and is now off.

    Anything else found in ``__import__`` (another version's arrangement, a debugger's or
    a test's own hook) is left as it is.
    """
    import PySide6  # noqa: F401  (the import that installs the hook)

    hook = getattr(builtins, "__feature_import__", None)
    replaced = getattr(builtins, "__orig_import__", None)
    if hook is None or replaced is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = replaced
    return True
