import { sheetsSource, splitByRegion } from '../../../bench/split-by-region';
import { analyse } from '../../../src/core/analyse';
import { buildDemoSheets, DEMO_TIME_ZONE, DEMO_TODAY } from '../../../src/core/demo';
import { buildDigestContent, type DigestContent } from '../../../src/core/digest';
import { parseDateText } from '../../../src/core/read/cells';
import { buildRollupDigest } from '../../../src/core/rollup/digest';
import { mergeDatasets } from '../../../src/core/rollup/merge-datasets';
import { buildReturn } from '../../../src/core/rollup/return';
import { combineSources } from '../../../src/core/rollup/rollup';
import { returnSource, workbookSource } from '../../../src/core/rollup/sources';

const OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;
const TODAY = parseDateText(DEMO_TODAY);
const sheets = buildDemoSheets('en');
const whole = analyse(sheetsSource(sheets), OPTIONS, TODAY);
const parts = splitByRegion(sheets, [['chui'], ['issyk_kul'], ['naryn']], OPTIONS, TODAY).map((p) =>
  analyse(sheetsSource(p), OPTIONS, TODAY),
);
const everyone = { language: 'ru', region: null, threshold: null } as const;

function section(content: DigestContent, id: string) {
  return content.sections.find((s) => s.id === id);
}

describe('the digest over several workbooks', () => {
  test('three regional workbooks give the whole workbook’s digest, every section', () => {
    const merged = { ...whole, dataset: mergeDatasets(parts.map((p) => p.dataset)) };
    const request = { month: '2026-10', recipient: everyone };
    const a = buildDigestContent(whole, request);
    const b = buildDigestContent(merged, request);
    expect(a.sections.length).toBeGreaterThan(8);
    expect(b.sections.map((s) => s.id)).toEqual(a.sections.map((s) => s.id));
    for (const { id } of a.sections)
      expect({ id, ...section(b, id) }).toEqual({ id, ...section(a, id) });
    expect(section(a, 'headline')?.table?.rows.length).toBe(14);
  });
});

describe('the roll-up digest from returns', () => {
  const rollup = combineSources([
    workbookSource('chui.xlsx', parts[0]?.dataset ?? whole.dataset),
    ...parts.slice(1).map((p, i) => returnSource(`r${i}.xlsx`, buildReturn(p.dataset, TODAY))),
  ]);

  test('its headline month figures are the whole digest’s, in every language', () => {
    for (const language of ['ru', 'ky', 'en'] as const) {
      const request = { month: '2026-10', recipient: { ...everyone, language } };
      const expected = section(buildDigestContent(whole, request), 'headline')?.table?.rows;
      const got = section(buildRollupDigest(rollup, request), 'headline')?.table?.rows;
      expect(got?.map((r) => [r.label, r.cells[0]?.text])).toEqual(
        expected?.map((r) => [r.label, r.cells[0]?.text]),
      );
    }
  });

  test('every committee with its approval status, and the sources with the day they run to', () => {
    const content = buildRollupDigest(rollup, { month: '2026-10', recipient: everyone });
    const rows = section(content, 'committees')?.table?.rows ?? [];
    const items = rows.filter((r) => r.kind === 'item');
    expect(items.map((r) => r.label).sort()).toEqual(
      whole.dataset.committees.map((c) => c.committeeId).sort(),
    );
    expect(new Set(items.map((r) => r.cells[2]?.text))).toEqual(new Set(['открыт']));
    const sources = section(content, 'sources')?.table?.rows ?? [];
    expect(sources.map((r) => [r.label, r.cells[1]?.text])).toEqual([
      ['chui.xlsx', 'книга (сейчас)'],
      ['r0.xlsx', DEMO_TODAY],
      ['r1.xlsx', DEMO_TODAY],
    ]);
  });

  test('a region’s recipient gets that region only; small counts hidden with no single one exposed', () => {
    const content = buildRollupDigest(rollup, {
      month: '2026-10',
      recipient: { language: 'en', region: 'chui', threshold: 5 },
    });
    expect(content.subject).toContain('Chui');
    const rows = section(content, 'committees')?.table?.rows ?? [];
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.label)).toEqual(['Chui']);
    const items = rows.filter((r) => r.kind === 'item');
    const subtotal = rows.find((r) => r.kind === 'subtotal');
    for (const col of [0, 1]) {
      const hidden = items.filter((r) => r.cells[col]?.value === null).length;
      if (subtotal?.cells[col]?.value !== null) expect(hidden).not.toBe(1);
    }
    const headline = section(content, 'headline')?.table?.rows ?? [];
    expect(headline.some((r) => r.cells[0]?.text === '<5')).toBe(true);
  });
});
