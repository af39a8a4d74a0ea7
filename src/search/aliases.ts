/**
 * English loan words and spellings learners type, mapped to the glossary
 * terms they mean, for the words the glossary's own synonyms (content files)
 * do not already hold. The search page puts these terms first. Every id must
 * be a glossary term (checked by a unit test and by the build).
 */
export const SEARCH_ALIASES: Record<string, string[]> = {
  blended: ['mentoring-mieszany'],
  hybrid: ['mentoring-mieszany'],
  hybryda: ['mentoring-mieszany'],
  coach: ['mentor'],
  coaching: ['mentoring'],
  mentorship: ['mentoring'],
  mentees: ['podopieczny'],
  menti: ['podopieczny'],
  peer: ['mentoring-rowiesniczy'],
  'face to face': ['mentoring-bezposredni'],
  online: ['e-mentoring'],
  diary: ['dziennik-mentoringu'],
  'youth work': ['osoba-pracujaca-z-mlodzieza'],
  agreement: ['umowa-mentorska'],
  contract: ['umowa-mentorska'],
  ethics: ['kodeks-etyki'],
  questionnaire: ['kwestionariusz-poczatkowy', 'kwestionariusz-koncowy'],
  freelance: ['samozatrudnienie'],
  freelancer: ['samozatrudnienie'],
  'self employed': ['samozatrudnienie'],
  lifestyle: ['lse'],
};
