/** The printable consent text of the toolkit (RODO); keys start with `toolkit.consent.`. */
export const toolkitConsentPl = {
  'toolkit.consent.title': 'Zgoda na przetwarzanie danych osobowych w programie mentoringu',
  'toolkit.consent.back': 'Wróć do narzędzi',
  'toolkit.consent.note':
    'Wzór do dostosowania: uzupełnij nazwę organizacji i dane kontaktowe. Zgodę podopiecznego przechowuj razem z innymi dokumentami programu.',
  'toolkit.consent.body1':
    'Wyrażam zgodę na przetwarzanie moich danych osobowych przez organizację prowadzącą program mentoringu w zakresie potrzebnym do udziału w programie: profil, umowa mentorska, cele, plan sesji, dziennik mentoringu, kwestionariusz początkowy i końcowy.',
  'toolkit.consent.body2':
    'Moje dane będą wykorzystywane tylko do doboru mentora, prowadzenia i oceny programu. Nie będą przekazywane osobom spoza programu. Wnioski z programu będą przedstawiane tylko zbiorczo, bez danych pozwalających mnie rozpoznać.',
  'toolkit.consent.body3':
    'Wiem, że mogę w każdej chwili wycofać zgodę, zażądać wglądu w swoje dane, ich poprawienia lub usunięcia. Dane zostaną usunięte po zakończeniu programu i jego rozliczeniu.',
  'toolkit.consent.organisation': 'Organizacja prowadząca program i kontakt',
  'toolkit.consent.name': 'Imię i nazwisko uczestnika',
  'toolkit.consent.guardian': 'Podpis opiekuna prawnego (jeśli uczestnik ma mniej niż 16 lat)',
  'toolkit.consent.placeDate': 'Miejscowość i data',
  'toolkit.consent.signature': 'Podpis uczestnika',
} as const;
