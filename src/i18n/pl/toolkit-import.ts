/** UI strings of the toolkit's import (loaded when a file is chosen); keys start with `toolkit.`. */
export const toolkitImportPl = {
  'toolkit.imported': 'Zaimportowano kopie: {count}.',
  'toolkit.importedNothing': 'Plik nie zawiera nic nowego: te kopie już tu są.',
  'toolkit.importSuffix': '(z importu)',
  'toolkit.migrated': 'Plik pochodził ze starszej wersji kursu (wersja {version}) i został przeniesiony do obecnej.',
  'toolkit.error.notJson': 'Nie zaimportowano niczego: to nie jest plik JSON.',
  'toolkit.error.notToolkit': 'Nie zaimportowano niczego: to nie jest plik eksportu z narzędzi tego kursu.',
  'toolkit.error.newer':
    'Nie zaimportowano niczego: plik pochodzi z nowszej wersji kursu (format w wersji {version}, ta strona zna wersje do {current}). Otwórz go w nowszej wersji kursu.',
  'toolkit.error.unknownVersion': 'Nie zaimportowano niczego: nieznana wersja pliku.',
  'toolkit.error.unknownTemplate':
    'Nie zaimportowano niczego: plik zawiera szablon „{template}”, którego ten kurs nie ma.',
  'toolkit.error.invalid': 'Nie zaimportowano niczego: plik jest uszkodzony w miejscu {at}.',
  'toolkit.error.tooLarge': 'Nie zaimportowano niczego: plik jest za duży.',
} as const;
