// UI strings of the practice quizzes and the final assessment, in parts: each
// island imports only the parts it shows (the whole dictionary would add ~11 KB
// gzip to a quiz page). Merged into the one Polish dictionary as `quizPl`.

/** Question views and answer feedback: both quiz islands. */
export const questionPl = {
  'quiz.question': 'Pytanie {n} z {total}',
  'quiz.correct': 'Dobrze!',
  'quiz.incorrect': 'Jeszcze nie.',
  'quiz.noAnswer': 'Brak odpowiedzi.',
  'quiz.explanation': 'Wyjaśnienie',
  'quiz.readLesson': 'Przeczytaj w lekcji: {lesson}',
  'quiz.readSection': 'Przeczytaj w lekcji: {lesson}, część „{section}”',
  'quiz.true': 'Prawda',
  'quiz.false': 'Fałsz',
  'quiz.moveUp': 'Przesuń w górę: {item}',
  'quiz.moveDown': 'Przesuń w dół: {item}',
  'quiz.moved': '„{item}” jest teraz na pozycji {position} z {total}.',
  'quiz.orderHint': 'Ustaw elementy we właściwej kolejności przyciskami „w górę” i „w dół”.',
  'quiz.orderUntouched': 'Kolejność nie została zmieniona.',
  'quiz.mark.rightOrder': 'Poprawna kolejność',
  'quiz.matchPlaceholder': 'Wybierz…',
  'quiz.shortLabel': 'Twoja odpowiedź',
  'quiz.yourAnswer': 'Twoja odpowiedź',
  'quiz.mark.chosenRight': 'Twoja odpowiedź: poprawna',
  'quiz.mark.chosenWrong': 'Twoja odpowiedź: błędna',
  'quiz.mark.missed': 'Poprawna odpowiedź',
  'quiz.mark.placeRight': 'Na właściwym miejscu',
  'quiz.mark.placeWrong': 'Nie tutaj; właściwe miejsce: {position}',
  'quiz.mark.matchRight': 'Dobrze dopasowane',
  'quiz.mark.matchWrong': 'Źle dopasowane; pasuje: {right}',
  'quiz.mark.accepted': 'Poprawna odpowiedź: {answer}',
} as const;

/** The practice quiz island. */
export const practicePl = {
  'quiz.check': 'Sprawdź odpowiedź',
  'quiz.retry': 'Spróbuj jeszcze raz',
  'quiz.summary': 'Poprawne odpowiedzi: {correct} z {total}.',
  'quiz.allDone': 'Wszystkie pytania sprawdzone. Wynik: {percent}%.',
  'quiz.unanswered': 'Najpierw udziel odpowiedzi.',
  'quiz.summaryTitle': 'Podsumowanie',
  'quiz.summaryScore': 'Poprawne odpowiedzi: {correct} z {total}.',
  'quiz.allRight':
    'Wszystkie odpowiedzi są poprawne. Możesz przejść do kolejnego efektu uczenia się albo do testu końcowego.',
  'quiz.revisitTitle': 'Do powtórki',
  'quiz.revisitIntro': 'Te fragmenty lekcji wyjaśniają to, w czym odpowiedź była błędna:',
  'quiz.revisitQuestions.one': 'pytanie {numbers}',
  'quiz.revisitQuestions.other': 'pytania {numbers}',
} as const;

/** The final assessment island. */
export const assessmentPl = {
  'assessment.startTitle': 'Twoje podejście',
  'assessment.startFresh':
    'Każde podejście losuje nowy zestaw pytań. Odpowiedzi zapisują się na bieżąco: możesz przerwać i wrócić później.',
  'assessment.startResume': 'Masz rozpoczęte podejście: odpowiedzi {answered} z {total}. Pytania zostają te same.',
  'assessment.startDone': 'Test wysłany. Najlepszy wynik: {percent}% (wymagane: {mastery}%).',
  'assessment.passedShort': 'Zaliczone.',
  'assessment.failedShort': 'Niezaliczone.',
  'assessment.start': 'Rozpocznij test',
  'assessment.resume': 'Wróć do testu',
  'assessment.showResult': 'Pokaż wynik i odpowiedzi',
  'assessment.questionsTitle': 'Pytania',
  'assessment.attemptsLeft': 'Pozostałe próby: {left}.',
  'assessment.unlimited': 'Liczba prób jest nieograniczona; liczy się najlepszy wynik.',
  'assessment.submit': 'Wyślij odpowiedzi',
  'assessment.confirmMissing': 'Nie odpowiedziano na {count} (nr {numbers}). Wysłać test mimo to?',
  'assessment.missingHint': 'Uzupełnij odpowiedzi albo naciśnij „Wyślij odpowiedzi” jeszcze raz.',
  'assessment.resultTitle': 'Twój wynik',
  'assessment.score': 'Wynik: {percent}% (wymagane: {mastery}%).',
  'assessment.passed': 'Zaliczone. Gratulacje!',
  'assessment.failed': 'Tym razem nie udało się zaliczyć. Przejrzyj wyjaśnienia i spróbuj ponownie.',
  'assessment.best': 'Najlepszy wynik: {percent}%.',
  'assessment.byOutcome': 'Wynik według efektów uczenia się',
  'assessment.outcome': 'Efekt uczenia się',
  'assessment.outcomeScore': 'Wynik',
  'assessment.outcomeRow': '{correct} z {total} ({percent}%)',
  'assessment.review': 'Przegląd odpowiedzi',
  'assessment.again': 'Rozwiąż test ponownie',
  'assessment.noAttempts': 'Wykorzystano wszystkie próby.',
  'assessment.questions.one': '{n} pytanie',
  'assessment.questions.few': '{n} pytania',
  'assessment.questions.many': '{n} pytań',
  'assessment.questions.other': '{n} pytania',
} as const;

/** Strings the quiz pages render at build time (no island needs them). */
export const quizPagesPl = {
  'quiz.practiceKicker': 'Sprawdź się',
  'quiz.practiceIntro':
    'Odpowiedz na pytania i sprawdzaj każdą odpowiedź. Możesz próbować dowolnie wiele razy; zapisujemy Twoje odpowiedzi.',
  'quiz.practiceLinks': 'Sprawdź się',
  'assessment.title': 'Test końcowy',
  'assessment.intro':
    'Test sprawdza wszystkie efekty uczenia się modułu: {count}, po {perOutcome} z każdego efektu, w losowej kolejności. Wynik zobaczysz po wysłaniu odpowiedzi. Aby zaliczyć, potrzebujesz co najmniej {mastery}%.',
} as const;

/** Every quiz string, for the one Polish dictionary. */
export const quizPl = { ...questionPl, ...practicePl, ...assessmentPl, ...quizPagesPl };
