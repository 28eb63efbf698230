// What the person changed in a message, apart from reading and saving drafts, which load later.

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
