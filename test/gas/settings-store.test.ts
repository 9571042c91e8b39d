/** The Apps Script settings store over PropertiesService (the typed fake) passes the contract. */
import { propertiesSettings } from '../../src/gas/settings-store';
import { describeSettingsStore } from '../core/ports/settings-contract';
import { CallCounter } from '../fakes';
import { FakePropertiesService } from '../fakes/properties';

describeSettingsStore('PropertiesService', () =>
  propertiesSettings(
    new FakePropertiesService(
      new CallCounter(),
    ) as unknown as GoogleAppsScript.Properties.PropertiesService,
  ),
);

test('writeAll is one setProperties call, readAll one getProperties', () => {
  const counter = new CallCounter();
  const store = propertiesSettings(
    new FakePropertiesService(counter) as unknown as GoogleAppsScript.Properties.PropertiesService,
  );
  store.writeAll('document', { a: '1', b: '2' });
  store.readAll('document');
  expect(counter.count('Properties.setProperties')).toBe(1);
  expect(counter.count('Properties.getProperties')).toBe(1);
  expect(counter.count('Properties.setProperty')).toBe(0);
});
