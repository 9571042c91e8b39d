import { ru } from 'date-fns/locale/ru';
import { monthName } from '../../../src/core/i18n/months';

// The bundle carries its own Russian month names; date-fns's locale is the reference they follow.
test.each(Array.from({ length: 12 }, (_, month) => month))(
  'Russian month %i matches date-fns',
  (month) => {
    const m = month as Parameters<typeof ru.localize.month>[0];
    expect(monthName(month, 'ru')).toBe(
      ru.localize.month(m, { width: 'wide', context: 'standalone' }),
    );
    expect(monthName(month, 'ru', 'genitive')).toBe(
      ru.localize.month(m, { width: 'wide', context: 'formatting' }),
    );
  },
);
