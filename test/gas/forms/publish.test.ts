/** A form takes responses only published and open: ensurePublished makes it so, says what it fixed. */
import { ensurePublished } from '../../../src/gas/forms/publish';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
const made = () => {
  const form = fakes().FormApp.create('Events');
  return { fake: form, form: form as unknown as GoogleAppsScript.Forms.Form };
};

test('a form made by FormApp starts unpublished: published, and it takes a response', () => {
  const { fake, form } = made();
  expect(() => fakes().FormApp.submit(fake.id, {})).toThrow();
  expect(ensurePublished(form)).toBe('unpublished');
  expect([fake.published, fake.acceptingResponses]).toEqual([true, true]);
});

test('published but closed by hand: opened again', () => {
  const { fake, form } = made();
  fake.published = true;
  fake.acceptingResponses = false;
  expect(ensurePublished(form)).toBe('closed');
  expect(fake.acceptingResponses).toBe(true);
});

test('already taking responses: null, and nothing set', () => {
  const { fake, form } = made();
  fake.published = true;
  const s = fakes();
  s.counter.reset();
  expect(ensurePublished(form)).toBeNull();
  expect(s.counter.count('Form.setPublished')).toBe(0);
  expect(s.counter.count('Form.setAcceptingResponses')).toBe(0);
});
