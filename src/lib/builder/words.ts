import type { Channel, NearDuplicate } from '../templates/index';

// The guide sections the etiquette checker links to, by their root-absolute address.
const SECTION_TITLES: Readonly<Record<string, string>> = {
  '/guides/thank-you-note/#keep-it-short': 'Keep it short',
  '/guides/thank-you-note/#write-a-clear-subject-line': 'Write a clear subject line',
  '/guides/thank-you-note/#make-each-note-personal': 'Make each note personal',
  '/guides/the-donts/#keep-it-professional': 'Keep it professional',
  '/guides/the-donts/#dont-push-or-pester': 'Don’t push or pester',
  '/guides/the-donts/#dont-assume-the-outcome': 'Don’t assume the outcome',
  '/guides/the-donts/#never-speak-badly-of-anyone': 'Never speak badly of anyone',
  '/guides/the-donts/#keep-personal-matters-out': 'Keep personal matters out',
  '/guides/the-donts/#proofread-before-you-send': 'Proofread before you send',
  '/guides/linkedin-and-social-media/#personalize-the-connection-request':
    'Personalize the connection request',
  '/guides/linkedin-and-social-media/#where-never-to-send-a-message':
    'Where never to send a message',
};

/** The title of the guide section a link points to, e.g. "Keep it professional"; "the guide" when unknown. */
export function guideSectionTitle(href: string): string {
  return SECTION_TITLES[href] ?? 'the guide';
}

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
