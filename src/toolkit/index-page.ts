// The toolkit index's two device-wide actions: export every copy of every template to one file, and delete
// everything the toolkit keeps on this device (after a confirmation; the course's progress stays).
import { writeToolkitFile } from './file-format.ts';
import { browserStorage, clearToolkit, loadCopies } from './storage.ts';
import { tk } from './strings.ts';
import { tp } from './page-strings.ts';
import { download } from './download.ts';

export function startToolkitIndex(doc: Document): void {
  const ids = JSON.parse(doc.getElementById('toolkit-data')?.dataset['templates'] ?? '[]') as string[];
  const status = doc.getElementById('toolkit-status');
  doc.getElementById('export-everything')?.addEventListener('click', () => {
    const storage = browserStorage();
    const all = Object.fromEntries(
      ids.map((id) => [id, loadCopies(storage, id).copies] as const).filter(([, copies]) => copies.length > 0),
    );
    download('narzedzia-wszystko.json', writeToolkitFile(all, new Date().toISOString()), 'application/json');
  });
  doc.getElementById('delete-everything')?.addEventListener('click', () => {
    if (!window.confirm(tp('toolkit.deleteAllConfirm'))) return;
    const result = clearToolkit(browserStorage());
    if (status) status.textContent = result === 'ok' ? tp('toolkit.deletedAll') : tk('toolkit.status.unavailable');
  });
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-needs-js]')) button.hidden = false;
}
