import { buildDigestContent, type DigestContent, renderDigest } from '../../../src/core/digest';
import { COMMITTEE_ROWS_MAX } from '../../../src/core/digest/committees';
import { LIST_MAX } from '../../../src/core/digest/reporting-sections';
import { fixtureAnalysis } from './fixture';

const REGIONS = ['chui', 'issyk_kul', 'naryn', 'talas', 'jalal_abad', 'osh', 'batken'];
const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

/**
 * `count` committees with long names; every other one reports in October 2026 (a training),
 * every third one has a row with an error: many silent committees and many open errors.
 */
function programme(count: number) {
  const committees = Array.from({ length: count }, (_, i) => ({
    committeeId: `C${String(i).padStart(4, '0')}`,
    name: `Местный комитет по профилактике гендерного и семейного насилия айыл окмоту № ${i}`,
    region: REGIONS[i % REGIONS.length],
    settlement: 'x',
    establishedOn: '2025-01-10',
    status: 'active',
  }));
  const events = committees.flatMap((c, i) => [
    ...(i % 2 === 0
      ? [
          {
            committeeId: c.committeeId,
            date: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
            type: 'training',
            participants: 12,
          },
        ]
      : []),
    ...(i % 3 === 0
      ? [{ committeeId: c.committeeId, date: '2026-10-02', type: 'training', participants: 'x' }]
      : []),
  ]);
  return fixtureAnalysis({
    committees,
    events,
    members: [],
    cases: [],
    referrals: [],
    assistance: [],
  });
}

const big = programme(500);
const content = (lang: 'ru' | 'ky' | 'en'): DigestContent =>
  buildDigestContent(big, {
    month: '2026-10',
    recipient: { language: lang, region: null, threshold: 3 },
    spreadsheetUrl: URL,
  });

describe('a programme of 500 committees', () => {
  test.each(['ru', 'ky', 'en'] as const)('its %s digest HTML is at most 100 KB', (lang) => {
    const bytes = Buffer.byteLength(renderDigest(content(lang)).html, 'utf8');
    process.stdout.write(`digest HTML, 500 committees, ${lang}: ${bytes} bytes\n`);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  test('the committee table shows the regions and only committees that need attention', () => {
    const c = content('en');
    const table = c.sections.find((s) => s.id === 'committees')?.table;
    const items = table?.rows.filter((r) => r.kind === 'item') ?? [];
    expect(items).toHaveLength(COMMITTEE_ROWS_MAX);
    // Odd committees made no entry: only those are listed, each saying "no".
    expect(items.every((r) => Number(r.label.slice(1)) % 2 === 1)).toBe(true);
    expect(items.every((r) => r.cells.at(-1)?.text === 'no')).toBe(true);
    expect(table?.rows.filter((r) => r.kind === 'subtotal')).toHaveLength(REGIONS.length);
    expect(table?.rows.at(-1)?.kind).toBe('total');
    expect(c.sections.find((s) => s.id === 'committees')?.lines).toEqual([
      `500 committees. Shown: the regions and ${COMMITTEE_ROWS_MAX} of the 250 committees with no entry in the month; every committee is in the spreadsheet.`,
    ]);
  });

  test('the lists of silent committees and of open errors are cut, the rest counted', () => {
    const c = content('en');
    const reporting = c.sections.find((s) => s.id === 'reporting');
    expect(reporting?.table?.rows).toHaveLength(LIST_MAX);
    expect(reporting?.lines).toContain(`And ${250 - LIST_MAX} more: see the spreadsheet.`);
    const quality = c.sections.find((s) => s.id === 'quality');
    expect(quality?.table?.rows).toHaveLength(LIST_MAX);
    expect(quality?.lines.at(-1)).toBe(`And ${167 - LIST_MAX} more: see the spreadsheet.`);
  });
});

test.each([COMMITTEE_ROWS_MAX, COMMITTEE_ROWS_MAX + 1, 1000])(
  'the HTML of %i committees is at most 100 KB too',
  (count) => {
    const html = renderDigest(
      buildDigestContent(programme(count), {
        month: '2026-10',
        recipient: { language: 'ky', region: null, threshold: null },
        spreadsheetUrl: URL,
      }),
    ).html;
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(100 * 1024);
  },
);

describe('a programme of up to 25 committees', () => {
  test('lists every committee', () => {
    const c = buildDigestContent(programme(COMMITTEE_ROWS_MAX), {
      month: '2026-10',
      recipient: { language: 'en', region: null, threshold: null },
    });
    const section = c.sections.find((s) => s.id === 'committees');
    expect(section?.table?.rows.filter((r) => r.kind === 'item')).toHaveLength(COMMITTEE_ROWS_MAX);
    expect(section?.lines).toEqual([]);
  });
});
