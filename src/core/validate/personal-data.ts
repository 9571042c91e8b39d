/**
 * Detectors of personal data in text: phone numbers, e-mail addresses and "Surname Name"-looking
 * words. Each returns the text it found, or null. They run on every free-text cell of large
 * workbooks, so the regexes are compiled once and cheap pre-checks skip most cells.
 */

// A run of digits with the separators phone numbers are written with (no dots: dates use them).
const DIGIT_RUN = /(?<![\d.,])\+?\d[\d \t\u00a0()-]*\d\)?/g;
// Amounts and counts next to a number: "13 000 сом", "250 000 000 KGS".
const AMOUNT_AFTER = /^\s*(?:сом|som|kgs|тыйын|руб|usd|\$|%)/iu;
// A keyword right before a number ("тел.", "phone", "WhatsApp"): even a short village number
// after it is a phone. Checked only before runs of 5+ digits, anchored at the run.
const PHONE_KEYWORD_BEFORE =
  /(?:^|[^a-zа-яёөүң])(?:тел(?:ефон[а-яё]*)?|tel(?:ephone)?|phone|моб(?:ильный)?|mob(?:ile)?|whats\s?app|ватсап|вотсап)\.?\s*:?\s*$/i;

function countDigits(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * Kyrgyz numbers: +996 and 9 digits, 0 and 9 digits, or 9 digits of a mobile or area code
 * written as one block or starting with a 3-digit code (so "2026 555 12" is not one).
 */
function isPhoneDigits(digits: string, firstGroup: number): boolean {
  if (digits.length === 12) return digits.startsWith('996') && digits[3] !== '0';
  if (digits.length === 10) return digits[0] === '0' && digits[1] !== '0';
  // Nine bare digits ending in 000 are an amount (250 000 000), not a phone.
  return (
    digits.length === 9 &&
    (firstGroup === 3 || firstGroup === 9) &&
    '23579'.includes(digits[0] ?? '') &&
    !digits.endsWith('000')
  );
}

/** Where the digit groups of a run start and end, found by one pass (no regex objects). */
function digitGroups(run: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let inGroup = false;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (digit && !inGroup) starts.push(i);
    if (!digit && inGroup) ends.push(i);
    inGroup = digit;
  }
  if (inGroup) ends.push(run.length);
  return { starts, ends };
}

/** The longest run of whole digit groups in `run` that forms a phone number, or null. */
function phoneInRun(run: string): string | null {
  const { starts, ends } = digitGroups(run);
  let found = '';
  let foundDigits = 0;
  for (let i = 0; i < starts.length; i++) {
    const firstStart = starts[i] as number;
    const firstLength = (ends[i] as number) - firstStart;
    // A leading + belongs to the number only when the number starts at the run's start.
    const from = i === 0 && run.startsWith('+') ? 0 : firstStart;
    let digits = '';
    // At most 12 digits make a phone number: a few groups from each start, so linear.
    for (let j = i; j < starts.length && digits.length < 12; j++) {
      digits += run.slice(starts[j], ends[j]);
      if (digits.length > foundDigits && isPhoneDigits(digits, firstLength)) {
        found = run.slice(from, ends[j]).trim();
        foundDigits = digits.length;
      }
    }
  }
  return found || null;
}

export function findPhone(text: string): string | null {
  if (countDigits(text, 5) < 5) return null;
  // exec loops, not matchAll: matchAll copies the regex on every call.
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match; match = DIGIT_RUN.exec(text)) {
    const run = match[0];
    const digits = countDigits(run, 9);
    if (digits < 5) continue;
    const end = match.index + run.length;
    if (AMOUNT_AFTER.test(text.slice(end, end + 8))) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (PHONE_KEYWORD_BEFORE.test(before)) return run.trim();
    const phone = digits >= 9 ? phoneInRun(run) : null;
    if (phone) return phone;
  }
  return null;
}

export { findEmail } from './find-email';

// Explicit Cyrillic and Latin ranges, no /u property classes: several times faster on big sheets.
const UPPER = 'A-ZА-ЯЁӨҮҢ';
const LOWER = 'a-zа-яёөүң';
const LETTER_OR_DIGIT = new RegExp(`[${UPPER}${LOWER}0-9'’-]`);
// A capitalized word with a surname or patronymic ending (whole-word check done by hand).
const SURNAME = new RegExp(
  `[${UPPER}][${LOWER}]{2,}(?:ов|ова|ев|ева|ёв|ёва|ин|ина|овой|евой|ову|еву|овым|евым|уулу|кызы|вич|вна|ична|ov|ova|ev|eva|uulu|kyzy|ovich|ovna)(?![${UPPER}${LOWER}0-9])`,
  'g',
);
// "Асан уулу", "Айгүл Асан кызы": Kyrgyz patronymics written apart.
const PATRONYMIC_APART = new RegExp(
  `(?:^|[^${UPPER}${LOWER}0-9'’-])([${UPPER}][${LOWER}]+\\s+(?:уулу|кызы|uulu|kyzy))(?![${UPPER}${LOWER}0-9])`,
);
const PATRONYMIC_HINT = /уулу|кызы|uulu|kyzy/;
const CAPITALIZED_BEFORE = new RegExp(
  `(?:^|[^${UPPER}${LOWER}0-9'’-])([${UPPER}][${LOWER}]+|[${UPPER}]\\.(?:\\s?[${UPPER}]\\.)?)\\s+$`,
);
const CAPITALIZED_AFTER = new RegExp(
  `^\\s+([${UPPER}][${LOWER}]+|[${UPPER}]\\.(?:\\s?[${UPPER}]\\.)?)(?![${UPPER}${LOWER}0-9])`,
);
// Capitalized words with a surname ending that are places, not people.
const NOT_SURNAMES = new Set(['кемин', 'ленин', 'ленина']);
// Capitalized words that name institutions rather than people (next to a surname-like word).
const INSTITUTION_WORDS = new Set([
  'республика',
  'республики',
  'закон',
  'кыргызстан',
  'кыргызстана',
  'совет',
  'комитет',
  'центр',
  'фонд',
]);

/** "Асанова Айгүль", "Петров И.И.", "Асан уулу": a surname-like word next to a name. */
export function findPersonName(text: string): string | null {
  if (PATRONYMIC_HINT.test(text)) {
    const apart = PATRONYMIC_APART.exec(text);
    if (apart?.[1]) return apart[1];
  }
  SURNAME.lastIndex = 0;
  for (let match = SURNAME.exec(text); match; match = SURNAME.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1] ?? '')) continue;
    if (NOT_SURNAMES.has(word.toLowerCase())) continue;
    const end = start + word.length;
    const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before?.[1] && !INSTITUTION_WORDS.has(before[1].toLowerCase())) {
      return text.slice(start - before[0].length + before[0].indexOf(before[1]), end);
    }
    const after = CAPITALIZED_AFTER.exec(text.slice(end, end + 40));
    if (after?.[1] && !INSTITUTION_WORDS.has(after[1].toLowerCase())) {
      return text.slice(start, end + after[0].length);
    }
  }
  return null;
}
