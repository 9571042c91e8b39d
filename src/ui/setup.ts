import type { Lang } from '../core/i18n/lang';
import type { FormState, SetupState } from '../core/sidebar/api';
import { runBusy, showStatus, statusLine } from './busy';
import type { Server } from './client';
import { h, replace, safeHttpsUrl, select } from './dom';
import { triggerFix } from './setup-fixes';
import { t } from './texts';

function link(url: string, label: string): HTMLElement | null {
  const href = safeHttpsUrl(url);
  return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : null;
}

function formItem(form: FormState, lang: Lang): HTMLElement {
  return h(
    'li',
    { 'data-form': form.key },
    form.title,
    ' ',
    link(form.url, t('openForm', lang)),
    ' ',
    link(form.editUrl, t('editForm', lang)),
  );
}

/**
 * The Set-up tab: language, sheets set up or repaired, forms with links, triggers. A new
 * language redraws the whole sidebar (`onLanguage`), which hands the server's answer back as
 * `notice`, shown once the tab has loaded again.
 */
export function setupTab(
  panel: HTMLElement,
  lang: Lang,
  server: Server,
  onLanguage: (message: string) => void,
  notice?: string,
): { load(): void } {
  let pending = notice;
  const status = statusLine();
  const body = h('div', { class: 'results', id: 'setup-results' });
  replace(panel, status, body);

  function render(state: SetupState): void {
    const language = select(t('workbookLanguage', lang), state.languages, state.lang, 'setup-lang');
    const save = h('button', { type: 'button', id: 'setup-save-lang' }, t('saveLanguage', lang));
    const setUp = h(
      'button',
      { type: 'button', class: 'action', id: 'setup-sheets' },
      t('setUp', lang),
    );
    const createForms = h(
      'button',
      { type: 'button', id: 'setup-forms', hidden: !state.can.createForms },
      t('createForms', lang),
    );
    save.addEventListener('click', async () => {
      const result = await runBusy(
        lang,
        status,
        [save],
        () => server.sidebarSetLanguage(language.select.value as Lang),
        t('working', lang),
      );
      if (result) onLanguage(result.message);
    });
    const act = async (button: HTMLButtonElement, call: () => Promise<{ message: string }>) => {
      const result = await runBusy(lang, status, [button], call, t('working', lang));
      if (!result) return;
      await load();
      showStatus(status, result.message, 'done');
      // The panel was drawn again: give focus back to the same button.
      document.getElementById(button.id)?.focus();
    };
    setUp.addEventListener('click', () => void act(setUp, () => server.sidebarSetUpWorkbook()));
    createForms.addEventListener(
      'click',
      () => void act(createForms, () => server.sidebarCreateForms()),
    );

    const sheets = h(
      'ul',
      { class: 'states', id: 'setup-sheets-list' },
      ...state.sheets.map((s) =>
        h(
          'li',
          { class: s.name === null ? 'missing' : 'present', 'data-sheet': s.key },
          s.label,
          ' — ',
          s.name === null ? t('missing', lang) : t('present', lang),
        ),
      ),
    );
    const forms =
      state.forms === null
        ? h('p', { class: 'secondary' }, t('formsMissing', lang))
        : state.forms.length === 0
          ? h('p', { class: 'secondary' }, t('noForms', lang))
          : h(
              'ul',
              { class: 'states', id: 'setup-forms-list' },
              ...state.forms.map((f) => formItem(f, lang)),
            );
    const triggers =
      state.triggers.length === 0
        ? h('p', { class: 'secondary' }, t('noTriggers', lang))
        : h(
            'ul',
            { class: 'states', id: 'setup-triggers' },
            ...state.triggers.map((tr) => {
              // What is missing comes with the button that installs it.
              const fix = tr.installed ? null : triggerFix(tr, lang, state);
              const button = fix ? h('button', { type: 'button', id: fix.id }, fix.label) : null;
              if (fix && button)
                button.addEventListener('click', () => void act(button, () => fix.run(server)));
              return h(
                'li',
                { class: tr.installed ? 'present' : 'missing', 'data-trigger': tr.kind },
                tr.label,
                ' — ',
                tr.installed ? t('installed', lang) : t('notInstalled', lang),
                button ? h('div', { class: 'fix' }, button) : null,
              );
            }),
          );
    replace(
      body,
      h('div', { class: 'block' }, language.field, save),
      h('h3', {}, t('sheets', lang)),
      sheets,
      h('div', { class: 'block' }, setUp),
      h('h3', {}, t('forms', lang)),
      forms,
      h('div', { class: 'block' }, createForms),
      h('h3', {}, t('triggers', lang)),
      triggers,
    );
  }

  async function load(): Promise<void> {
    const state = await runBusy(lang, status, [], () => server.sidebarSetupState());
    if (state) render(state);
    if (state && pending) showStatus(status, pending, 'done');
    pending = undefined;
  }
  return { load: () => void load() };
}
