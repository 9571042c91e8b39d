import { readApprovalLedger } from '../../../src/core/approval/read';
import { UnreadableCell } from '../../../src/core/read/workbook';
import { SHEETS } from '../../../src/core/schema/sheets';
import { arraySource, WALL } from '../../helpers/workbook';
import { closeSheets } from './fixture';

describe('readApprovalLedger', () => {
  test('reads the three sheets in any language, by key or label', () => {
    const source = arraySource(
      closeSheets(
        {
          approvals: [
            {
              month: '2026-09',
              committeeId: 'kant',
              status: 'Утверждён',
              by: 'a@example.org',
              at: new Date(Date.UTC(2026, 9, 3, 9, 15)),
              note: '',
            },
          ],
          approvedFigures: [
            {
              month: '2026-09',
              committeeId: 'KANT',
              indicator: 'cash_aid_kgs',
              value: 250000,
              approvedAt: new Date(Date.UTC(2026, 9, 3, 9, 15)),
            },
          ],
          coordinators: [
            {
              email: ' Chui@Example.org ',
              role: 'Облустук',
              region: 'Чуйская область',
              committees: 'KANT, tokm',
              active: 'да',
            },
          ],
        },
        {
          approvals: SHEETS.approvals.labels.ru,
          approvedFigures: SHEETS.approvedFigures.labels.ky,
          coordinators: SHEETS.coordinators.labels.en,
        },
        { headers: 'ky' },
      ),
    );
    expect(readApprovalLedger(source, WALL)).toEqual({
      approvals: [
        {
          month: '2026-09',
          committeeId: 'KANT',
          status: 'approved',
          by: 'a@example.org',
          at: Date.UTC(2026, 9, 3, 9, 15),
          note: '',
        },
      ],
      // A sum of KGS passes any count's limit: read as it stands.
      figures: [
        {
          month: '2026-09',
          committeeId: 'KANT',
          indicator: 'cash_aid_kgs',
          value: 250000,
          approvedAt: Date.UTC(2026, 9, 3, 9, 15),
        },
      ],
      coordinators: [
        {
          email: 'chui@example.org',
          role: 'region',
          region: 'chui',
          committees: ['KANT', 'TOKM'],
          active: true,
        },
      ],
      unreadRows: 0,
    });
  });

  test('a damaged row is counted, never taken for a state', () => {
    const source = arraySource(
      closeSheets({
        approvals: [
          { month: '2026-09', committeeId: 'KANT', status: 'approved?', at: '2026-10-03' },
          {
            month: '2026-09',
            committeeId: 'KANT',
            status: 'approved',
            at: new UnreadableCell('error', '#REF!'),
          },
          { month: '2026-09', committeeId: 'KANT', status: 'returned', at: '2026-10-04' },
        ],
      }),
    );
    const ledger = readApprovalLedger(source, WALL);
    expect(ledger.approvals.map((a) => a.status)).toEqual(['returned']);
    expect(ledger.unreadRows).toBe(2);
  });

  test('a workbook without the sheets has an empty ledger', () => {
    expect(readApprovalLedger(arraySource({ Events: [['Date']] }), WALL)).toEqual({
      approvals: [],
      figures: [],
      coordinators: [],
      unreadRows: 0,
    });
  });
});
