import type { Lang } from '../core/i18n/lang';
import type {
  DigestPreviewResult,
  InitResult,
  Option,
  RecipientsResult,
} from '../core/sidebar/api';
import { LANGUAGE_OPTIONS } from '../core/sidebar/languages';
import { runBusy, showStatus, statusLine } from './busy';
import type { Server } from './client';
import { h, replace, select } from './dom';
import { t } from './texts';

/**
 * The digest exactly as it is sent, in an iframe sandboxed with no permission at all: no
 * script runs in it and it cannot reach the sidebar, whatever the HTML holds.
 */
function digestFrame(result: DigestPreviewResult, lang: Lang): HTMLIFrameElement {
  const frame = h('iframe', {
    class: 'digest-frame',
    id: 'digest-frame',
    sandbox: '',
    title: t('digestFrame', lang),
  });
  frame.srcdoc = result.html;
  return frame;
}

/** The width the digest is laid out at in the panel, then scaled down to the panel's width. */
const FRAME_WIDTH = 360;
const FRAME_HEIGHT = 900;

/** Scales the frame so the digest's 360 px layout fits the panel: no sideways scroll bar. */
function fitFrame(box: HTMLElement, frame: HTMLIFrameElement): void {
  const scale = Math.min(1, box.clientWidth / FRAME_WIDTH);
  frame.style.width = `${FRAME_WIDTH}px`;
  frame.style.height = `${FRAME_HEIGHT}px`;
  frame.style.transform = `scale(${scale})`;
  box.style.height = `${Math.ceil(FRAME_HEIGHT * scale)}px`;
}

/**
 * The digest full size in a new window, still inside a frame sandboxed with no permission: the
 * window holds only that frame, nothing of the sidebar.
 */
function openFullSize(result: DigestPreviewResult, lang: Lang): void {
  const win = window.open('', '_blank');
  if (!win) return;
  win.document.title = result.subject;
  const frame = win.document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.setAttribute('title', t('digestFrame', lang));
  frame.setAttribute('style', 'border:0;width:100%;height:100vh;display:block');
  frame.srcdoc = result.html;
  win.document.body.style.margin = '0';
  win.document.body.appendChild(frame);
}

/** Address, language, region and threshold of each active recipient. */
function recipientList(result: RecipientsResult, lang: Lang): HTMLElement {
  if (result.recipients.length === 0)
    return h('p', { class: 'secondary' }, t('noRecipients', lang));
  return h(
    'ul',
    { class: 'recipients', id: 'digest-recipient-list' },
    ...result.recipients.map((r) =>
      h(
        'li',
        {},
        h('span', { class: 'email' }, r.email),
        h(
          'span',
          { class: 'secondary' },
          t('recipientLine', lang, {
            language: r.language,
            region: r.region,
            threshold: r.threshold,
          }),
        ),
      ),
    ),
  );
}

/** The Digest tab: month and language; the digest as sent; recipients; schedule; a test send. */
export function digestTab(panel: HTMLElement, init: InitResult, server: Server): { load(): void } {
  const lang = init.lang;
  const months: readonly Option[] = init.periods.month;
  const month = select(t('month', lang), months, init.defaultMonth, 'digest-month');
  const language = select(t('language', lang), LANGUAGE_OPTIONS, lang, 'digest-lang');
  const show = h('button', { type: 'button', class: 'action', id: 'digest-show' }, t('show', lang));
  const send = h('button', { type: 'button', id: 'digest-send' }, t('sendPreview', lang));
  const schedule = h(
    'button',
    { type: 'button', id: 'digest-schedule-button', hidden: true },
    t('scheduleDigest', lang),
  );
  const full = h(
    'button',
    { type: 'button', id: 'digest-full', hidden: true },
    t('fullSize', lang),
  );
  const status = statusLine();
  const info = h('div', { class: 'digest-info', id: 'digest-info' });
  const frameBox = h('div', { class: 'digest-box' });
  replace(
    panel,
    h('div', { class: 'filters' }, month.field, language.field),
    h('div', { class: 'block buttons' }, show, send, schedule, full),
    status,
    info,
    frameBox,
  );

  const request = () => ({ month: month.select.value, lang: language.select.value as Lang });
  let latest = 0;
  let shown: DigestPreviewResult | undefined;
  async function load(): Promise<void> {
    const ticket = ++latest;
    const both = await runBusy(lang, status, [show], () =>
      Promise.all([server.sidebarDigestPreview(request()), server.sidebarRecipients()]),
    );
    if (both === undefined || ticket !== latest) return;
    const [result, recipients] = both;
    shown = result;
    send.hidden = !result.canSend;
    // Where the digest is not scheduled, the button that schedules it is right there.
    schedule.hidden = result.schedule.installed || !result.canSchedule;
    full.hidden = !result.available;
    replace(
      info,
      result.available
        ? h('p', { class: 'subject' }, t('subject', lang, { subject: result.subject }))
        : h('p', {}, t('digestMissing', lang)),
      h('p', { id: 'digest-recipients' }, t('recipients', lang, { count: result.recipients })),
      recipientList(recipients, lang),
      h(
        'p',
        { id: 'digest-schedule', class: 'secondary' },
        result.schedule.installed
          ? t('scheduled', lang, { next: result.schedule.next })
          : t('notScheduled', lang),
      ),
    );
    const frame = result.available ? digestFrame(result, lang) : null;
    replace(frameBox, frame);
    if (frame) fitFrame(frameBox, frame);
  }
  async function sendPreview(): Promise<void> {
    const result = await runBusy(
      lang,
      status,
      [send, show],
      () => server.sidebarSendPreviewToMe(request()),
      t('working', lang),
    );
    if (result) showStatus(status, result.message, 'done');
  }
  async function scheduleDigest(): Promise<void> {
    const result = await runBusy(
      lang,
      status,
      [schedule, show],
      () => server.sidebarScheduleDigest(),
      t('working', lang),
    );
    if (!result) return;
    await load();
    showStatus(status, result.message, 'done');
  }
  schedule.addEventListener('click', () => void scheduleDigest());
  for (const control of [month.select, language.select])
    control.addEventListener('change', () => void load());
  show.addEventListener('click', () => void load());
  full.addEventListener('click', () => {
    if (shown) openFullSize(shown, lang);
  });
  send.addEventListener('click', () => void sendPreview());
  return { load: () => void load() };
}
