import type { NearDuplicate } from '../templates/interviewers';

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
      ? `Your messages to ${which[0]} read almost the same.`
      : `Some of your messages read almost the same: ${which.join('; ')}.`;
  return `${lead} Interviewers often compare notes, so give each person a detail from your own conversation with them.`;
}
