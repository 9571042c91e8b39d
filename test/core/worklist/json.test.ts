import { worklistJson } from '../../../src/core/worklist';
import { at } from '../../helpers/dataset';
import { book, caseRow, TODAY } from './fixture';

test('the JSON of DESIGN §10: the date, and each item with exactly its seven fields', () => {
  const c = caseRow({ orderIssuedOn: '2026-10-30', orderUntil: '2026-11-03' });
  expect(worklistJson(at(TODAY), book({ cases: [c] }).items())).toEqual({
    date: '2026-11-01',
    items: [
      {
        kind: 'protection_order_ending',
        committee: 'KANT',
        caseCode: c.caseCode,
        sheet: 'cases',
        row: 2,
        due: '2026-11-03',
        daysOverdue: -2,
      },
    ],
  });
});
