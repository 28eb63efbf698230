/** What a link to the builder can ask for: `?template=<id>&interview=<id>&interviewer=<index>`, all optional. */
export type BuilderParams = {
  /** The template to open, e.g. "check-in". */
  template?: string;
  /** The saved interview to fill the fields from. */
  interview?: string;
  /** Which of the interview's interviewers the message is for, 0 for the first. */
  interviewer?: number;
};

/** Reads the builder's parameters from a query string; blank or malformed values are left out. */
export function readBuilderParams(search: string): BuilderParams {
  const query = new URLSearchParams(search);
  const params: BuilderParams = {};
  const template = query.get('template')?.trim();
  const interview = query.get('interview')?.trim();
  const interviewer = query.get('interviewer')?.trim();
  if (template) params.template = template;
  if (interview) params.interview = interview;
  if (interviewer && /^\d{1,3}$/.test(interviewer)) params.interviewer = Number(interviewer);
  return params;
}

/** The query string for the builder's parameters, in a fixed order, e.g. "?template=check-in&interviewer=1". */
export function builderSearch(params: BuilderParams): string {
  const query = new URLSearchParams();
  if (params.template) query.set('template', params.template);
  if (params.interview) query.set('interview', params.interview);
  if (params.interviewer !== undefined) query.set('interviewer', String(params.interviewer));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
