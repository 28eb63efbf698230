import type { Interview } from './schema';

/** A new interview on `today` (`YYYY-MM-DD`) with every other field empty; it passes validation. */
export function emptyInterview(id: string, today: string, now = new Date()): Interview {
  const stamp = now.toISOString();
  return {
    id,
    company: '',
    role: '',
    interviewDate: today,
    format: 'in-person',
    interviewers: [],
    handwrittenNote: false,
    phoneFollowUp: false,
    holidays: [],
    done: {},
    status: 'waiting',
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
