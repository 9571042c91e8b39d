import { dueText, itemSentence, type WorkItem, type WorkKind } from '../../../src/core/worklist';
import { book, caseRow } from './fixture';

describe('what the coordinator reads', () => {
  const order = caseRow({ orderIssuedOn: '2026-10-30', orderUntil: '2026-11-03' });
  const late = caseRow({ identifiedOn: '2026-09-20' });
  const referred = caseRow({ identifiedOn: '2026-10-10' });
  const b = book({
    cases: [order, late, referred],
    referrals: [{ caseCode: referred.caseCode, date: '2026-10-12', referredTo: 'shelter' }],
  });
  const items = b.items();
  const byKind = (kind: WorkKind): WorkItem => {
    const found = items.find((i) => i.kind === kind);
    if (!found) throw new Error(`no ${kind} item`);
    return found;
  };

  test('says what to do in plain words, with the date that matters', () => {
    expect(itemSentence(byKind('protection_order_ending'), 'ru')).toBe(
      'Охранный ордер заканчивается 03.11.2026: решите, нужно ли продление',
    );
    expect(itemSentence(byKind('referral_no_outcome'), 'en')).toBe(
      'Referral of 12.10.2026 (Shelter) has no outcome: find out whether help was received and record it',
    );
    expect(itemSentence(byKind('case_no_followup'), 'ky')).toBe(
      '20.09.2026 күнүнөн бери жөнөтүү да, жардам да жок: үй-бүлөнүн абалын билиңиз',
    );
  });

  test('says when it is due, and how late', () => {
    expect(dueText(byKind('protection_order_ending'), 'ru')).toBe('срок 03.11.2026');
    expect(dueText(byKind('case_no_followup'), 'en')).toBe('due 20.10.2026, days overdue: 12');
    expect(dueText({ ...byKind('case_no_followup'), daysOverdue: 0 }, 'ky')).toBe('мөөнөтү бүгүн');
  });
});
