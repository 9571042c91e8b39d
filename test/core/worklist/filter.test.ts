import { filterWorklist } from '../../../src/core/worklist';
import { book, caseRow } from './fixture';

describe('filterWorklist', () => {
  const kant = caseRow({ identifiedOn: '2026-09-01' });
  const uch = caseRow({
    committeeId: 'UCH',
    caseCode: 'UCH-2026-0001',
    identifiedOn: '2026-09-01',
  });
  const b = book({ cases: [kant, uch] });
  const codes = (filter: Parameters<typeof filterWorklist>[2]) =>
    filterWorklist(b.items(), b.workbook, filter).map((i) => i.caseCode);

  test('keeps one committee, or the committees of one region', () => {
    expect(codes({})).toEqual([kant.caseCode, 'UCH-2026-0001']);
    expect(codes({ committee: 'UCH' })).toEqual(['UCH-2026-0001']);
    expect(codes({ region: 'chui' })).toEqual([kant.caseCode]);
    expect(codes({ region: 'osh' })).toEqual([]);
    expect(codes({ committee: 'KANT', region: 'naryn' })).toEqual([]);
  });
});
