import { hash, responseFingerprint } from '../../../src/core/forms/fingerprint';

const at = new Date(Date.UTC(2026, 9, 31, 17, 45, 12));
const row = [at, 'KANT — Committee KANT', new Date(Date.UTC(2026, 9, 31)), 'Training', 25, ''];

describe('responseFingerprint', () => {
  it('names the form and the response timestamp, and hashes the answers', () => {
    expect(responseFingerprint('form-1', row, -1)).toMatch(
      /^form-1\|2026-10-31T17:45:12\.000Z\|[0-9a-f]{16}$/,
    );
  });

  it('is the same in a re-linked sheet: other column order, no status, status cleared', () => {
    const withStatus = [...row, '✓ EV-000001 → "Events", row 2'];
    const relinked = [at, 25, 'Training', new Date(Date.UTC(2026, 9, 31)), 'KANT — Committee KANT'];
    const cleared = [...row, ''];
    const id = responseFingerprint('form-1', row, -1);
    expect(responseFingerprint('form-1', withStatus, row.length)).toBe(id);
    expect(responseFingerprint('form-1', relinked, -1)).toBe(id);
    expect(responseFingerprint('form-1', cleared, row.length)).toBe(id);
  });

  it('differs for another form, another moment or another answer', () => {
    const id = responseFingerprint('form-1', row, -1);
    expect(responseFingerprint('form-2', row, -1)).not.toBe(id);
    const later = [new Date(at.getTime() + 1000), ...row.slice(1)];
    expect(responseFingerprint('form-1', later, -1)).not.toBe(id);
    const other = [...row];
    other[4] = 26;
    expect(responseFingerprint('form-1', other, -1)).not.toBe(id);
  });

  it('hashes with 64 bits: 20,000 different answers give 20,000 different hashes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hash(`Prevention talk ${i}\u001f${i % 97}`));
    expect(seen.size).toBe(20_000);
    expect(hash('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
