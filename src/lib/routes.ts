// Every address the code builds, in one place. Paths are root-absolute ("/guides/faq/") until
// `url()` puts the deploy base in front of them.

/** The timeline tool. */
export const TIMELINE_PATH = '/timeline/';
/** The timeline with a new, empty interview form, not saved until it has details. */
export const NEW_INTERVIEW_PATH = '/timeline/?new';
/** The timeline with the current interview's details open, ready to change. */
export const EDIT_INTERVIEW_PATH = '/timeline/?edit';
/** My interviews. */
export const INTERVIEWS_PATH = '/interviews/';
/** The backup page. */
export const BACKUP_PATH = '/interviews/backup/';
/** The template builder, without a query. */
export const BUILDER_PATH = '/templates/';

/** The spelling dictionary for a locale ("en-US"), as one JSON file: { aff, dic }. */
export const spellingPath = (locale: string): string => `/spelling/${locale}.json`;

/** Joins a deploy base ("/" or "/follow-up/") and a root-absolute site path into one URL path. */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith('/')) return path;
  if (path.startsWith(root) && root !== '/') return path;
  return root + path.slice(1);
}

/** The timeline with a new interview form for the next round of interview `id`: `?new&from=<id>`. */
export function nextRoundPath(id: string): string {
  return `${NEW_INTERVIEW_PATH}&${new URLSearchParams({ from: id }).toString()}`;
}

/** What a timeline address can ask for beyond showing the current interview. */
export type TimelineRequest = { open: 'new'; from: string | null } | { open: 'details' };

/**
 * What a timeline address (its query string) asks for: a new, empty interview form (`?new`),
 * perhaps the next round of a saved one (`from`); the current interview's details (`?edit`);
 * null for neither.
 */
export function timelineRequest(search: string): TimelineRequest | null {
  const query = new URLSearchParams(search);
  if (query.has('new')) return { open: 'new', from: query.get('from') };
  return query.has('edit') ? { open: 'details' } : null;
}

/** True for a link that points inside this site (root-absolute, not protocol-relative). */
export function isInternalPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** A root-absolute site path under the deploy base this build was made for. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** A guide, or one of its sections: `guidePath('faq')` → "/guides/faq/". */
export function guidePath(id: string, section?: string): string {
  return `/guides/${id}/${section ? `#${section}` : ''}`;
}

/** One region's public holidays (`US-CA`), or `zones`, as scripts/holidays.mjs writes them. */
export function holidayFilePath(name: string): string {
  return `/holidays/${name}.json`;
}

/** The static page of one template. */
export function templatePath(id: string): string {
  return `/templates/${id}/`;
}

/** What an address of the builder names: `?template=<id>&interview=<id>&interviewer=<index>`. */
export type BuilderParams = {
  /** The template to open, e.g. "check-in". */
  template?: string;
  /** The saved interview to fill the fields from. */
  interview?: string;
  /** Which of the interview's interviewers the message is for, 0 for the first. */
  interviewer?: number;
};

/** The builder's query string, in a fixed order, e.g. "?template=check-in&interviewer=1"; '' for none. */
export function builderSearch(params: BuilderParams): string {
  const query = new URLSearchParams();
  if (params.template) query.set('template', params.template);
  if (params.interview) query.set('interview', params.interview);
  if (params.interviewer !== undefined) query.set('interviewer', String(params.interviewer));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** Reads the builder's query string; blank or malformed values are left out. */
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

/** The builder opened on one message, e.g. "/templates/?template=check-in&interview=…". */
export function builderPath(params: BuilderParams): string {
  return `${BUILDER_PATH}${builderSearch(params)}`;
}
