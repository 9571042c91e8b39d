import { choiceKeyOf } from './choices-index';

/**
 * A yes/no answer ("Yes", "Нет", "ооба"…) as the value of a checkbox cell, as a click would
 * leave it: the checkbox's checked value for yes, its unchecked value for no. `values` are the
 * rule's criteria values (none: true and false; one: that value and ''). Undefined for any
 * other text, which is left as it is.
 */
export function checkboxValueOfAnswer(
  text: string,
  values: readonly unknown[],
): unknown | undefined {
  const key = choiceKeyOf('yesNo', text);
  if (key === undefined) return undefined;
  const checked = values.length === 0 ? true : values[0];
  const unchecked = values.length === 0 ? false : (values[1] ?? '');
  return key === 'yes' ? checked : unchecked;
}
