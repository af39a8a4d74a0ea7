/** Paper tests of the trainer section: practice quizzes printed with boxes and lines, and their keys. */
export const paperPl = {
  'paper.testTitle': '{title}: test na papierze',
  'paper.keyTitle': '{title}: klucz odpowiedzi do testu na papierze',
  'paper.name': 'Imię i nazwisko:',
  'paper.date': 'Data:',
  'paper.intro':
    'Przeczytaj uważnie każde pytanie. Zaznaczaj odpowiedzi znakiem ✓ albo ✗ w kratce, a tam, gdzie trzeba, wpisz literę, numer lub krótką odpowiedź.',
  'paper.howSingle': 'Zaznacz jedną odpowiedź.',
  'paper.howMultiple': 'Zaznacz wszystkie poprawne odpowiedzi.',
  'paper.howTrueFalse': 'Zaznacz, czy zdanie jest prawdziwe, czy fałszywe.',
  'paper.howOrdering': 'Wpisz w kratki numery od 1 do {count}, w kolejności od pierwszego do ostatniego.',
  'paper.howMatching': 'Przy każdym numerze wpisz literę pasującego opisu.',
  'paper.howShort': 'Napisz krótką odpowiedź.',
  'paper.position': 'miejsce',
  'paper.letter': 'litera',
  'paper.answerLine': 'Odpowiedź',
  'paper.keyIntro':
    'Numeracja pytań, liter i kratek jest taka sama jak w teście na papierze. W pytaniach z krótką odpowiedzią uznaj każde z podanych sformułowań, także bez polskich znaków.',
  'paper.keyAnswer': 'Odpowiedź: {answer}',
  'paper.keyOrder': 'Kolejność: {answer}',
  'paper.keyShort': 'Uznaj: {answer}',
  'paper.keyLesson': 'Lekcja: {lesson}',
  'paper.count': 'Pytań: {count}.',
} as const;
