// How the rounds of one application (a phone screen, then a panel, then a final) hang together:
// each round is an interview of its own, and the next one takes over its check-ins.
import type { Step, StepId } from '../timeline/index';
import type { Interview } from './schema';
import { timelineOfStored } from './timeline';

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The saved round after `interview`: the one it links to. Data from before rounds were linked
 * has none; there, an interview marked "Invited to the next round" is followed by the first later
 * interview with the same company and role (as "Add the next round" filled it in).
 */
export function laterRound(
  interview: Interview,
  interviews: readonly Interview[],
): Interview | undefined {
  if (interview.nextRound !== undefined) {
    return interviews.find(({ id }) => id === interview.nextRound);
  }
  if (interview.status !== 'next-round' || interview.company.trim() === '') return undefined;
  return interviews
    .filter(
      (other) =>
        other.id !== interview.id &&
        other.interviewDate >= interview.interviewDate &&
        other.createdAt > interview.createdAt &&
        sameText(other.company, interview.company) &&
        sameText(other.role, interview.role),
    )
    .sort((a, b) => (a.interviewDate < b.interviewDate ? -1 : 1))[0];
}

/** The rounds of `interview`'s application up to and including it, first round first. */
export function roundsUpTo(interview: Interview, interviews: readonly Interview[]): Interview[] {
  const rounds = [interview];
  let current = interview;
  for (;;) {
    const earlier = interviews.find(
      (other) => !rounds.includes(other) && laterRound(other, interviews) === current,
    );
    if (!earlier) return rounds;
    rounds.unshift(earlier);
    current = earlier;
  }
}

/**
 * Which round of its application each interview is, 1 for a first round; worked out for all of
 * them at once, so a long list is read once per interview rather than once per pair of rounds.
 */
export function roundNumbers(interviews: readonly Interview[]): Map<Interview, number> {
  const earlier = new Map<Interview, Interview>();
  for (const interview of interviews) {
    const later = laterRound(interview, interviews);
    if (later && !earlier.has(later)) earlier.set(later, interview);
  }
  const numbers = new Map<Interview, number>();
  const numberOf = (interview: Interview, seen: Set<Interview>): number => {
    const known = numbers.get(interview);
    if (known !== undefined) return known;
    const before = earlier.get(interview);
    // Two rounds that link to each other make no chain: the one reached twice counts as a first.
    const number = before && !seen.has(before) ? numberOf(before, seen.add(interview)) + 1 : 1;
    numbers.set(interview, number);
    return number;
  };
  for (const interview of interviews) numberOf(interview, new Set());
  return numbers;
}

/** The steps the latest round of an application takes over: the check-ins and moving on. */
const TAKEN_OVER: readonly StepId[] = ['check-in', 'second-follow-up', 'move-on'];

/**
 * The steps of a round that stay its own once a later round exists: the thanks to each
 * interviewer and what you promised to send. The check-ins, the follow-up after them and moving
 * on follow the latest round.
 */
export function ownSteps(steps: readonly Step[]): Step[] {
  return steps.filter((step) => !TAKEN_OVER.includes(step.id));
}

/** The steps that are still `interview`'s own: every one, or its `ownSteps` once a later round is saved. */
export function roundSteps(interview: Interview, interviews: readonly Interview[]): Step[] {
  const steps = timelineOfStored(interview)?.steps ?? [];
  return laterRound(interview, interviews) ? ownSteps(steps) : steps;
}
