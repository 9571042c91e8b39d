import type { Coordinator } from '../../../src/core/approval/model';
import { mayDecide } from '../../../src/core/approval/scope';

const kant = { committeeId: 'KANT', region: 'chui' };
const naryn = { committeeId: 'NARYN', region: 'naryn' };
const coordinator = (over: Partial<Coordinator>): Coordinator => ({
  email: 'c@example.org',
  role: 'district',
  region: null,
  committees: [],
  active: true,
  ...over,
});

describe('mayDecide', () => {
  test('with nobody listed, any editor may', () => {
    expect(mayDecide([], 'anyone@example.org', kant)).toBe(true);
    // Only inactive rows: the sheet lists nobody who acts.
    expect(mayDecide([coordinator({ active: false })], 'anyone@example.org', kant)).toBe(true);
  });

  test('listed committees are the scope, whatever the region says', () => {
    const list = [coordinator({ committees: ['NARYN'], region: 'chui' })];
    expect(mayDecide(list, 'c@example.org', naryn)).toBe(true);
    expect(mayDecide(list, 'c@example.org', kant)).toBe(false);
  });

  test('no committees listed: every committee of the region', () => {
    const list = [coordinator({ role: 'region', region: 'chui' })];
    expect(mayDecide(list, 'c@example.org', kant)).toBe(true);
    expect(mayDecide(list, 'c@example.org', naryn)).toBe(false);
  });

  test('a national coordinator without a region covers the country; others without one, nothing', () => {
    expect(mayDecide([coordinator({ role: 'national' })], 'c@example.org', naryn)).toBe(true);
    expect(mayDecide([coordinator({ role: 'district' })], 'c@example.org', naryn)).toBe(false);
  });

  test('the signed-in address is compared as an address (case, spaces)', () => {
    const list = [coordinator({ role: 'national' })];
    expect(mayDecide(list, '  C@Example.ORG ', kant)).toBe(true);
    expect(mayDecide(list, 'other@example.org', kant)).toBe(false);
  });

  test('an inactive row gives no right, even beside active ones', () => {
    const list = [
      coordinator({ email: 'old@example.org', role: 'national', active: false }),
      coordinator({ email: 'new@example.org', role: 'national' }),
    ];
    expect(mayDecide(list, 'old@example.org', kant)).toBe(false);
  });
});
