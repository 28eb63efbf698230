// The message open in the template builder: which template, interview and interviewer, what the
// person typed and edited, and the drafts it is saved to. The island renders `$builder` and calls
// the actions below; drafts are saved a moment after typing stops (and at once on `flushDrafts`).
import { atom, computed } from 'nanostores';
import type { Interview } from '../interview/index';
import { readBuilderParams, type BuilderParams } from '../routes';
import {
  $activeId,
  $state,
  erasureCount,
  DEFAULT_STATE,
  draftKey,
  getDraft,
  resetDraft,
  saveDraft,
  setYou,
  type Draft,
} from '../state/index';
import { wordingRules } from '../on-demand';
import {
  lintShape,
  nearDuplicates,
  renderTemplate,
  type Finding,
  type LintContext,
} from '../templates/index';
import { draftToSave, mergeEdits, noEdits, readDraft, type MessageEdits } from './drafts';
import { PER_PERSON_FIELDS, writesToEach, type BuilderTemplate } from './templates';
import {
  YOU_FIELDS,
  interviewValues,
  mainContactIndex,
  recipientsOf,
  youValues,
  type Recipient,
} from './values';
import { blanksIn, duplicateWarning, readableBlanks } from './words';

/** What the person has changed for the messages on screen, and which drafts they belong to. */
interface Work {
  /** Which interview, template and interviewers this is for; the drafts are read again when it changes. */
  key: string;
  /** The interview id in the draft keys. */
  interviewKey: string;
  templateId: string;
  /** The interviewer index of each message. */
  indices: readonly number[];
  /** Values typed for every message alike. */
  shared: Record<string, string>;
  /** Per message: values typed for that person alone, and text edited by hand. */
  slots: readonly MessageEdits[];
  /** Per message: the saved draft as last read or written here, and what it meant then. */
  read: readonly { draft: Draft | undefined; edits: MessageEdits }[];
  /** Whether anything changed since the drafts were read or saved. */
  dirty: boolean;
  /** `erasureCount()` at the last change: typing from before an erasure is not saved after it. */
  erasures: number;
}

interface Session {
  /** False until the page has started the builder; the view then matches the server's. */
  started: boolean;
  templates: readonly BuilderTemplate[];
  templateId: string;
  /** The interview chosen (or linked to); null follows the active one. */
  interviewId: string | null;
  /** Whom the message is for (see `recipientsOf`); null: the usual person for the template. */
  person: number | null;
  cc: string;
  /** Problems already worded for the reader: a link to something missing. */
  problems: readonly string[];
  /** Whether the person has changed a message since the page loaded: the spelling check starts then. */
  proofing: boolean;
  work: Work;
}

/** One message as the builder shows it. */
export interface BuilderMessage {
  /** The interviewer it is for, 0 first. */
  index: number;
  /** Its place among the open messages. */
  slot: number;
  /** What the interview fills in for it. */
  auto: Readonly<Record<string, string>>;
  /** Every value filled in: the interview's, yours, and what was typed. */
  values: Readonly<Record<string, string>>;
  /** The final subject, or null when the channel has none. */
  subject: string | null;
  /** The final body. */
  body: string;
  /** What the etiquette check finds in it. */
  findings: readonly Finding[];
  /** Placeholders the fields have not filled. */
  missing: readonly string[];
  /** The blanks still in the text, as they read there: "[Something you discussed]". */
  blanks: readonly string[];
  /** Whether the text was edited by hand. */
  edited: boolean;
}

/** The builder's address for what is open, e.g. "?template=check-in&interviewer=1". */
export function builderAddress(view: BuilderView): BuilderParams {
  const people = view.people.length;
  return {
    ...(view.template ? { template: view.template.id } : {}),
    ...(view.chosen && view.interview ? { interview: view.interview.id } : {}),
    ...(people > 1 ? { interviewer: view.active } : {}),
  };
}

/** Everything the builder shows. */
export interface BuilderView {
  started: boolean;
  templates: readonly BuilderTemplate[];
  template: BuilderTemplate | undefined;
  interviews: readonly Interview[];
  interview: Interview | null;
  /** Whom the messages can go to: the interviewers, and the main contact when they did not interview you. */
  people: readonly Recipient[];
  /** Whether the interview was chosen or linked to, rather than the active one by default. */
  chosen: boolean;
  /** Whether a message goes to each interviewer on their own. */
  multi: boolean;
  /** The interviewer the shown message is for. */
  active: number;
  messages: readonly BuilderMessage[];
  /** The message on screen. */
  shown: BuilderMessage | undefined;
  /** The name each message greets, by slot. */
  names: readonly string[];
  /** A warning when messages to different people read almost the same. */
  duplicates: string | null;
  cc: string;
  problems: readonly string[];
  /** Whether the spelling check runs: from the person's first change to a message on. */
  proofing: boolean;
}

// Drafts written before any interview is saved are kept under this id.
const NO_INTERVIEW = 'no-interview';
const SAVE_AFTER_MS = 400;

const LINK_ELSEWHERE =
  'This link points to an interview that isn’t saved in this browser, so the builder filled in your current interview instead. Check the details below.';
const LINK_NOTHING_SAVED =
  'This link points to an interview that isn’t saved in this browser. Type the details below, or enter the interview on your timeline first.';

const blankWork = (
  key: string,
  interviewKey: string,
  templateId: string,
  indices: readonly number[],
): Work => ({
  key,
  interviewKey,
  templateId,
  indices,
  shared: {},
  slots: indices.map(noEdits),
  read: indices.map(() => ({ draft: undefined, edits: noEdits() })),
  dirty: false,
  erasures: erasureCount(),
});

const $session = atom<Session>({
  started: false,
  templates: [],
  templateId: '',
  interviewId: null,
  person: null,
  cc: '',
  problems: [],
  proofing: false,
  work: blankWork('', NO_INTERVIEW, '', [0]),
});

// The view is worked out again on every change to the session or the store; a message whose text
// did not change keeps the findings it had, so the checker reads each text once.
const findingsOf = new Map<string, readonly Finding[]>();

// The shape rules come with the page; the whole checker, wording rules and all, once loaded.
let lintAll: typeof lintShape | undefined;

/** Loads the wording rules once there is writing of the person's own, then checks every message again. */
function checkWording(): void {
  if (lintAll) return;
  wordingRules().then(
    ({ lintMessage }) => {
      lintAll = lintMessage;
      findingsOf.clear();
      $session.set({ ...$session.get() });
    },
    // Offline before the file was kept: the shape rules go on, and the next change tries again.
    () => {},
  );
}

/** Whether the open messages hold anything the person wrote: an edit or a value typed in the builder. */
const ownWords = (work: Work): boolean =>
  [work.shared, ...work.slots.map((edits) => edits.typed)].some((typed) =>
    Object.values(typed).some(Boolean),
  ) || work.slots.some(({ body, subject }) => body !== null || subject !== null);

/** What the etiquette check knows about a message besides its text: who it is for, and the rest. */
type Known = Pick<LintContext, 'recipient' | 'company' | 'otherNames' | 'otherCompanies'>;

/** What the etiquette check finds in one message, read once per text. */
function checked(
  template: BuilderTemplate,
  subject: string | null,
  body: string,
  known: Known,
): readonly Finding[] {
  const key = JSON.stringify([template.id, subject, body, known]);
  let findings = findingsOf.get(key);
  if (findings === undefined) {
    findings = (lintAll ?? lintShape)(body, {
      channel: template.channel,
      step: template.step,
      stage: template.stage,
      limit: template.limit,
      subject: subject ?? undefined,
      ...known,
    });
    if (findingsOf.size >= 50) findingsOf.clear();
    findingsOf.set(key, findings);
  }
  return findings;
}

/** Whom the message in `index` is for, the other people in the process, and the other interviews' companies. */
function knownFor(
  interview: Interview | null,
  interviews: readonly Interview[],
  values: Readonly<Record<string, string>>,
  recipient: string,
): Known {
  const company = interview?.company || values['company'] || '';
  return {
    recipient,
    company,
    otherNames: recipientsOf(interview)
      .map(({ name }) => name)
      .filter((name) => name !== recipient),
    otherCompanies: interviews
      .filter((entry) => entry !== interview && entry.company !== company)
      .map((entry) => entry.company),
  };
}

/** Whether field `name` differs from one interviewer's message to the next. */
const isPerPerson = (multi: boolean, name: string) => multi && PER_PERSON_FIELDS.includes(name);

/** Which messages are open: the template, interview and interviewers, and the key of their drafts. */
function selection(
  session: Session,
  stored: typeof DEFAULT_STATE,
  activeId: string | null = $activeId.get(),
) {
  const template =
    session.templates.find((entry) => entry.id === session.templateId) ?? session.templates[0];
  const chosen = stored.interviews.find((entry) => entry.id === session.interviewId);
  const interview =
    chosen ??
    stored.interviews.find((entry) => entry.id === activeId) ??
    stored.interviews[0] ??
    null;
  const multi =
    template !== undefined && writesToEach(template) && (interview?.interviewers.length ?? 0) > 1;
  const people = multi ? (interview?.interviewers ?? []) : recipientsOf(interview);
  // A check-in goes to whoever runs the process; other messages start with the first interviewer.
  const usual = template?.toContact ? mainContactIndex(interview) : 0;
  const active = Math.max(0, Math.min(session.person ?? usual, people.length - 1));
  const indices = multi ? people.map((_, index) => index) : [active];
  const interviewKey = interview?.id ?? NO_INTERVIEW;
  const key = `${interviewKey}|${template?.id ?? ''}|${indices.join(',')}`;
  return {
    template,
    interview,
    people,
    chosen: chosen !== undefined,
    multi,
    active,
    indices,
    interviewKey,
    key,
  };
}

/** The builder as it stands: read it with useStore, change it with the actions. */
export const $builder = computed(
  [$session, $state, $activeId],
  (session, live, activeId): BuilderView => {
    // Until the page starts the builder, it shows what the server rendered: nothing saved.
    const stored = session.started ? live : DEFAULT_STATE;
    const { template, interview, people, chosen, multi, active, indices, interviewKey, key } =
      selection(session, stored, session.started ? activeId : null);
    const work =
      session.work.key === key
        ? session.work
        : blankWork(key, interviewKey, template?.id ?? '', indices);
    const you = youValues(stored.you);
    const messages = template
      ? indices.map((index, slot): BuilderMessage => {
          const edits = work.slots[slot] ?? noEdits();
          const auto = interviewValues(interview, index);
          const values = { ...auto, ...you, ...work.shared, ...edits.typed };
          const rendered = renderTemplate(template, values);
          // A blank reads as its label, never as {{name}}.
          const subject =
            template.subject === undefined
              ? null
              : (edits.subject ?? readableBlanks(rendered.subject, template.fields));
          const body = edits.body ?? readableBlanks(rendered.body, template.fields);
          const recipient = people[index]?.name || values['interviewerName'] || '';
          const known = knownFor(interview, stored.interviews, values, recipient);
          const findings = checked(template, subject, body, known);
          const edited = edits.subject !== null || edits.body !== null;
          return {
            index,
            slot,
            auto,
            values,
            subject,
            body,
            findings,
            edited,
            missing: rendered.missing,
            blanks: blanksIn(`${subject ?? ''}\n${body}`, template.fields),
          };
        })
      : [];
    const names = messages.map(
      ({ values, index }) => values['interviewerName'] || people[index]?.name || '',
    );
    // Compared once each message has its own details, so the warning is about what was written.
    const personal = messages.filter(
      ({ edited, missing }) => edited || !missing.some((name) => PER_PERSON_FIELDS.includes(name)),
    );
    const duplicates = multi
      ? duplicateWarning(
          names,
          nearDuplicates(personal.map(({ body }) => body)).map((pair) => ({
            ...pair,
            a: personal[pair.a]?.slot ?? pair.a,
            b: personal[pair.b]?.slot ?? pair.b,
          })),
        )
      : null;
    return {
      started: session.started,
      templates: session.templates,
      template,
      interviews: stored.interviews,
      interview,
      people,
      chosen,
      multi,
      active,
      messages,
      shown: messages.find(({ index }) => index === active) ?? messages[0],
      names,
      duplicates,
      cc: session.cc,
      problems: session.problems,
      proofing: session.proofing,
    };
  },
);

/**
 * Saves the messages of `work` as drafts, or forgets the drafts that hold nothing of the person's
 * own; returns each draft as it now reads. A draft another tab saved meanwhile keeps its changes
 * where this tab changed nothing.
 */
function persist(work: Work): Work['read'] | null {
  const session = $session.get();
  const source = session.templates.find((entry) => entry.id === work.templateId);
  if (!source) return null;
  const now = $state.get();
  const owner = now.interviews.find((entry) => entry.id === work.interviewKey) ?? null;
  // Typing from before everything was erased, or for an interview deleted in another tab, is not
  // written back: it would bring back what the person chose to remove.
  if (work.erasures !== erasureCount() || (work.interviewKey !== NO_INTERVIEW && !owner)) {
    return null;
  }
  return work.indices.map((index, slot) => {
    const where = draftKey(work.interviewKey, source.id, index);
    const edits = work.slots[slot];
    const base = work.read[slot];
    if (!edits || !base) return { draft: getDraft(where), edits: noEdits() };
    const auto = interviewValues(owner, index);
    const mine = { ...edits, typed: { ...work.shared, ...edits.typed } };
    const latest = getDraft(where);
    const merged =
      latest !== undefined && latest !== base.draft
        ? mergeEdits(base.edits, mine, readDraft(source, latest, auto))
        : mine;
    const values = { ...auto, ...youValues(now.you), ...merged.typed };
    const draft = draftToSave(source, values, merged);
    if (draft === null) resetDraft(where);
    else saveDraft(where, draft);
    return { draft: getDraft(where), edits: merged };
  });
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let stopListening: (() => void) | undefined;

/** Saves what was typed now, rather than after the usual pause (the page is being hidden). */
export function flushDrafts(): void {
  clearTimeout(saveTimer);
  const { work } = $session.get();
  if (!work.dirty) return;
  $session.set({ ...$session.get(), work: { ...work, dirty: false } });
  const read = persist(work);
  const after = $session.get();
  if (read && after.work.key === work.key)
    $session.set({ ...after, work: { ...after.work, read } });
}

/** The session with the drafts of the messages it opens read in; the same session when they are. */
function withWork(session: Session): Session {
  const { template, interview, multi, indices, interviewKey, key } = selection(
    session,
    $state.get(),
  );
  if (!session.started || !template || session.work.key === key) return session;
  const shared: Record<string, string> = {};
  const read: Work['read'][number][] = [];
  const slots = indices.map((index) => {
    const auto = interviewValues(interview, index);
    const draft = getDraft(draftKey(interviewKey, template.id, index));
    const edits = readDraft(template, draft, auto);
    read.push({ draft, edits });
    const own: Record<string, string> = {};
    for (const [name, value] of Object.entries(edits.typed)) {
      if (isPerPerson(multi, name)) own[name] = value;
      else if (!shared[name]) shared[name] = value;
    }
    return { ...edits, typed: own };
  });
  const work = { ...blankWork(key, interviewKey, template.id, indices), shared, slots, read };
  if (ownWords(work)) checkWording();
  return { ...session, work };
}

/** Reads the drafts of the messages now open, after saving what was typed in the ones before. */
function syncWork(): void {
  const session = $session.get();
  const next = withWork(session);
  if (next === session) return;
  flushDrafts();
  $session.set(withWork($session.get()));
}

/** Changes the open messages' work and saves it a moment later. */
function change(update: (work: Work, multi: boolean) => Partial<Work>): void {
  syncWork();
  const session = $session.get();
  const { multi } = selection(session, $state.get());
  const work = {
    ...session.work,
    ...update(session.work, multi),
    dirty: true,
    erasures: erasureCount(),
  };
  $session.set({ ...session, work, proofing: true });
  checkWording();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushDrafts, SAVE_AFTER_MS);
}

function choose(patch: Partial<Session>): void {
  flushDrafts();
  $session.set(withWork({ ...$session.get(), ...patch }));
}

/**
 * Starts the builder with the page's templates and the address it was opened with
 * (`?template=…&interview=…&interviewer=…`): notes what the link asked for that is missing.
 */
export function startBuilder(templates: readonly BuilderTemplate[], search: string): void {
  const params: BuilderParams = readBuilderParams(search);
  const problems: string[] = [];
  const first = templates[0];
  let templateId = first?.id ?? '';
  if (params.template !== undefined) {
    if (templates.some((entry) => entry.id === params.template)) templateId = params.template;
    else if (first) {
      problems.push(
        `This link asks for a template called “${params.template}”, which doesn’t exist, so the builder opened the ${first.title.toLowerCase()} instead. Choose the message you need from the list.`,
      );
    }
  }
  const saved = $state.get().interviews;
  if (params.interview !== undefined && !saved.some(({ id }) => id === params.interview)) {
    problems.push(saved.length > 0 ? LINK_ELSEWHERE : LINK_NOTHING_SAVED);
  }
  $session.set(
    withWork({
      ...$session.get(),
      started: true,
      templates,
      templateId,
      interviewId: params.interview ?? null,
      person: params.interviewer ?? null,
      problems,
    }),
  );
  // Another tab can change the interviews, and with them which drafts are open.
  stopListening?.();
  stopListening = $state.listen(syncWork);
}

/** Opens template `id`. */
export function chooseTemplate(id: string): void {
  choose({ templateId: id });
}

/** Fills the messages in from saved interview `id`. */
export function chooseInterview(id: string): void {
  choose({ interviewId: id });
}

/** Shows the message to interviewer `index` (0 first). */
export function choosePerson(index: number): void {
  choose({ person: index });
}

/** Types `value` into field `name` of the message in `slot` (your own details are saved as yours). */
export function setField(name: string, value: string, slot: number): void {
  const yours = YOU_FIELDS[name];
  if (yours !== undefined) {
    setYou({ [yours]: value });
    return;
  }
  change((work, multi) =>
    isPerPerson(multi, name)
      ? {
          slots: work.slots.map((edits, index) =>
            index === slot ? { ...edits, typed: { ...edits.typed, [name]: value } } : edits,
          ),
        }
      : { shared: { ...work.shared, [name]: value } },
  );
}

/** Goes back to what the interview gives for field `name` in the message in `slot`. */
export function restoreInterviewValue(name: string, slot: number): void {
  const drop = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).filter(([field]) => field !== name));
  change((work, multi) =>
    isPerPerson(multi, name)
      ? {
          slots: work.slots.map((edits, index) =>
            index === slot ? { ...edits, typed: drop(edits.typed) } : edits,
          ),
        }
      : { shared: drop(work.shared) },
  );
}

/** Edits the final subject or body of the message in `slot` by hand. */
export function editMessage(slot: number, patch: { subject?: string; body?: string }): void {
  change((work) => ({
    slots: work.slots.map((edits, index) => (index === slot ? { ...edits, ...patch } : edits)),
  }));
}

/** Lets the message in `slot` follow the template and the fields again. */
export function resetMessage(slot: number): void {
  change((work) => ({
    slots: work.slots.map((edits, index) =>
      index === slot ? { ...edits, subject: null, body: null } : edits,
    ),
  }));
}

/** The CC line for the email. */
export function setCc(cc: string): void {
  $session.set({ ...$session.get(), cc });
}
