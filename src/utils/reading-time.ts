// A lesson's study time: its words at a reading pace for study text plus the
// minutes of the activities it asks for (content/AUTHORING.md, "Czas nauki").
import { lessonBlocks, normalisedWords } from './lesson-text.ts';

/** Reading pace for study text: slower than the ~200-250 words a minute of light reading. */
export const WORDS_PER_MINUTE = 180;
/** A "Zatrzymaj się" prompt: read it, think, write a few sentences. */
export const REFLECTION_MINUTES = 3;

const OPENING_TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g;
const MINUTES_ATTRIBUTE = /\bminutes=(?:"(\d+)"|'(\d+)'|\{\s*(\d+)\s*\})/;

/** A lesson's study time in minutes, and what it is made of. */
export interface StudyTime {
  words: number;
  reading: number;
  activities: number;
  total: number;
}

/** Minutes of the activities in an MDX body: each component's `minutes`, a reflection 3 by default. */
export function activityMinutes(body: string): number {
  let minutes = 0;
  for (const [, name, attributes = ''] of body.matchAll(OPENING_TAG)) {
    const declared = MINUTES_ATTRIBUTE.exec(attributes);
    const value = declared ? Number(declared[1] ?? declared[2] ?? declared[3]) : undefined;
    minutes += value ?? (name === 'Reflection' ? REFLECTION_MINUTES : 0);
  }
  return minutes;
}

/** The study time of a lesson: reading (rounded up to whole minutes) plus activities. */
export function studyTime(body: string): StudyTime {
  const words = lessonBlocks(body).reduce((sum, block) => sum + normalisedWords(block).length, 0);
  const reading = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
  const activities = activityMinutes(body);
  return { words, reading, activities, total: reading + activities };
}
