/** HtmlService: outputs built from strings or from named files given to the factory. */
import type { CallCounter } from './counter';
import type { FakeSandboxMode, FakeXFrameOptionsMode } from './enums';
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { Faked } from './types';

type OutputMethods =
  | 'append'
  | 'clear'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

export class FakeHtmlOutput implements Faked<GoogleAppsScript.HTML.HtmlOutput, OutputMethods> {
  private title = '';
  private width = 0;
  private height = 0;
  xFrameOptionsMode: FakeXFrameOptionsMode = 'DEFAULT';
  sandboxMode: FakeSandboxMode = 'IFRAME';

  constructor(
    private readonly counter: CallCounter,
    private content: string,
  ) {}

  private hit(method: string): void {
    this.counter.hit(`HtmlOutput.${method}`);
  }

  append(addedContent: string): FakeHtmlOutput {
    this.hit('append');
    this.content += addedContent;
    return this;
  }
  clear(): FakeHtmlOutput {
    this.hit('clear');
    this.content = '';
    return this;
  }
  getContent(): string {
    this.hit('getContent');
    return this.content;
  }
  getHeight(): number {
    this.hit('getHeight');
    return this.height;
  }
  getTitle(): string {
    this.hit('getTitle');
    return this.title;
  }
  getWidth(): number {
    this.hit('getWidth');
    return this.width;
  }
  setContent(content: string): FakeHtmlOutput {
    this.hit('setContent');
    this.content = content;
    return this;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.hit('setHeight');
    this.height = height;
    return this;
  }
  setSandboxMode(mode: FakeSandboxMode): FakeHtmlOutput {
    this.hit('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.hit('setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.hit('setWidth');
    this.width = width;
    return this;
  }
  setXFrameOptionsMode(mode: FakeXFrameOptionsMode): FakeHtmlOutput {
    this.hit('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }
}

const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Minimal scriptlets: `<?= a.b ?>` (escaped) and `<?!= a.b ?>` (raw) read properties set on
 * the template; `<?!= include('file') ?>` inlines another file. Other code throws, so a test
 * notices when a template needs more than the fake models.
 */
export class FakeHtmlTemplate
  implements Faked<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'>
{
  /** Values the script assigns (`template.data = ...`) live here and by property. */
  [name: string]: unknown;

  constructor(
    private readonly counterRef: CallCounter,
    private readonly raw: string,
    private readonly files: ReadonlyMap<string, string>,
  ) {}

  getRawContent(): string {
    this.counterRef.hit('HtmlTemplate.getRawContent');
    return this.raw;
  }

  evaluate(): FakeHtmlOutput {
    this.counterRef.hit('HtmlTemplate.evaluate');
    const html = this.raw.replace(
      /<\?(!?=)\s*([\s\S]*?)\s*\?>/g,
      (_m, kind: string, expr: string) => {
        const value = this.evalExpr(expr);
        return kind === '!=' ? value : escapeHtml(value);
      },
    );
    if (/<\?(?!=|!=)/.test(html))
      throw new Error('FakeHtmlTemplate: only <?= ?> and <?!= ?> are modelled');
    return new FakeHtmlOutput(this.counterRef, html);
  }

  private evalExpr(expr: string): string {
    const inc = /^include\(\s*['"]([^'"]+)['"]\s*\)$/.exec(expr);
    if (inc?.[1] !== undefined) return readFile(this.files, inc[1]);
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expr)) {
      throw new Error(`FakeHtmlTemplate: unsupported scriptlet expression: ${expr}`);
    }
    let v: unknown = this;
    for (const key of expr.split('.')) {
      v = v !== null && typeof v === 'object' ? Reflect.get(v, key) : undefined;
    }
    return v === undefined || v === null ? '' : String(v);
  }
}

function readFile(files: ReadonlyMap<string, string>, name: string): string {
  const text =
    files.get(name) ?? files.get(`${name}.html`) ?? files.get(name.replace(/\.html$/, ''));
  if (text === undefined) throw new Error(`No HTML file named ${name} was found.`);
  return text;
}

function blobText(source: string | GoogleAppsScript.Base.BlobSource | undefined): string {
  if (source === undefined) return '';
  return typeof source === 'string' ? source : source.getBlob().getDataAsString();
}

type ServiceMethods =
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile';

export class FakeHtmlService implements Faked<GoogleAppsScript.HTML.HtmlService, ServiceMethods> {
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;
  private readonly files: Map<string, string>;

  /** files: the project's HTML files by name (with or without ".html"). */
  constructor(
    private readonly counter: CallCounter,
    files: Record<string, string> = {},
  ) {
    this.files = new Map(Object.entries(files));
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    this.counter.hit('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.counter, blobText(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.counter.hit('HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.counter, readFile(this.files, filename));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    this.counter.hit('HtmlService.createTemplate');
    return new FakeHtmlTemplate(this.counter, blobText(html), this.files);
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.counter.hit('HtmlService.createTemplateFromFile');
    return new FakeHtmlTemplate(this.counter, readFile(this.files, filename), this.files);
  }
}
