/** Reader-facing names for message channels. */
export const CHANNEL_LABELS = {
  email: 'Email',
  letter: 'Handwritten card',
  linkedin: 'LinkedIn note',
  phone: 'Phone',
  none: 'No message',
} as const;

/** Reader-facing names for the stages of the search. */
export const STAGE_LABELS = {
  'just-interviewed': 'Just interviewed',
  waiting: 'Waiting to hear back',
  'heard-back': 'Heard back',
  any: 'Any stage',
} as const;

/** Reader-facing names for timeline steps. */
export const STEP_LABELS = {
  'thank-you': 'Thank-you within 24 hours',
  'handwritten-note': 'Handwritten card',
  linkedin: 'LinkedIn connection',
  'check-in': 'Check-in after the decision date',
  'second-follow-up': 'Second follow-up',
  'move-on': 'Closing the loop',
  anytime: 'Any time it fits',
} as const;
