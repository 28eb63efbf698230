// Time zones as a person types them: the browser's list of names, and the zone a person means by
// what they typed. Times in a zone, and how a zone is shown, are in timeline/send-times.ts, which
// loads on demand.
const known = new Map<string, string | null>();

/**
 * The canonical spelling of an IANA zone name ("america/new_york" → "America/New_York"), or null
 * when the browser knows no such zone. Asks Intl, so it is called for names a person gave, never
 * while a page loads with none.
 */
function resolveZone(name: string): string | null {
  let zone = known.get(name);
  if (zone === undefined) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      zone = null;
    }
    known.set(name, zone);
  }
  return zone;
}

let names: readonly string[] | undefined;

/** Every zone the browser knows, canonical names, sorted; empty where Intl cannot list them. */
export function timeZoneNames(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: 'timeZone') => string[] };
  names ??= intl.supportedValuesOf?.('timeZone') ?? [];
  return names;
}

/**
 * The zone a person means by what they typed: a zone's name in any case ("europe/london") or its
 * city alone ("new york", "Sao_Paulo"); null when it names none. Empty text is ''.
 */
export function findTimeZone(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return '';
  if (text.includes('/') || /^(utc|gmt)$/i.test(text)) return resolveZone(text);
  // "new york" is the last part of "America/New_York", where a space is written "_".
  const city = `/${text.replaceAll(' ', '_').toLowerCase()}`;
  return timeZoneNames().find((zone) => zone.toLowerCase().endsWith(city)) ?? null;
}
