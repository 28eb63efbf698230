import { formatMessageDate } from '../dates/index';
import type { Interview } from '../interview/index';
import type { You } from '../state/index';

/** Template fields filled from your saved details, and the detail each one reads. */
export const YOU_FIELDS: Readonly<Record<string, keyof You>> = {
  yourName: 'name',
  yourEmail: 'email',
  yourPhone: 'phone',
};

/** The values your saved details fill in: yourName, yourEmail, yourPhone. */
export function youValues(you: You): Record<string, string> {
  return Object.fromEntries(Object.entries(YOU_FIELDS).map(([field, key]) => [field, you[key]]));
}

/** Someone a message can be written to. */
export interface Recipient {
  name: string;
  /** Their job title, or ''. */
  title: string;
  /** How the person greets them ("Ms. Rivera"), or '' to use the name. */
  greeting: string;
  email: string;
  /** What you noted about them after the interview; '' for a main contact who did not interview you. */
  caredAbout: string;
  discussed: string;
  concern: string;
}

/**
 * Everyone a message can go to: each interviewer, lead first, then the main contact when they did
 * not interview you themselves (when they did, their greeting and email fill what their row lacks).
 */
export function recipientsOf(interview: Interview | null): Recipient[] {
  if (interview === null) return [];
  const { contact } = interview;
  // A main contact who also interviewed you is one person: what either place knows of them counts.
  const people: Recipient[] = interview.interviewers.map((person) =>
    person.name === contact?.name
      ? {
          ...person,
          greeting: person.greeting || contact.greeting,
          email: person.email || contact.email,
        }
      : person,
  );
  if (contact && !people.some(({ name }) => name === contact.name)) {
    people.push({
      name: contact.name,
      title: 'Runs the process',
      greeting: contact.greeting,
      email: contact.email,
      caredAbout: '',
      discussed: '',
      concern: '',
    });
  }
  return people;
}

/** Someone to copy in on a message: their name, and the address to add. */
export type CopyIn = Pick<Recipient, 'name' | 'email'>;

/**
 * Whom to suggest copying in on a message meant for the main contact (`toContact`) that is
 * written to `person` instead: the main contact, when their address is known; else nobody.
 */
export function copyInFor(
  interview: Interview | null,
  toContact: boolean,
  person: Recipient | undefined,
): CopyIn | undefined {
  const contact = interview?.contact;
  return toContact && contact?.email && contact.name !== person?.name ? contact : undefined;
}

/** How a message greets `person`: the greeting asked for them, else their name; '' for no one. */
function greetingOf(person: Recipient | undefined): string {
  return person === undefined ? '' : person.greeting.trim() || person.name;
}

/** Where the main contact is in `recipientsOf`: whoever runs the process, else the first interviewer. */
export function mainContactIndex(interview: Interview | null): number {
  const name = interview?.contact?.name;
  if (name === undefined) return 0;
  return Math.max(
    0,
    recipientsOf(interview).findIndex((person) => person.name === name),
  );
}

/** The values an interview fills in for the message to recipient `index` (see `recipientsOf`); none without an interview. */
export function interviewValues(
  interview: Interview | null,
  index: number,
): Record<string, string> {
  if (interview === null) return {};
  const person = recipientsOf(interview)[index];
  return {
    company: interview.company,
    role: interview.role,
    interviewDate: formatMessageDate(interview.interviewDate),
    decisionDate:
      interview.decisionDate === undefined ? '' : formatMessageDate(interview.decisionDate),
    // Written the way the person greets them, so the message opens "Dear Ms. Rivera,".
    interviewerName: greetingOf(person),
    // From your debrief on them, so each person's note names what the two of you talked about.
    discussed: person?.discussed.trim() ?? '',
    // What you said you would send them, as the interview form has it.
    materials: interview.promised ?? '',
  };
}
