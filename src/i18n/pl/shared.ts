/** Strings the site and the islands share (islands import this part alone). */
export const sharedPl = {
  'table.label': 'Tabela (na wąskim ekranie przewiń ją w bok)',
};
