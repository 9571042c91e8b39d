/** PropertiesService: three string stores that outlive one execution (one per factory). */
import type { CallCounter } from './counter';
import type { Faked } from './types';

/** The real service rejects values over 9 KB and stores over 500 KB. */
const MAX_VALUE = 9 * 1024;
const MAX_TOTAL = 500 * 1024;

type PropertiesMethods =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

export class FakeProperties
  implements Faked<GoogleAppsScript.Properties.Properties, PropertiesMethods>
{
  readonly store = new Map<string, string>();

  constructor(
    private readonly counter: CallCounter,
    readonly scope: 'document' | 'script' | 'user',
  ) {}

  private hit(method: string): void {
    this.counter.hit(`Properties.${method}`);
  }

  private put(key: string, value: unknown): void {
    const v = String(value);
    if (v.length > MAX_VALUE) throw new Error('Argument too large: value');
    const old = this.store.get(key);
    this.store.set(key, v);
    let total = 0;
    for (const [k, x] of this.store) total += k.length + x.length;
    if (total > MAX_TOTAL) {
      if (old === undefined) this.store.delete(key);
      else this.store.set(key, old);
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  deleteAllProperties(): FakeProperties {
    this.hit('deleteAllProperties');
    this.store.clear();
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.hit('deleteProperty');
    this.store.delete(key);
    return this;
  }
  getKeys(): string[] {
    this.hit('getKeys');
    return [...this.store.keys()];
  }
  getProperties(): { [key: string]: string } {
    this.hit('getProperties');
    return Object.fromEntries(this.store);
  }
  getProperty(key: string): string | null {
    this.hit('getProperty');
    return this.store.get(key) ?? null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): FakeProperties {
    this.hit('setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return this;
  }
  setProperty(key: string, value: string): FakeProperties {
    this.hit('setProperty');
    this.put(key, value);
    return this;
  }
}

export class FakePropertiesService
  implements
    Faked<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  readonly script: FakeProperties;
  readonly user: FakeProperties;
  /** One document store per spreadsheet: each workbook keeps its own settings. */
  private readonly documents = new Map<string, FakeProperties>();

  constructor(
    private readonly counter: CallCounter,
    /** The id of the document the execution belongs to. */
    private readonly documentId: () => string = () => 'document',
  ) {
    this.script = new FakeProperties(counter, 'script');
    this.user = new FakeProperties(counter, 'user');
  }

  /** The store of the current document (uncounted, for assertions). */
  get document(): FakeProperties {
    return this.documentOf(this.documentId());
  }
  documentOf(id: string): FakeProperties {
    let store = this.documents.get(id);
    if (!store) {
      store = new FakeProperties(this.counter, 'document');
      this.documents.set(id, store);
    }
    return store;
  }

  getDocumentProperties(): FakeProperties {
    this.counter.hit('PropertiesService.getDocumentProperties');
    return this.document;
  }
  getScriptProperties(): FakeProperties {
    this.counter.hit('PropertiesService.getScriptProperties');
    return this.script;
  }
  getUserProperties(): FakeProperties {
    this.counter.hit('PropertiesService.getUserProperties');
    return this.user;
  }
}
