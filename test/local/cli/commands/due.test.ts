/**
 * korgoo due on a small .xlsx written as the command line writes workbooks: text in the chosen
 * language, JSON of DESIGN §10, --date, --committee, --region, and exit 0 with or without items.
 */
import type { CellValue } from '../../../../src/core/read/workbook';
import { type DataSheetKey, SHEETS } from '../../../../src/core/schema/sheets';
import { run } from '../../../../src/local/cli/main';
import { captureOutput } from '../../capture';
import { writtenByKorgoo } from '../../xlsx/written';

const rowsOf = (sheet: DataSheetKey, rows: Record<string, CellValue>[]) =>
  rows.map((row) => SHEETS[sheet].columns.map((c) => row[c.key] ?? ''));

let path: string;
beforeAll(async () => {
  const committee = (committeeId: string, region: string) => ({
    committeeId,
    name: `Комитет ${committeeId}`,
    region,
    settlement: 'Кант',
    establishedOn: '2025-01-10',
    status: 'active',
  });
  const base = { source: 'police', affectedPerson: 'woman', consent: 'yes', status: 'open' };
  path = await writtenByKorgoo('due-test', 'ru', {
    committees: rowsOf('committees', [committee('KANT', 'chui'), committee('UCHK', 'naryn')]),
    cases: rowsOf('cases', [
      {
        ...base,
        caseCode: 'KANT-2026-0001',
        committeeId: 'KANT',
        identifiedOn: '2026-10-20',
        reviewedJointlyWith: 'police',
        orderIssuedOn: '2026-10-30',
        orderUntil: '2026-11-03',
      },
      {
        ...base,
        caseCode: 'UCHK-2026-0001',
        committeeId: 'UCHK',
        identifiedOn: '2026-10-20',
        riskLevel: 'high',
      },
    ]),
  });
});

async function due(...args: string[]) {
  const output = captureOutput();
  const code = await run(['due', path, ...args], output);
  return { code, out: output.stdout.join('\n'), err: output.stderr.join('\n') };
}

test('text: the items by committee, in plain words, with where to find the row', async () => {
  const { code, out } = await due('--date', '2026-11-01');
  expect(code).toBe(0);
  expect(out).toContain('Требует действий на 01.11.2026: 2');
  expect(out).toContain('KANT · Комитет KANT');
  expect(out).toContain(
    '• Охранный ордер заканчивается 03.11.2026: решите, нужно ли продление (срок 03.11.2026). KANT-2026-0001, лист «Случаи», строка 2',
  );
  expect(out).toContain('UCHK-2026-0001, лист «Случаи», строка 3');
  expect((await due('--date', '2026-11-01', '--lang', 'en')).out).toContain(
    'Protection order ends 03.11.2026: decide whether it needs extending (due 03.11.2026)',
  );
});

test('json: the date and the items of DESIGN §10', async () => {
  const { code, out } = await due('--date', '2026-11-01', '--format', 'json');
  expect(code).toBe(0);
  expect(JSON.parse(out)).toEqual({
    date: '2026-11-01',
    items: [
      {
        kind: 'high_risk_not_reviewed',
        committee: 'UCHK',
        caseCode: 'UCHK-2026-0001',
        sheet: 'cases',
        row: 3,
        due: '2026-10-27',
        daysOverdue: 5,
      },
      {
        kind: 'protection_order_ending',
        committee: 'KANT',
        caseCode: 'KANT-2026-0001',
        sheet: 'cases',
        row: 2,
        due: '2026-11-03',
        daysOverdue: -2,
      },
    ],
  });
});

test('--committee and --region keep their items; exit 0 when nothing is due', async () => {
  const codes = async (...args: string[]) =>
    (
      JSON.parse((await due('--date', '2026-11-01', '--format', 'json', ...args)).out) as {
        items: { caseCode: string }[];
      }
    ).items.map((i) => i.caseCode);
  expect(await codes('--committee', 'kant')).toEqual(['KANT-2026-0001']);
  expect(await codes('--region', 'Нарынская область')).toEqual(['UCHK-2026-0001']);
  const none = await due('--date', '2026-10-21');
  expect(none.code).toBe(0);
  expect(none.out).toBe('На 21.10.2026 ничего не требует действий.');
});

test('a bad date, committee or region is one clear line and exit 2', async () => {
  const bad = await due('--date', '2026-02-30', '--lang', 'en');
  expect(bad.code).toBe(2);
  expect(bad.err).toBe('Unknown date "2026-02-30". Example: 2026-11-01');
  expect((await due('--committee', 'NOPE')).code).toBe(2);
  expect((await due('--region', 'Марс')).err).toBe('Неизвестная область «Марс»');
});
