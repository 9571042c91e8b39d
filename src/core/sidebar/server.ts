import type { Analysis } from '../analyse';
import { EMPTY_LEDGER } from '../approval/model';
import { isLang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { parseMonthKey } from '../periods/months';
import { type Regional, regionalOf } from '../rollup/regional';
import { RollupError } from '../rollup/rollup';
import type { ActionResult, SidebarApi } from './api';
import { digestRequestOf, sidebarDigestPreview } from './digest-preview';
import { sidebarInit } from './init';
import { overviewApproval, sidebarMonth, sidebarMonthAction } from './month';
import { sidebarOverview } from './overview';
import { monthOption } from './period-options';
import type { SidebarPorts } from './ports';
import { sidebarProblems } from './problems';
import { sidebarRecipients } from './recipients';
import { rollupInit, rollupOverview } from './rollup-overview';
import { checkSelection } from './select-cell';
import { sidebarSetupState } from './setup-state';
import { SidebarError } from './texts';
import { sidebarTodo } from './todo';

/**
 * The sidebar's server functions over the ports: the Apps Script entry points and the preview
 * server's HTTP routes both call these, so the two compute the same results.
 */
export function createSidebarServer(ports: SidebarPorts): SidebarApi {
  const notAvailable = (): never => {
    throw new SidebarError(text('notAvailable', ports.lang()));
  };
  // A workbook whose Returns sheet holds rows rolls its sources up (DESIGN §11).
  const regionals = new WeakMap<Analysis, Regional | null>();
  const regional = (): Regional | null => {
    const analysis = ports.analysis();
    if (!regionals.has(analysis)) {
      try {
        regionals.set(analysis, regionalOf(analysis, ports.lang()));
      } catch (error) {
        if (error instanceof RollupError) throw new SidebarError(error.text(ports.lang()));
        throw error;
      }
    }
    return regionals.get(analysis) ?? null;
  };
  /** Said on the tabs whose items come from case rows, which returns do not carry. */
  const rowsNote = (): { note?: string } => {
    const sources = regional()?.returns.size ?? 0;
    return sources > 0 ? { note: text('rowsStayInSources', ports.lang(), { count: sources }) } : {};
  };
  return {
    sidebarInit: () => {
      const rolled = regional();
      return rolled
        ? rollupInit(rolled, ports.lang(), ports.today())
        : sidebarInit(ports.analysis(), ports.lang(), ports.today());
    },
    sidebarOverview: (request) => {
      const rolled = regional();
      if (rolled) return rollupOverview(rolled, request, ports.lang(), ports.today());
      const result = sidebarOverview(ports.analysis(), request, ports.lang(), ports.today());
      const ledger = ports.approval?.ledger() ?? EMPTY_LEDGER;
      const approval = overviewApproval(
        ports.analysis(),
        ledger,
        result.period,
        result.committees,
        ports.lang(),
      );
      return { ...result, approval };
    },
    sidebarProblems: () => ({ ...sidebarProblems(ports.analysis(), ports.lang()), ...rowsNote() }),
    sidebarTodo: () => ({
      ...sidebarTodo(ports.analysis(), ports.lang(), ports.today(), ports.worklistDays?.()),
      ...rowsNote(),
    }),
    sidebarSelectCell: (request) => {
      const selection = checkSelection(request, ports.sheetNames(), ports.lang());
      ports.selectRange(selection.sheet, selection.a1);
      return selection;
    },
    sidebarDigestPreview: (request) =>
      sidebarDigestPreview(ports.analysis(), request, {
        lang: ports.lang(),
        today: ports.today(),
        installedTriggers: ports.installedTriggers(),
        digest: ports.digest,
        earliest: regional()?.rollup.earliest,
      }),
    sidebarRecipients: () => sidebarRecipients(ports.analysis(), ports.lang()),
    sidebarSetupState: () => sidebarSetupState(ports),
    sidebarSetLanguage: (lang): ActionResult => {
      if (!isLang(lang))
        throw new SidebarError(text('unsupportedLanguage', ports.lang(), { value: String(lang) }));
      ports.setLang(lang);
      return { message: text('languageSet', lang) };
    },
    sidebarSetUpWorkbook: (): ActionResult => {
      const lang = ports.lang();
      const result = ports.setUpWorkbook(lang) ?? notAvailable();
      return {
        message: text('setUpDone', lang, {
          created: result.sheetsCreated,
          columns: result.columnsAdded,
        }),
      };
    },
    sidebarCreateForms: (): ActionResult => {
      const lang = ports.lang();
      const forms = ports.forms ? ports.forms.createOrUpdate(lang) : notAvailable();
      return { message: text('formsReady', lang, { count: forms.length }) };
    },
    sidebarScheduleDigest: (): ActionResult => {
      const lang = ports.lang();
      const schedule = ports.digest?.schedule;
      if (!ports.digest || !schedule) throw new SidebarError(text('digestNotAvailable', lang));
      return { message: schedule.call(ports.digest, lang) };
    },
    sidebarMonth: (request) => {
      const approval = ports.approval;
      const ledger = approval ? approval.ledger() : EMPTY_LEDGER;
      const actor = approval ? approval.actor() : '';
      const sources = regional()?.returns.size ?? 0;
      const month = sidebarMonth(ports.analysis(), ledger, actor, request, ports.lang());
      return sources > 0
        ? { ...month, note: text('monthsInSources', ports.lang(), { count: sources }) }
        : month;
    },
    sidebarMonthAction: (request) =>
      sidebarMonthAction(() => ports.analysis(), ports.approval, request, ports.lang()),
    sidebarSendPreviewToMe: (request): ActionResult => {
      const lang = ports.lang();
      const asked = digestRequestOf(request, lang);
      const send = ports.digest?.sendPreviewToMe;
      if (!ports.digest || !send) throw new SidebarError(text('digestNotAvailable', lang));
      const email = send.call(ports.digest, ports.analysis(), asked.month, asked.lang);
      const month = monthOption(parseMonthKey(asked.month) as number, lang).label;
      return { message: text('previewSent', lang, { month, email }) };
    },
  };
}
