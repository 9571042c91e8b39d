import { formatNumber } from '../core/digest/figures';
import type { Lang } from '../core/i18n/lang';

/** 13000 → "13 000" (ru, ky) or "13,000" (en): the digest's own helper, so both read alike. */
export { formatNumber };

/** +3, −2, 0: the change against the previous period, signed. */
export function formatChange(change: number, lang: Lang): string {
  return change > 0 ? `+${formatNumber(change, lang)}` : formatNumber(change, lang);
}
