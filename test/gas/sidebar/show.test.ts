/** The sidebar opened from build/Sidebar.html, titled with the product's name. */
import { SIDEBAR_FILE, SIDEBAR_TITLE, showSidebar } from '../../../src/gas/sidebar/show';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ htmlFiles: { Sidebar: '<p>Korgoo sidebar</p>' } });

test('the Sidebar file, titled Korgoo, shown once as a sidebar', () => {
  expect([SIDEBAR_FILE, SIDEBAR_TITLE]).toEqual(['Sidebar', 'Korgoo']);
  showSidebar();
  const { shown } = fakes().ui;
  expect(shown.map((s) => s.kind)).toEqual(['sidebar']);
  expect(shown[0]?.output.getContent()).toBe('<p>Korgoo sidebar</p>');
  expect(shown[0]?.output.getTitle()).toBe('Korgoo');
});
