import type { DigestContent, Row, Section, Table } from './model';

/** Characters, not UTF-16 units: Cyrillic and Kyrgyz letters count one each. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const space = ' '.repeat(Math.max(0, size - width(text)));
  return right ? space + text : text + space;
}

/** An aligned table: labels left, figures right; committee names listed under it. */
function tableText(table: Table): string[] {
  const items = table.rows.filter((row) => row.kind !== 'group');
  const grid = [table.columns, ...items.map((row) => [row.label, ...row.cells.map((c) => c.text)])];
  const widths = table.columns.map((_, c) => Math.max(...grid.map((r) => width(r[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0, c > 0))
      .join('  ')
      .trimEnd();
  const out = [line(table.columns), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of table.rows) {
    if (row.kind === 'group') out.push(`[${row.label}]`);
    else out.push(line([row.label, ...row.cells.map((c) => c.text)]));
  }
  const named = table.rows.filter((row): row is Row & { sub: string } => Boolean(row.sub));
  if (named.length > 0) {
    out.push('');
    for (const row of named) out.push(`${row.label}: ${row.sub}`);
  }
  return out;
}

function sectionText(section: Section): string[] {
  const out = [section.title.toLocaleUpperCase(), ...section.lines];
  if (section.trends) {
    for (const trend of section.trends)
      out.push(`${trend.label}: ${trend.points.map((p) => p.figure.text).join(' · ')}`);
  } else if (section.table) out.push(...tableText(section.table));
  else if (section.empty) out.push(section.empty);
  return out;
}

/** The plain-text part: the same figures as the HTML, for clients that show no HTML. */
export function renderText(content: DigestContent): string {
  const blocks: string[][] = [
    [`Korgoo — ${content.title}: ${content.monthLabel}`, content.scopeLabel],
    ...content.sections.map(sectionText),
  ];
  if (content.link.url) blocks.push([`${content.link.text}: ${content.link.url}`]);
  blocks.push([...content.notes]);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
