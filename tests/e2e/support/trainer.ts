import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated } from './hydration.ts';

/** The trainer section's exercises: page name and data folder. */
export const TRAINER_EXERCISES = [
  { slug: 'kto-za-co-odpowiada', id: 'roles', views: 3 },
  { slug: 'dobierz-pary-i-grupy', id: 'matching', views: 4 },
  { slug: 'nasz-kodeks-etyki', id: 'code-of-ethics', views: 4 },
] as const;

interface TrainerFile {
  intro?: string;
  goal?: string;
  preparation?: string[];
  steps: Array<{ title: string; text: string }>;
  debrief: string[];
}

/** Every sentence of an exercise's notes that must never reach the projector. */
export function notesOf(id: string): string[] {
  const file = parse(readFileSync(`exercises/${id}/data/trainer.yaml`, 'utf8')) as TrainerFile;
  return [file.intro ?? file.goal ?? '', ...(file.preparation ?? []), ...file.steps.map((s) => s.text), ...file.debrief]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The presenter and projector windows of one exercise, both hydrated. */
export async function openPair(context: BrowserContext, slug: string): Promise<{ presenter: Page; projector: Page }> {
  const presenter = await context.newPage();
  await presenter.goto(`trener/${slug}.html`);
  await hydrated(presenter);
  const projector = await context.newPage();
  await projector.goto(`trener/${slug}-projektor.html`);
  await hydrated(projector);
  return { presenter, projector };
}

/** The smallest computed font size of any visible text, and the largest heading's. */
export function textSizes(page: Page): Promise<{ smallest: number; text: string; headings: number; body: number }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let text = '';
    let headings = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden text for screen readers
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest) {
        smallest = size;
        text = node.textContent.trim().slice(0, 60);
      }
      if (element.closest('h1, h2, h3, h4')) headings = Math.min(headings, size);
    }
    const body = parseFloat(getComputedStyle(document.querySelector('.stage')!).fontSize);
    return { smallest, text, headings, body };
  });
}

/** Waits until the two windows show the same step (the projector has caught up). */
export async function sameStep(presenter: Page, projector: Page): Promise<void> {
  await expect(projector.locator('.stage-head .step')).toHaveText(
    (await presenter.locator('.stage-head .step').textContent()) ?? '',
  );
}
