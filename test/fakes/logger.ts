/** Logger: collects lines instead of printing them. */
import type { Faked } from './types';

export class FakeLogger implements Faked<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'> {
  readonly lines: string[] = [];

  clear(): void {
    this.lines.length = 0;
  }
  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }
  /** log(data) or log(format, ...values) with %s placeholders, like the real Logger. */
  log(data: unknown, ...values: unknown[]): FakeLogger {
    if (typeof data === 'string' && values.length > 0) {
      let i = 0;
      this.lines.push(data.replace(/%s/g, () => String(values[i++])));
    } else {
      this.lines.push(typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data)));
    }
    return this;
  }
}
