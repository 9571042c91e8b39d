import { committeeOfCases, committeeOfRow } from '../../../src/core/read/row-committee';

describe('the committee a read row belongs to', () => {
  const cases = {
    rows: [
      { row: 2, rec: { caseCode: 'KANT-2026-0001', committeeId: 'KANT' } },
      { row: 3, rec: { caseCode: null, committeeId: 'NARYN' } },
      { row: 4, rec: { caseCode: 'NARYN-2026-0001', committeeId: null } },
    ],
  } as never;
  const committeeOfCase = committeeOfCases({ cases });

  test('cases with both a code and a committee are mapped; the others are not', () => {
    expect([...committeeOfCase]).toEqual([['KANT-2026-0001', 'KANT']]);
  });

  test("its own Committee ID first, else its case's, else none", () => {
    expect(
      committeeOfRow({ committeeId: 'ANAN', caseCode: 'KANT-2026-0001' }, committeeOfCase),
    ).toBe('ANAN');
    expect(committeeOfRow({ caseCode: 'KANT-2026-0001' }, committeeOfCase)).toBe('KANT');
    expect(committeeOfRow({ caseCode: 'NARYN-2026-0001' }, committeeOfCase)).toBeUndefined();
    expect(committeeOfRow({ caseCode: null }, committeeOfCase)).toBeUndefined();
  });
});
