/** UI strings of the "code-of-ethics" exercise; keys start with `code-of-ethics.`. Merged into the one Polish dictionary. */
export const codeOfEthicsPl = {
  'code-of-ethics.saved': 'Wszystko, co wpiszesz, zapisuje się na bieżąco w tej przeglądarce.',
  'code-of-ethics.suggestionsTitle': 'Propozycje zasad',
  'code-of-ethics.suggestionsHint':
    'To zasady, które warto omówić z grupą. Dodaj do kodeksu te, które pasują; w kodeksie możesz zmienić ich brzmienie.',
  'code-of-ethics.add': 'Dodaj',
  'code-of-ethics.inCode': 'w kodeksie',
  'code-of-ethics.codeTitle': 'Wasz kodeks',
  'code-of-ethics.codeHint':
    'Zmień brzmienie zasad tak, jak powiedzieliby to Twoi podopieczni. Kolejność ustawisz przyciskami „W górę” i „W dół”.',
  'code-of-ethics.empty': 'Kodeks jest jeszcze pusty. Dodaj zasady z propozycji albo wpisz własne.',
  'code-of-ethics.principle': 'Zasada {n}',
  'code-of-ethics.moveUp': 'W górę',
  'code-of-ethics.moveDown': 'W dół',
  'code-of-ethics.remove': 'Usuń',
  'code-of-ethics.ofPrinciple': ', zasada {n}',
  'code-of-ethics.ownLabel': 'Własna zasada',
  'code-of-ethics.ownHint': 'Na przykład: „Na spotkaniach online mamy włączone kamery”.',
  'code-of-ethics.ownAdd': 'Dodaj własną zasadę',
  'code-of-ethics.ownEmpty': 'Najpierw wpisz treść zasady.',
  'code-of-ethics.full': 'Kodeks ma już {max} zasad. Usuń którąś, zanim dodasz nową.',
  'code-of-ethics.added': 'Dodano jako zasadę {n}: „{text}”.',
  'code-of-ethics.moved': 'Zasada „{text}” jest teraz na pozycji {n} z {total}.',
  'code-of-ethics.removed': 'Usunięto zasadę „{text}”. W kodeksie jest zasad: {total}.',
  'code-of-ethics.cleared': 'Kodeks wyczyszczony.',
  'code-of-ethics.blankPrinciple': '(pusta zasada)',
  'code-of-ethics.checkTitle': 'Sprawdź kodeks',
  'code-of-ethics.checkHint':
    'Sprawdzenie pokaże, które z wymaganych tematów Twój kodeks już obejmuje i czego w nim brakuje. Liczy się sens zasady, nie dokładne słowa.',
  'code-of-ethics.check': 'Sprawdź kodeks',
  'code-of-ethics.checkEmpty': 'Dodaj do kodeksu co najmniej jedną zasadę, a potem go sprawdź.',
  'code-of-ethics.stale': 'Kodeks zmienił się od ostatniego sprawdzenia. Sprawdź go jeszcze raz.',
  // Coverage feedback
  'code-of-ethics.score': 'Kodeks obejmuje {covered} z {max} wymaganych tematów.',
  'code-of-ethics.complete':
    'Kodeks obejmuje wszystkie wymagane tematy. Możesz jeszcze dopisać zasady ważne dla Twojej grupy.',
  'code-of-ethics.missingTitle': 'Czego brakuje',
  'code-of-ethics.tipsTitle': 'Warto doprecyzować',
  'code-of-ethics.coveredTitle': 'Co już jest',
  'code-of-ethics.coveredBy': 'zasada {list}',
  'code-of-ethics.coveredByMany': 'zasady {list}',
  // Agreement form
  'code-of-ethics.agreementTitle': 'Umowa mentorska',
  'code-of-ethics.agreementHint':
    'Uzupełnij dane umowy. Pola, które zostawisz puste, wydrukują się jako linie do wpisania odręcznie.',
  // Agreement document (print view)
  'code-of-ethics.previewTitle': 'Umowa do druku',
  'code-of-ethics.previewHint':
    'Tak wygląda umowa złożona z Twojego kodeksu i danych. Wydrukuj ją albo zapisz jako PDF w oknie drukowania.',
  'code-of-ethics.print': 'Drukuj umowę',
} as const;

/** The mentoring agreement's strings (form and document): the exercise and the toolkit's agreement template load these alone. */
export const agreementPl = {
  'code-of-ethics.partiesLegend': 'Strony umowy',
  'code-of-ethics.field.group': 'Nazwa grupy (nieobowiązkowo)',
  'code-of-ethics.field.manager': 'Kierownik (imię i nazwisko)',
  'code-of-ethics.field.mentor': 'Mentor (imię i nazwisko)',
  'code-of-ethics.field.mentees': 'Podopieczni',
  'code-of-ethics.field.menteesHint': 'Jedno imię i nazwisko w wierszu.',
  'code-of-ethics.durationLegend': 'Czas trwania mentoringu',
  'code-of-ethics.field.start': 'Data rozpoczęcia',
  'code-of-ethics.field.end': 'Data zakończenia',
  'code-of-ethics.endBeforeStart': 'Data zakończenia jest wcześniejsza niż data rozpoczęcia.',
  'code-of-ethics.meetingsLegend': 'Spotkania i kontakt',
  'code-of-ethics.field.rhythm': 'Rytm spotkań',
  'code-of-ethics.field.rhythmHint': 'Na przykład: co dwa tygodnie, we wtorki o 17:00.',
  'code-of-ethics.field.channels': 'Kanały kontaktu',
  'code-of-ethics.field.channelsHint': 'Na przykład: spotkania w domu kultury i czat na platformie organizacji.',
  'code-of-ethics.doc.title': 'Umowa mentorska',
  'code-of-ethics.doc.subtitle': 'Mentoring społeczny w samozatrudnieniu opartym na stylu życia',
  'code-of-ethics.doc.group': 'Grupa „{name}”',
  'code-of-ethics.doc.parties': '1. Strony umowy',
  'code-of-ethics.doc.manager': 'Kierownik',
  'code-of-ethics.doc.mentor': 'Mentor',
  'code-of-ethics.doc.mentees': 'Podopieczni',
  'code-of-ethics.doc.mentee': 'Podopieczny',
  'code-of-ethics.doc.blank': 'do uzupełnienia',
  'code-of-ethics.doc.duration': '2. Czas trwania',
  'code-of-ethics.doc.from': 'Mentoring zaczyna się',
  'code-of-ethics.doc.to': 'i kończy się',
  'code-of-ethics.doc.meetings': '3. Spotkania i kontakt',
  'code-of-ethics.doc.rhythm': 'Spotykamy się',
  'code-of-ethics.doc.channels': 'Kontaktujemy się',
  'code-of-ethics.doc.terms': '4. Wspólne ustalenia',
  'code-of-ethics.doc.term1':
    'Każdy podopieczny sam wyznacza swoje cele i odpowiada za to, żeby je osiągnąć; mentor mu w tym pomaga.',
  'code-of-ethics.doc.term2': 'Podopieczni wspierają się nawzajem.',
  'code-of-ethics.doc.term3': 'Podopieczni i mentor rozmawiają ze sobą otwarcie.',
  'code-of-ethics.doc.term4':
    'Rady mentora i innych podopiecznych są tylko wskazówkami; za swoje decyzje każdy podopieczny odpowiada sam.',
  'code-of-ethics.doc.confidentiality': '5. Poufność',
  'code-of-ethics.doc.confidentialityText':
    'Wszystko, czego uczestnicy dowiedzą się w trakcie mentoringu, zostaje między mentorem, podopiecznymi i kierownikiem. Poufność obowiązuje także po zakończeniu mentoringu. Mentor nie ujawnia nikomu nawet tego, kim są jego podopieczni. Bez zgody zainteresowanej osoby nikt nie przekazuje dalej wiadomości, zrzutów ekranu, zdjęć ani nagrań z mentoringu.',
  'code-of-ethics.doc.code': '6. Kodeks etyki',
  'code-of-ethics.doc.codeIntro': 'Zasady, które razem ustaliliśmy i których przestrzegamy wszyscy:',
  'code-of-ethics.doc.signatures': '7. Podpisy',
  'code-of-ethics.doc.signaturesIntro':
    'Podpisując umowę, zobowiązujemy się przestrzegać jej ustaleń i naszego kodeksu etyki.',
  'code-of-ethics.doc.placeDate': 'Miejscowość i data',
  'code-of-ethics.doc.signature': 'podpis',
} as const;

/** Printed and page-only strings (worksheet, key, the page's introduction): rendered at build time, never in a browser bundle. */
export const codeOfEthicsPaperPl = {
  // Learner page
  'code-of-ethics.intro':
    'Na sesji początkowej mentor i podopieczni spisują wspólny kodeks etyki, a potem włączają go do umowy mentorskiej. Ułóż taki kodeks dla swojej grupy: wybierz zasady z propozycji, dopisz własne, zmień ich brzmienie i kolejność, a na koniec sprawdź, czy kodeks obejmuje wszystko, co powinien. Z kodeksu i kilku danych powstanie umowa mentorska do wydrukowania.',
  'code-of-ethics.trainer.debriefTitle': 'Pytania do omówienia',
  // Worksheet and key
  'code-of-ethics.sheet.title': 'Nasz kodeks etyki: karta pracy',
  'code-of-ethics.sheet.intro':
    'Wyobraźcie sobie, że jesteście grupą mentoringową na sesji początkowej. Ułóżcie wspólny kodeks etyki i wpiszcie go do umowy mentorskiej.',
  'code-of-ethics.sheet.part1': 'Część 1. Propozycje zasad',
  'code-of-ethics.sheet.part1Hint':
    'Zaznacz zasady, które chcesz mieć w kodeksie. W kratce „Nr” wpisz, na którym miejscu ma się znaleźć zasada.',
  'code-of-ethics.sheet.take': 'Biorę',
  'code-of-ethics.sheet.order': 'Nr',
  'code-of-ethics.sheet.principle': 'Zasada',
  'code-of-ethics.sheet.part2': 'Część 2. Nasze własne zasady',
  'code-of-ethics.sheet.part2Hint': 'Dopisz zasady, których brakuje, albo przeredaguj propozycje własnymi słowami.',
  'code-of-ethics.sheet.part3': 'Część 3. Umowa mentorska',
  'code-of-ethics.sheet.part3Hint': 'Wypełnijcie umowę i wpiszcie do niej wspólny kodeks w ustalonej kolejności.',
  'code-of-ethics.key.title': 'Nasz kodeks etyki: klucz odpowiedzi',
  'code-of-ethics.key.intro':
    'Nie ma jednego poprawnego kodeksu: liczy się to, żeby zasady ułożyli sami podopieczni, ich słowami. Dobry kodeks obejmuje jednak tematy wymienione poniżej. Jedna zasada może obejmować kilka tematów (na przykład „Jesteśmy szczerzy i otwarci”).',
  'code-of-ethics.key.example': 'Przykładowa zasada',
  'code-of-ethics.key.alsoAs': 'Może też brzmieć',
  'code-of-ethics.key.why': 'Dlaczego to ważne',
  'code-of-ethics.key.watch': 'Na co zwrócić uwagę',
  'code-of-ethics.key.extrasTitle': 'Zasady dodatkowe',
  'code-of-ethics.key.extras':
    'Te propozycje nie należą do wymaganych tematów, ale dobrze uzupełniają kodeks. Grupa może dopisać dowolne inne zasady, jeśli wszyscy się na nie zgadzają.',
  'code-of-ethics.key.onlineTitle': 'Jak ćwiczenie sprawdza kodeks online',
  'code-of-ethics.key.online':
    'Wersja online rozpoznaje tematy po słowach kluczowych i ich odmianach, z polskimi znakami lub bez nich, więc przeredagowana albo własna zasada też się liczy. Wynik to liczba wymaganych tematów, które kodeks obejmuje. Przy omawianiu kodeksów zespołów kieruj się sensem zasad, nie samym wynikiem.',
} as const;

/** Trainer-mode strings: loaded by the trainer islands only. */
export const codeOfEthicsTrainerPl = {
  'code-of-ethics.topicYes': 'jest',
  'code-of-ethics.topicNo': 'brak',
  // Trainer mode
  'code-of-ethics.trainer.resultsTitle': 'Porównanie zespołów',
  'code-of-ethics.trainer.teamScore': '{covered} z {max} tematów',
  'code-of-ethics.trainer.teamPrinciples': 'Zasad: {count}',
} as const;
