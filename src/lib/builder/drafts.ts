import type { Draft, DraftInput } from '../state/index';
import { renderTemplate, type TemplateField } from '../templates/index';

/** What the person changed in one message: values typed for it, and text edited by hand (null: the text follows the template). */
export type MessageEdits = {
  /** Values typed in the builder, by field name: message fields, and interview fields typed over. */
  typed: Record<string, string>;
  /** The subject as edited by hand, or null while it follows the template. */
  subject: string | null;
  /** The body as edited by hand, or null while it follows the template. */
  body: string | null;
};

/** A message nobody has changed yet. */
export function noEdits(): MessageEdits {
  return { typed: {}, subject: null, body: null };
}

/** The parts of a template a draft is read against. */
export type DraftTemplate = {
  /** The subject with {{placeholders}}, if any. */
  subject?: string | undefined;
  /** The body with {{placeholders}}. */
  body: string;
  /** The declared fields. */
  fields: readonly TemplateField[];
};

/**
 * What a saved draft means now. A draft keeps every field value it was written with, so its text
 * counts as edited only when it differs from the template filled with those values; an interview
 * value counts as typed over only when it differs from what the interview gives today (`auto`).
 * Your own details always come from your saved details, never from the draft.
 */
export function readDraft(
  template: DraftTemplate,
  draft: Draft | undefined,
  auto: Readonly<Record<string, string>>,
): MessageEdits {
  if (draft === undefined) return noEdits();
  const typed: Record<string, string> = {};
  for (const field of template.fields) {
    if (field.from === 'you' || !Object.hasOwn(draft.fields, field.name)) continue;
    const value = draft.fields[field.name] ?? '';
    if (field.from === 'interview' && value === (auto[field.name] ?? '')) continue;
    typed[field.name] = value;
  }
  const saved = renderTemplate(template, draft.fields);
  return {
    typed,
    subject: draft.subject === saved.subject ? null : draft.subject,
    body: draft.body === saved.body ? null : draft.body,
  };
}

/**
 * The draft to save for a message filled with `values`, or null when there is nothing of the
 * person's own in it (no value typed, no interview value typed over, no text edited).
 */
export function draftToSave(
  template: DraftTemplate,
  values: Readonly<Record<string, string>>,
  edits: MessageEdits,
): DraftInput | null {
  const interviewField = new Set(
    template.fields.filter((field) => field.from === 'interview').map((field) => field.name),
  );
  const typedSomething = Object.entries(edits.typed).some(
    ([name, value]) => value.trim() !== '' || interviewField.has(name),
  );
  if (!typedSomething && edits.subject === null && edits.body === null) return null;
  const fields: Record<string, string> = {};
  for (const field of template.fields) fields[field.name] = values[field.name] ?? '';
  const rendered = renderTemplate(template, fields);
  return {
    subject: edits.subject ?? rendered.subject,
    body: edits.body ?? rendered.body,
    fields,
  };
}

/**
 * One message's edits after another tab saved its own edits of the same draft: what this tab
 * changed since it read the draft (`base`) wins, and everything else is the other tab's (`theirs`).
 */
export function mergeEdits(
  base: MessageEdits,
  mine: MessageEdits,
  theirs: MessageEdits,
): MessageEdits {
  const typed = { ...theirs.typed };
  for (const name of new Set([...Object.keys(base.typed), ...Object.keys(mine.typed)])) {
    const value = mine.typed[name];
    if (value === base.typed[name]) continue;
    if (value === undefined) delete typed[name];
    else typed[name] = value;
  }
  return {
    typed,
    subject: mine.subject === base.subject ? theirs.subject : mine.subject,
    body: mine.body === base.body ? theirs.body : mine.body,
  };
}
