// How a step is carried out, and what each way is called.

/** How a step is carried out; `none` for the step where you stop following up. */
export const CHANNELS = ['email', 'letter', 'linkedin', 'phone', 'none'] as const;

/** How a step is carried out. */
export type Channel = (typeof CHANNELS)[number];

/** What each channel is called on the page. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'Email',
  letter: 'Handwritten card',
  linkedin: 'LinkedIn note',
  phone: 'Phone',
  none: 'No message',
};

/** The channels a message can be written for (every channel but `none`). */
export const MESSAGE_CHANNELS = ['email', 'letter', 'linkedin', 'phone'] as const;

/** How a message is delivered. */
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
