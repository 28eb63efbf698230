/** The parts of a template that rendering needs. */
export type RenderableTemplate = {
  /** The message text with {{placeholders}}. */
  body: string;
  /** The subject line with {{placeholders}}, if the channel has one. */
  subject?: string | undefined;
  /** The declared fields; when given, placeholders not declared here are never filled. */
  fields?: readonly { name: string }[] | undefined;
};

/** The filled-in message. */
export type RenderedMessage = {
  /** The subject with every filled placeholder replaced ("" when the template has none). */
  subject: string;
  /** The body with every filled placeholder replaced. */
  body: string;
  /** Placeholder names still left as {{name}}, unique, in order of first appearance (subject first). */
  missing: string[];
};

/** A run of text, or an unfilled placeholder written as {{name}} that the UI can highlight. */
export type HighlightSegment = { text: string; placeholder?: string };

// Anything inside double braces counts, so a misspelt {{first name}} is reported rather than sent.
const PLACEHOLDER = /\{\{\s*([^{}\s][^{}]*?)\s*\}\}/g;

/** The placeholder names in a text, unique, in order of first appearance. */
export function placeholders(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Splits a text into plain runs and {{placeholder}} segments, for highlighting without HTML. */
export function splitForHighlight(text: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], placeholder: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Fills a template's {{placeholders}} with trimmed plain-text values; blank or undeclared ones stay as written and are listed in `missing`. */
export function renderTemplate(
  template: RenderableTemplate,
  fields: Readonly<Record<string, string>>,
): RenderedMessage {
  const declared = template.fields ? new Set(template.fields.map((field) => field.name)) : null;
  const missing: string[] = [];

  const fill = (text: string): string =>
    // A replacer function, so "$&" or "$1" in a value stays literal; values are never re-scanned.
    text.replace(PLACEHOLDER, (literal, name: string) => {
      const known = declared === null || declared.has(name);
      // Object.hasOwn keeps {{constructor}} and friends from reading the prototype.
      const raw = known && Object.hasOwn(fields, name) ? fields[name] : undefined;
      const value = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
      if (value !== '') return value;
      if (!missing.includes(name)) missing.push(name);
      return literal;
    });

  const subject = fill(template.subject ?? '');
  // Content files start and end with blank lines; a message should not.
  const body = fill(template.body.trim());
  return { subject, body, missing };
}
