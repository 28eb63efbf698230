// The one list of timeline steps. Labels, the content collections' step names, the agenda, the
// activity log, the measures and the builder's one-message-per-person links all read it.

import type { Channel } from './channels';

/** The steps of a follow-up timeline, in the order the rules list them. */
export const STEP_IDS = [
  'thank-you',
  'handwritten-note',
  'linkedin',
  'materials',
  'check-in',
  'second-follow-up',
  'move-on',
] as const;

/** One step of the timeline, e.g. `check-in`. */
export type StepId = (typeof STEP_IDS)[number];

/** What a template belongs to: a timeline step, or `anytime` for messages off the timeline. */
export const TEMPLATE_STEPS = [...STEP_IDS, 'anytime'] as const;

/** A template's place: one timeline step, or `anytime`. */
export type TemplateStep = (typeof TEMPLATE_STEPS)[number];

/**
 * Who a step is for: `each` interviewer in a message of their own, the main `contact` (the
 * recruiter or hiring manager who runs the process, else the first interviewer), or `nobody`.
 */
export type Audience = 'each' | 'contact' | 'nobody';

/** What the site knows about one step. */
export interface StepInfo {
  /** Its name in lists and on articles, e.g. "Thank-you within 24 hours". */
  label: string;
  /** The instruction on the timeline, by channel, e.g. "Check in by email". */
  titles: Partial<Record<Channel, string>>;
  /** What was sent, as the activity log names it; null for a step that sends nothing. */
  logName: string | null;
  /** The guide section that explains it, root-absolute. */
  guide: string;
  /** The template to write it with, by channel; none for a step with nothing to write. */
  templates: Partial<Record<Channel, string>>;
  /** Who it is written to. */
  audience: Audience;
  /** Whether it asks for a reply, so the measures count it as a follow-up. */
  followUp: boolean;
}

/** Every step, once. */
export const STEPS: Readonly<Record<StepId, StepInfo>> = {
  'thank-you': {
    label: 'Thank-you within 24 hours',
    titles: { email: 'Send your thank-you email' },
    logName: 'Thank-you message',
    guide: '/guides/thank-you-note/',
    templates: { email: 'thank-you-email' },
    audience: 'each',
    followUp: false,
  },
  'handwritten-note': {
    label: 'Handwritten card',
    titles: { letter: 'Mail a handwritten thank-you note' },
    logName: 'Handwritten thank-you card',
    guide: '/guides/thank-you-note/#email-or-handwritten',
    templates: { letter: 'handwritten-card' },
    audience: 'each',
    followUp: false,
  },
  linkedin: {
    label: 'LinkedIn connection',
    titles: { linkedin: 'Connect on LinkedIn' },
    logName: 'LinkedIn connection',
    guide: '/guides/linkedin-and-social-media/#connect-the-day-after',
    templates: { linkedin: 'linkedin-note' },
    audience: 'each',
    followUp: false,
  },
  materials: {
    label: 'Materials you promised',
    titles: { email: 'Send what you promised' },
    logName: 'Requested materials',
    guide: '/guides/adding-value/#send-what-they-asked-for-fast',
    templates: { email: 'requested-materials' },
    audience: 'contact',
    followUp: false,
  },
  'check-in': {
    label: 'Check-in after the decision date',
    titles: { email: 'Check in by email', phone: 'Call to check in' },
    logName: 'Check-in',
    guide: '/guides/checking-in/',
    templates: { email: 'check-in', phone: 'phone-script' },
    audience: 'contact',
    followUp: true,
  },
  'second-follow-up': {
    label: 'Second follow-up',
    titles: { email: 'Follow up once more by email', phone: 'Follow up once more by phone' },
    logName: 'Second follow-up',
    guide: '/guides/checking-in/',
    templates: { email: 'second-follow-up', phone: 'phone-script' },
    audience: 'contact',
    followUp: true,
  },
  'move-on': {
    label: 'Move on (nothing more to send)',
    titles: { none: 'Move on if you have not heard back' },
    logName: null,
    guide: '/guides/when-to-move-on/',
    templates: {},
    audience: 'nobody',
    followUp: false,
  },
};

/** Names for templates that are not on the timeline. */
export const ANYTIME_LABEL = 'Any time it fits';

/** The name of a template's step in lists: a step's label, or "Any time it fits". */
export function stepLabel(step: TemplateStep): string {
  return step === 'anytime' ? ANYTIME_LABEL : STEPS[step].label;
}

/** The steps that count as a follow-up in the measures: the ones that ask for a reply. */
export const FOLLOW_UP_STEPS: readonly StepId[] = STEP_IDS.filter((id) => STEPS[id].followUp);
