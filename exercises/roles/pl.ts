/** UI strings of the "roles" exercise; keys start with `roles.`. Merged into the one Polish dictionary. */
export const rolesPl = {
  'roles.role.kierownik': 'Kierownik',
  'roles.role.mentor': 'Mentor',
  'roles.role.podopieczny': 'Podopieczny',
  'roles.roleLower.kierownik': 'kierownik',
  'roles.roleLower.mentor': 'mentor',
  'roles.roleLower.podopieczny': 'podopieczny',
  'roles.roleShort.kierownik': 'K',
  'roles.roleShort.mentor': 'M',
  'roles.roleShort.podopieczny': 'P',
  'roles.and': ' i ',
  'roles.statementsTitle': 'Stwierdzenia',
  'roles.binsTitle': 'Role',
  'roles.binsHint': 'Przeciągnij stwierdzenie na pole roli albo między polami.',
  'roles.binEmpty': 'Jeszcze nic tu nie ma.',
  'roles.binCount': '({count})',
  'roles.statement': 'Stwierdzenie',
  'roles.dropHere': 'Upuść tutaj',
  'roles.progress': 'Przydzielone: {placed} z {total}.',
  'roles.check': 'Sprawdź',
  'roles.restart': 'Zacznij od nowa',
  'roles.retry': 'Spróbuj jeszcze raz',
  'roles.retryHint': 'Zaczynając od nowa, wyczyścisz swoje wybory, a stwierdzenia pojawią się w nowej kolejności.',
  'roles.unplaced':
    'Nieprzydzielone stwierdzenia: {count}. Każde pasuje do co najmniej jednej roli, więc przydziel je, zanim sprawdzisz.',
  'roles.resultTitle': 'Twój wynik',
  'roles.score': 'Dokładnie dobrze przydzielone: {score} z {max}.',
  'roles.scoreHint':
    'Stwierdzenie liczy się jako dobre, gdy zaznaczysz wszystkie właściwe role i żadnej innej. Przy każdym stwierdzeniu znajdziesz wyjaśnienie i odnośnik do lekcji.',
  'roles.allRight': 'Brawo, wszystkie stwierdzenia przydzielone dobrze!',
  'roles.correct': 'Dobrze.',
  'roles.incorrect': 'Jeszcze nie.',
  'roles.yourChoice': 'Twój wybór: {roles}.',
  'roles.answer': 'Właściwe role: {roles}.',
  'roles.readLesson': 'Przeczytaj w lekcji: {lesson}',
  'roles.added': 'Stwierdzenie {n}: dodano rolę {role}.',
  'roles.removed': 'Stwierdzenie {n}: usunięto rolę {role}.',
  'roles.moved': 'Stwierdzenie {n}: przeniesiono z roli {from} do roli {to}.',
  'roles.restarted': 'Zaczynasz od nowa. Stwierdzenia są w nowej kolejności.',
} as const;

/** Printed and page-only strings (worksheet, key, the page's introduction): rendered at build time, never in a browser bundle. */
export const rolesPaperPl = {
  'roles.intro':
    'Kto wybiera podopiecznych, kto wypełnia dziennik, a kto prosi o kwestionariusz? Przy każdym stwierdzeniu zaznacz, czyje to zadanie: kierownika, mentora czy podopiecznego. Niektóre zadania należą do kilku osób naraz – wtedy zaznacz wszystkie właściwe role.',
  'roles.howTo':
    'Naciśnij przyciski ról pod stwierdzeniem (myszą, palcem albo z klawiatury: Tab, potem Spacja lub Enter). Możesz też przeciągnąć stwierdzenie na pole roli. Twoje wybory zapisują się na bieżąco.',
  'roles.sheet.title': 'Kto za co odpowiada? Karta pracy',
  'roles.sheet.instructions':
    'Przy każdym stwierdzeniu postaw znak ✓ w kolumnie roli, do której należy to zadanie. Niektóre zadania należą do kilku ról – wtedy zaznacz wszystkie właściwe kolumny.',
  'roles.sheet.who': 'Imię lub nazwa zespołu:',
  'roles.sheet.number': 'Nr',
  'roles.sheet.statement': 'Stwierdzenie',
  'roles.sheet.notes': 'Stwierdzenia, o które chcemy zapytać:',
  'roles.key.title': 'Kto za co odpowiada? Klucz odpowiedzi',
  'roles.key.intro':
    'Stwierdzenie jest przydzielone dobrze, gdy zaznaczono wszystkie właściwe role i żadnej innej. Numeracja jest taka sama jak na karcie pracy i w trybie trenera.',
  'roles.key.reason': 'Uzasadnienie',
  'roles.key.yes': 'tak',
} as const;

/** Trainer-mode strings: loaded by the trainer islands only. */
export const rolesTrainerPl = {
  'roles.trainer.statementsTitle': 'Stwierdzenia',
  'roles.trainer.answer': 'Odpowiedź: {roles}.',
  'roles.trainer.verdict.right': 'zgodnie z kluczem',
  'roles.trainer.verdict.wrong': 'inaczej niż klucz',
  'roles.trainer.verdict.none': 'brak wyboru',
  'roles.trainer.scoreTitle': 'Wyniki zespołów',
  'roles.trainer.scoreHint': 'Liczą się odsłonięte odpowiedzi.',
  'roles.trainer.score': '{right} z {of}',
  'roles.key.lesson': 'Lekcja: {lesson}',
} as const;
