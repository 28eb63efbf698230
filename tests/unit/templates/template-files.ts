// The built-in templates as the tests read them, and the values a person would type into them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { MessageTemplate } from '../../../src/lib/templates';

const DIR = join(import.meta.dirname, '../../../src/content/templates');

function loadTemplate(file: string): MessageTemplate {
  const source = readFileSync(join(DIR, file), 'utf8');
  const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!parts) throw new Error(`${file} has no frontmatter block — start it with a line of ---.`);
  const data = parse(parts[1] ?? '') as Omit<MessageTemplate, 'id' | 'body'> & {
    when: string;
    guide: string;
    order: number;
  };
  return { id: file.replace(/\.md$/, ''), ...data, body: parts[2] ?? '' };
}

export const files = readdirSync(DIR).filter((file) => file.endsWith('.md'));
export const templates = files.map(loadTemplate);
const byId = new Map(templates.map((template) => [template.id, template]));
export const get = (id: string): MessageTemplate => {
  const template = byId.get(id);
  if (!template) throw new Error(`No template file ${id}.md`);
  return template;
};
export const meta = (template: MessageTemplate) =>
  template as MessageTemplate & { when: string; guide: string; order: number };

/** Values a person would really type. */
export const ORDINARY = {
  interviewerName: 'Ms. Rivera',
  company: 'Northwind Health',
  role: 'Product Designer',
  interviewDate: 'Tuesday, November 24',
  decisionDate: 'Friday, December 4',
  yourName: 'Jordan Lee',
  yourEmail: 'jordan.lee@example.com',
  yourPhone: '555-0142',
  topic: 'the plan to move patient scheduling online',
  discussed: 'the plan to move patient scheduling online',
  fitReason: 'my four years running usability studies',
  groupMember: 'Sam Ortiz',
  extraMaterial: 'a short written summary of my portfolio project',
  lastContactDate: 'Monday, December 7',
  materials: 'three references and a sample project plan',
  resourceTitle: 'Booking Without the Phone Queue',
  resourceLink: 'https://example.com/articles/online-booking',
  whyRelevant: 'It compares how three clinic networks moved booking online.',
  offerDeadline: 'Wednesday, December 9',
  contribution: 'the new patient intake forms',
};

/** The same, with names and a company from outside the ASCII alphabet and longer titles. */
export const INTERNATIONAL = {
  ...ORDINARY,
  interviewerName: 'José Müller',
  company: 'Tanaka & Söhne',
  role: 'Senior Data Analyst',
  yourName: '田中 美咲',
  yourEmail: 'misaki.tanaka@example.jp',
  yourPhone: '+81 3 1234 5678',
  topic: 'how the team reports quarterly forecasts',
  discussed: 'how the team reports quarterly forecasts',
  fitReason: 'my work building forecasting dashboards',
  groupMember: 'Zoë Okafor',
};
