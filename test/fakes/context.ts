/**
 * Where an execution runs: which spreadsheets exist, which one the user has open, and which
 * document the execution belongs to. In the editor both are the open spreadsheet; in a
 * time-driven run of an Editor add-on there is no active document (SpreadsheetApp.getActive()
 * is null) while the trigger still belongs to the document it was created in, whose document
 * properties it reads ("Editor add-on triggers"; Google's add-on samples).
 */
import type { FakeSpreadsheet } from './spreadsheet';

export class FakeContext {
  /** Every spreadsheet this user can open by id, by id. */
  readonly documents = new Map<string, FakeSpreadsheet>();
  /** Ids of spreadsheets that exist but are not shared with this user: opening them is refused. */
  readonly noAccess = new Set<string>();
  /** The spreadsheet open in the editor; null in a clock run. */
  active: FakeSpreadsheet | null;
  /** The document the execution belongs to (the open one, or the clock trigger's). */
  document: FakeSpreadsheet;
  /** 'clock' while a time-driven trigger runs (no active document, no UI). */
  kind: 'editor' | 'clock' = 'editor';

  constructor(first: FakeSpreadsheet) {
    this.documents.set(first.id, first);
    this.active = first;
    this.document = first;
  }

  add(spreadsheet: FakeSpreadsheet): void {
    if (this.documents.has(spreadsheet.id)) throw new Error(`Two spreadsheets ${spreadsheet.id}`);
    this.documents.set(spreadsheet.id, spreadsheet);
  }

  /** The user opens this spreadsheet in the editor: the add-on runs in it now. */
  open(spreadsheet: FakeSpreadsheet): void {
    if (!this.documents.has(spreadsheet.id)) this.add(spreadsheet);
    this.active = spreadsheet;
    this.document = spreadsheet;
    this.kind = 'editor';
  }
}
