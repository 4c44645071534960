// The keys of a table whose rows are what a person works through (the WAI-ARIA grid pattern,
// the focus on whole rows): the table is one Tab stop, the row last visited; Up and Down,
// Home and End, Page Up and Page Down move between the rows. What Space, Enter or Ctrl+A do
// is the table's own. A leaf module.

/** Makes the rows of `table` (its first body) take the focus, one of them in the Tab order.
 * `key(row)` names a row across renderings (its run id, its reference), so that the row in
 * the Tab order stays the same when the rows are made again. `moved(row, from, event)` is
 * told when a key moved the focus (`event.shiftKey` to extend a selection); `pressed(event,
 * row)` gets every other key pressed on a row, and returns true when it used it. Returns
 * `refresh()`, to be called whenever the rows were replaced. */
export function rowGrid(table, { key, moved = () => {}, pressed = () => false }) {
  const body = table.tBodies[0];
  let current = null; // the key of the row in the Tab order
  let inside = false; // the focus is in the table (still true when its row was replaced)

  const rows = () => [...body.rows];

  /** Makes `row` the table's Tab stop; with `focus`, moves the focus to it, in view. */
  function point(row, focus) {
    for (const other of rows()) other.tabIndex = other === row ? 0 : -1;
    current = row ? key(row) : null;
    if (row && focus) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: "nearest" });
    }
  }

  /** How many rows Page Down moves: about what the window shows of the table. */
  function page() {
    const first = body.rows[0];
    if (!first || !first.offsetHeight) return 1;
    const area = table.parentElement;
    const seen = Math.min(area.clientHeight || window.innerHeight, window.innerHeight)
      - (table.tHead ? table.tHead.offsetHeight : 0);
    return Math.max(1, Math.floor(seen / first.offsetHeight) - 1);
  }

  body.addEventListener("focusin", (event) => {
    inside = true;
    const row = event.target.closest("tr");
    if (!row || row.parentElement !== body) return;
    // A box or a button in a row was clicked: the row takes the focus, where the keys work (a
    // click on the box still ticks it).
    point(row, event.target !== row);
  });
  body.addEventListener("focusout", (event) => {
    if (!body.contains(event.relatedTarget)) inside = false;
  });
  body.addEventListener("keydown", (event) => {
    const row = event.target;
    if (!(row instanceof HTMLTableRowElement) || row.parentElement !== body || event.altKey) return;
    const list = rows();
    const at = list.indexOf(row);
    const to = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
      PageDown: at + page(),
      PageUp: at - page(),
    }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      const next = list[Math.max(0, Math.min(list.length - 1, to))];
      point(next, true);
      moved(next, row, event);
      return;
    }
    if (pressed(event, row)) event.preventDefault();
  });

  return {
    /** After the rows were made again: the same row stays the Tab stop (else the first), and
     * keeps the focus if it had it. */
    refresh() {
      const list = rows();
      // Marked as a grid's rows and cells: WebKit's grid otherwise keeps, for screen readers,
      // the rows it first saw (none, while the rows were being read).
      for (const row of list) {
        row.setAttribute("role", "row");
        for (const cell of row.cells) if (!cell.hasAttribute("role")) cell.setAttribute("role", "gridcell");
      }
      const row = list.find((r) => key(r) === current) ?? list[0] ?? null;
      const active = document.activeElement;
      const lost = inside && (!active || active === document.body || !active.isConnected);
      point(row, Boolean(row) && lost);
      if (!row) inside = false;
    },
  };
}
