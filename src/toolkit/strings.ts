import { fill } from '../i18n/fill.ts';
import { toolkitPl } from '../i18n/pl/toolkit.ts';

/** The toolkit's UI strings only (the islands stay light: the whole dictionary is not loaded). */
export const tk = (key: keyof typeof toolkitPl, values?: Record<string, string | number>) =>
  fill(toolkitPl[key], values);
