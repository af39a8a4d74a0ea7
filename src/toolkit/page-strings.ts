import { fill } from '../i18n/fill.ts';
import { toolkitPagesPl } from '../i18n/pl/toolkit-pages.ts';

/** The toolkit pages' strings (server-rendered parts and the index page's small script). */
export const tp = (key: keyof typeof toolkitPagesPl, values?: Record<string, string | number>) =>
  fill(toolkitPagesPl[key], values);
