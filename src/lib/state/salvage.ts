// Repairs one stored interview that does not validate, field by field: a broken optional field is
// left out (or takes its default), a list keeps the entries that still read, and only an interview
// without a usable id or interview date is given up.
import { isCalendarDate, isInYearRange } from '../dates/index';
import { InterviewSchema, type Interview } from '../interview/index';
import { ContactSchema, InterviewerSchema, MAX_INTERVIEWERS } from '../timeline/index';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A day a stored list may hold. */
const isUsableDay = (value: unknown): boolean =>
  typeof value === 'string' && isCalendarDate(value) && isInYearRange(value);

/** Fields without which an interview is not one: no timeline can be worked out. */
const ESSENTIAL = new Set(['id', 'interviewDate']);

/** Fields that only make sense together: when one cannot be read, both are left out. */
const PAIRED: Partial<Record<string, string>> = { promised: 'promisedBy', promisedBy: 'promised' };

/**
 * A person (an interviewer, the main contact) with each detail that does not read left out, so a
 * damaged email address does not take their name and debrief with it; undefined without a name.
 */
function repairPerson(schema: typeof InterviewerSchema | typeof ContactSchema, value: unknown) {
  if (!isRecord(value)) return undefined;
  const kept = { ...value };
  // A name that does not read goes too, and then the person fails the second check.
  for (const { path } of schema.safeParse(value).error?.issues ?? []) delete kept[String(path[0])];
  return schema.safeParse(kept).data;
}

/** The repaired value of one field, or undefined to leave it out (the schema's default applies). */
function repairField(field: string, value: unknown, now: string): unknown {
  if (field === 'interviewers') {
    if (!Array.isArray(value)) return undefined;
    return value
      .map((entry) => repairPerson(InterviewerSchema, entry))
      .filter((entry) => entry !== undefined)
      .slice(0, MAX_INTERVIEWERS);
  }
  if (field === 'contact') return repairPerson(ContactSchema, value);
  if (field === 'holidays') return Array.isArray(value) ? value.filter(isUsableDay) : undefined;
  if (field === 'done') {
    return isRecord(value)
      ? Object.fromEntries(Object.entries(value).filter(([, day]) => isUsableDay(day)))
      : undefined;
  }
  if (field === 'createdAt' || field === 'updatedAt') return now;
  return undefined;
}

/**
 * The stored interview `entry` as well as it can be read: as it is when it validates, repaired
 * field by field when it does not, or null when its id or interview date cannot be read.
 */
export function salvageInterview(entry: unknown, now: Date): Interview | null {
  let current = entry;
  // Each round repairs the fields the check named; a repair can reveal a problem behind it
  // (a decision date before the interview shows once both dates read), so try a few rounds.
  for (let round = 0; round < 3; round += 1) {
    const result = InterviewSchema.safeParse(current);
    if (result.success) return result.data;
    if (!isRecord(current)) return null;
    const next: Record<string, unknown> = { ...current };
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string') return null;
      if (ESSENTIAL.has(field)) return null;
      const repaired = repairField(field, current[field], now.toISOString());
      if (repaired === undefined) delete next[field];
      else next[field] = repaired;
      const partner = PAIRED[field];
      if (partner !== undefined) delete next[partner];
    }
    current = next;
  }
  return null;
}
