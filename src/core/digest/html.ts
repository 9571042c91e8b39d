import { escapeHtml as e } from './escape';
import type { DigestContent, Row, Section, Table } from './model';

/*
 * HTML that mail clients render: nested tables, inline styles only, bars drawn with table cells
 * whose widths are percentages, no script, no image, no stylesheet, no event attribute. Every
 * text goes through escapeHtml. The layout holds at 600 px: the card is at most 600 px wide and
 * long words wrap.
 */
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
// Short: a 50-committee programme's table repeats these in every cell, and Gmail clips at 102 KB.
const CELL = 'padding:3px 5px;border-bottom:1px solid #e3e7ec';
const TD = `<td valign="top" style="${CELL}`;
const NUM = `<td valign="top" align="right" style="${CELL};white-space:nowrap">`;
const BAR_COLOUR = '#3d7cc9';
const ROW_STYLE: Record<Row['kind'], string> = {
  item: '',
  group: 'background:#eef2f7;font-weight:bold;',
  subtotal: 'background:#f7f9fb;font-weight:bold;',
  total: 'background:#e3eaf3;font-weight:bold;',
};

function bar(share: number | null | undefined): string {
  if (share === null || share === undefined || share <= 0) return '';
  const percent = Math.max(1, Math.min(100, Math.round(share * 100)));
  const fill = `<td width="${percent}%" style="background:${BAR_COLOUR};height:10px;font-size:0;line-height:0;">&nbsp;</td>`;
  const rest =
    percent < 100 ? '<td style="height:10px;font-size:0;line-height:0;">&nbsp;</td>' : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${fill}${rest}</tr></table>`;
}

function labelCell(row: Row): string {
  const sub = row.sub ? `<div style="font-size:11px;color:#5b6670">${e(row.sub)}</div>` : '';
  return `${TD};word-break:break-word">${e(row.label)}${sub}</td>`;
}

function rowHtml(row: Row, table: Table, width: number): string {
  if (row.kind === 'group') {
    return `<tr style="${ROW_STYLE.group}"><td colspan="${width}" style="${CELL}">${e(row.label)}</td></tr>`;
  }
  const cells = row.cells.map((c) => `${NUM}${e(c.text)}</td>`).join('');
  const barCell = table.bars ? `<td width="30%" style="${CELL}">${bar(row.bar)}</td>` : '';
  const style = ROW_STYLE[row.kind] ? ` style="${ROW_STYLE[row.kind]}"` : '';
  return `<tr${style}>${labelCell(row)}${cells}${barCell}</tr>`;
}

function tableHtml(table: Table): string {
  const width = table.columns.length + (table.bars ? 1 : 0);
  const head = table.columns
    .map(
      (c, i) =>
        `<th style="${CELL};font-size:11px;color:#5b6670;text-align:${i === 0 ? 'left' : 'right'}">${e(c)}</th>`,
    )
    .join('');
  const barHead = table.bars ? `<th style="${CELL}"></th>` : '';
  const rows = table.rows.map((row) => rowHtml(row, table, width)).join('');
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:13px;"><tr>${head}${barHead}</tr>${rows}</table>`;
}

function sectionHtml(section: Section): string {
  const lines = section.lines
    .map((line) => `<p style="margin:0 0 8px;font-size:13px;">${e(line)}</p>`)
    .join('');
  const body = section.table
    ? tableHtml(section.table)
    : section.empty
      ? `<p style="margin:0;font-size:13px;color:#5b6670;">${e(section.empty)}</p>`
      : '';
  return `<tr><td style="padding:14px 16px 6px;"><h2 style="margin:0 0 8px;font-size:16px;color:#1d4e89;">${e(section.title)}</h2>${lines}${body}</td></tr>`;
}

export function renderHtml(content: DigestContent): string {
  const header = `<tr><td style="padding:16px;background:#1d4e89;color:#ffffff;"><div style="font-size:20px;font-weight:bold;">Korgoo</div><div style="font-size:15px;">${e(content.title)}: ${e(content.monthLabel)}</div><div style="font-size:13px;">${e(content.scopeLabel)}</div></td></tr>`;
  const link = content.link.url
    ? `<tr><td style="padding:14px 16px;"><a href="${e(content.link.url)}" style="color:#1d4e89;font-weight:bold;">${e(content.link.text)}</a></td></tr>`
    : '';
  const notes = content.notes.map((note) => `<p style="margin:0 0 6px;">${e(note)}</p>`).join('');
  const footer = `<tr><td style="padding:12px 16px;font-size:11px;color:#5b6670;border-top:1px solid #e3e7ec;">${notes}</td></tr>`;
  const card = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border:1px solid #dde1e6;${FONT}color:#1f2933;">${header}${content.sections.map(sectionHtml).join('')}${link}${footer}</table>`;
  return `<!DOCTYPE html><html lang="${e(content.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(content.subject)}</title></head><body style="margin:0;padding:0;background:#f2f4f7;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7;"><tr><td align="center" style="padding:12px 4px;">${card}</td></tr></table></body></html>`;
}
