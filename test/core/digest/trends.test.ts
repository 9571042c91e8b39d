import { buildDigestContent, type DigestContent, renderDigest } from '../../../src/core/digest';
import { SEED_INDICATORS } from '../../../src/core/indicators';
import { demoAnalysis, fixtureAnalysis } from './fixture';

const analysis = demoAnalysis('ru');
const recipient = { language: 'ru', region: null, threshold: 5 } as const;
const digestOf = (month: string): DigestContent =>
  buildDigestContent(analysis, { month, recipient });

const october = digestOf('2026-10');
const trends = october.sections.find((s) => s.id === 'trends')?.trends ?? [];
const MONTHS = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];

describe('the last 12 months of each headline indicator', () => {
  test('every indicator, twelve months, oldest first', () => {
    expect(trends.map((t) => t.label)).toEqual(SEED_INDICATORS.map((d) => d.labels.ru));
    for (const trend of trends) {
      expect(trend.points).toHaveLength(12);
      expect(trend.points[0]?.label).toBe('Ноябрь 2025');
      expect(trend.points[11]?.label).toBe('Октябрь 2026');
    }
  });

  test('each month is the figure that month’s own digest shows (hidden there, hidden here)', () => {
    MONTHS.forEach((month, i) => {
      const own = digestOf(month).sections.find((s) => s.id === 'headline')?.table?.rows ?? [];
      trends.forEach((trend, k) => {
        expect([month, trend.label, trend.points[i]?.figure.text]).toEqual([
          month,
          trend.label,
          own[k]?.cells[0]?.text,
        ]);
      });
    });
  });

  test('the demo has months hidden by the threshold: no bar, no value, "<5" read out', () => {
    const hidden = trends.flatMap((t) => t.points.filter((p) => p.figure.value === null));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((p) => p.bar === null && /^(<5|…)$/.test(p.figure.text))).toBe(true);
    const html = renderDigest(october).html;
    expect(html).toContain(`${hidden[0]?.label}: ${hidden[0]?.figure.text.replace('<', '&#60;')}`);
  });

  test('the year to date never gives away the single hidden month of the year', () => {
    const headline = october.sections.find((s) => s.id === 'headline')?.table?.rows ?? [];
    let checked = 0;
    trends.forEach((trend, k) => {
      const year = trend.points.slice(2); // January to October 2026
      const hiddenMonths = year.filter((p) => p.figure.value === null).length;
      const ytd = headline[k]?.cells[2];
      if (
        hiddenMonths === 1 &&
        !['Действующие комитеты', 'Члены комитетов'].includes(trend.label)
      ) {
        checked += 1;
        expect([trend.label, ytd?.value]).toEqual([trend.label, null]);
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  test('a single small month of the year hides the year to date (it would be the difference)', () => {
    // One training a month with 30 participants, February's with 2: "<5" in February.
    const events = Array.from({ length: 10 }, (_, i) => ({
      committeeId: 'KANT',
      date: `2026-${String(i + 1).padStart(2, '0')}-10`,
      type: 'training',
      participants: i === 1 ? 2 : 30,
    }));
    const c = buildDigestContent(fixtureAnalysis({ events }), {
      month: '2026-10',
      recipient: { language: 'en', region: null, threshold: 5 },
    });
    const label = 'Training participants';
    const trend = c.sections.find((s) => s.id === 'trends')?.trends?.find((t) => t.label === label);
    expect(trend?.points.map((p) => p.figure.text).slice(2)).toEqual([
      '30',
      '<5',
      '30',
      '30',
      '30',
      '30',
      '30',
      '30',
      '30',
      '30',
    ]);
    const headline = c.sections.find((s) => s.id === 'headline')?.table?.rows;
    expect(headline?.find((r) => r.label === label)?.cells.map((f) => f.text)).toEqual([
      '30',
      '0',
      '…',
    ]);
  });

  test('without a threshold every month is drawn as its value', () => {
    const plain = buildDigestContent(fixtureAnalysis(), {
      month: '2026-10',
      recipient: { language: 'en', region: null, threshold: null },
    });
    const t = plain.sections.find((s) => s.id === 'trends')?.trends ?? [];
    for (const trend of t) {
      const max = Math.max(...trend.points.map((p) => p.figure.value ?? 0));
      for (const p of trend.points) {
        expect(p.figure.value).not.toBeNull();
        expect(p.bar).toBe(
          max > 0 && (p.figure.value ?? 0) > 0 ? (p.figure.value ?? 0) / max : null,
        );
      }
    }
  });
});
