// This exercise's pages as components (exercises/contract.ts): the site's generic routes render them.
export { default as Learner } from './pages/Learner.astro';
export { default as Trainer } from './pages/Trainer.astro';
export { default as Sheet } from './pages/Sheet.astro';
