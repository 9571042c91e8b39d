/**
 * The four kinds of DESIGN §10 on hand-made rows, each edge on its own: due today, due in two
 * days, a closed case, a referral with an outcome, a follow-up that resets the 30 days, a row
 * with an error elsewhere, the order of the list and the day counts as settings.
 */
import { DEFAULT_WORKLIST_DAYS, worklistDays } from '../../../src/core/worklist';
import { book, brief, caseRow } from './fixture';

describe('a case like most: recent, reviewed, no order', () => {
  test('needs nothing', () => {
    const b = book({ cases: [caseRow()] });
    expect(b.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(b.items()).toEqual([]);
  });
});

describe('protection_order_ending', () => {
  const order = (until: string, over = {}) =>
    caseRow({ orderIssuedOn: '2026-10-28', orderUntil: until, ...over });

  test('an order ending today is due today, 0 days overdue, on its Cases row', () => {
    const c = order('2026-11-01');
    const [item, ...rest] = book({ cases: [c] }).items();
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      kind: 'protection_order_ending',
      committee: 'KANT',
      caseCode: c.caseCode,
      sheet: 'cases',
      row: 2,
      daysOverdue: 0,
    });
    expect(brief(item ? [item] : [])[0]?.[2]).toBe('2026-11-01');
  });

  test('an order ending in 2 days is listed, 2 days before it is due', () => {
    const c = order('2026-11-03');
    expect(brief(book({ cases: [c] }).items())).toEqual([
      ['protection_order_ending', c.caseCode, '2026-11-03', -2],
    ]);
  });

  test('an order ending in 3 days, or ended yesterday, is not listed', () => {
    expect(book({ cases: [order('2026-11-04'), order('2026-10-31')] }).items()).toEqual([]);
  });

  test('the order of a closed case is not listed; of a case under monitoring it is', () => {
    const closed = order('2026-11-02', { status: 'closed', closedOn: '2026-10-30' });
    const monitoring = order('2026-11-02', { status: 'monitoring' });
    expect(brief(book({ cases: [closed, monitoring] }).items())).toEqual([
      ['protection_order_ending', monitoring.caseCode, '2026-11-02', -1],
    ]);
  });

  test('the window is a setting: 5 days lists the order ending on the 4th', () => {
    const c = order('2026-11-04');
    const days = worklistDays({ orderEndingWithin: 5 });
    expect(days).toEqual({ ...DEFAULT_WORKLIST_DAYS, orderEndingWithin: 5 });
    expect(brief(book({ cases: [c] }).items(days))).toEqual([
      ['protection_order_ending', c.caseCode, '2026-11-04', -3],
    ]);
  });
});

describe('referral_no_outcome', () => {
  const referral = (c: Record<string, unknown>, date: string, outcome = '') => ({
    caseCode: c.caseCode as string,
    date,
    referredTo: 'crisis_centre',
    outcome,
  });

  test('a referral of 14 days ago without outcome is due today, on its Referrals row', () => {
    const c = caseRow({ identifiedOn: '2026-10-15' });
    const items = book({ cases: [c], referrals: [referral(c, '2026-10-18')] }).items();
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'referral_no_outcome',
        caseCode: c.caseCode,
        committee: 'KANT',
        sheet: 'referrals',
        row: 2,
        daysOverdue: 0,
        referredTo: 'crisis_centre',
      }),
    ]);
  });

  test('13 days is not yet; a pending outcome counts as none; 20 days ago is 6 days overdue', () => {
    const c = caseRow({ identifiedOn: '2026-10-10' });
    const items = book({
      cases: [c],
      referrals: [referral(c, '2026-10-19'), referral(c, '2026-10-12', 'pending')],
    }).items();
    expect(brief(items)).toEqual([['referral_no_outcome', c.caseCode, '2026-10-26', 6]]);
    expect(items[0]?.row).toBe(3);
  });

  test('a referral with an outcome is not listed, whatever the outcome', () => {
    const c = caseRow({ identifiedOn: '2026-10-02' });
    const referrals = ['service_received', 'declined', 'unreachable'].map((outcome) =>
      referral(c, '2026-10-05', outcome),
    );
    expect(book({ cases: [c], referrals }).items()).toEqual([]);
  });

  test('a referral of a closed case is not listed', () => {
    const c = caseRow({ identifiedOn: '2026-10-02', status: 'closed', closedOn: '2026-10-25' });
    expect(book({ cases: [c], referrals: [referral(c, '2026-10-05')] }).items()).toEqual([]);
  });

  test('a referral of a case code that no case has gives nothing (it is an error of its own)', () => {
    const c = caseRow({ identifiedOn: '2026-10-04' });
    const b = book({
      cases: [c],
      referrals: [{ ...referral(c, '2026-10-06'), caseCode: 'KANT-2026-9999' }],
    });
    expect(b.problems.some((p) => p.rule === 'unknown_case')).toBe(true);
    expect(b.items()).toEqual([]);
  });
});

describe('case_no_followup', () => {
  test('an open case identified 30 days ago with nothing since is due today', () => {
    const c = caseRow({ identifiedOn: '2026-10-02' });
    expect(brief(book({ cases: [c] }).items())).toEqual([
      ['case_no_followup', c.caseCode, '2026-11-01', 0],
    ]);
  });

  test('29 days is not yet', () => {
    expect(book({ cases: [caseRow({ identifiedOn: '2026-10-03' })] }).items()).toEqual([]);
  });

  test('a referral 10 days ago resets the 30 days: nothing is due', () => {
    const c = caseRow({ identifiedOn: '2026-08-01' });
    const referrals = [
      { caseCode: c.caseCode, date: '2026-10-22', referredTo: 'psychologist', outcome: 'declined' },
    ];
    expect(book({ cases: [c], referrals }).items()).toEqual([]);
  });

  test('assistance resets it too: 31 days after the last assistance is 1 day overdue', () => {
    const c = caseRow({ identifiedOn: '2026-08-01' });
    const assistance = [
      { caseCode: c.caseCode, date: '2026-08-20', type: 'documents_restored' },
      { caseCode: c.caseCode, date: '2026-10-01', type: 'in_kind' },
    ];
    expect(brief(book({ cases: [c], assistance }).items())).toEqual([
      ['case_no_followup', c.caseCode, '2026-10-31', 1],
    ]);
    const item = book({ cases: [c], assistance }).items()[0];
    expect(new Date(item?.since ?? 0).toISOString().slice(0, 10)).toBe('2026-10-01');
  });

  test('a closed case needs no follow-up; a case under monitoring does', () => {
    const closed = caseRow({
      identifiedOn: '2026-05-01',
      status: 'closed',
      closedOn: '2026-06-01',
    });
    const watched = caseRow({ identifiedOn: '2026-05-01', status: 'monitoring' });
    expect(brief(book({ cases: [closed, watched] }).items())).toEqual([
      ['case_no_followup', watched.caseCode, '2026-05-31', 154],
    ]);
  });
});

describe('high_risk_not_reviewed', () => {
  test('high risk, Reviewed jointly with empty, identified 7 days ago: due today', () => {
    const c = caseRow({ riskLevel: 'high', reviewedJointlyWith: '', identifiedOn: '2026-10-25' });
    expect(brief(book({ cases: [c] }).items())).toEqual([
      ['high_risk_not_reviewed', c.caseCode, '2026-11-01', 0],
    ]);
  });

  test('"none" counts as not reviewed; 6 days is not yet', () => {
    const none = caseRow({
      riskLevel: 'high',
      reviewedJointlyWith: 'none',
      identifiedOn: '2026-10-20',
    });
    const recent = caseRow({
      riskLevel: 'high',
      reviewedJointlyWith: '',
      identifiedOn: '2026-10-26',
    });
    expect(brief(book({ cases: [none, recent] }).items())).toEqual([
      ['high_risk_not_reviewed', none.caseCode, '2026-10-27', 5],
    ]);
  });

  test('reviewed with the police or an aksakal court, medium risk, or closed: not listed', () => {
    const cases = [
      caseRow({ riskLevel: 'high', reviewedJointlyWith: 'police', identifiedOn: '2026-10-20' }),
      caseRow({
        riskLevel: 'high',
        reviewedJointlyWith: 'aksakal_court',
        identifiedOn: '2026-10-20',
      }),
      caseRow({ riskLevel: 'medium', reviewedJointlyWith: '', identifiedOn: '2026-10-20' }),
      caseRow({
        riskLevel: 'high',
        reviewedJointlyWith: '',
        identifiedOn: '2026-10-20',
        status: 'closed',
        closedOn: '2026-10-28',
      }),
    ];
    expect(book({ cases }).items()).toEqual([]);
  });
});

describe('a row with an error', () => {
  test('still gives its item when the columns the item reads are valid', () => {
    // A typo in Source (not a choice) and a phone-like Violence type: the row has errors.
    const c = caseRow({
      source: 'соседка',
      violenceTypes: 'страшно',
      orderIssuedOn: '2026-10-30',
      orderUntil: '2026-11-02',
    });
    const b = book({ cases: [c] });
    const errors = b.problems.filter((p) => p.severity === 'error' && p.row === 2);
    expect(errors.map((p) => p.column).sort()).toEqual(['source', 'violenceTypes']);
    expect(brief(b.items())).toEqual([['protection_order_ending', c.caseCode, '2026-11-02', -1]]);
  });

  test('gives no item whose own column holds the error, and keeps the others of the row', () => {
    const c = caseRow({
      identifiedOn: '2026-09-01',
      orderIssuedOn: '2026-10-30',
      orderUntil: '31.11.2026',
    });
    const b = book({ cases: [c] });
    expect(b.problems.some((p) => p.severity === 'error' && p.column === 'orderUntil')).toBe(true);
    expect(brief(b.items())).toEqual([['case_no_followup', c.caseCode, '2026-10-01', 31]]);
  });

  test('an unreadable Status hides nothing it does not decide: no item is guessed either', () => {
    const c = caseRow({ identifiedOn: '2026-09-01', status: 'может быть' });
    expect(book({ cases: [c] }).items()).toEqual([]);
  });

  test('a referral row with a typo in Referred to still asks for its outcome', () => {
    const c = caseRow({ identifiedOn: '2026-10-01' });
    const referrals = [
      { caseCode: c.caseCode, date: '2026-10-05', referredTo: 'куда-то', outcome: '' },
    ];
    const b = book({ cases: [c], referrals });
    expect(b.problems.some((p) => p.sheet === 'referrals' && p.column === 'referredTo')).toBe(true);
    const items = b.items();
    expect(brief(items)).toEqual([['referral_no_outcome', c.caseCode, '2026-10-19', 13]]);
    expect(items[0]?.referredTo).toBeUndefined();
  });
});

describe('the list', () => {
  test('is sorted by due date, then committee, then case code', () => {
    const k2 = caseRow({ identifiedOn: '2026-09-01' });
    const k1 = caseRow({ identifiedOn: '2026-09-01' });
    const u = caseRow({
      committeeId: 'UCH',
      caseCode: 'UCH-2026-0001',
      identifiedOn: '2026-09-01',
    });
    const earlier = caseRow({ identifiedOn: '2026-08-15' });
    const order = caseRow({ orderIssuedOn: '2026-10-30', orderUntil: '2026-11-02' });
    // Case codes given out of order, so the sort is seen to work.
    const cases = [
      order,
      { ...k1, caseCode: 'KANT-2026-0900' },
      u,
      { ...k2, caseCode: 'KANT-2026-0800' },
      earlier,
    ];
    expect(brief(book({ cases }).items())).toEqual([
      ['case_no_followup', earlier.caseCode, '2026-09-14', 48],
      ['case_no_followup', 'KANT-2026-0800', '2026-10-01', 31],
      ['case_no_followup', 'KANT-2026-0900', '2026-10-01', 31],
      ['case_no_followup', 'UCH-2026-0001', '2026-10-01', 31],
      ['protection_order_ending', order.caseCode, '2026-11-02', -1],
    ]);
  });

  test('settings keep the defaults for anything missing or not a whole number of days', () => {
    expect(
      worklistDays({ followupEvery: '45', referralOutcomeAfter: -3, highRiskReviewWithin: 2.5 }),
    ).toEqual({ ...DEFAULT_WORKLIST_DAYS, followupEvery: 45 });
  });
});
