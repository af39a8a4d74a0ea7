/** UI strings of the reflection prompts and the learner's journal; keys start with `journal.`. */
export const journalPl = {
  'journal.reflectionTitle': 'Zatrzymaj się',
  'journal.reflectionHint': 'Pisz swoimi słowami, o swojej pracy. Odpowiedź zapisuje się sama, gdy piszesz.',
  'journal.reflectionLink': 'Mój dziennik uczenia się',
  'journal.saved': 'Zapisano w dzienniku.',
  'journal.title': 'Mój dziennik uczenia się',
  'journal.intro':
    'Tu zbierają się Twoje odpowiedzi na pytania „Zatrzymaj się” ze wszystkich lekcji. To Twój osobisty zapis tego, co z kursu przenosisz do własnej pracy z młodzieżą. Odpowiedzi nie są oceniane.',
  'journal.storage':
    'Odpowiedzi zapisują się razem z postępem w kursie (w tej przeglądarce albo na platformie e-learningowej) i nie trafiają nigdzie indziej. Żeby mieć je na pewno, pobierz dziennik jako plik albo wydrukuj go.',
  'journal.answered': 'Odpowiedziano na {answered} z {total}.',
  'journal.questionForms.one': 'pytania',
  'journal.questionForms.few': 'pytań',
  'journal.questionForms.many': 'pytań',
  'journal.questionForms.other': 'pytania',
  'journal.print': 'Drukuj dziennik',
  'journal.download': 'Pobierz jako plik (Markdown)',
  'journal.lesson': 'Lekcja {n}. {title}',
  'journal.prompt': 'Zatrzymaj się {n}',
  'journal.noAnswer': 'Jeszcze bez odpowiedzi.',
  'journal.answerInLesson': 'Odpowiedz w lekcji',
  'journal.editInLesson': 'Zmień w lekcji',
  'journal.noScript': 'Twoje odpowiedzi pokażą się tutaj, gdy przeglądarka uruchomi skrypty strony.',
  'journal.fileName': 'dziennik-uczenia-sie.md',
  'journal.exported': 'Pobrano: {date}',
} as const;
