/** What the trainer section gives an exercise's trainer page (exercises/<id>/pages/Trainer.astro). */
export interface TrainerPageProps {
  mode: 'presenter' | 'projector';
  /** Props every trainer island takes: the window's mode, the exercise's title, links to the other windows. */
  common: { mode: 'presenter' | 'projector'; title: string; links: { projector: string; home: string } };
  /** Lesson id -> title (for "read in the lesson" lines). */
  lessonTitles: Record<string, string>;
}
