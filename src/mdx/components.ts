import Example from './Example.astro';
import OutcomeList from './OutcomeList.astro';
import Practice from './Practice.astro';
import Quote from './Quote.astro';
import Reflection from './Reflection.astro';
import TableScroll from './TableScroll.astro';
import Takeaways from './Takeaways.astro';
import Term from './Term.astro';

// Every diagram in ./diagrams is available to authors by its file name.
const diagramModules = import.meta.glob<{ default: unknown }>('./diagrams/*.astro', { eager: true });
const diagrams = Object.fromEntries(
  Object.entries(diagramModules).map(([path, module]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), module.default]),
);

/** The components a lesson may use without importing them (see content/AUTHORING.md); `table` wraps Markdown tables. */
export const mdxComponents = {
  Term,
  Example,
  Practice,
  Takeaways,
  OutcomeList,
  Reflection,
  Quote,
  ...diagrams,
  table: TableScroll,
};
