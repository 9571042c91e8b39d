import type { Lang } from '../core/i18n/lang';

/** 13000 → "13 000" (ru, ky) or "13,000" (en), as the sheets' readers write numbers. */
export function formatNumber(value: number, lang: Lang): string {
  const digits = String(Math.abs(Math.round(value))).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    lang === 'en' ? ',' : '\u00a0',
  );
  return value < 0 ? `\u2212${digits}` : digits;
}

/** +3, −2, 0: the change against the previous period, signed. */
export function formatChange(change: number, lang: Lang): string {
  if (change === 0) return '0';
  return change > 0 ? `+${formatNumber(change, lang)}` : formatNumber(change, lang);
}
