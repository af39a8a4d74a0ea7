import { foldDiacritics } from '../utils/fold.ts';
// Files the user downloads: made in the browser from a Blob, so nothing leaves the device.

/** Saves a text as a file the user downloads (a Blob URL: nothing leaves the device). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name part from a copy name: ASCII, hyphens. */
export function slug(text: string): string {
  const ascii = foldDiacritics(text);
  return (
    ascii
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'kopia'
  );
}
