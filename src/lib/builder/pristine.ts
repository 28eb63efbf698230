import { renderTemplate, type RenderableTemplate } from '../templates/render';
import { youValues } from './fields';

const NOBODY = { name: '', email: '', phone: '' };

/**
 * A template as the builder first shows it, with nothing saved and nothing typed: the page works
 * out its etiquette check when the site is built, and the builder uses that result while the text
 * is still exactly this.
 */
export function pristineMessage(template: RenderableTemplate): {
  subject: string | null;
  body: string;
} {
  const rendered = renderTemplate(template, youValues(NOBODY));
  return {
    subject: template.subject === undefined ? null : rendered.subject,
    body: rendered.body,
  };
}
