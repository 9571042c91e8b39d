/**
 * A form response, as its row of the response sheet holds it, mapped to its canonical row:
 * Events, Cases, Referrals or Assistance, with choices written as the workbook language's
 * labels and typed text kept as text. Pure: the intake adds the ids and writes the row.
 */
import { type Lang, normalizeLabel } from '../i18n/lang';
import type { CellValue } from '../read/workbook';
import { asCellText } from '../safe-text';
import { CHOICES, type Choice } from '../schema/choices';
import { COMMITTEE_ID_PATTERN, type SheetKey } from '../schema/sheets';
import {
  COMMITTEE_CHOICE_SEPARATOR,
  FOLLOW_UP_CHOICES,
  type FormKind,
  type QuestionSpec,
  questionsOf,
  wordingsOf,
} from './spec';
import type { FormTextId } from './texts';

export type CanonicalSheet = Extract<SheetKey, 'events' | 'cases' | 'referrals' | 'assistance'>;

export interface MappedRow {
  readonly sheet: CanonicalSheet;
  /** Cell values by column key; the id columns (Event ID, Case code of Cases) are left out. */
  readonly values: Readonly<Record<string, CellValue>>;
  /** What the intake must assign: an Event ID, a case code, or nothing. */
  readonly assign: 'eventId' | 'caseCode' | null;
  /** For a case code: the committee ID and the year. */
  readonly committeeId: string | null;
  readonly year: number | null;
}

export type MapResult =
  | { readonly ok: true; readonly row: MappedRow }
  | { readonly ok: false; readonly reason: FormTextId };

export interface MapContext {
  readonly lang: Lang;
  /** The year of a date in the workbook's zone (the case code's year). */
  readonly yearOf: (date: Date) => number;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
const isBlank = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Header label -> question key, for every wording a form may have had. */
const headerIndex = new Map<FormKind, Map<string, string>>();
function questionByHeader(kind: FormKind): Map<string, string> {
  let index = headerIndex.get(kind);
  if (!index) {
    index = new Map();
    for (const question of questionsOf(kind)) {
      for (const title of wordingsOf(question.title)) {
        const label = normalizeLabel(title);
        if (!index.has(label)) index.set(label, question.key);
      }
    }
    headerIndex.set(kind, index);
  }
  return index;
}

/** Choice text -> key, for every wording (key, each language, bilingual). */
const choiceIndex = new Map<readonly Choice[], Map<string, string>>();
function choiceKeys(choices: readonly Choice[]): Map<string, string> {
  let index = choiceIndex.get(choices);
  if (!index) {
    index = new Map();
    for (const choice of choices) {
      for (const text of [choice.key, ...wordingsOf(choice.labels)]) {
        const label = normalizeLabel(text);
        if (!index.has(label)) index.set(label, choice.key);
      }
    }
    choiceIndex.set(choices, index);
  }
  return index;
}

/** A response's columns by question key (the first column with that question wins). */
export function locateAnswers(kind: FormKind, header: readonly CellValue[]): Map<string, number> {
  const index = questionByHeader(kind);
  const found = new Map<string, number>();
  header.forEach((cell, i) => {
    if (i === 0 || isBlank(cell)) return;
    const key = index.get(normalizeLabel(String(cell)));
    if (key !== undefined && !found.has(key)) found.set(key, i);
  });
  return found;
}

/** The column of the respondent's e-mail, when the form collects it. */
export function emailColumn(header: readonly CellValue[]): number {
  return header.findIndex(
    (cell, i) =>
      i > 0 && typeof cell === 'string' && /e-?mail|эл.*почт|адрес электронной/i.test(cell),
  );
}

function text(value: CellValue): string {
  return isBlank(value) ? '' : String(value).trim();
}

function choiceLabel(choices: readonly Choice[], key: string, lang: Lang): string {
  return choices.find((choice) => choice.key === key)?.labels[lang] ?? key;
}

/** One choice as the workbook language's label; what matches no choice stays, as text. */
export function mapChoice(choices: readonly Choice[], value: CellValue, lang: Lang): CellValue {
  const raw = text(value);
  if (!raw) return '';
  const key = choiceKeys(choices).get(normalizeLabel(raw));
  return key === undefined ? asCellText(raw) : choiceLabel(choices, key, lang);
}

/**
 * Several choices, as Forms joins them (", "). A label may itself hold a comma, so pieces are
 * joined back until they make a choice; what matches nothing is kept as typed.
 */
export function mapChoices(choices: readonly Choice[], value: CellValue, lang: Lang): CellValue {
  const raw = text(value);
  if (!raw) return '';
  const index = choiceKeys(choices);
  const pieces = raw.split(',');
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let matched = false;
    for (let j = pieces.length; j > i; j--) {
      const candidate = pieces.slice(i, j).join(',');
      const key = index.get(normalizeLabel(candidate));
      if (key !== undefined) {
        out.push(choiceLabel(choices, key, lang));
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const piece = (pieces[i] ?? '').trim();
      if (piece) out.push(piece);
      i++;
    }
  }
  return asCellText(out.join(', '));
}

/** The committee ID of a committee choice («KANT — Кант»), upper-cased. */
export function committeeIdOf(value: CellValue): string {
  const raw = text(value);
  const at = raw.indexOf(COMMITTEE_CHOICE_SEPARATOR.trim());
  return (at === -1 ? raw : raw.slice(0, at)).trim().toUpperCase();
}

function mapCount(value: CellValue): CellValue {
  if (typeof value === 'number') return value;
  const raw = text(value);
  if (!raw) return '';
  const compact = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : asCellText(raw);
}

function mapDate(value: CellValue): CellValue {
  if (isDate(value)) return value;
  return asCellText(text(value));
}

/** One answer as the cell of its canonical column. */
export function mapAnswer(question: QuestionSpec, value: CellValue, lang: Lang): CellValue {
  switch (question.type) {
    case 'committee': {
      const id = committeeIdOf(value);
      return asCellText(COMMITTEE_ID_PATTERN.test(id) ? id : text(value));
    }
    case 'list':
    case 'multipleChoice':
      return mapChoice(question.choices ?? [], value, lang);
    case 'checkbox':
      return mapChoices(question.choices ?? [], value, lang);
    case 'date':
      return mapDate(value);
    case 'count':
    case 'amount':
      return mapCount(value);
    case 'caseCode':
      return asCellText(text(value).toUpperCase());
    case 'text':
    case 'paragraph':
      return isBlank(value) ? '' : asCellText(isDate(value) ? value.toISOString() : String(value));
  }
}

/**
 * Maps one response row (with the response sheet's header) to its canonical row. Fails only
 * when no row can be made at all; a wrong or missing answer is kept for validation to flag.
 */
export function mapResponse(
  kind: FormKind,
  header: readonly CellValue[],
  row: readonly CellValue[],
  context: MapContext,
): MapResult {
  const columns = locateAnswers(kind, header);
  if (columns.size === 0) return { ok: false, reason: 'reasonNoQuestions' };
  const questions = new Map(questionsOf(kind).map((question) => [question.key, question]));
  const answer = (key: string): CellValue => {
    const index = columns.get(key);
    return index === undefined ? '' : (row[index] ?? '');
  };
  const valuesFor = (sheet: CanonicalSheet): Record<string, CellValue> => {
    const values: Record<string, CellValue> = {};
    for (const [key, question] of questions) {
      if (question.target?.sheet !== sheet) continue;
      values[question.target.column] = mapAnswer(question, answer(key), context.lang);
    }
    return values;
  };
  const timestamp = row[0];
  switch (kind) {
    case 'event': {
      const values = valuesFor('events');
      values.source = choiceLabel(CHOICES.eventSource, 'form', context.lang);
      const email = emailColumn(header);
      values.enteredBy = email === -1 ? '' : asCellText(text(row[email]));
      values.enteredAt = isDate(timestamp) ? timestamp : asCellText(text(timestamp));
      return {
        ok: true,
        row: { sheet: 'events', values, assign: 'eventId', committeeId: null, year: null },
      };
    }
    case 'case': {
      const values = valuesFor('cases');
      const committeeId = committeeIdOf(answer('committeeId'));
      if (!COMMITTEE_ID_PATTERN.test(committeeId))
        return { ok: false, reason: 'reasonNoCommittee' };
      const identified = answer('identifiedOn');
      const when = isDate(identified) ? identified : isDate(timestamp) ? timestamp : null;
      const year = when ? context.yearOf(when) : yearOfText(text(identified));
      return { ok: true, row: { sheet: 'cases', values, assign: 'caseCode', committeeId, year } };
    }
    case 'followup': {
      const sheet = followUpSheet(
        answer('followUpKind'),
        answer('referredTo'),
        answer('assistanceType'),
      );
      if (sheet === null) return { ok: false, reason: 'reasonNoFollowUpKind' };
      const values = valuesFor(sheet);
      values.caseCode = mapAnswer(
        questions.get('caseCode') as QuestionSpec,
        answer('caseCode'),
        context.lang,
      );
      return { ok: true, row: { sheet, values, assign: null, committeeId: null, year: null } };
    }
  }
}

function yearOfText(value: string): number | null {
  const match = /\b(20\d\d|19\d\d)\b/.exec(value);
  return match ? Number(match[1]) : null;
}

/** Referral or assistance: as chosen, or else by the section that holds an answer. */
function followUpSheet(
  kind: CellValue,
  referredTo: CellValue,
  assistanceType: CellValue,
): 'referrals' | 'assistance' | null {
  const key = choiceKeys(FOLLOW_UP_CHOICES).get(normalizeLabel(text(kind)));
  if (key === 'referral') return 'referrals';
  if (key === 'assistance') return 'assistance';
  if (!isBlank(referredTo) && isBlank(assistanceType)) return 'referrals';
  if (!isBlank(assistanceType) && isBlank(referredTo)) return 'assistance';
  return null;
}
