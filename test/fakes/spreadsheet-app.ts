/** SpreadsheetApp: the active spreadsheet, its Ui, validation builders, enums. */
import type { FakeContext } from './context';
import type { CallCounter } from './counter';
import { DataValidationCriteria, ProtectionType } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Faked } from './types';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

type AppMethods =
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet';

export class FakeSpreadsheetApp
  implements Faked<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods>
{
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  /** Set to false to model a context without UI (triggers, the editor): getUi() then throws. */
  uiAvailable = true;

  constructor(
    private readonly counter: CallCounter,
    private readonly context: FakeContext,
    private readonly ui: FakeUi,
  ) {}

  /** The open spreadsheet; a clock run of an add-on has none, and Google returns null. */
  private get spreadsheet(): FakeSpreadsheet {
    return this.context.active as FakeSpreadsheet;
  }

  private hit(method: string): void {
    this.counter.hit(`SpreadsheetApp.${method}`);
  }

  /** Nothing is buffered in the fake; counted so tests can see flushes. */
  flush(): void {
    this.hit('flush');
  }
  getActive(): FakeSpreadsheet {
    this.hit('getActive');
    return this.spreadsheet;
  }
  getActiveRange(): FakeRange {
    this.hit('getActiveRange');
    if (!this.context.active) return null as unknown as FakeRange;
    const r = this.spreadsheet.activeRangeUncounted();
    if (r) return r;
    return this.spreadsheet.activeSheetUncounted().rangeAt(1, 1);
  }
  getActiveSheet(): FakeSheet {
    this.hit('getActiveSheet');
    if (!this.context.active) return null as unknown as FakeSheet;
    return this.spreadsheet.activeSheetUncounted();
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.hit('getActiveSpreadsheet');
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    this.hit('getUi');
    if (!this.uiAvailable || this.context.kind === 'clock')
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    this.hit('newDataValidation');
    return new FakeDataValidationBuilder(this.counter);
  }
  /**
   * Google's own messages: a file the user may not open is refused with "You do not have
   * permission to access the requested document."; an id that names no file fails with the
   * unexpected-error message.
   */
  openById(id: string): FakeSpreadsheet {
    this.hit('openById');
    return this.open(id, 'openById');
  }
  /**
   * The id is read from the URL's /spreadsheets/d/ID/ part; any other text is a bad argument,
   * and so is a link that ends with the ID, without "/edit" or a trailing slash (as public
   * reports of Apps Script show: github.com/ttsukagoshi/mail-merge-for-gmail/issues/324).
   */
  openByUrl(url: string): FakeSpreadsheet {
    this.hit('openByUrl');
    const id = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)\//.exec(url)?.[1];
    if (id === undefined) throw new Error('Invalid argument: url');
    return this.open(id, 'openByUrl');
  }
  private open(id: string, method: string): FakeSpreadsheet {
    if (this.context.noAccess.has(id)) {
      throw new Error('You do not have permission to access the requested document.');
    }
    const found = this.context.documents.get(id);
    if (!found) {
      throw new Error(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    }
    return found;
  }
  setActiveSheet(sheet: FakeSheet, _restoreSelection?: boolean): FakeSheet {
    this.hit('setActiveSheet');
    this.spreadsheet.activateSheet(sheet);
    return sheet;
  }
}
