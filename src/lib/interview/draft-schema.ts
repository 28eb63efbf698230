// One interview form as typed, as it is kept while it cannot be saved (see state/form-drafts.ts):
// the timeline's form, the next round and the actions that move or drop a kept form read it.
import { z } from 'zod/mini';
import { INTERVIEW_FORMATS } from '../timeline/index';
import { HolidayRegionSchema } from './schema';

// Generous, so nothing a person types is cut, yet bounded, so a damaged entry cannot fill storage.
const typedText = z.string().check(z.maxLength(5_000));
// A field the form gained later: forms kept before it was asked have none.
const laterText = z._default(typedText, '');

/** One interview form as typed, kept while it cannot be saved. */
export const FormDraftSchema = z.object({
  company: typedText,
  role: typedText,
  interviewDate: typedText,
  interviewTime: typedText,
  format: z.enum(INTERVIEW_FORMATS),
  interviewers: z
    .array(
      z.object({
        name: typedText,
        title: typedText,
        greeting: laterText,
        email: typedText,
        timeZone: laterText,
        caredAbout: laterText,
        discussed: laterText,
        concern: laterText,
      }),
    )
    .check(z.maxLength(100)),
  contactName: typedText,
  contactEmail: typedText,
  contactTimeZone: laterText,
  contactGreeting: laterText,
  decisionDate: typedText,
  callBackInDays: typedText,
  promised: laterText,
  promisedBy: laterText,
  handwrittenNote: z.boolean(),
  phoneFollowUp: z.boolean(),
  holidays: z.array(typedText).check(z.maxLength(100)),
  /** The holiday region, when one is chosen: picked from a list, so always a whole one. */
  holidayRegion: z.optional(HolidayRegionSchema),
  /** When it was last typed in, an ISO 8601 timestamp. */
  savedAt: z.string(),
});

/** One interview form as typed. */
export type FormDraft = z.output<typeof FormDraftSchema>;

/** A form with nothing typed in it yet, as of `savedAt`: the defaults every new form starts from. */
export function blankDraft(savedAt: string): FormDraft {
  return {
    company: '',
    role: '',
    interviewDate: '',
    interviewTime: '',
    format: 'in-person',
    interviewers: [],
    contactName: '',
    contactEmail: '',
    contactTimeZone: '',
    contactGreeting: '',
    decisionDate: '',
    callBackInDays: '',
    promised: '',
    promisedBy: '',
    handwrittenNote: false,
    phoneFollowUp: false,
    holidays: [],
    savedAt,
  };
}
