/**
 * The To do tab's server function on the demo as of 1 November 2026: the worklist by
 * committee, in plain words in the workbook's language, each item naming the row a click selects.
 */
import { analyse } from '../../../src/core/analyse';
import { demoWorkbook } from '../../../src/core/demo';
import { DEMO_WORKLIST_DAY } from '../../../src/core/demo/worklist';
import { sidebarTodo } from '../../../src/core/sidebar/todo';
import { worklistDays, worklistOf } from '../../../src/core/worklist';

const analysis = analyse(
  demoWorkbook('ru'),
  { timeZone: 'Asia/Bishkek', dates: 'wall' },
  DEMO_WORKLIST_DAY,
);

test('groups the items by committee with "ID · Name", each with its text, due and row', () => {
  const result = sidebarTodo(analysis, 'ru', DEMO_WORKLIST_DAY);
  const items = worklistOf(analysis, DEMO_WORKLIST_DAY);
  expect(result.date).toBe('01.11.2026');
  expect(result.count).toBe(items.length);
  expect(result.groups.flatMap((g) => g.items)).toHaveLength(items.length);
  const kant = result.groups.find((g) => g.committee === 'UCHK');
  expect(kant?.label).toMatch(/^UCHK · .*Учкун/);
  const order = result.groups
    .flatMap((g) => g.items)
    .find((i) => i.kind === 'protection_order_ending' && i.caseCode === 'UCHK-2026-0006');
  const row = items.find(
    (i) => i.kind === 'protection_order_ending' && i.caseCode === 'UCHK-2026-0006',
  )?.row;
  expect(order).toEqual({
    kind: 'protection_order_ending',
    caseCode: 'UCHK-2026-0006',
    text: 'Охранный ордер заканчивается 02.11.2026: решите, нужно ли продление',
    due: 'срок 02.11.2026',
    overdue: false,
    sheetName: 'Случаи',
    a1: `${row}:${row}`,
  });
  const referral = result.groups
    .flatMap((g) => g.items)
    .find((i) => i.kind === 'referral_no_outcome');
  expect(referral?.sheetName).toBe('Перенаправления');
  expect(referral?.overdue).toBe(true);
});

test('speaks the language asked and takes the workbook’s day counts', () => {
  const en = sidebarTodo(analysis, 'en', DEMO_WORKLIST_DAY);
  expect(en.groups[0]?.items[0]?.due).toMatch(/^due \d\d\.\d\d\.2026/);
  const longer = sidebarTodo(
    analysis,
    'en',
    DEMO_WORKLIST_DAY,
    worklistDays({ followupEvery: 90 }),
  );
  expect(longer.count).toBeLessThan(en.count);
});
