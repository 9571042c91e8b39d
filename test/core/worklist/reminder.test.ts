/**
 * The weekly reminder holds counts and a link only: canary case codes, free text and dates put
 * in every column the worklist reads never reach its subject, HTML or text.
 */
import { analyse } from '../../../src/core/analyse';
import { reminderCounts, renderReminder, worklistOf } from '../../../src/core/worklist';
import { at } from '../../helpers/dataset';
import { recordSource, WALL } from '../../helpers/workbook';
import { COMMITTEES } from './fixture';

const TODAY = at('2026-11-02');
const CANARY = 'ZQXJ';
const code = (n: number, committee = 'KANT') => `${committee}-2026-${String(9000 + n)}`;
const base = { source: 'police', affectedPerson: 'woman', consent: 'yes', status: 'open' };
const cases = [
  // A case code, a protection order, a high risk and no follow-up: four kinds on canary rows.
  {
    ...base,
    caseCode: code(1),
    committeeId: 'KANT',
    identifiedOn: '2026-09-01',
    riskLevel: 'high',
    orderIssuedOn: '2026-10-30',
    orderUntil: '2026-11-03',
  },
  {
    ...base,
    caseCode: code(2),
    committeeId: 'KANT',
    identifiedOn: '2026-10-10',
    reviewedJointlyWith: 'police',
  },
  {
    ...base,
    caseCode: code(3, 'UCH'),
    committeeId: 'UCH',
    identifiedOn: '2026-09-20',
    reviewedJointlyWith: 'police',
  },
];
const referrals = [{ caseCode: code(2), date: '2026-10-12', referredTo: 'shelter', outcome: '' }];
// Canary text in free-text columns too: the events' topic and the assistance provider.
const assistance = [
  { caseCode: code(3, 'UCH'), date: '2026-09-20', type: 'in_kind', provider: `${CANARY} provider` },
];
const analysis = analyse(
  recordSource({ committees: COMMITTEES, cases, referrals, assistance }),
  WALL,
  TODAY,
);
const items = worklistOf(analysis, TODAY);
const parts = (lang: 'ru' | 'ky' | 'en', region: 'chui' | 'naryn' | null = null) => {
  const r = renderReminder(
    reminderCounts(items, analysis.workbook, region),
    { language: lang, region },
    TODAY,
    'https://docs.google.com/spreadsheets/d/abc/edit',
  );
  return [r.subject, r.html, r.text];
};

test('the canary rows give items of every kind (so the test below has something to leak)', () => {
  expect(new Set(items.map((i) => i.kind)).size).toBe(4);
  expect(items.map((i) => i.caseCode)).toContain(code(1));
});

test.each(['ru', 'ky', 'en'] as const)(
  'no part of the %s reminder holds a case code, row or date of a row',
  (lang) => {
    for (const part of parts(lang)) {
      for (const item of items) expect(part).not.toContain(item.caseCode);
      expect(part).not.toMatch(/-2026-9\d{3}/);
      expect(part).not.toContain(CANARY);
      // No day of any row: only today's date is named.
      for (const day of ['03.11.2026', '01.09.2026', '12.10.2026', '20.09.2026', '30.10.2026'])
        expect(part).not.toContain(day);
      expect(part).not.toMatch(/строка|row \d|-сап/i);
    }
  },
);

test('counts by kind and committee, the total in the subject, a link', () => {
  const [subject, html, text] = parts('ru');
  expect(subject).toBe(`Korgoo: требует действий на 02.11.2026 — ${items.length}`);
  expect(text).toContain('Охранные ордера заканчиваются: 1');
  expect(text).toContain('KANT · Kant: ');
  expect(text).toContain('UCH · Uchkun: Семьи без сопровождения 1');
  expect(html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit"');
  expect(text).toContain('Открыть таблицу: https://docs.google.com/spreadsheets/d/abc/edit');
});

test('a regional recipient sees their region only', () => {
  const [subject, , text] = parts('en', 'naryn');
  expect(subject).toBe('Korgoo: needs action on 02.11.2026 — 1 (Naryn)');
  expect(text).toContain('UCH · Uchkun');
  expect(text).not.toContain('KANT');
});
