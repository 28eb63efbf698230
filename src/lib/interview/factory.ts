import { localDate } from './dates';
import type { Interview } from './schema';

/** A new interview on `today` (`YYYY-MM-DD`) with every other field empty; it passes validation. */
export function emptyInterview(
  id: string,
  today: string = localDate(),
  now = new Date(),
): Interview {
  const stamp = now.toISOString();
  return {
    id,
    company: '',
    role: '',
    interviewDate: today,
    interviewTime: '',
    format: 'in-person',
    interviewers: [],
    decisionDate: '',
    callBackInDays: '',
    handwrittenNote: false,
    phoneFollowUp: false,
    holidays: [],
    done: {},
    status: 'waiting',
    archived: false,
    repliedOn: '',
    feedback: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
