import { escapeHtml as e } from './escape';
import type { DigestContent, Row, Section, Table, Trend } from './model';

/*
 * HTML that mail clients render: nested tables, inline styles only, bars drawn with table cells
 * whose widths are percentages, no script, no image, no stylesheet, no event attribute. Every
 * text goes through escapeHtml. Tables that hold figures are data tables (<th scope>, read by
 * screen readers); tables that only lay the card out are role="presentation". Nothing has a fixed
 * width: the card fills the screen up to 600 px and holds from 320 px (see digest.e2e.test.ts).
 */
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
// Short: a big programme's table repeats these in every cell, and Gmail clips at 102 KB.
const CELL = 'padding:3px 4px;border-bottom:1px solid #e3e7ec';
const NUM = `<td valign="top" align="right" style="${CELL};white-space:nowrap">`;
const SUB_COLOUR = '#5b6670';
const BAR_COLOUR = '#3d7cc9';
const TREND_HEIGHT = 24;
const LAYOUT = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"';
const DATA = 'width="100%" cellpadding="0" cellspacing="0" border="0"';
const ROW_STYLE: Record<Row['kind'], string> = {
  item: 'font-weight:normal;',
  group: 'background:#eef2f7;font-weight:bold;',
  subtotal: 'background:#f7f9fb;font-weight:bold;',
  total: 'background:#e3eaf3;font-weight:bold;',
};

const VOWELS = 'аеёиоуыэюяөүaeiouy';
const NO_BREAK_BEFORE = 'ьъй';

/**
 * Soft hyphens in long words of headers and labels, between syllables (a vowel, then a
 * consonant and a vowel; or between two consonants), so a narrow column breaks "Меро-приятия"
 * with a hyphen where the word would otherwise push the table wider than a phone.
 */
export function softHyphens(text: string): string {
  return text.replace(/[\p{L}]{9,}/gu, (word) => {
    const lower = word.toLowerCase();
    const isVowel = (i: number) => VOWELS.includes(lower[i] ?? '');
    let out = '';
    let last = 0;
    for (let i = 3; i <= word.length - 3; i++) {
      if (NO_BREAK_BEFORE.includes(lower[i] ?? '') || i - last < 3) continue;
      const vcv = isVowel(i - 1) && !isVowel(i) && isVowel(i + 1);
      // "пр", "тр": a consonant before р stays with it ("Меро-приятия").
      const vcrv =
        isVowel(i - 1) && !isVowel(i) && 'рr'.includes(lower[i + 1] ?? '-') && isVowel(i + 2);
      const vccv =
        !isVowel(i - 1) &&
        !isVowel(i) &&
        isVowel(i + 1) &&
        isVowel(i - 2) &&
        !'рr'.includes(lower[i] ?? '-');
      if (vcv || vcrv || vccv) {
        out += `${word.slice(last, i)}\u00ad`;
        last = i;
      }
    }
    return out + word.slice(last);
  });
}

function bar(share: number | null | undefined): string {
  if (share === null || share === undefined || share <= 0) return '';
  const percent = Math.max(1, Math.min(100, Math.round(share * 100)));
  const fill = `<td width="${percent}%" style="background:${BAR_COLOUR};height:10px;font-size:0;line-height:0;">&nbsp;</td>`;
  const rest =
    percent < 100 ? '<td style="height:10px;font-size:0;line-height:0;">&nbsp;</td>' : '';
  return `<table ${LAYOUT}><tr>${fill}${rest}</tr></table>`;
}

function sub(row: Row): string {
  return row.sub ? `<div style="font-size:11px;color:${SUB_COLOUR}">${e(row.sub)}</div>` : '';
}

/** The row's label as its header cell. */
function labelCell(row: Row, attrs = 'scope="row"'): string {
  return `<th ${attrs} align="left" valign="top" style="${CELL};${ROW_STYLE[row.kind]}word-break:break-word">${e(softHyphens(row.label))}${sub(row)}</th>`;
}

function headCell(text: string, align: 'left' | 'right'): string {
  return `<th scope="col" align="${align}" style="${CELL};font-size:11px;color:${SUB_COLOUR};font-weight:normal">${e(softHyphens(text))}</th>`;
}

function rowHtml(row: Row, table: Table, width: number): string {
  if (row.kind === 'group') {
    return `<tr>${labelCell(row, `colspan="${width}" scope="colgroup"`)}</tr>`;
  }
  const cells = row.cells.map((c) => `${NUM}${e(c.text)}</td>`).join('');
  const barCell = table.bars ? `<td width="30%" style="${CELL}">${bar(row.bar)}</td>` : '';
  const style = row.kind === 'item' ? '' : ` style="${ROW_STYLE[row.kind]}"`;
  return `<tr${style}>${labelCell(row)}${cells}${barCell}</tr>`;
}

/** A table of figures: the label column, the figure columns, optionally a bar column. */
function wideTable(table: Table): string {
  const width = table.columns.length + (table.bars ? 1 : 0);
  const head = table.columns.map((c, i) => headCell(c, i === 0 ? 'left' : 'right')).join('');
  const barHead = table.bars ? `<td style="${CELL}"></td>` : '';
  const rows = table.rows.map((row) => rowHtml(row, table, width)).join('');
  return `<table ${DATA} style="border-collapse:collapse;font-size:13px;"><thead><tr>${head}${barHead}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * A table too wide for a phone (the committees): each row's label takes a line of its own
 * across every column, its figures go in the line below, so the figure columns share the whole
 * width and the names are never squeezed. Each label heads its rows (scope="rowgroup").
 */
function stackedTable(table: Table): string {
  const width = table.columns.length - 1;
  const head = table.columns
    .slice(1)
    .map((c) => headCell(c, 'right'))
    .join('');
  const groups = table.rows
    .map((row) => {
      const label = `<tr>${labelCell(row, `colspan="${width}" scope="rowgroup"`)}</tr>`;
      if (row.kind === 'group') return `<tbody>${label}</tbody>`;
      const style = row.kind === 'item' ? '' : ` style="${ROW_STYLE[row.kind]}"`;
      const cells = row.cells.map((c) => `${NUM}${e(c.text)}</td>`).join('');
      return `<tbody>${label}<tr${style}>${cells}</tr></tbody>`;
    })
    .join('');
  return `<table ${DATA} style="border-collapse:collapse;font-size:13px;"><caption style="text-align:left;font-size:11px;color:${SUB_COLOUR};padding:0 0 4px">${e(table.columns[0] ?? '')}</caption><thead><tr>${head}</tr></thead>${groups}</table>`;
}

/** Twelve bars in table cells; read out as one image named by every month's figure. */
function trendHtml(trend: Trend): string {
  const spoken = trend.points.map((p) => `${p.label}: ${p.figure.text}`).join('; ');
  const bars = trend.points
    .map((p) => {
      // A hidden month (value null) has no bar: its height would tell the hidden count.
      const height =
        p.figure.value === null || p.bar === null
          ? 0
          : Math.max(2, Math.round(p.bar * TREND_HEIGHT));
      const fill =
        height > 0
          ? `<div style="height:${height}px;background:${BAR_COLOUR};font-size:0"></div>`
          : '';
      return `<td width="8%">${fill}</td>`;
    })
    .join('');
  const last = trend.points[trend.points.length - 1]?.figure.text ?? '';
  return `<tr><td colspan="2" style="padding:6px 0 0;font-size:13px">${e(trend.label)}</td></tr><tr><td width="100%"><table role="img" aria-label="${e(`${trend.label}. ${spoken}`)}" width="100%" cellpadding="0" cellspacing="1" border="0" style="border-bottom:1px solid #c5ccd4"><tr valign="bottom" style="height:${TREND_HEIGHT}px">${bars}</tr></table></td><td valign="bottom" align="right" style="padding-left:6px;font-size:13px;white-space:nowrap">${e(last)}</td></tr>`;
}

function trendsHtml(trends: readonly Trend[]): string {
  return `<table ${LAYOUT} style="border-collapse:collapse;">${trends.map(trendHtml).join('')}</table>`;
}

function sectionHtml(section: Section): string {
  const lines = section.lines
    .map((line) => `<p style="margin:0 0 8px;font-size:13px;">${e(line)}</p>`)
    .join('');
  const body = section.trends
    ? trendsHtml(section.trends)
    : section.table
      ? section.table.stacked
        ? stackedTable(section.table)
        : wideTable(section.table)
      : section.empty
        ? `<p style="margin:0;font-size:13px;color:${SUB_COLOUR};">${e(section.empty)}</p>`
        : '';
  return `<tr><td style="padding:14px 12px 6px;"><h2 style="margin:0 0 8px;font-size:16px;color:#1d4e89;">${e(section.title)}</h2>${lines}${body}</td></tr>`;
}

export function renderHtml(content: DigestContent): string {
  const header = `<tr><td style="padding:16px 12px;background:#1d4e89;color:#ffffff;"><div style="font-size:20px;font-weight:bold;">Korgoo</div><div style="font-size:15px;">${e(content.title)}: ${e(content.monthLabel)}</div><div style="font-size:13px;">${e(content.scopeLabel)}</div></td></tr>`;
  const link = content.link.url
    ? `<tr><td style="padding:14px 12px;"><a href="${e(content.link.url)}" style="color:#1d4e89;font-weight:bold;">${e(content.link.text)}</a></td></tr>`
    : '';
  const notes = content.notes.map((note) => `<p style="margin:0 0 6px;">${e(note)}</p>`).join('');
  const footer = `<tr><td style="padding:12px;font-size:11px;color:${SUB_COLOUR};border-top:1px solid #e3e7ec;">${notes}</td></tr>`;
  const card = `<table ${LAYOUT} style="max-width:600px;background:#ffffff;border:1px solid #dde1e6;${FONT}color:#1f2933;">${header}${content.sections.map(sectionHtml).join('')}${link}${footer}</table>`;
  return `<!DOCTYPE html><html lang="${e(content.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(content.subject)}</title></head><body style="margin:0;padding:0;background:#f2f4f7;"><table ${LAYOUT} style="background:#f2f4f7;"><tr><td align="center" style="padding:12px 4px;">${card}</td></tr></table></body></html>`;
}
