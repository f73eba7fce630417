"""Read Contact Manager's accessibility tree from the AT-SPI bus, as a screen reader does.

Run by the system ``python3`` (Debian's ``python3-pyatspi``) inside ``dbus-run-session``:
starts Xvfb, the AT-SPI bus and the app (the command after ``--``), waits for the window,
then prints one JSON document: every node of the tree, the contact boxes, what the
validation dialogs say, what a refused address and a saved change tell a listener, and
the health-check fix buttons. It drives the app through the bus (``doAction`` on buttons,
text set through the EditableText interface, the focus moved with ``grabFocus``) and with
``xdotool`` for what a bus cannot do: give the window the keyboard focus (there is no window
manager) and press Tab.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

EVENTS = (
    "object:property-change:accessible-name",
    "object:text-changed:insert",
    "object:announcement",
    "object:state-changed:focused",
)


STARTED = time.monotonic()


def log(what: str) -> None:
    print(f"read_tree: {time.monotonic() - STARTED:6.1f}s {what}", file=sys.stderr, flush=True)


def pump(seconds: float) -> None:
    """Let events arrive for ``seconds``."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def children(node):
    for index in range(node.childCount):
        try:
            child = node.getChildAtIndex(index)
        except Exception:  # a node gone while walking
            continue
        if child is not None:
            yield child


def walk(node, depth: int = 1000):
    yield node
    if depth > 0:
        for child in children(node):
            yield from walk(child, depth - 1)


def states(node) -> list[str]:
    names = []
    state_set = node.getState()
    for state in state_set.getStates():
        names.append(pyatspi.stateToString(state).lower().replace("_", " "))
    return sorted(names)


def labelled_by(node) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                if target is not None and target.name:
                    names.append(target.name)
    return names


def text_of(node) -> str | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, min(text.characterCount, 400))


def describe(node, path: str) -> dict:
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "id": node.accessibleId or "",
        "states": states(node),
        "labelled_by": labelled_by(node),
        "text": text_of(node),
        "path": path,
    }


def tree(root) -> list[dict]:
    nodes = []

    def visit(node, path):
        nodes.append(describe(node, path))
        for index, child in enumerate(children(node)):
            visit(child, f"{path}/{index}")

    visit(root, "0")
    return nodes


def find_app(timeout: float):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "Contact Manager":
                return app
        time.sleep(0.3)
    raise SystemExit("the app did not appear on the accessibility bus")


def by_id(root, object_name: str, depth: int = 1000):
    """The node whose accessible id ends with ``object_name`` (Qt's ids are object-name paths)."""
    for node in walk(root, depth):
        ident = node.accessibleId or ""
        if ident == object_name or ident.endswith("." + object_name):
            return node
    return None


def wait_for(find, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = find()
        if found is not None:
            return found
        pump(0.2)
    return None


def wait_loaded(app, timeout: float) -> None:
    """Until the contact boxes show the account and the node count has stopped growing."""
    end = time.monotonic() + timeout
    last = -1
    while time.monotonic() < end:
        nodes = list(walk(app))
        primary = next((n for n in nodes if (n.accessibleId or "").endswith(".primaryContactCombo")), None)
        if len(nodes) == last and primary is not None and primary.name:
            return
        last = len(nodes)
        pump(1.5)
    raise SystemExit("the window did not finish loading")


def focus_window(display: str) -> None:
    """Give the window the keyboard focus (there is no window manager to do it)."""
    subprocess.run(
        [
            "xdotool",
            "search",
            "--sync",
            "--onlyvisible",
            "--name",
            "Contact Manager",
            "windowfocus",
            "--sync",
        ],
        env=dict(os.environ, DISPLAY=display),
        check=True,
        timeout=30,
        stdout=subprocess.DEVNULL,
    )
    pump(0.5)


def key(display: str, name: str) -> None:
    """Press the key ``name`` in the focused window, as the person would."""
    subprocess.run(["xdotool", "key", name], env=dict(os.environ, DISPLAY=display), check=True, timeout=10)
    pump(0.4)


def press(node) -> None:
    actions = node.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index).lower() in ("press", "click", "activate"):
            actions.doAction(index)
            return
    actions.doAction(0)


def field_of(box):
    """The text field inside an editable combo box (where the focus lands)."""
    return next((child for child in children(box) if child.getRoleName() == "text"), None)


def type_into(box, text: str, away) -> None:
    """Replace the box's text, then move the focus to ``away`` (the box acts on focus out)."""
    field = field_of(box)
    field.queryComponent().grabFocus()
    pump(0.3)
    field.queryEditableText().setTextContents(text)
    pump(0.3)
    away.queryComponent().grabFocus()
    pump(1.0)


def dialog(app, object_name: str) -> dict | None:
    """The dialog ``object_name`` (a window of its own) as a listener meets it; then closed."""
    node = wait_for(lambda: by_id(app, object_name, depth=2), 15.0)
    if node is None:
        return None
    result = describe(node, "")
    result["texts"] = [n.name for n in walk(node) if n.getRoleName() == "label" and n.name]
    button = next((n for n in walk(node) if n.getRoleName() == "push button"), None)
    if button is not None:
        press(button)
        pump(1.0)
    return result


def scenario(app, display: str) -> dict:
    report: dict = {"tree": tree(app)}
    widgets = {}
    for node in walk(app):
        widgets.setdefault((node.accessibleId or "").rsplit(".", 1)[-1], node)
    report["boxes"] = {}
    for name, node in widgets.items():
        if node.getRoleName() == "combo box" and "Combo" in name:  # the contact boxes
            field = field_of(node)
            report["boxes"][name] = {
                "box": describe(node, ""),
                "field": describe(field, "") if field is not None else None,
            }
    heard: list[dict] = []
    fix_buttons: dict[str, dict] = {}
    focused: list[dict] = []

    def listen(event):
        with contextlib.suppress(GLib.Error):  # a node already gone (a closed dialog's)
            hear(event)

    def hear(event):
        source = event.source
        if source is not None and "healthFix_" in (source.accessibleId or ""):
            fix_buttons[source.accessibleId] = describe(source, "")
        if source is not None and event.type.startswith("object:state-changed:focused") and event.detail1:
            focused.append(describe(source, ""))
        heard.append(
            {
                "type": event.type,
                "role": source.getRoleName() if source is not None else "",
                "name": (source.name or "") if source is not None else "",
                "detail": event.any_data if isinstance(event.any_data, str) else "",
                "on": bool(event.detail1),
                "text": text_of(source) if source is not None else None,
            }
        )

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(listen, kind)

    tabs = [n for n in walk(widgets["mainTabs"], 2) if n.getRoleName() == "page tab"]
    tabs[1].queryAction().doAction(0)
    pump(1.0)
    away = widgets["company_name"]
    bar = next(n for n in walk(widgets["mainWindow"], 1) if n.getRoleName() == "status bar")

    log("a contact box")
    # Moving to a box: what gets the focus (and is read first).
    field_of(widgets["billingContactCombo1"]).queryComponent().grabFocus()
    wait_for(lambda: next((n for n in focused if n["role"] == "combo box"), None), 10.0)
    report["focus"] = list(focused)

    # A saved change: clear the security contact (which also raises a health finding).
    security = widgets["securityContactCombo"]
    heard.clear()
    type_into(security, "", away)
    wait_for(lambda: next((h for h in heard if h["role"] == "status bar"), None), 15.0)
    report["saved"] = {"status": describe(bar, ""), "heard": list(heard)}

    log("a refused address")
    # A refused outside address: the dialog, then what the box says afterwards.
    type_into(security, "soc@invalid", away)
    report["invalid_email"] = dialog(app, "invalidEmailDialog")
    focus_window(display)
    report["refused_box"] = {"box": describe(security, ""), "field": describe(field_of(security), "")}

    log("the limit of three")
    # A third billing contact, then "Add another" once more: the limit of three.
    add = widgets["addBillingContactButton"]
    press(add)
    pump(1.0)
    third = widgets["billingContactCombo2"]
    type_into(third, "valentina.conti@ferretti-arredamenti.example", away)
    wait_for(lambda: third if "Valentina" in (third.name or "") else None, 15.0)
    press(add)
    report["billing_cap"] = dialog(app, "billingCapDialog")
    focus_window(display)
    report["filled_billing"] = {"box": describe(third, ""), "field": describe(field_of(third), "")}

    log("health checks")
    tabs[0].queryAction().doAction(0)
    pump(1.5)
    report["health"] = [describe(n, "") for n in walk(widgets["healthPanel"])]
    # Qt leaves the widgets inside list rows out of the tree: a listener meets the fix buttons
    # when they change (heard) and by pressing Tab from the tab bar (tabbed).
    report["fix_buttons"] = list(fix_buttons.values())
    focused.clear()
    tabs[0].queryComponent().grabFocus()
    pump(0.5)
    report["tabbed"] = []
    for _ in range(12):
        key(display, "Tab")
        reached = wait_for(lambda: next((n for n in focused if "healthFix_" in n["id"]), None), 1.0)
        if reached:
            report["tabbed"] = [reached]
            break
    return report


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :]
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    display = xvfb.stdout.readline().decode().strip()
    env = dict(os.environ, DISPLAY=f":{display}", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    os.environ["DISPLAY"] = env["DISPLAY"]
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env, stdout=subprocess.DEVNULL
    )
    app_process = None
    try:
        time.sleep(1.0)
        app_process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        app = find_app(90.0)
        log("app on the bus")
        wait_loaded(app, 90.0)
        log("loaded")
        focus_window(env["DISPLAY"])
        report = scenario(app, env["DISPLAY"])
        with open(argv[argv.index("--out") + 1], "w", encoding="utf-8") as out:
            json.dump(report, out, ensure_ascii=False)
        return 0
    finally:
        for process in (app_process, bus, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
