import { buildDigestContent, type DigestContent, renderDigest } from '../../../src/core/digest';
import { report } from '../../../src/core/indicators';
import { INDICATOR_IDS } from '../../../src/core/indicators/seed';
import { monthPeriod } from '../../../src/core/periods';
import type { RowObject } from '../../helpers/workbook';
import { fixtureAnalysis } from './fixture';

const AT = new Date(Date.UTC(2026, 10, 3, 9, 0));
const OCTOBER = monthPeriod(2026, 10);

/** Approved figures of October equal to today's, but KANT's trainings approved one lower. */
function approvedRows(): { approvals: RowObject[]; approvedFigures: RowObject[] } {
  const now = report(fixtureAnalysis().dataset, OCTOBER).byCommittee;
  const figures = (id: string, shift: Partial<Record<string, number>> = {}): RowObject[] =>
    INDICATOR_IDS.map((indicator) => ({
      month: '2026-10',
      committeeId: id,
      indicator,
      value: (now[id]?.[indicator] ?? 0) + (shift[indicator] ?? 0),
      approvedAt: AT,
    }));
  return {
    approvals: ['KANT', 'NARYN'].map((committeeId) => ({
      month: '2026-10',
      committeeId,
      status: 'approved',
      by: 'aida@example.org',
      at: AT,
    })),
    approvedFigures: [...figures('KANT', { trainings: -1 }), ...figures('NARYN')],
  };
}

const withApprovals = fixtureAnalysis(approvedRows());
const digestOf = (
  region: string | null = null,
  threshold: number | null = null,
  lang: 'ru' | 'ky' | 'en' = 'en',
) =>
  buildDigestContent(withApprovals, {
    month: '2026-10',
    recipient: { language: lang, region, threshold },
  });

function section(c: DigestContent, id: string) {
  return c.sections.find((s) => s.id === id);
}

describe('the digest and the month close', () => {
  test('each committee’s row ends with its month’s status', () => {
    const c = digestOf();
    const table = section(c, 'committees')?.table;
    expect(table?.columns.at(-1)).toBe('Month');
    const status = (id: string) => table?.rows.find((r) => r.label === id)?.cells.at(-1)?.text;
    expect(status('KANT')).toBe('Approved');
    expect(status('NARYN')).toBe('Approved');
    expect(status('TOKM')).toBe('Open');
    expect(table?.rows.find((r) => r.kind === 'total')?.cells).toHaveLength(
      (table?.columns.length ?? 0) - 1,
    );
  });

  test('"Revised since approval" lists committee, month, indicator, approved → current', () => {
    const c = digestOf();
    const revised = section(c, 'revisions');
    expect(revised?.title).toBe('Revised since approval');
    const now = report(withApprovals.dataset, OCTOBER).byCommittee.KANT?.trainings ?? 0;
    expect(
      revised?.table?.rows.map((r) => [r.label, r.sub, ...r.cells.map((x) => x.text)]),
    ).toEqual([['KANT', 'October 2026', 'Trainings and seminars', String(now - 1), String(now)]]);
    const { html, text } = renderDigest(c);
    expect(html).toContain('Revised since approval');
    expect(text).toContain('REVISED SINCE APPROVAL');
  });

  test('cut to the recipient’s region, and small counts hidden as everywhere', () => {
    const naryn = section(digestOf('naryn'), 'revisions');
    expect(naryn?.table?.rows).toEqual([]);
    expect(naryn?.empty).toBe('No figure changed after approval.');
    const hidden = section(digestOf(null, 5), 'revisions')?.table?.rows[0]?.cells;
    // KANT's one training of October is below the threshold: hidden as in every other table.
    expect(hidden?.[2]?.text).toBe('<5');
    expect(hidden?.[2]?.value).toBeNull();
  });

  test('in Russian and Kyrgyz too', () => {
    expect(section(digestOf(null, null, 'ru'), 'revisions')?.title).toBe(
      'Пересмотрено после утверждения',
    );
    expect(section(digestOf(null, null, 'ky'), 'revisions')?.title).toBe(
      'Бекитилгенден кийин кайра каралды',
    );
  });

  test('a workbook that approves nothing shows neither the column nor the section', () => {
    const plain = buildDigestContent(fixtureAnalysis(), {
      month: '2026-10',
      recipient: { language: 'en', region: null, threshold: null },
    });
    expect(section(plain, 'revisions')).toBeUndefined();
    expect(section(plain, 'committees')?.table?.columns.at(-1)).toBe('Reported');
  });
});
