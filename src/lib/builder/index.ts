export {
  PER_PERSON_FIELDS,
  STAGE_ORDER,
  groupByStage,
  writesToEach,
  type BuilderTemplate,
  type StageGroup,
} from './templates';
export { YOU_FIELDS, youValues } from './fields';
export { interviewLabel, interviewValues } from './interview-values';
export { builderSearch, readBuilderParams, type BuilderParams } from './params';
export { draftToSave, noEdits, readDraft, type DraftTemplate, type MessageEdits } from './drafts';
export {
  CHANNEL_NOUNS,
  PERSONAL_NOTES_GUIDE,
  characterCount,
  copyText,
  guideSectionTitle,
} from './words';
export { duplicateWarning } from './duplicates';
export { pristineMessage } from './pristine';
