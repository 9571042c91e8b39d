import { checkboxValueOfAnswer } from '../core/read/checkbox-answer';
import { cellTextFor } from '../core/safe-text';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Value = string | number | boolean | Date;

function fitText(rows: readonly (readonly Value[])[], formats: readonly string[][]): Value[][] {
  return rows.map((row, r) =>
    row.map((value, c) =>
      typeof value === 'string' ? cellTextFor(value, formats[r]?.[c] ?? '') : value,
    ),
  );
}

/**
 * Writes `rows` (text already through asCellText) into `range` so that each cell keeps the
 * text as meant whatever its number format: one setValues(), and one getNumberFormats() when
 * some text carries the marker apostrophe (the only text a format changes).
 */
export function setValuesAsText(range: Range, rows: readonly (readonly Value[])[]): void {
  const marked = rows.some((row) => row.some((v) => typeof v === 'string' && v.startsWith("'")));
  range.setValues(marked ? fitText(rows, range.getNumberFormats()) : rows.map((row) => [...row]));
}

/**
 * The same for answers a person gave (form responses): where a coordinator made a yes/no
 * column into checkboxes, "Yes" or "Нет" goes in as the checkbox's own value, ticked or not,
 * as if they had clicked it. The number formats are read only when some text carries the marker
 * apostrophe, the rules only when some text is a yes or a no: an event report needs neither.
 */
export function setValuesAsAnswered(range: Range, rows: readonly (readonly Value[])[]): void {
  const texts = rows.flatMap((row) => row.filter((v): v is string => typeof v === 'string'));
  const text = texts.some((v) => v.startsWith("'"))
    ? fitText(rows, range.getNumberFormats())
    : rows.map((row) => [...row]);
  if (!texts.some((v) => checkboxValueOfAnswer(v, []) !== undefined)) {
    range.setValues(text);
    return;
  }
  const rules = range.getDataValidations();
  const checkbox = SpreadsheetApp.DataValidationCriteria.CHECKBOX;
  range.setValues(
    text.map((row, r) =>
      row.map((value, c) => {
        const rule = rules[r]?.[c];
        if (typeof value !== 'string' || !rule || rule.getCriteriaType() !== checkbox) return value;
        const answer = checkboxValueOfAnswer(value, rule.getCriteriaValues());
        return answer === undefined ? value : (answer as Value);
      }),
    ),
  );
}
