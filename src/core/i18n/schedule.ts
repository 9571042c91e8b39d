import type { Lang } from './lang';

/** The clock's words: the authorization notice a trigger sends once. */
export const TEXTS = {
  authSubject: {
    ru: 'Korgoo: нужно снова дать разрешение',
    ky: 'Korgoo: кайрадан уруксат берүү керек',
    en: 'Korgoo: authorization needed',
  },
  authBody: {
    ru: 'Чтобы ежемесячная сводка и приём ответов форм Korgoo продолжали работать, снова дайте дополнению разрешение. Откройте ссылку и подтвердите:\n{url}\n\nПока разрешения нет, Korgoo ничего не отправляет и не переносит; ответы форм ждут в листах ответов.',
    ky: 'Korgoo айлык жыйынтыкты жөнөтүп, формалардын жоопторун кабыл ала бериши үчүн кошумчага кайрадан уруксат бериңиз. Шилтемени ачып, ырастаңыз:\n{url}\n\nУруксат берилгенге чейин Korgoo эч нерсе жөнөтпөйт жана которбойт; формалардын жооптору жооп барактарында күтүп турат.',
    en: 'For the monthly digest and the intake of form responses to keep working, authorize the Korgoo add-on again. Open this link and confirm:\n{url}\n\nUntil then Korgoo sends and takes in nothing; form responses wait in their response sheets.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
