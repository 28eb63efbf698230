import type { TimelineInput } from '../timeline/index';
import type { Interview } from './schema';

/** The timeline's input for a checked interview: empty optional fields are left out. */
export function toTimelineInput(interview: Interview): TimelineInput {
  return {
    interviewDate: interview.interviewDate,
    ...(interview.interviewTime ? { interviewTime: interview.interviewTime } : {}),
    ...(interview.decisionDate ? { decisionDate: interview.decisionDate } : {}),
    ...(interview.callBackInDays ? { callBackInDays: Number(interview.callBackInDays) } : {}),
    interviewers: interview.interviewers.map(({ name }) => ({ name })),
    format: interview.format,
    handwrittenNote: interview.handwrittenNote,
    phoneFollowUp: interview.phoneFollowUp,
    holidays: [...interview.holidays],
  };
}
