/**
 * The demo's worklist as of 1 November 2026 (DESIGN §10): a few items of each kind, on rows
 * that still reproduce the seed's figures (demo.test.ts checks those).
 */
import { analyse } from '../../../src/core/analyse';
import { buildDemoSheets, demoWorkbook } from '../../../src/core/demo';
import { DEMO_WORKLIST_DAY } from '../../../src/core/demo/worklist';
import { activeRecipients } from '../../../src/core/digest';
import { readWorkbook } from '../../../src/core/read/read-workbook';
import type { WorkbookSource } from '../../../src/core/read/workbook';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import { validateWorkbook } from '../../../src/core/validate';
import { WORK_KINDS, worklist } from '../../../src/core/worklist';

function demoSource(): WorkbookSource {
  const sheets = buildDemoSheets('ru');
  return {
    sheetNames: () => DATA_SHEETS.map((key) => SHEETS[key].labels.ru),
    values: (name) => sheets[DATA_SHEETS.find((k) => SHEETS[k].labels.ru === name) ?? 'plan'],
  };
}

test('as of 1 November 2026 the demo has a few items of every kind', () => {
  const workbook = readWorkbook(demoSource(), { timeZone: 'Asia/Bishkek', dates: 'wall' });
  const problems = validateWorkbook(workbook, { today: DEMO_WORKLIST_DAY });
  const items = worklist(workbook, problems, DEMO_WORKLIST_DAY);
  const counts = Object.fromEntries(
    WORK_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length]),
  );
  for (const kind of WORK_KINDS) {
    expect([kind, counts[kind]]).toEqual([kind, expect.any(Number)]);
    expect(counts[kind]).toBeGreaterThanOrEqual(2);
  }
  // A worklist a coordinator can get through, not every case of the year.
  expect(items.length).toBeLessThanOrEqual(20);
  expect(new Set(items.map((i) => i.committee)).size).toBeGreaterThanOrEqual(5);
});

test('the demo’s two coordinators receive the reminders; the donor gets the digest only', () => {
  const analysis = analyse(
    demoWorkbook('ru'),
    { timeZone: 'Asia/Bishkek', dates: 'wall' },
    DEMO_WORKLIST_DAY,
  );
  const emails = (what: 'digest' | 'reminders') =>
    activeRecipients(analysis.dataset, what).map((r) => r.email);
  expect(emails('reminders')).toEqual(['coordinator@example.org', 'naryn.region@example.org']);
  expect(emails('digest')).toEqual([
    'coordinator@example.org',
    'naryn.region@example.org',
    'donor.officer@example.org',
  ]);
});
