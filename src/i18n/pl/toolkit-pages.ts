/** UI strings of the toolkit's pages (server-rendered, and the index page's script); keys start with `toolkit.` or `guide.`. */
export const toolkitPagesPl = {
  'toolkit.title': 'Narzędzia',
  'toolkit.kicker': 'Narzędzia',
  'toolkit.intro':
    'Dziewięć szablonów z modułu jako narzędzia do prawdziwego programu mentoringu: wypełniasz je w przeglądarce, trzymasz kilka nazwanych kopii, przenosisz je plikiem na inne urządzenie i drukujesz – puste do pracy na papierze albo wypełnione.',
  'toolkit.templatesTitle': 'Szablony',
  'toolkit.moreTitle': 'Dla kierownika i trenera',
  'toolkit.helper': 'Dobór par i grup w twoim programie',
  'toolkit.helperSummary':
    'Dokładny przydział mentorów dla prawdziwej grupy: import z pliku CSV, wagi kryteriów, warunki konieczne, przypięte i wykluczone pary.',
  'toolkit.consent': 'Zgoda na przetwarzanie danych (do druku)',
  'toolkit.consentSummary': 'Krótki tekst zgody podopiecznego na przetwarzanie jego danych w programie.',
  'toolkit.lessonLink': 'Więcej w lekcji: {lesson}',
  'toolkit.who': 'Kto wypełnia',
  'toolkit.when': 'Kiedy',
  'toolkit.privacyTitle': 'Dane osobowe i ta przeglądarka',
  'toolkit.privacyDevice':
    'Wszystko, co tu wpiszesz, zostaje tylko w tej przeglądarce na tym urządzeniu: nic nie jest nigdzie wysyłane ani zapisywane na platformie e-learningowej. Aby przenieść dane na inne urządzenie, wyeksportuj je do pliku i zaimportuj tam.',
  'toolkit.privacyConsent':
    'Zanim wpiszesz dane podopiecznego, poproś go o pisemną zgodę (RODO). Przechowuj tylko to, czego potrzebujesz, i usuń dane po zakończeniu programu.',
  'toolkit.deleteAll': 'Usuń wszystkie moje dane z tego urządzenia',
  'toolkit.deleteAllConfirm':
    'Usunąć z tej przeglądarki wszystkie kopie wszystkich szablonów i dane doboru par? Postęp w kursie zostanie. Tego nie da się cofnąć: jeśli chcesz je zachować, najpierw wyeksportuj je do pliku.',
  'toolkit.deletedAll': 'Usunięto wszystkie dane narzędzi z tej przeglądarki.',
  'toolkit.exportEverything': 'Eksportuj wszystko do pliku (JSON)',
  'guide.goals': 'Cele',
  'guide.minutes': '{minutes} min',
  'guide.lessons': 'Lekcje',
  'guide.exercises': 'Ćwiczenia',
  'guide.templates': 'Szablony',
  'guide.notes': 'Wskazówki',
} as const;
