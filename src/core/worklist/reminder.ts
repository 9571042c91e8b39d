import { escapeHtml } from '../digest/escape';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import type { ReadWorkbook } from '../read/read-workbook';
import { CHOICES, type ChoiceKey } from '../schema/choices';
import { dottedDate, type WallTime } from '../time/wall-time';
import { committeeRegions } from './filter';
import { WORK_KINDS, type WorkItem, type WorkKind } from './items';

/**
 * The weekly reminder (DESIGN §10): how many items of each kind wait, by committee, and a link
 * to the spreadsheet. Counts only: no case code, no row number, no content of any row ever
 * reaches it, so the mail can sit in any inbox. Everything it says is built here from the
 * counts, never from the items themselves.
 */
export interface ReminderRecipient {
  readonly language: Lang;
  /** The recipient's region, or null for all. */
  readonly region: ChoiceKey<'region'> | null;
}

export interface ReminderCommittee {
  readonly committee: string;
  readonly name: string;
  readonly counts: Readonly<Record<WorkKind, number>>;
  readonly total: number;
}

export interface ReminderCounts {
  readonly committees: readonly ReminderCommittee[];
  readonly totals: Readonly<Record<WorkKind, number>>;
  readonly total: number;
}

export interface RenderedReminder {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

const zero = (): Record<WorkKind, number> =>
  Object.fromEntries(WORK_KINDS.map((kind) => [kind, 0])) as Record<WorkKind, number>;

/** The items reduced to counts by committee and kind, for one region (or all). */
export function reminderCounts(
  items: readonly WorkItem[],
  workbook: ReadWorkbook,
  region: ChoiceKey<'region'> | null,
): ReminderCounts {
  const regions = committeeRegions(workbook);
  const names = new Map<string, string>();
  for (const row of workbook.sheets.committees.rows) {
    const { committeeId, name } = row.rec;
    if (committeeId !== null && !names.has(committeeId)) names.set(committeeId, name ?? '');
  }
  const byCommittee = new Map<string, Record<WorkKind, number>>();
  const totals = zero();
  let total = 0;
  for (const item of items) {
    if (region !== null && regions.get(item.committee) !== region) continue;
    const counts = byCommittee.get(item.committee) ?? zero();
    counts[item.kind]++;
    byCommittee.set(item.committee, counts);
    totals[item.kind]++;
    total++;
  }
  const committees = [...byCommittee]
    .map(([committee, counts]) => ({
      committee,
      name: names.get(committee) ?? '',
      counts,
      total: WORK_KINDS.reduce((sum, kind) => sum + counts[kind], 0),
    }))
    .sort((a, b) => b.total - a.total || (a.committee < b.committee ? -1 : 1));
  return { committees, totals, total };
}

function regionName(region: ChoiceKey<'region'> | null, lang: Lang): string | null {
  return CHOICES.region.find((r) => r.key === region)?.labels[lang] ?? null;
}

const committeeLabel = (c: ReminderCommittee): string =>
  [c.committee, c.name].filter(Boolean).join(' · ');

/** The reminder of one week for one recipient, in their language, HTML and plain text. */
export function renderReminder(
  counts: ReminderCounts,
  recipient: ReminderRecipient,
  today: WallTime,
  url: string | null,
): RenderedReminder {
  const lang = recipient.language;
  const date = dottedDate(today);
  const region = regionName(recipient.region, lang);
  const subject = text(region ? 'reminderSubjectRegion' : 'reminderSubject', lang, {
    date,
    count: counts.total,
    region: region ?? '',
  });
  const lead =
    counts.total === 0
      ? text('nothingDue', lang, { date })
      : text('itemsDue', lang, { date, count: counts.total });
  const how = text('reminderHow', lang);
  const kinds = WORK_KINDS.filter((kind) => counts.totals[kind] > 0);
  const kindLines = kinds.map((kind) => `${text(kind, lang)}: ${counts.totals[kind]}`);
  const committeeLines = counts.committees.map(
    (c) =>
      `${committeeLabel(c)}: ${WORK_KINDS.filter((k) => c.counts[k] > 0)
        .map((k) => `${text(k, lang)} ${c.counts[k]}`)
        .join(', ')}`,
  );
  const open = url ? text('reminderOpen', lang) : null;
  const plain = [
    subject,
    '',
    lead,
    ...kindLines.map((l) => `- ${l}`),
    ...(committeeLines.length ? ['', text('reminderByCommittee', lang), ...committeeLines] : []),
    '',
    how,
    ...(url && open ? ['', `${open}: ${url}`] : []),
    '',
    text('reminderWhy', lang),
  ].join('\n');
  const cell = 'padding:4px 8px;border-bottom:1px solid #e0e0e0;';
  const row = (label: string, value: number) =>
    `<tr><td style="${cell}">${escapeHtml(label)}</td><td style="${cell}text-align:right;font-weight:bold;">${value}</td></tr>`;
  const committeeBlocks = counts.committees
    .map(
      (c) =>
        `<h3 style="font-size:15px;margin:16px 0 4px;">${escapeHtml(committeeLabel(c))}</h3>` +
        `<table role="presentation" style="border-collapse:collapse;width:100%;max-width:480px;">${WORK_KINDS.filter(
          (k) => c.counts[k] > 0,
        )
          .map((k) => row(text(k, lang), c.counts[k]))
          .join('')}</table>`,
    )
    .join('');
  const html = [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:12px;font-family:Arial,sans-serif;font-size:14px;color:#202124;">',
    `<h1 style="font-size:18px;margin:0 0 8px;">${escapeHtml(subject)}</h1>`,
    `<p style="margin:0 0 8px;">${escapeHtml(lead)}</p>`,
    kinds.length
      ? `<table role="presentation" style="border-collapse:collapse;width:100%;max-width:480px;">${kinds
          .map((k) => row(text(k, lang), counts.totals[k]))
          .join('')}</table>`
      : '',
    committeeBlocks
      ? `<h2 style="font-size:16px;margin:16px 0 0;">${escapeHtml(text('reminderByCommittee', lang))}</h2>${committeeBlocks}`
      : '',
    `<p style="margin:16px 0 8px;">${escapeHtml(how)}</p>`,
    url && open
      ? `<p style="margin:0 0 8px;"><a href="${escapeHtml(url)}" style="color:#1a73e8;">${escapeHtml(open)}</a></p>`
      : '',
    `<p style="margin:16px 0 0;font-size:12px;color:#5f6368;">${escapeHtml(text('reminderWhy', lang))}</p>`,
    '</body></html>',
  ].join('');
  return { subject, html, text: plain };
}
