import { calendarDaysBetween } from '../dates/index';
import { roundNumbers, type Interview, type InterviewStatus } from '../interview/index';
import { plural } from '../text';
// The measuring guide counts only messages that ask for a reply: the step catalog marks them.
import { FOLLOW_UP_STEPS } from '../timeline/index';

/** Outcomes that mean you moved forward. */
const PROGRESSED: readonly InterviewStatus[] = ['next-round', 'offer'];

/** Outcomes they can only have given you by replying, even when no reply date was noted. */
const ANSWERED: readonly InterviewStatus[] = ['next-round', 'offer', 'rejected'];

/** A share of a count basis: `count` of `of`, and `share` = count ÷ of (0–1). */
export interface Ratio {
  /** How many matched, e.g. 2 interviews that got a reply. */
  count: number;
  /** How many could have, e.g. 3 interviews where you followed up; always at least 1. */
  of: number;
  /** `count` ÷ `of`, from 0 to 1. */
  share: number;
}

/** The median time from your first follow-up to their reply. */
export interface Median {
  /** Whole days per reply, middle value; the mean of the middle two when the count is even. */
  days: number;
  /** How many replies it is worked out from. */
  of: number;
}

/**
 * How long a follow-up waits for its answer before silence counts against the response rate: the
 * week the timeline leaves between one follow-up and the next.
 */
export const REPLY_WAIT_DAYS = 7;

/** The four numbers the measuring guide recommends; each is null when there is nothing to measure. */
export interface Measures {
  /**
   * Of interviews where you sent at least one follow-up, how many got a reply; an unanswered one
   * counts once they have had `REPLY_WAIT_DAYS` to answer.
   */
  responseRate: Ratio | null;
  /** Interviews followed up in the last `REPLY_WAIT_DAYS` that have no reply yet. */
  awaitingReply: number;
  /** Median whole days from your first follow-up to their reply. */
  timeToResponse: Median | null;
  /** Of interviews with a known outcome (not waiting, not withdrawn), how many moved forward. */
  progressionRate: Ratio | null;
  /**
   * The same for each round of your applications (a phone screen, then a panel, then a final):
   * entry 0 for first rounds, 1 for second rounds, and so on; null for a round with no known outcome.
   */
  progressionByRound: (Ratio | null)[];
  /** Of interviews whose feedback you rated, how many gave you useful, specific feedback. */
  feedbackQuality: Ratio | null;
}

/** The day of the first follow-up sent for an interview (see `FOLLOW_UP_STEPS`), or null. */
export function firstFollowUp(interview: Interview): string | null {
  const days = FOLLOW_UP_STEPS.map((step) => interview.done[step]).filter(
    (day): day is string => day !== undefined,
  );
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a));
}

/** Whether they replied: a reply date is recorded, or the outcome is one only a reply could give. */
export function gotReply(interview: Interview): boolean {
  return interview.repliedOn !== undefined || ANSWERED.includes(interview.status);
}

function ratio(count: number, of: number): Ratio | null {
  return of === 0 ? null : { count, of, share: count / of };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Works out the measures from every interview, archived ones included: archiving hides an
 * interview from the agenda, it does not erase what happened. Given `today`, a follow-up sent
 * less than `REPLY_WAIT_DAYS` ago without a reply is not counted yet, so ticking a check-in does
 * not show a 0% response rate that same day.
 */
export function measure(interviews: readonly Interview[], today?: string): Measures {
  const waiting = (interview: Interview) => {
    const first = firstFollowUp(interview);
    return (
      today !== undefined &&
      first !== null &&
      !gotReply(interview) &&
      calendarDaysBetween(first, today) < REPLY_WAIT_DAYS
    );
  };
  const followedUp = interviews.filter((interview) => firstFollowUp(interview) !== null);
  const awaiting = followedUp.filter(waiting);
  const counted = followedUp.filter((interview) => !waiting(interview));
  const replied = counted.filter(gotReply);

  const delays: number[] = [];
  for (const interview of followedUp) {
    const first = firstFollowUp(interview);
    if (first === null || interview.repliedOn === undefined) continue;
    const days = calendarDaysBetween(first, interview.repliedOn);
    // A reply that came before your first follow-up was not a response to it.
    if (days >= 0) delays.push(days);
  }

  // Withdrawing is your decision, so it says nothing about how your follow-up landed.
  const settled = interviews.filter(({ status }) => status !== 'waiting' && status !== 'withdrawn');
  const rated = interviews.filter(({ feedback }) => feedback !== undefined);
  const byRound: { count: number; of: number }[] = [];
  const rounds = roundNumbers(interviews);
  for (const interview of settled) {
    const round = (rounds.get(interview) ?? 1) - 1;
    const tally = (byRound[round] ??= { count: 0, of: 0 });
    tally.of += 1;
    if (PROGRESSED.includes(interview.status)) tally.count += 1;
  }

  return {
    responseRate: ratio(replied.length, counted.length),
    awaitingReply: awaiting.length,
    timeToResponse: delays.length === 0 ? null : { days: median(delays), of: delays.length },
    progressionRate: ratio(
      settled.filter(({ status }) => PROGRESSED.includes(status)).length,
      settled.length,
    ),
    progressionByRound: Array.from(byRound, (tally) =>
      tally ? ratio(tally.count, tally.of) : null,
    ),
    feedbackQuality: ratio(
      rated.filter(({ feedback }) => feedback === 'useful').length,
      rated.length,
    ),
  };
}

/** A share as a whole percentage for people, e.g. 0.571 → "57%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Days for people: "1 day", "2.5 days", "0 days" (a reply the same day). */
export function daysText(days: number): string {
  return plural(days, 'day');
}

/** One line per measure, as the results table and the chart's summary show it. */
export interface MeasureRow {
  /** Which measure. */
  key: keyof Measures;
  /** Its name, e.g. "Response rate". */
  name: string;
  /** The figure, e.g. "67%" or "2.5 days"; "Not enough data yet" when there is nothing to measure. */
  value: string;
  /** What it is worked out from, e.g. "2 of 3 interviews where you sent a follow-up". */
  basis: string;
  /** The share for a bar (0–1); null for the time measure or when there is no data. */
  share: number | null;
  /** What the measure means, in one line. */
  explanation: string;
}

const NOT_ENOUGH = 'Not enough data yet';

function interviewsText(count: number): string {
  return plural(count, 'interview');
}

/** The measures as rows of text, in the order the guide lists them. */
export function measureRows(measures: Measures): MeasureRow[] {
  const { responseRate, awaitingReply, timeToResponse, progressionRate, feedbackQuality } =
    measures;
  // Only worth a line once some application has gone past its first round.
  const rounds =
    measures.progressionByRound.length < 2
      ? ''
      : `By round: ${measures.progressionByRound
          .flatMap((round, index) =>
            round ? [`round ${index + 1}, ${round.count} of ${round.of}`] : [],
          )
          .join('; ')}`;
  const awaitingText =
    awaitingReply === 0
      ? ''
      : `${awaitingReply === 1 ? 'One follow-up is' : `${awaitingReply} follow-ups are`} still in the week they have to reply, so not counted yet`;
  return [
    {
      key: 'responseRate',
      name: 'Response rate',
      value: responseRate ? percent(responseRate.share) : NOT_ENOUGH,
      basis: [
        responseRate
          ? `${responseRate.count} of ${interviewsText(responseRate.of)} where you sent a follow-up got a reply`
          : awaitingReply === 0
            ? 'No check-in or second follow-up ticked as sent yet'
            : '',
        awaitingText,
      ]
        .filter(Boolean)
        .join('. '),
      share: responseRate?.share ?? null,
      explanation:
        'Of the interviews where you sent a check-in or a second follow-up, the share that got a reply.',
    },
    {
      key: 'timeToResponse',
      name: 'Time to response',
      value: timeToResponse ? daysText(timeToResponse.days) : NOT_ENOUGH,
      basis: timeToResponse
        ? `Median of ${plural(timeToResponse.of, 'reply', 'replies')} with a date`
        : 'No reply date recorded after a follow-up yet',
      share: null,
      explanation:
        'The middle number of days from your first follow-up to their reply, so one slow reply does not skew it.',
    },
    {
      key: 'progressionRate',
      name: 'Progression rate',
      value: progressionRate ? percent(progressionRate.share) : NOT_ENOUGH,
      basis: progressionRate
        ? [
            `${progressionRate.count} of ${interviewsText(progressionRate.of)} with a known outcome moved forward`,
            rounds,
          ]
            .filter(Boolean)
            .join('. ')
        : 'No outcome recorded yet',
      share: progressionRate?.share ?? null,
      explanation:
        'Of the interviews with a known outcome, the share that led to a next round or an offer (withdrawals are left out).',
    },
    {
      key: 'feedbackQuality',
      name: 'Feedback quality',
      value: feedbackQuality ? percent(feedbackQuality.share) : NOT_ENOUGH,
      basis: feedbackQuality
        ? `${feedbackQuality.count} of ${interviewsText(feedbackQuality.of)} with feedback rated gave useful feedback`
        : 'No feedback rated yet',
      share: feedbackQuality?.share ?? null,
      explanation:
        'Of the interviews where you rated their feedback, the share where it was specific and useful.',
    },
  ];
}
