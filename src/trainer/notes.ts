// What the trainer reads and the class never sees: passed to the presenter window only, so the projector
// page does not even carry it.
import type { StepInfo } from './room.ts';

/** The facilitator's notes of one exercise. */
export interface TrainerNotesView {
  /** Aim, group size, materials: one paragraph. */
  intro: string;
  /** Before class. */
  preparation: string[];
  /** What to do and say, per step (same order as the steps). */
  steps: string[];
  /** Questions for the closing discussion. */
  debrief: string[];
  /** What the answer key is and where it is printed (one sentence, optional). */
  key?: string | undefined;
}

/** The parts of a step the projector may show. */
export interface StepSource {
  title: string;
  minutes: number;
  text: string;
  task?: string | undefined;
  view?: StepInfo['view'];
}

/**
 * Splits an exercise's trainer file into what the projector may show (titles, minutes, tasks, views) and
 * the notes for the presenter alone.
 */
export function splitNotes(file: {
  intro?: string | undefined;
  goal?: string | undefined;
  preparation?: string[] | undefined;
  steps: StepSource[];
  debrief: string[];
}): { steps: StepInfo[]; notes: TrainerNotesView } {
  return {
    steps: file.steps.map(({ title, minutes, task, view }) => ({ title, minutes, task, view })),
    notes: {
      intro: file.intro ?? file.goal ?? '',
      preparation: file.preparation ?? [],
      steps: file.steps.map((s) => s.text),
      debrief: file.debrief,
    },
  };
}
