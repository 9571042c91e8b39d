/**
 * The only way the sidebar makes elements. Children that are strings become text nodes and
 * attributes are set one by one, so text from the sheets is never parsed as HTML: there is no
 * innerHTML anywhere in src/ui. Event-handler attributes are refused outright.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`event attributes are not allowed: ${name}`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** Only https links leave the sidebar (a form's address); anything else is dropped. */
export function safeHttpsUrl(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

let nextId = 0;
/** A unique id for label/control pairs. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled select; options' labels are text. */
export function select(
  label: string,
  options: readonly { value: string; label: string }[],
  value: string,
  id: string = uid('select'),
): { field: HTMLElement; select: HTMLSelectElement } {
  const control = h('select', { id });
  for (const option of options) {
    const element = h('option', { value: option.value }, option.label);
    control.appendChild(element);
  }
  control.value = value;
  const field = h('div', { class: 'form-group' }, h('label', { for: id }, label), control);
  return { field, select: control };
}

export function setOptions(
  control: HTMLSelectElement,
  options: readonly { value: string; label: string }[],
  value: string,
): void {
  replace(control, ...options.map((o) => h('option', { value: o.value }, o.label)));
  control.value = options.some((o) => o.value === value) ? value : (options[0]?.value ?? '');
}
