import { buildReturn } from '../../../src/core/rollup/return';
import { workbookApprovalOf } from '../../../src/core/rollup/workbook-approval';
import { closeAnalysis, TODAY } from '../approval/fixture';

const AT = new Date(Date.UTC(2026, 9, 3, 9, 15));
const LATER = new Date(Date.UTC(2026, 9, 10, 12, 0));

describe("a workbook's approval state, as its return carries it", () => {
  const analysis = closeAnalysis(
    {},
    {
      approvals: [
        { month: '2026-09', committeeId: 'KANT', status: 'approved', by: 'a@x.kg', at: AT },
        { month: '2026-09', committeeId: 'NARYN', status: 'approved', by: 'a@x.kg', at: AT },
        // Reopened later: the last row of a (month, committee) is its state.
        { month: '2026-09', committeeId: 'NARYN', status: 'reopened', by: 'a@x.kg', at: LATER },
      ],
    },
  );
  const approvalOf = workbookApprovalOf(analysis);

  test('the last Approvals row of each (month, committee); no row is open', () => {
    expect(approvalOf('2026-09', 'KANT')).toBe('approved');
    expect(approvalOf('2026-09', 'NARYN')).toBe('reopened');
    expect(approvalOf('2026-10', 'KANT')).toBe('open');
  });

  test("the return's month rows hold it", () => {
    const ret = buildReturn(analysis.dataset, TODAY, approvalOf);
    expect(ret.approval.get('KANT')?.get('2026-09')).toBe('approved');
    expect(ret.approval.get('NARYN')?.get('2026-09')).toBe('reopened');
    expect(ret.approval.get('KANT')?.get('2026-10')).toBe('open');
  });
});
