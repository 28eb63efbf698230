import type { Channel, NearDuplicate, TemplateField } from '../templates/index';

/** Guide section address (`/guides/the-donts/#keep-it-professional`) → the section's heading. */
export type SectionTitles = Readonly<Record<string, string>>;

/** The guide section on writing a different note to each interviewer. */
export const PERSONAL_NOTES_GUIDE = '/guides/thank-you-note/#make-each-note-personal';

/** What a message is called on each channel, for button labels and confirmations. */
export const CHANNEL_NOUNS: Readonly<Record<Channel, string>> = {
  email: 'message',
  letter: 'card text',
  linkedin: 'note',
  phone: 'script',
};

/** The text to copy: the body alone, or "Subject: …", a blank line, then the body. */
export function copyText(subject: string | null, body: string): string {
  return subject === null ? body : `Subject: ${subject.trim()}\n\n${body}`;
}

/** The character counter for a channel with a limit: what it says, and whether `body` is over. */
export function characterCount(body: string, limit: number): { text: string; over: boolean } {
  // Code points, as the etiquette checker counts them: an accented letter or an emoji counts once.
  const characters = [...body].length;
  const over = characters > limit;
  const excess = characters - limit;
  return {
    over,
    text: over
      ? `${characters} of ${limit} characters: ${excess} too many`
      : `${characters} of ${limit} characters`,
  };
}

/** The warning shown when messages to different interviewers read almost the same; null when none do. */
export function duplicateWarning(
  names: readonly string[],
  pairs: readonly NearDuplicate[],
): string | null {
  if (pairs.length === 0) return null;
  const name = (index: number): string => names[index]?.trim() || `interviewer ${index + 1}`;
  const which = pairs.map(({ a, b }) => `${name(a)} and ${name(b)}`);
  const lead =
    which.length === 1
      ? `Your messages to ${which[0] ?? ''} read almost the same.`
      : `Some of your messages read almost the same: ${which.join('; ')}.`;
  return `${lead} Interviewers often compare notes, so give each person a detail from your own conversation with them.`;
}

const PLACEHOLDER = /\{\{\s*([^{}\s][^{}]*?)\s*\}\}/g;

/** How a blank reads in the message: its field's label in brackets, e.g. "[Something you discussed]". */
export function blankLabel(name: string, fields: readonly TemplateField[]): string {
  return `[${fields.find((field) => field.name === name)?.label ?? name}]`;
}

/** The text with every unfilled {{placeholder}} written as its readable blank. */
export function readableBlanks(text: string, fields: readonly TemplateField[]): string {
  return text.replace(PLACEHOLDER, (_, name: string) => blankLabel(name, fields));
}

/** The readable blanks still in a text, once each, in the order of the template's fields. */
export function blanksIn(text: string, fields: readonly TemplateField[]): string[] {
  return fields
    .map((field) => blankLabel(field.name, fields))
    .filter((blank) => text.includes(blank));
}
