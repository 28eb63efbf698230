import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { STAGES } from './lib/templates/index';
import { MESSAGE_CHANNELS, TEMPLATE_STEPS } from './lib/timeline/index';

/** Where a reader is in their search; the home page groups articles by it. */
export const StageSchema = z.enum(STAGES);

/** The interactive step an article is about, shown as a call to action at its top and bottom. */
const ToolLinkSchema = z.object({
  /** Which tool: the personal timeline, or the template builder. */
  tool: z.enum(['timeline', 'templates']),
  /** Button text, e.g. "Get your timeline" or "Write this message". */
  label: z.string().min(3),
  /** For the template builder: the template to open (an id in src/content/templates). */
  template: reference('templates').optional(),
});

/** Fields every article (guide, industry page, situation page) has. */
const article = z.object({
  /** The page title, shown as the h1 and in search results. */
  title: z.string().min(3).max(80),
  /** One or two sentences for the index card, search engines and social previews (50–170 characters). */
  description: z.string().min(50).max(170),
  /** Position on the index page, lowest first. */
  order: z.number().int().nonnegative(),
  /** The source documents this article draws on; each must exist in src/content/sources. */
  sources: z.array(reference('sources')).min(1),
  /** Related articles, by collection and id; the links are checked at build time. */
  related: z
    .array(
      z.object({
        /** Which collection the related article lives in. */
        collection: z.enum(['guides', 'industries', 'situations']),
        /** The id (file name without extension) of the related article. */
        id: z.string().min(1),
      }),
    )
    .default([]),
  /** The tool step this article is about, if any. */
  tool: ToolLinkSchema.optional(),
  /** The date an editor last checked this article against its sources. */
  lastReviewed: z.coerce.date(),
  /** Reading stage, used for the home page's entry points. */
  stage: StageSchema.default('any'),
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: article,
});

const industries = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/industries' }),
  schema: article,
});

const situations = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/situations' }),
  schema: article,
});

/** One fill-in field of a message template. */
const TemplateFieldSchema = z.object({
  /** The placeholder name used in the body as {{name}}. */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use letters and digits only, e.g. "topic"'),
  /** The label shown beside the input. */
  label: z.string().min(2),
  /** A short hint under the input: what a good answer looks like. */
  hint: z.string().optional(),
  /** Where the value comes from: the interview record, the person's saved details, or typed for this message. */
  from: z.enum(['interview', 'you', 'message']),
  /** Whether the field is a multi-line text area. */
  multiline: z.boolean().default(false),
});

const templates = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/templates' }),
  schema: z.object({
    /** The template's name, e.g. "Thank-you email". */
    title: z.string().min(3),
    /** How the message is delivered. */
    channel: z.enum(MESSAGE_CHANNELS),
    /** The timeline step this template belongs to, or "anytime" for messages not on the timeline. */
    step: z.enum(TEMPLATE_STEPS),
    /** Stage used to group templates in the builder. */
    stage: StageSchema,
    /** Position within its stage, lowest first. */
    order: z.number().int().nonnegative(),
    /** Email subject line with {{placeholders}}; required for email templates. */
    subject: z.string().optional(),
    /** One or two sentences on when to use this template. */
    when: z.string().min(20),
    /** The guide this template follows (an id in src/content/guides). */
    guide: reference('guides'),
    /** The fields the body and subject use, in the order the form shows them. */
    fields: z.array(TemplateFieldSchema).min(1),
    /** Maximum length of the body in characters, where the channel sets one. */
    limit: z.number().int().positive().optional(),
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/sources' }),
  schema: z.object({
    /** The title as the document gives it, or a description in brackets when it gives none. */
    title: z.string().min(3),
    /** How articles name the document in running text and in disagreement callouts, e.g. "ProSky". */
    shortName: z.string().min(3),
    /** Anything a reader should know about how the document identifies itself. */
    note: z.string().optional(),
    /** The publisher as the document names it; omitted when it names none. */
    publisher: z.string().optional(),
    /** The author as the document names them, with their role if given. */
    author: z.string().optional(),
    /** The publication date exactly as the document gives it; omitted when it gives none. */
    date: z.string().optional(),
    /** What this document contributes to the site, in one or two sentences. */
    contributes: z.string().min(20),
    /** Position on the sources page. */
    order: z.number().int().nonnegative(),
  }),
});

export const collections = { guides, industries, situations, templates, sources };
