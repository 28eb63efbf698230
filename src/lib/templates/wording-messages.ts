// What the etiquette checker tells the reader about wording: each problem, and how to fix it.
// Loaded on demand with the wording rules (lint.ts).
import { SUBJECT_EXAMPLE, noun, quote, quoteList } from './messages';

/** A subject for the step: a thank-you names the interview, later messages the next steps. */
const example = (step: string) =>
  step === 'thank-you' ? SUBJECT_EXAMPLE : '“Product Designer interview: next steps”';

/** The messages of the wording rules; each says what is wrong, then how to put it right. */
export const WORDING_MESSAGES = {
  channelHint: (found: readonly string[]) =>
    `${quoteList(found)} points to a text or a social-network message, which is too casual for an employer. Reach them by email, phone or LinkedIn, and reword the line.`,
  wrongName: (greeted: string, recipient: string, other: string | undefined) =>
    `The greeting names ${quote(greeted)}, but this message is for ${recipient}${other === undefined ? '' : ` (${other} is someone else in this process)`}. Greet them instead: ${quote(`Dear ${recipient},`)}.`,
  otherCompany: (found: readonly string[], company: string | undefined) =>
    `${quoteList(found)} is the company of another of your interviews. If it came from another note, change it${company === undefined ? '' : ` to ${company}`}.`,
  subjectVague: (subject: string, step: string) =>
    `A subject like ${quote(subject)} sounds urgent or says nothing. Name the reason and the role instead, such as ${example(step)}.`,
  greetingMissing: (channel: string, recipient: string | undefined) =>
    `The ${noun(channel)} starts without a greeting. Open it with their name on a line of its own, such as ${quote(`Dear ${recipient || 'Ms. Rivera'},`)}.`,
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
