#!/usr/bin/env python3
"""The app's page as a screen reader reads it: its AT-SPI accessibility tree, and what its live
regions say. Used by tests/gui/accessibility.rs, inside the app's private D-Bus session (the
AT-SPI bus is found through it).

Reads commands on stdin, one a line, and answers each with one line of JSON on stdout:

  tree     {"tree": node}: the page (the app's "document web" and everything under it), node
           = {"role", "name", "attrs", "states", "text", "children"} ("text" is its own: an
           entry's is what was typed); null while the app shows no page yet. A node the page
           removed while it was read is left out.
  listen   walks the page once (WebKitGTK makes a node when it is first asked for: an event
           from a node never asked for may never come), then records what live regions say:
           {"listening": true}.
  events   {"events": [{"live", "id", "role", "text"}, ...]}: each object:children-changed:add
           from a live region (its attributes say live, not off) since `listen`, in order: how
           it speaks, its id and role, and its text then (the child it was given). Each time
           the regions are asked for their children first, as a screen reader reading them
           does: WebKitGTK tells of a region's new child once they are asked for.
  quit     ends.

Needs only Python 3 and GObject introspection with AT-SPI (Debian: python3-gi,
gir1.2-atspi-2.0).
"""

import json
import os
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP = sys.argv[1] if len(sys.argv) > 1 else "act-export-desktop"
# The longest text kept of a node (enough to tell what it says).
TEXT_LIMIT = 400

events = []
recording = False
# The live regions found when the page was last walked, with their attributes.
regions = []
pending = b""


def own_text(node):
    """The text of a node (an entry's: what was typed), without the marks of its children."""
    text = ""
    try:
        if "Text" in (node.get_interfaces() or []):
            count = Atspi.Text.get_character_count(node)
            text = Atspi.Text.get_text(node, 0, min(count, TEXT_LIMIT)) or ""
    except GLib.Error:
        text = ""
    return text.replace("\ufffc", "").strip()


def read(node, found):
    """One node and everything under it; None when it is gone (the page removed it while it
    was read: a screen reader cannot read it either). Its live regions go into `found`."""
    try:
        role = node.get_role_name() or ""
        name = node.get_name() or ""
        attrs = dict(node.get_attributes() or {})
        states = sorted(
            Atspi.StateType(s).value_nick for s in node.get_state_set().get_states()
        )
        count = node.get_child_count()
    except GLib.Error as error:
        debug(f"gone: {error}")
        return None
    text = ""
    if role not in ("document web", "landmark", "section", "panel", "form", "table", "list"):
        text = own_text(node)
    if attrs.get("live", "off") != "off":
        found.append((node, attrs))
    children = []
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except GLib.Error as error:
            debug(f"child {index} of a {role} gone: {error}")
            continue
        if child is not None:
            read_child = read(child, found)
            if read_child is not None:
                children.append(read_child)
    return {
        "role": role,
        "name": name,
        "attrs": attrs,
        "states": states,
        "text": text,
        "children": children,
    }


def find_page():
    """The app's "document web" node, or None while there is none."""
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(index)
        if app is None or app.get_name() != APP:
            continue
        todo = [app]
        while todo:
            node = todo.pop(0)
            if node.get_role_name() == "document web":
                return node
            todo.extend(
                c for c in (node.get_child_at_index(i) for i in range(node.get_child_count())) if c
            )
    return None


def tree():
    try:
        page = find_page()
        if page is None:
            return {"tree": None}
        # Read from the app, not from what libatspi kept: it keeps a node's children as the
        # events last told them, and WebKitGTK makes a live region's new child (and tells of
        # it) only once the region's children are asked for. A kept copy would hide both.
        page.clear_cache()
        found = []
        page_tree = read(page, found)
        # Replaced whole once read: an event that comes during the walk finds the regions.
        regions[:] = found
        return {"tree": page_tree}
    except GLib.Error as error:
        debug(f"no page: {error}")
        return {"tree": None}


def ask_regions():
    """Asks each live region for its children, as a screen reader reading it does: WebKitGTK
    makes a region's new child, and tells of it, once the region's children are asked for. Only
    the regions: walking the whole page on every look would keep the page's process busy. A
    region gone from the tree (the page behind a modal dialog is left out) is found again."""
    if not regions:
        tree()
    for region, _ in list(regions):
        try:
            region.clear_cache()
            for index in range(region.get_child_count()):
                region.get_child_at_index(index)
        except GLib.Error as error:
            debug(f"a live region went away: {error}")
            tree()
            return


def on_children_changed(event):
    """Records what a live region was given: the text of the child added. Nothing else that
    changed is asked about: asking a node while the page removes it has crashed WebKitGTK's
    web process (2.50), and most of what changes then is being removed."""
    if not recording or not event.type.startswith("object:children-changed:add"):
        return
    found = [(node, attrs) for node, attrs in regions if node == event.source]
    if not found:
        return
    _, attrs = found[0]
    child = event.any_data
    events.append(
        {
            "live": attrs.get("live", ""),
            "id": attrs.get("id", ""),
            "role": attrs.get("computed-role", ""),
            "text": own_text(child) if isinstance(child, Atspi.Accessible) else "",
        }
    )


listener = Atspi.EventListener.new(on_children_changed)


def debug(line):
    """With ACT_EXPORT_A11Y_DEBUG set, what went wrong in a read, on stderr."""
    if os.environ.get("ACT_EXPORT_A11Y_DEBUG"):
        sys.stderr.write(f"accessibility.py: {line}\n")


def answer(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def on_input(channel, condition):
    """Reads what came on stdin and runs each whole line."""
    global pending
    data = os.read(sys.stdin.fileno(), 4096)
    if not data:
        loop.quit()
        return False
    pending += data
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        if not run(line.decode().strip()):
            loop.quit()
            return False
    return True


def run(command):
    """Runs one command; False when it was the last."""
    global recording
    if command == "tree":
        answer(tree())
    elif command == "listen":
        tree()
        listener.register("object:children-changed")
        recording = True
        answer({"listening": True})
    elif command == "events":
        ask_regions()
        answer({"events": events})
    elif command == "quit":
        return False
    else:
        answer({"error": f"unknown command {command!r}"})
    return True


Atspi.init()
loop = GLib.MainLoop()
GLib.io_add_watch(
    GLib.IOChannel.unix_new(sys.stdin.fileno()),
    GLib.PRIORITY_DEFAULT,
    GLib.IOCondition.IN | GLib.IOCondition.HUP,
    on_input,
)
answer({"ready": True})
loop.run()
