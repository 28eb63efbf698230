// One interviewer as stored, for tests: only the name is needed, the rest is the form's blank row.
import { emptyInterviewerRow, type InterviewerRow } from '../../src/lib/interview/index';
import type { Interviewer } from '../../src/lib/timeline/index';

/** An interviewer called `name`, with `patch` over empty optional fields. */
export function interviewer(name: string, patch: Partial<Interviewer> = {}): Interviewer {
  const { key, ...blank } = emptyInterviewerRow();
  return { ...blank, name, ...patch };
}

/** The same person as a row of the interview form, with its row `key`. */
export function interviewerRow(
  key: number,
  name: string,
  patch: Partial<Interviewer> = {},
): InterviewerRow {
  return { key, ...interviewer(name, patch) };
}
