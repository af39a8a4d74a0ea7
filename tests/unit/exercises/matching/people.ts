import type { Mentee, Mentor, Model } from '../../../../exercises/matching/schema.ts';
import { loadMatching } from '../../../../exercises/matching/data.ts';

/** The course's own model (weights, vocabularies). */
export const model: Model = loadMatching().model;

/** A mentee with neutral defaults; override what a test is about. */
export function mentee(over: Partial<Mentee> = {}): Mentee {
  return {
    id: 'kuba',
    name: 'Kuba',
    age: 20,
    gender: 'm',
    grammar: 'm',
    bio: 'Bio.',
    business: 'Serwis rowerowy',
    industry: 'rowery',
    needs: ['ceny', 'kontakty'],
    wish: 'Życzenie.',
    prefers: { gender: 'obojetne', age: 'obojetny' },
    motivation: 2,
    openness: 2,
    experience: [],
    values: ['uczciwosc'],
    family: 'brak',
    interests: [],
    availability: ['weekend'],
    form: 'stacjonarnie',
    ...over,
  };
}

/** A mentor with neutral defaults; override what a test is about. */
export function mentor(over: Partial<Mentor> = {}): Mentor {
  return {
    id: 'tomasz',
    name: 'Tomasz',
    age: 45,
    gender: 'm',
    grammar: 'm',
    bio: 'Bio.',
    role: 'Właściciel serwisu',
    industries: ['rowery'],
    offers: ['ceny', 'kontakty'],
    commitment: 2,
    skills: 2,
    experience: [],
    values: ['uczciwosc'],
    family: 'brak',
    interests: [],
    availability: ['weekend'],
    forms: ['stacjonarnie'],
    ...over,
  };
}
