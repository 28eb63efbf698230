// What the etiquette checker tells the reader about a message's shape (channel, blanks, length,
// subject), and the wording helpers every message uses. The wording rules' messages are in
// wording-messages.ts, loaded with those rules.

/** Text in curly quotes: “text”. */
export const quote = (text: string): string => `“${text}”`;

/** “a”, “a” and “b”, “a”, “b” and “c”, “a”, “b”, “c” and 2 more. */
export function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, 3).map(quote);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** What a message is called on a channel: an email, a script, a note. */
export const noun = (channel: string): string =>
  channel === 'email'
    ? 'email'
    : channel === 'phone'
      ? 'script'
      : channel === 'letter' || channel === 'linkedin'
        ? 'note'
        : 'message';

const cut = (over: number) => `Cut at least ${over} ${over === 1 ? 'character' : 'characters'}.`;
/** A subject line to follow: it names the interview. */
export const SUBJECT_EXAMPLE = '“Thank you: Product Designer interview”';
const them = (count: number) => (count === 1 ? 'it' : 'them');

/** The messages of the shape rules; each says what is wrong, then how to put it right. */
export const SHAPE_MESSAGES = {
  texting: (what: string) =>
    `${what} are too casual for following up with an employer. Send an email instead, or call if they asked you to.`,
  social: (what: string) =>
    `${what} is not a professional network, so a follow-up there comes across as too casual. Send an email, or connect on LinkedIn with a short note.`,
  unknownChannel: (channel: string) =>
    `${quote(channel)} is not a channel for following up after an interview. Use email, a letter, a phone call or LinkedIn.`,
  placeholder: (found: readonly string[]) =>
    `The message still contains ${quoteList(found)}. Fill ${them(found.length)} in, or delete ${them(found.length)}, before you send it.`,
  subjectMissing: `The email has no subject line. Add one that names the role, such as ${SUBJECT_EXAMPLE}.`,
  subjectLong: (length: number, max: number) =>
    `The subject line is ${length} characters, and inboxes cut it off after about ${max}. Shorten it to the reason and the role, such as ${SUBJECT_EXAMPLE}.`,
  linkedInLimit: (length: number, limit: number) =>
    `The note is ${length} characters; LinkedIn allows ${limit} in a connection request from a free account. ${cut(length - limit)}`,
  charLimit: (channel: string, length: number, limit: number) =>
    `The ${noun(channel)} is ${length} characters, over the ${limit}-character limit. ${cut(length - limit)}`,
  thankYouSentences: (sentences: number) =>
    `Your thank-you runs to ${sentences} sentences. Keep it to three or four: thank them, recall one thing you discussed, say why you fit, and close.`,
  tooManyWords: (channel: string, words: number, max: number) =>
    `This ${noun(channel)} is ${words} words long. Cut it below ${max}: say why you are writing, add one detail, and close.`,
};
