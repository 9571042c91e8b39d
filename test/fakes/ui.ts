/** SpreadsheetApp.getUi(): menus (recorded), alerts and prompts (scripted), dialogs. */
import type { CallCounter } from './counter';
import type { FakeButton, FakeButtonSet } from './enums';
import { Button, ButtonSet } from './enums';
import type { FakeHtmlOutput } from './html';
import type { Faked } from './types';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: FakeMenu };

/** A plain, comparable picture of a menu for toEqual assertions. */
export type MenuShape = {
  caption: string;
  addon: boolean;
  items: ({ caption: string; functionName: string } | '---' | MenuShape)[];
};

export class FakeMenu
  implements
    Faked<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.ui.counter.hit('Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.ui.counter.hit('Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this.ui.counter.hit('Menu.addSubMenu');
    this.entries.push({ kind: 'submenu', menu });
    return this;
  }
  addToUi(): void {
    this.ui.counter.hit('Menu.addToUi');
    this.ui.menus.push(this);
  }

  shape(): MenuShape {
    return {
      caption: this.caption,
      addon: this.addon,
      items: this.entries.map((e) =>
        e.kind === 'item'
          ? { caption: e.caption, functionName: e.functionName }
          : e.kind === 'separator'
            ? '---'
            : e.menu.shape(),
      ),
    };
  }

  /** Every handler function name in this menu and its submenus. */
  functionNames(): string[] {
    return this.entries.flatMap((e) =>
      e.kind === 'item' ? [e.functionName] : e.kind === 'submenu' ? e.menu.functionNames() : [],
    );
  }
}

export class FakePromptResponse
  implements Faked<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    private readonly text: string,
    private readonly button: FakeButton,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): FakeButton {
    return this.button;
  }
}

export type Dialog = {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: FakeButtonSet;
};
export type Shown = {
  kind: 'sidebar' | 'modal' | 'modeless';
  output: FakeHtmlOutput;
  title: string;
};

type UiMethods =
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar';

/** With nothing scripted, a dialog is answered with its first button (OK, or YES). */
function firstButton(set: FakeButtonSet): FakeButton {
  return set === 'YES_NO' || set === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

export class FakeUi implements Faked<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus in the order addToUi() was called. */
  readonly menus: FakeMenu[] = [];
  /** Every alert and prompt shown, in order. */
  readonly dialogs: Dialog[] = [];
  /** Every sidebar and dialog shown, in order. */
  readonly shown: Shown[] = [];
  private readonly alertAnswers: FakeButton[] = [];
  private readonly promptAnswers: { text: string; button: FakeButton }[] = [];

  constructor(readonly counter: CallCounter) {}

  /** Test helper: the next alert(s) return these buttons, in order. */
  answerAlerts(...buttons: FakeButton[]): void {
    this.alertAnswers.push(...buttons);
  }
  /** Test helper: the next prompt returns this text and button (default OK). */
  answerPrompt(text: string, button: FakeButton = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }
  /** Test helper: the menus as plain data. */
  menuShapes(): MenuShape[] {
    return this.menus.map((m) => m.shape());
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string | FakeButtonSet, c?: FakeButtonSet): FakeButton {
    this.counter.hit('Ui.alert');
    const d = this.dialog('alert', a, b, c);
    return this.alertAnswers.shift() ?? firstButton(d.buttons);
  }
  prompt(a: string, b?: string | FakeButtonSet, c?: FakeButtonSet): FakePromptResponse {
    this.counter.hit('Ui.prompt');
    const d = this.dialog('prompt', a, b, c);
    const answer = this.promptAnswers.shift() ?? { text: '', button: firstButton(d.buttons) };
    return new FakePromptResponse(answer.text, answer.button);
  }
  private dialog(kind: Dialog['kind'], a: string, b?: string, c?: FakeButtonSet): Dialog {
    const d: Dialog =
      c !== undefined
        ? { kind, title: a, prompt: b ?? '', buttons: c }
        : { kind, title: '', prompt: a, buttons: isButtonSet(b) ? b : 'OK' };
    this.dialogs.push(d);
    return d;
  }
  createAddonMenu(): FakeMenu {
    this.counter.hit('Ui.createAddonMenu');
    return new FakeMenu(this, '', true);
  }
  createMenu(caption: string): FakeMenu {
    this.counter.hit('Ui.createMenu');
    return new FakeMenu(this, caption, false);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.counter.hit('Ui.showModalDialog');
    this.shown.push({ kind: 'modal', output: userInterface, title });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.counter.hit('Ui.showModelessDialog');
    this.shown.push({ kind: 'modeless', output: userInterface, title });
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.counter.hit('Ui.showSidebar');
    this.shown.push({ kind: 'sidebar', output: userInterface, title: '' });
  }
}

function isButtonSet(v: unknown): v is FakeButtonSet {
  return typeof v === 'string' && Object.hasOwn(ButtonSet, v);
}
