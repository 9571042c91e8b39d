import type { Option } from './api';

/** Each language named in itself, as a coordinator looks for it (no imports: the sidebar bundles it). */
export const LANGUAGE_OPTIONS: readonly Option[] = [
  { value: 'ru', label: 'Русский' },
  { value: 'ky', label: 'Кыргызча' },
  { value: 'en', label: 'English' },
];
