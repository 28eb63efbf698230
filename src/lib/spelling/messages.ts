// What the spelling check tells the person about a message it has read.

const quote = (word: string) => `“${word}”`;

/** The messages of the spelling check. */
export const SPELLING_MESSAGES = {
  failed:
    'The spelling check could not load its dictionary, which needs a connection the first time. Your browser still underlines words it does not know.',
  summary: (count: number) =>
    count === 0
      ? 'No spelling mistakes found.'
      : count === 1
        ? 'One word may be misspelled.'
        : `${count} words may be misspelled.`,
  misspelling: (word: string, suggestions: readonly string[]) =>
    suggestions.length === 0
      ? `${quote(word)} is not in the dictionary. Check it, or add it to your words if it is right.`
      : `${quote(word)}: did you mean ${suggestions.map(quote).join(' or ')}?`,
  added: (word: string) =>
    `Added ${quote(word)} to your words. The spelling check will not list it again in this browser.`,
  notAdded: (word: string) =>
    `${quote(word)} could not be added: your words can hold only letters and apostrophes, 40 at most.`,
};
