import type { Lang } from '../i18n/lang';

/** The Month tab's server-side words. */
export const TEXTS = {
  monthApprovedSummary: {
    ru: 'Утверждено: {approved} из {total}',
    ky: 'Бекитилди: {total} ичинен {approved}',
    en: 'Approved: {approved} of {total}',
  },
  oneStatus: {
    ru: '{month}: {status}',
    ky: '{month}: {status}',
    en: '{month}: {status}',
  },
  notYours: {
    ru: '{actor} не указан(а) координатором этого комитета на листе «Координаторы».',
    ky: '{actor} «Координаторлор» барагында бул комитеттин координатору катары көрсөтүлгөн эмес.',
    en: '{actor} is not listed as this committee’s coordinator on the Coordinators sheet.',
  },
  badAction: {
    ru: 'Неизвестное действие: можно утвердить, вернуть или открыть заново.',
    ky: 'Белгисиз аракет: бекитүүгө, кайтарууга же кайра ачууга болот.',
    en: 'Unknown action: approve, return or reopen.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
