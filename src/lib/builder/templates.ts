import { STAGES, type MessageTemplate, type TemplateStage } from '../templates/index';

/** A template as the builder page hands it to the island: plain data, nothing Astro-specific. */
export type BuilderTemplate = MessageTemplate & {
  /** Position within its stage, lowest first. */
  order: number;
  /** One or two sentences on when to use it. */
  when: string;
  /** The id of the guide it follows, e.g. "thank-you-note". */
  guide: string;
  /** Whether it is written to the main contact (a check-in or the follow-up after it). */
  toContact: boolean;
};

/** The templates of one stage, in order. */
export type StageGroup<T> = { stage: TemplateStage; templates: T[] };

/** Templates grouped by stage (stages in the order of STAGES, empty ones left out), each group by order, then title. */
export function groupByStage<T extends { stage: TemplateStage; order: number; title: string }>(
  templates: readonly T[],
): StageGroup<T>[] {
  return STAGES.map((stage) => ({
    stage,
    templates: templates
      .filter((template) => template.stage === stage)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
  })).filter((group) => group.templates.length > 0);
}

// The group thank-you goes to the person who led the session, who passes the thanks on.
const LEAD_ONLY = new Set(['thank-you-group']);

/** Whether the template is a thank-you that each interviewer should get in their own version. */
export function writesToEach(template: Pick<MessageTemplate, 'id' | 'step' | 'fields'>): boolean {
  return (
    (template.step === 'thank-you' || template.step === 'handwritten-note') &&
    !LEAD_ONLY.has(template.id) &&
    template.fields.some((field) => field.name === 'interviewerName')
  );
}

/** Fields that differ from one interviewer's message to the next: whom it greets and what you discussed. */
export const PER_PERSON_FIELDS: readonly string[] = ['interviewerName', 'discussed', 'topic'];
