/** Sheet protection: who may edit, warning-only mode, description. */
import type { FakeProtectionType } from './enums';
import type { FakeRange } from './range';
import { FakeUser } from './session';
import type { FakeSheet } from './sheet';
import type { Faked } from './types';

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setWarningOnly';

function emailOf(u: string | FakeUser): string {
  return typeof u === 'string' ? u : u.getEmail();
}

export class FakeProtection
  implements Faked<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods>
{
  private description = '';
  private warningOnly = false;
  private domainEdit = true;
  /** New protections start with the owner and the user who created them as editors. */
  private readonly editors: Set<string>;
  removed = false;

  constructor(
    private readonly sheet: FakeSheet,
    private readonly type: FakeProtectionType,
    private readonly range: FakeRange,
  ) {
    const ss = sheet.parent;
    this.editors = new Set([ss.ownerEmail, ss.currentUserEmail()].filter((e) => e !== ''));
  }

  private hit(method: string): void {
    this.sheet.counter.hit(`Protection.${method}`);
  }

  addEditor(user: string | FakeUser): FakeProtection {
    this.hit('addEditor');
    this.editors.add(emailOf(user));
    return this;
  }
  addEditors(emailAddresses: string[]): FakeProtection {
    this.hit('addEditors');
    for (const e of emailAddresses) this.editors.add(e);
    return this;
  }
  canDomainEdit(): boolean {
    this.hit('canDomainEdit');
    return this.domainEdit;
  }
  /** The owner can always edit; others only if listed (warning-only lets everyone edit). */
  canEdit(): boolean {
    this.hit('canEdit');
    const me = this.sheet.parent.currentUserEmail();
    return this.warningOnly || me === this.sheet.parent.ownerEmail || this.editors.has(me);
  }
  getDescription(): string {
    this.hit('getDescription');
    return this.description;
  }
  getEditors(): FakeUser[] {
    this.hit('getEditors');
    return [...this.editors].map((e) => new FakeUser(e));
  }
  getProtectionType(): FakeProtectionType {
    this.hit('getProtectionType');
    return this.type;
  }
  /** Uncounted, for FakeSheet.getProtections. */
  getProtectionTypeUncounted(): FakeProtectionType {
    return this.type;
  }
  getRange(): FakeRange {
    this.hit('getRange');
    return this.range;
  }
  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.warningOnly;
  }
  remove(): void {
    this.hit('remove');
    this.removed = true;
    this.sheet.removeProtection(this);
  }
  removeEditor(user: string | FakeUser): FakeProtection {
    this.hit('removeEditor');
    return this.drop([emailOf(user)]);
  }
  removeEditors(users: string[] | FakeUser[]): FakeProtection {
    this.hit('removeEditors');
    return this.drop(users.map(emailOf));
  }
  /** The spreadsheet owner cannot be removed, as in the real service. */
  private drop(emails: string[]): FakeProtection {
    for (const e of emails) if (e !== this.sheet.parent.ownerEmail) this.editors.delete(e);
    return this;
  }
  setDescription(description: string): FakeProtection {
    this.hit('setDescription');
    this.description = description;
    return this;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.hit('setDomainEdit');
    this.domainEdit = editable;
    return this;
  }
  /** Warning-only protections have no editor list in the real service. */
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.hit('setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
}
