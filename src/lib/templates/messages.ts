// What the etiquette checker tells the reader: each problem, and how to fix it.

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
const SUBJECT_EXAMPLE = '“Thank you: Product Designer interview”';
/** A subject for the step: a thank-you names the interview, later messages the next steps. */
const example = (step: string) =>
  step === 'thank-you' ? SUBJECT_EXAMPLE : '“Product Designer interview: next steps”';
const them = (count: number) => (count === 1 ? 'it' : 'them');

/** The messages of every rule; each says what is wrong, then how to put it right. */
export const LINT_MESSAGES = {
  texting: (what: string) =>
    `${what} are too casual for following up with an employer. Send an email instead, or call if they asked you to.`,
  social: (what: string) =>
    `${what} is not a professional network, so a follow-up there comes across as too casual. Send an email, or connect on LinkedIn with a short note.`,
  unknownChannel: (channel: string) =>
    `${quote(channel)} is not a channel for following up after an interview. Use email, a letter, a phone call or LinkedIn.`,
  channelHint: (found: readonly string[]) =>
    `${quoteList(found)} points to a text or a social-network message, which is too casual for an employer. Reach them by email, phone or LinkedIn, and reword the line.`,
  placeholder: (found: readonly string[]) =>
    `The message still contains ${quoteList(found)}. Fill ${them(found.length)} in, or delete ${them(found.length)}, before you send it.`,
  wrongName: (greeted: string, recipient: string, other: string | undefined) =>
    `The greeting names ${quote(greeted)}, but this message is for ${recipient}${other === undefined ? '' : ` (${other} is someone else in this process)`}. Greet them instead: ${quote(`Dear ${recipient},`)}.`,
  otherCompany: (found: readonly string[], company: string | undefined) =>
    `${quoteList(found)} is the company of another of your interviews. If it came from another note, change it${company === undefined ? '' : ` to ${company}`}.`,
  subjectMissing: `The email has no subject line. Add one that names the role, such as ${SUBJECT_EXAMPLE}.`,
  subjectLong: (length: number, max: number) =>
    `The subject line is ${length} characters, and inboxes cut it off after about ${max}. Shorten it to the reason and the role, such as ${SUBJECT_EXAMPLE}.`,
  subjectVague: (subject: string, step: string) =>
    `A subject like ${quote(subject)} sounds urgent or says nothing. Name the reason and the role instead, such as ${example(step)}.`,
  greetingMissing: (channel: string, recipient: string | undefined) =>
    `The ${noun(channel)} starts without a greeting. Open it with their name on a line of its own, such as ${quote(`Dear ${recipient || 'Ms. Rivera'},`)}.`,
  linkedInLimit: (length: number, limit: number) =>
    `The note is ${length} characters; LinkedIn allows ${limit} in a connection request from a free account. ${cut(length - limit)}`,
  charLimit: (channel: string, length: number, limit: number) =>
    `The ${noun(channel)} is ${length} characters, over the ${limit}-character limit. ${cut(length - limit)}`,
  thankYouSentences: (sentences: number) =>
    `Your thank-you runs to ${sentences} sentences. Keep it to three or four: thank them, recall one thing you discussed, say why you fit, and close.`,
  tooManyWords: (channel: string, words: number, max: number) =>
    `This ${noun(channel)} is ${words} words long. Cut it below ${max}: say why you are writing, add one detail, and close.`,
  pushy: (found: readonly string[]) =>
    `${quoteList(found)} can read as pressure. Ask politely where things stand, and give them time to answer.`,
  stockPhrase: (found: readonly string[]) =>
    `${quoteList(found)} ${found.length === 1 ? 'is a stock phrase that gives' : 'are stock phrases that give'} them nothing to answer. Say plainly why you are writing: the role, and whether there is any news.`,
  payQuestion: (found: readonly string[]) =>
    `Questions about ${quoteList(found)} can wait: ask about pay, benefits and time off once they offer you the job.`,
  assumesHired: (found: readonly string[]) =>
    `${quoteList(found)} assumes the job is yours. Speak of it as a hope, such as “I would welcome the chance to join the team”.`,
  assumesRejected: (found: readonly string[]) =>
    `${quoteList(found)} assumes you were turned down. Ask where things stand instead of guessing.`,
  negativity: (found: readonly string[]) =>
    `${quoteList(found)} can read as speaking badly of someone. Leave complaints about people and past jobs out, and keep to this role and what you offer.`,
  overshare: (found: readonly string[]) =>
    `${quoteList(found)} is a personal matter. Leave it out, and keep to your interest in the role and what you bring to it.`,
  slang: (list: string) => `This reads as too casual for an employer: ${list}.`,
  shouting: (found: readonly string[]) =>
    `${quoteList(found)} in capitals reads as shouting. Write it in lower case; acronyms such as SQL can stay.`,
  emoji: (found: readonly string[]) =>
    `Emoji and smileys (${found.slice(0, 3).join(' ')}) read as too casual for an employer. Delete them and let your words set the tone.`,
  exclamation: (count: number, doubled: boolean) =>
    `There are ${count} exclamation marks${doubled ? ', including “!!”' : ''}. Keep one at most, and end the other sentences with a period.`,
  questionMarks: (found: readonly string[]) =>
    `${quoteList(found)} reads as impatient or alarmed. End each question with a single question mark.`,
  repeated: (found: readonly string[]) =>
    `${quoteList(found)} ${found.length === 1 ? 'repeats a word' : 'repeat a word'}. Delete the extra one.`,
  doubleSpace: (count: number) =>
    count === 1
      ? 'There is a double space between two words. Replace it with a single space.'
      : `There are double spaces between words in ${count} places. Replace them with single spaces.`,
};
