export {
  draftToSave,
  mergeEdits,
  noEdits,
  readDraft,
  type DraftTemplate,
  type MessageEdits,
} from './drafts';
export {
  $builder,
  builderAddress,
  chooseInterview,
  choosePerson,
  chooseTemplate,
  editMessage,
  flushDrafts,
  resetMessage,
  setCc,
  setField,
  startBuilder,
  restoreInterviewValue,
  type BuilderMessage,
  type BuilderView,
} from './session';
export {
  PER_PERSON_FIELDS,
  groupByStage,
  writesToEach,
  type BuilderTemplate,
  type StageGroup,
} from './templates';
export {
  YOU_FIELDS,
  copyInFor,
  interviewValues,
  mainContactIndex,
  recipientsOf,
  youValues,
  type CopyIn,
  type Recipient,
} from './values';
export {
  CHANNEL_NOUNS,
  blankLabel,
  blanksIn,
  readableBlanks,
  PERSONAL_NOTES_GUIDE,
  characterCount,
  copyText,
  duplicateWarning,
  type SectionTitles,
} from './words';
