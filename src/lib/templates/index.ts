export {
  STAGES,
  STAGE_LABELS,
  type Channel,
  type Finding,
  type LintRule,
  type MessageTemplate,
  type Severity,
  type TemplateField,
  type TemplateStage,
  type TemplateStep,
} from './types';
export {
  placeholders,
  renderTemplate,
  splitForHighlight,
  type HighlightSegment,
  type RenderableTemplate,
  type RenderedMessage,
} from './render';
export { lintMessage } from './lint';
export { GUIDE_ANCHORS, LINT_RULES, lintChannel, lintShape, type LintContext } from './lint-shape';
export { SHAPE_MESSAGES, quote, quoteList } from './messages';
export { WORDING_MESSAGES } from './wording-messages';
export { countSentences, messageContent, messageStats, type MessageStats } from './message-stats';
export { gmailComposeUrl, mailtoUrl, outlookComposeUrl, type ComposeInput } from './compose-links';
export { nearDuplicates, similarity, type NearDuplicate } from './interviewers';
