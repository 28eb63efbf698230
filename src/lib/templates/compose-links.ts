/** A message to open in a mail app: addresses as "name@example.com" (a "Name <address>" form is reduced to the address). */
export type ComposeInput = {
  /** One address, several separated by commas or semicolons, or a list. */
  to: string | readonly string[];
  /** Addresses to copy, e.g. the recruiter or HR contact. */
  cc?: string | readonly string[] | undefined;
  /** The subject line. */
  subject: string;
  /** The message text; line breaks are kept. */
  body: string;
};

/** Splits a recipient list on commas and semicolons, except inside "quoted names" and <addresses>. */
function splitRecipients(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if ((char === ',' || char === ';') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** The bare addresses in a to/cc value, trimmed, without display names, blanks dropped. */
function addresses(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  return list
    .flatMap(splitRecipients)
    .map((entry) => {
      const angle = /<([^<>]*)>\s*$/.exec(entry);
      return (angle?.[1] ?? entry).trim();
    })
    .filter((entry) => entry !== '');
}

// RFC 6068: every octet outside the allowed set is percent-encoded as UTF-8; "@" may stay as it is.
const encodeAddress = (address: string): string =>
  encodeURIComponent(address).replaceAll('%40', '@');

const encodeAddresses = (value: string | readonly string[] | undefined): string =>
  addresses(value).map(encodeAddress).join(',');

const lines = (text: string, newline: string): string => text.replace(/\r\n?|\n/g, newline);

// A subject is one line; a stray line break would end the header early in some mail apps.
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A query string of name=value pairs with %20 for spaces (never "+"), skipping empty values. */
function query(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** A mailto: link (RFC 6068) that opens the person's own mail app with everything filled in. */
export function mailtoUrl(input: ComposeInput): string {
  const params = query([
    ['cc', encodeAddresses(input.cc)],
    ['subject', encodeURIComponent(oneLine(input.subject))],
    // RFC 6068 asks for CRLF line breaks in the body.
    ['body', encodeURIComponent(lines(input.body, '\r\n'))],
  ]);
  return `mailto:${encodeAddresses(input.to)}${params === '' ? '' : `?${params}`}`;
}

/** A link that opens Gmail's compose window in the browser with everything filled in. */
export function gmailComposeUrl(input: ComposeInput): string {
  return `https://mail.google.com/mail/?${query([
    ['view', 'cm'],
    ['fs', '1'],
    ['to', encodeAddresses(input.to)],
    ['cc', encodeAddresses(input.cc)],
    ['su', encodeURIComponent(oneLine(input.subject))],
    ['body', encodeURIComponent(lines(input.body, '\n'))],
  ])}`;
}

/** A link that opens Outlook on the web's compose window with everything filled in. */
export function outlookComposeUrl(input: ComposeInput): string {
  return `https://outlook.office.com/mail/deeplink/compose?${query([
    ['to', encodeAddresses(input.to)],
    ['cc', encodeAddresses(input.cc)],
    ['subject', encodeURIComponent(oneLine(input.subject))],
    ['body', encodeURIComponent(lines(input.body, '\n'))],
  ])}`;
}
