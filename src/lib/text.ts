/** A count with its noun: `plural(1, 'day')` → "1 day", `plural(3, 'day')` → "3 days". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Words joined as a sentence joins them: "Dana", "Dana and Sam", "Dana, Sam, and Priya". */
export function listOf(words: readonly string[]): string {
  // Joined by hand: Intl.ListFormat costs a mid-range phone some 6 ms to make, for three rules.
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words.at(-1) ?? ''}`;
}

/** A value shown inside a message without letting a long one swamp it (30 characters at most). */
export function excerpt(value: unknown, max = 30): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
