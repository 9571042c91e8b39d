/** Dropdown rules of a validation model spelled out cell by cell, as exceljs reads them. */

/** Every cell of each reference (`A2` or `A2:C9`, columns A to Z) with `value(rule)`. */
export function byCell<Rule, T>(
  model: Readonly<Record<string, Rule>>,
  value: (rule: Rule) => T,
): Map<string, T> {
  const cells = new Map<string, T>();
  for (const [reference, rule] of Object.entries(model)) {
    const given = value(rule);
    const [from, to = from] = reference.split(':') as [string, string?];
    const start = /^([A-Z])(\d+)$/.exec(from);
    const end = /^([A-Z])(\d+)$/.exec(to);
    if (!start || !end) throw new Error(`not a reference of columns A to Z: ${reference}`);
    for (let c = String(start[1]).charCodeAt(0); c <= String(end[1]).charCodeAt(0); c++) {
      for (let r = Number(start[2]); r <= Number(end[2]); r++) {
        cells.set(`${String.fromCharCode(c)}${r}`, given);
      }
    }
  }
  return cells;
}
