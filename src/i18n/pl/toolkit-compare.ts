/** UI strings of the toolkit's questionnaire comparison (loaded with it); keys start with `toolkit.compare`. */
export const toolkitComparePl = {
  'toolkit.compareTitle': 'Porównanie z kwestionariuszem początkowym',
  'toolkit.compareIntro': 'Wybierz kwestionariusz początkowy tej samej osoby: odpowiedzi pokażą się obok siebie.',
  'toolkit.compareWith': 'Kwestionariusz początkowy',
  'toolkit.compareNone': 'W tej przeglądarce nie ma jeszcze kwestionariusza początkowego.',
  'toolkit.compareQuestion': 'Pytanie',
  'toolkit.compareBefore': 'Na początku',
  'toolkit.compareAfter': 'Na końcu',
  'toolkit.compareChanged': 'zmiana',
  'toolkit.compareSame': 'bez zmian',
  'toolkit.compareArea': 'Obszar',
  'toolkit.compareChange': 'Zmiana',
  'toolkit.compareMissing': '—',
} as const;
