/** FakeFormApp holds Google's publishing rule: a form made by FormApp takes no response until published. */
import { createFakeServices } from '.';

function linkedForm() {
  const s = createFakeServices();
  const form = s.FormApp.create('Survey');
  form.addTextItem().setTitle('Topic');
  form.setDestination('SPREADSHEET', s.spreadsheet.id);
  return { s, form };
}

test('a created form is unpublished and takes no response', () => {
  const { s, form } = linkedForm();
  expect(form.isPublished()).toBe(false);
  expect(() => s.FormApp.submit(form.id, { Topic: 'x' })).toThrow('is not published');
  expect(form.responses).toHaveLength(0);
  expect(form.responseSheet?.grid.lastRow()).toBe(1);
});

test('published, it takes responses; closed, it takes none again', () => {
  const { s, form } = linkedForm();
  form.setPublished(true);
  expect(form.isPublished()).toBe(true);
  expect(form.isAcceptingResponses()).toBe(true);
  expect(s.FormApp.submit(form.id, { Topic: 'x' })).not.toBeNull();
  form.setAcceptingResponses(false);
  expect(() => s.FormApp.submit(form.id, { Topic: 'y' })).toThrow('no longer accepting');
  expect(form.responses).toHaveLength(1);
});

test('publishing a closed form opens it to responses too', () => {
  const { form } = linkedForm();
  form.setAcceptingResponses(false);
  form.setPublished(true);
  expect(form.isAcceptingResponses()).toBe(true);
});
