/** "Update roll-up" in a regional or national workbook (DESIGN §11): its menu, states and Log. */
export const TEXTS = {
  menuUpdateRollup: {
    ru: 'Обновить сводку источников',
    ky: 'Булактардын жыйынтыгын жаңыртуу',
    en: 'Update roll-up',
  },
  logUpdateRollup: {
    ru: 'Обновление сводки источников',
    ky: 'Булактардын жыйынтыгын жаңыртуу',
    en: 'Roll-up update',
  },
  rollupContinues: {
    ru: 'Время выполнения на исходе: оставшиеся источники ({count}) будут прочитаны при следующем запуске.',
    ky: 'Аткаруу убактысы бүтүп баратат: калган {count} булак кийинки иштетүүдө окулат.',
    en: 'Out of run time: the sources left ({count}) are read at the next run.',
  },
  rollupUpdated: {
    ru: 'Лист «{sheet}» обновлён: прочитано источников {read} из {active}.',
    ky: '«{sheet}» барагы жаңыртылды: {active} булактын {read} окулду.',
    en: 'The {sheet} sheet is up to date: {read} of {active} sources read.',
  },
  sourceRead: {
    ru: 'Прочитан: комитетов {committees}, строк {lines}',
    ky: 'Окулду: комитеттер {committees}, саптар {lines}',
    en: 'Read: {committees} committees, {lines} lines',
  },
  sourceKept: {
    ru: 'Источник «{source}» не прочитан, в листе остались его прежние строки ({rows}): {reason}',
    ky: '«{source}» булагы окулган жок, баракта анын мурунку саптары калды ({rows}): {reason}',
    en: 'The source "{source}" was not read; its last good rows stay ({rows}): {reason}',
  },
  sourceNoAccess: {
    ru: 'нет доступа к таблице или её не существует ({message}); попросите владельца открыть вам доступ на просмотр',
    ky: 'таблицага кирүү укугу жок же ал жок ({message}); ээсинен көрүүгө уруксат сураңыз',
    en: 'the spreadsheet cannot be opened: no access or no such file ({message}); ask its owner to share it with you',
  },
  sourceForbidden: {
    ru: 'у вас нет доступа к таблице ({message}); попросите её владельца открыть вам доступ на просмотр',
    ky: 'таблицага кирүү укугуңуз жок ({message}); ээсинен көрүүгө уруксат сураңыз',
    en: 'you have no access to the spreadsheet ({message}); ask its owner to share it with you',
  },
  sourceNotFound: {
    ru: 'таблицы с таким ID нет ({message}): она удалена насовсем или ID введён с ошибкой; проверьте ссылку в этой строке',
    ky: 'мындай ID менен таблица жок ({message}): ал биротоло өчүрүлгөн же ID ката жазылган; ушул саптагы шилтемени текшериңиз',
    en: 'there is no spreadsheet with this ID ({message}): it was deleted for good or the ID is mistyped; check the link in this row',
  },
  sourceBadReference: {
    ru: '«{value}» — не ссылка на Google Таблицу и не её ID: вставьте ссылку вида https://docs.google.com/spreadsheets/d/…',
    ky: '«{value}» Google Таблицанын шилтемеси да, ID да эмес: https://docs.google.com/spreadsheets/d/… түрүндөгү шилтемени коюңуз',
    en: '"{value}" is neither a Google Sheets link nor a spreadsheet ID: paste a link like https://docs.google.com/spreadsheets/d/…',
  },
  sourceNoReturnSheet: {
    ru: 'в таблице нет листа «{sheet}»: в ней нужно выполнить «Обновить отчёт»',
    ky: 'таблицада «{sheet}» барагы жок: анда «Отчетту жаңыртуу» аткарылышы керек',
    en: 'the spreadsheet has no {sheet} sheet: run "Update return" in it',
  },
  sourceDuplicate: {
    ru: 'оставлены строки только первого источника. {detail}',
    ky: 'биринчи булактын саптары гана калды. {detail}',
    en: 'only the first source’s rows are kept. {detail}',
  },
  expectYesNo: { ru: '«Да» или «Нет»', ky: '«Ооба» же «Жок»', en: '"Yes" or "No"' },
} as const;
