import type { MessageChannel, TemplateStep } from '../timeline/index';

export type { TemplateStep } from '../timeline/index';

/** How a message is delivered; the channels a template can use. */
export type Channel = MessageChannel;

/** Where a reader is in their search, in order; the builder and the lists group templates by it. */
export const STAGES = ['just-interviewed', 'waiting', 'heard-back', 'any'] as const;

/** Where a reader is in their search. */
export type TemplateStage = (typeof STAGES)[number];

/** What each stage is called on the page. */
export const STAGE_LABELS: Readonly<Record<TemplateStage, string>> = {
  'just-interviewed': 'Just interviewed',
  waiting: 'Waiting to hear back',
  'heard-back': 'Heard back',
  any: 'Any stage',
};

/** One fill-in field of a template, as declared in its frontmatter. */
export type TemplateField = {
  /** The placeholder name used in the text as {{name}}. */
  name: string;
  /** The label shown beside the input. */
  label: string;
  /** A short hint under the input. */
  hint?: string | undefined;
  /** Where the value comes from: the interview record, the person's saved details, or typed for this message. */
  from: 'interview' | 'you' | 'message';
  /** Whether the input is a multi-line text area. */
  multiline?: boolean | undefined;
};

/** A message template as plain data: the frontmatter of a template entry plus its id and body. */
export type MessageTemplate = {
  /** The entry id (the file name), e.g. "thank-you-email". */
  id: string;
  /** The template's name, e.g. "Thank-you email". */
  title: string;
  /** How the message is delivered. */
  channel: Channel;
  /** The timeline step the template belongs to. */
  step: TemplateStep;
  /** The stage the builder lists it under. */
  stage: TemplateStage;
  /** The subject line with {{placeholders}}; email templates only. */
  subject?: string | undefined;
  /** The fields the subject and body use, in form order. */
  fields: readonly TemplateField[];
  /** Maximum length of the body in characters, where the channel sets one. */
  limit?: number | undefined;
  /** The message text with {{placeholders}}. */
  body: string;
};

/** How serious a finding is: errors should be fixed before sending, warnings usually, info is polish. */
export type Severity = 'error' | 'warning' | 'info';

/** The id of an etiquette rule. */
export type LintRule =
  | 'channel'
  | 'placeholder'
  | 'wrong-name'
  | 'other-company'
  | 'subject-missing'
  | 'char-limit'
  | 'too-long'
  | 'subject-long'
  | 'subject-vague'
  | 'greeting-missing'
  | 'pushy'
  | 'stock-phrase'
  | 'pay-question'
  | 'assumes-outcome'
  | 'negativity'
  | 'overshare'
  | 'slang'
  | 'shouting'
  | 'emoji'
  | 'exclamation'
  | 'question-marks'
  | 'repeated-word'
  | 'double-space';

/** One problem the etiquette checker found, with the fix and the guide section that explains it. */
export type Finding = {
  /** Which rule found it. */
  rule: LintRule;
  /** How serious it is. */
  severity: Severity;
  /** The problem and how to fix it, in one or two sentences. */
  message: string;
  /** Root-absolute link to the guide section that explains the rule, e.g. /guides/the-donts/#keep-it-professional. */
  guide: string;
};
