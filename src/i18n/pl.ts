import {
  agreementPl,
  codeOfEthicsPaperPl,
  codeOfEthicsPl,
  codeOfEthicsTrainerPl,
} from '../../exercises/code-of-ethics/pl.ts';
import { journalPl } from './pl/journal.ts';
import { learnerPl } from './pl/learner.ts';
import { matchingPaperPl, matchingPl, matchingTrainerPl } from '../../exercises/matching/pl.ts';
import { paperPl } from './pl/paper.ts';
import { quizPl } from './pl/quiz.ts';
import { rolesPaperPl, rolesPl, rolesTrainerPl } from '../../exercises/roles/pl.ts';
import { sharedPl } from './pl/shared.ts';
import { trainerPl } from './pl/trainer.ts';
import { toolkitPl } from './pl/toolkit.ts';
import { toolkitPagesPl } from './pl/toolkit-pages.ts';
import { toolkitComparePl } from './pl/toolkit-compare.ts';
import { toolkitConsentPl } from './pl/toolkit-consent.ts';
import { toolkitImportPl } from './pl/toolkit-import.ts';
import { toolkitMatchingPl } from './pl/toolkit-matching.ts';

/** Every string a learner or trainer sees, in Polish. Keys are stable; add a language by adding a file with the same keys. */
export const pl = {
  ...rolesPl,
  ...rolesPaperPl,
  ...rolesTrainerPl,
  ...sharedPl,
  ...matchingPl,
  ...matchingPaperPl,
  ...matchingTrainerPl,
  ...codeOfEthicsPl,
  ...agreementPl,
  ...codeOfEthicsPaperPl,
  ...codeOfEthicsTrainerPl,
  ...journalPl,
  ...quizPl,
  ...learnerPl,
  ...toolkitPl,
  ...toolkitPagesPl,
  ...toolkitConsentPl,
  ...toolkitImportPl,
  ...toolkitComparePl,
  ...toolkitMatchingPl,
  ...trainerPl,
  ...paperPl,
  'site.skipToContent': 'Przejdź do treści',
  'site.home': 'Strona główna',
  'site.lessons': 'Lekcje',
  'site.glossary': 'Słowniczek',
  'site.search': 'Szukaj',
  'site.sources': 'Źródła i dalsza lektura',
  'site.accessibility': 'Deklaracja dostępności',
  'site.mainNav': 'Nawigacja główna',
  'site.footerNav': 'Informacje o kursie',
  'site.moduleLabel': 'Kurs dla osób pracujących z młodzieżą',
  'home.outcomesTitle': 'Czego się nauczysz',
  'home.outcomesIntro': 'Po ukończeniu modułu osoba pracująca z młodzieżą:',
  'home.contentsTitle': 'Spis lekcji',
  'home.start': 'Zacznij od pierwszej lekcji',
  'home.resume': 'Wróć do miejsca, w którym skończyłeś(-aś):',
  'home.howTitle': 'Jak działa kurs',
  'home.progress': 'Twój postęp w module: {percent}% (lekcje i ćwiczenia).',
  'home.howLessons': 'Lekcje możesz czytać po kolei albo w dowolnej kolejności; spis lekcji jest zawsze pod ręką.',
  'home.howGlossary':
    'Pojęcia oznaczone kropkowanym podkreśleniem mają definicję: wystarczy najechać na nie albo przejść do nich klawiszem Tab. Wszystkie znajdziesz w {link}.',
  'home.howGlossaryLink': 'słowniczku',
  'home.howSearch': '{link} przeszukuje lekcje i słowniczek, także gdy piszesz bez polskich znaków.',
  'home.howSearchLink': 'Wyszukiwarka',
  'home.howProgress':
    'Kurs zapamiętuje odwiedzone lekcje, odpowiedzi i szkice: w przeglądarce albo na platformie e-learningowej, jeśli przez nią uczysz się.',
  'home.howExercises': 'Ćwiczenia sprawdzają Twoje decyzje i wyjaśniają, co i dlaczego warto zrobić inaczej.',
  'home.totalTime': 'Łączny czas nauki: około {minutes} minut.',
  'lesson.contents': 'Spis lekcji',
  'lesson.youAreHere': '(jesteś tutaj)',
  'lesson.visited': 'odwiedzona',
  'lesson.minutes': '{minutes} min nauki',
  'lesson.number': 'Lekcja {n} z {total}',
  'lesson.outcomes': 'Efekty uczenia się, którym służy ta lekcja',
  'lesson.previous': 'Poprzednia lekcja',
  'lesson.next': 'Następna lekcja',
  'lesson.pager': 'Nawigacja między lekcjami',
  'lesson.print': 'Drukuj lekcję',
  'mdx.example': 'Przykład',
  'mdx.practice': 'W praktyce',
  'mdx.takeaways': 'Najważniejsze',
  'term.openGlossary': 'Zobacz w słowniczku',
  'term.definitionOf': 'Definicja: {term}',
  'glossary.title': 'Słowniczek pojęć',
  'glossary.intro':
    'Pojęcia, które spotkasz w lekcjach, ułożone alfabetycznie. Każde ma krótką definicję i odnośniki do lekcji, w których się pojawia.',
  'glossary.letters': 'Litery alfabetu',
  'glossary.forms': 'Inne formy i synonimy',
  'glossary.usedIn': 'Pojawia się w lekcjach',
  'glossary.seeAlso': 'Zobacz też',
  'glossary.backToList': 'Wszystkie pojęcia',
  'glossary.termPage': 'Pojęcie ze słowniczka',
  'search.title': 'Szukaj w kursie',
  'search.label': 'Czego szukasz?',
  'search.hint': 'Możesz pisać bez polskich znaków, np. „wspolpraca” albo „zrodlo”.',
  'search.submit': 'Szukaj',
  'search.filter': 'Pokaż wyniki z',
  'search.filterAll': 'wszystkiego',
  'search.filterLessons': 'lekcji',
  'search.filterGlossary': 'słowniczka',
  'search.typeLesson': 'Lekcja',
  'search.typeGlossary': 'Słowniczek',
  'search.loading': 'Wczytywanie wyszukiwarki…',
  'search.results': 'Wyniki wyszukiwania',
  'search.count': 'Znaleziono wyników: {count}.',
  'search.none': 'Nic nie znaleziono dla „{query}”. Spróbuj innego słowa albo krótszej formy.',
  'search.error': 'Wyszukiwarka nie działa w tej chwili. Spróbuj odświeżyć stronę.',
  'search.noScript':
    'Wyszukiwarka wymaga włączonej obsługi JavaScriptu. Możesz też przeglądać słowniczek i spis lekcji.',
  'progress.forget': 'Zapomnij mój postęp',
  'progress.forgetConfirm':
    'Usunąć z tej przeglądarki cały zapisany postęp: odwiedzone lekcje, odpowiedzi i szkice? Tego nie da się cofnąć.',
  'progress.forgotten': 'Postęp został usunięty z tej przeglądarki.',
  'progress.privacy':
    'Twój postęp jest zapisywany tylko w tej przeglądarce (albo w Twojej platformie e-learningowej) i nigdzie nie jest wysyłany.',
  'notice.storage-unavailable':
    'Przeglądarka nie pozwala zapisać postępu (pamięć jest wyłączona albo pełna). Możesz się uczyć dalej, ale po zamknięciu karty postęp nie zostanie zachowany.',
  'notice.progress-reset':
    'Nie udało się odczytać zapisanego postępu, więc zaczynasz od nowa. Wynik zapisany na platformie pozostał bez zmian.',
  'notice.save-failing':
    'Platforma e-learningowa chwilowo nie przyjmuje zapisu. Kopia Twojego postępu jest na tym urządzeniu, a kurs ponawia zapis co kilka sekund. Jeśli ten komunikat nie znika, nie zamykaj kursu i daj znać prowadzącemu lub administratorowi platformy.',
  'notice.save-failing-unkept':
    'Platforma e-learningowa chwilowo nie przyjmuje zapisu, a ta przeglądarka nie pozwala zachować kopii na urządzeniu. Nie zamykaj kursu: zapis jest ponawiany co kilka sekund. Jeśli komunikat nie znika, pobierz swoje notatki ze strony „Mój dziennik uczenia się” i daj znać prowadzącemu.',
  'notice.texts-on-device':
    'Twoje dłuższe notatki nie mieszczą się w pamięci platformy, więc część z nich jest zapisana tylko na tym urządzeniu. Zanim przejdziesz na inny komputer, pobierz je ze strony „Mój dziennik uczenia się” albo wydrukuj.',
  'notice.session-ended-unsaved':
    'Sesja zakończona, ale platforma nie potwierdziła ostatniego zapisu. Kopia jest na tym urządzeniu: uruchom kurs ponownie na tym komputerze, a wrócisz do miejsca, w którym skończyłeś(-aś).',
  'notice.review-mode': 'Tryb przeglądania: możesz czytać i ćwiczyć, ale wyniki nie są zapisywane.',
  'notice.session-ended': 'Sesja zakończona, postęp zapisany. Możesz zamknąć to okno.',
  'shell.title': 'Kurs',
  'shell.progress': 'Postęp w kursie',
  'shell.exit': 'Zakończ',
  'shell.exitConfirm': 'Zakończyć sesję? Postęp zostanie zapisany, a kurs będzie można wznowić w tym samym miejscu.',
  'shell.frameTitle': 'Treść kursu',
  'shell.progressText': '{percent}% (lekcje: {lessons} z {total})',
  'exercise.kicker': 'Ćwiczenie',
  'exercise.listTitle': 'Ćwiczenia',
  'exercise.related': 'Ćwiczenie do tej lekcji',
  'exercise.materials': 'Materiały do zajęć',
  'print.print': 'Drukuj',
  'notFound.title': 'Nie ma takiej strony',
  'notFound.body':
    'Ta strona nie istnieje albo została przeniesiona. Wróć do spisu lekcji albo skorzystaj z wyszukiwarki.',
} as const;

export type UiKey = keyof typeof pl;
