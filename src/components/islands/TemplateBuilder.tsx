import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { noEdits, type MessageEdits } from '../../lib/builder/edits';
import { YOU_FIELDS, youValues } from '../../lib/builder/fields';
import { builderSearch, readBuilderParams } from '../../lib/builder/params';
import { pristineMessage } from '../../lib/builder/pristine';
import {
  PER_PERSON_FIELDS,
  groupByStage,
  writesToEach,
  type BuilderTemplate,
} from '../../lib/builder/templates';
import { PERSONAL_NOTES_GUIDE } from '../../lib/builder/words';
import type { Interview } from '../../lib/interview/schema';
import { CHANNEL_LABELS, STAGE_LABELS } from '../../lib/site/labels';
import { url } from '../../lib/site/url';
import type { StorageStatus } from '../../lib/state/engine';
import { peekStorage } from '../../lib/state/peek';
import type { StoredState } from '../../lib/state/schema';
import type { StorageNotice } from '../../lib/state/migrate';
import { renderTemplate } from '../../lib/templates/render';
import type { Finding, TemplateField } from '../../lib/templates/types';
import BuilderField from './BuilderField';
import BuilderMessage from './BuilderMessage';
import BuilderNotices from './BuilderNotices';

type Props = {
  /** Every template, in the order the list shows them. */
  templates: readonly BuilderTemplate[];
  /** Guide titles by id, to name the guide each template follows. */
  guideTitles: Readonly<Record<string, string>>;
  /**
   * What the etiquette check finds in each template as it stands before anything is filled in, by
   * template id: worked out when the site is built, so the check shows before its code has loaded.
   */
  initialFindings: Readonly<Record<string, readonly Finding[]>>;
};

/** What the person has changed for the messages on screen, and which drafts they belong to. */
type Work = {
  /** Which interview, template and interviewers this is for; the drafts are reloaded when it changes. */
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
  /** Whether anything changed since the drafts were read. */
  dirty: boolean;
};

/** The parts loaded once there is something to read or save: see builder-loaded.ts. */
type Loaded = typeof import('./builder-loaded');

// What the server renders, and the browser's first render repeats, before the saved details load.
const EMPTY: StoredState = {
  version: 2,
  activeId: null,
  interviews: [],
  you: { name: '', email: '', phone: '' },
  drafts: {},
};
const $empty = atom(EMPTY);
const $saving = atom<StorageStatus>('ok');
const $noNotice = atom<StorageNotice | null>(null);

const LOAD_FAILED =
  'Part of the builder didn’t load, so your saved details and the etiquette check are missing. Check your connection, then reload the page.';
const LINK_ELSEWHERE =
  'This link points to an interview that isn’t saved in this browser, so the builder filled in your current interview instead. Check the details below.';
const LINK_NOTHING_SAVED =
  'This link points to an interview that isn’t saved in this browser. Type the details below, or enter the interview on your timeline first.';

// Drafts written before any interview is saved are kept under this id.
const NO_INTERVIEW = 'no-interview';
const SAVE_AFTER_MS = 400;
const ID = 'builder';

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
  dirty: false,
});

/** Splits typed values into the per-person ones and the shared ones. */
const isPerPerson = (multi: boolean, name: string) => multi && PER_PERSON_FIELDS.includes(name);

/** The message builder: pick a template, fill it in, check it, copy or open it in a mail app. */
export default function TemplateBuilder({ templates, guideTitles, initialFindings }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const api = useRef<Loaded | null>(null);
  const loading = useRef(false);
  const live = useRef(true);
  // The interview a link asks for, checked once the saved details are in.
  const linked = useRef<string | undefined>(undefined);
  // True once the page knows this browser has nothing saved: the builder works at once, and loads
  // the store and the checker only when it is used.
  const [nothingSaved, setNothingSaved] = useState(false);
  const mounted = loaded !== null || nothingSaved;
  const [failed, setFailed] = useState(false);
  // Typing waits until the saved details are in, so nothing typed is filed under the wrong interview.
  const ready = mounted || failed;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [wantedInterview, setWantedInterview] = useState<string | null>(null);
  const [person, setPerson] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [cc, setCc] = useState('');
  const stored = useStore(loaded?.$state ?? $empty);
  const saving = useStore(loaded?.$storageStatus ?? $saving);
  const notice = useStore(loaded?.$storageNotice ?? $noNotice);
  // The server knows nothing of this browser, so the first render uses the defaults on both sides.
  const state = loaded ? stored : EMPTY;

  const template = templates.find((entry) => entry.id === templateId) ?? templates[0];
  const interview: Interview | null =
    state.interviews.find((entry) => entry.id === wantedInterview) ??
    state.interviews.find((entry) => entry.id === state.activeId) ??
    state.interviews[0] ??
    null;
  const people = interview?.interviewers ?? [];
  const multi = template !== undefined && writesToEach(template) && people.length > 1;
  const active = Math.max(0, Math.min(person, people.length - 1));
  const indices = multi ? people.map((_, index) => index) : [active];
  const interviewKey = interview?.id ?? NO_INTERVIEW;
  const key = `${interviewKey}|${template?.id ?? ''}|${indices.join(',')}`;

  const [work, setWork] = useState<Work>(() => blankWork('', NO_INTERVIEW, '', [0]));
  const current =
    work.key === key ? work : blankWork(key, interviewKey, template?.id ?? '', indices);

  /** Loads the store, the drafts and the checker, once; a failed try can be repeated. */
  const load = () => {
    if (loading.current) return;
    loading.current = true;
    import('./builder-loaded')
      .then((parts) => {
        if (!live.current) return;
        const wanted = linked.current;
        const found: string[] = [];
        if (wanted !== undefined) {
          const saved = parts.$state.get().interviews;
          if (saved.some((entry) => entry.id === wanted)) setWantedInterview(wanted);
          else found.push(saved.length > 0 ? LINK_ELSEWHERE : LINK_NOTHING_SAVED);
        }
        api.current = parts;
        setLoaded(parts);
        setFailed(false);
        setProblems((before) => [...before.filter((problem) => problem !== LOAD_FAILED), ...found]);
      })
      .catch(() => {
        if (!live.current) return;
        loading.current = false;
        setFailed(true);
        setProblems((before) => (before.includes(LOAD_FAILED) ? before : [...before, LOAD_FAILED]));
      });
  };

  // Once mounted: read the link, then load the saved details and the checker if there are any.
  useEffect(() => {
    live.current = true;
    const params = readBuilderParams(location.search);
    const found: string[] = [];
    const first = templates[0];
    if (params.template !== undefined) {
      if (templates.some((entry) => entry.id === params.template)) setTemplateId(params.template);
      else if (first) {
        found.push(
          `This link asks for a template called “${params.template}”, which doesn’t exist, so the builder opened the ${first.title.toLowerCase()} instead. Choose the message you need from the list.`,
        );
      }
    }
    if (params.interviewer !== undefined) setPerson(params.interviewer);
    if (peekStorage() === 'empty') {
      // Nothing to read: the link's interview cannot be here, and the rest loads once it is used.
      if (params.interview !== undefined) found.push(LINK_NOTHING_SAVED);
      setNothingSaved(true);
    } else {
      linked.current = params.interview;
      load();
    }
    setProblems(found);
    return () => {
      live.current = false;
    };
  }, [templates]);

  /** Saves a set of messages as drafts, or forgets the drafts that hold nothing of the person's own. */
  const persist = (saving: Work) => {
    const source = templates.find((entry) => entry.id === saving.templateId);
    const store = api.current;
    if (!source) return;
    if (!store) {
      // Typed in the moment before the store arrived: saved as soon as it has.
      pending.current = saving;
      load();
      return;
    }
    const now = store.$state.get();
    const owner = now.interviews.find((entry) => entry.id === saving.interviewKey) ?? null;
    saving.indices.forEach((index, slot) => {
      const edits = saving.slots[slot];
      if (!edits) return;
      const typed = { ...saving.shared, ...edits.typed };
      const values = { ...store.interviewValues(owner, index), ...youValues(now.you), ...typed };
      const draft = store.draftToSave(source, values, { ...edits, typed });
      const where = store.draftKey(saving.interviewKey, source.id, index);
      if (draft === null) store.resetDraft(where);
      else store.saveDraft(where, draft);
    });
  };

  const pending = useRef<Work | null>(null);
  const flush = () => {
    const saving = pending.current;
    pending.current = null;
    if (saving) persist(saving);
  };

  // Saves a moment after typing stops, and at once when the page is hidden or closed.
  useEffect(() => {
    if (!work.dirty) return;
    pending.current = work;
    const timer = setTimeout(flush, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [work]);
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // When the store arrives after typing began (a first visit): your own details go to your saved
  // details, and anything waiting is saved.
  const latestWork = useRef(work);
  latestWork.current = work;
  useEffect(() => {
    if (!loaded) return;
    const { shared } = latestWork.current;
    const yours = Object.keys(shared).filter((name) => YOU_FIELDS[name] !== undefined);
    if (yours.length > 0) {
      for (const name of yours) {
        const field = YOU_FIELDS[name];
        if (field !== undefined) loaded.setYou({ [field]: shared[name] ?? '' });
      }
      setWork((before) => ({
        ...before,
        shared: Object.fromEntries(
          Object.entries(before.shared).filter(([name]) => !yours.includes(name)),
        ),
      }));
    }
    flush();
  }, [loaded]);

  // Another template, interview or interviewer: save what was typed, then read that one's drafts.
  useLayoutEffect(() => {
    if (!loaded || !template || work.key === key) return;
    flush();
    const { draftKey, getDraft, readDraft } = loaded;
    const shared: Record<string, string> = {};
    const slots = indices.map((index) => {
      const auto = loaded.interviewValues(interview, index);
      const edits = readDraft(template, getDraft(draftKey(interviewKey, template.id, index)), auto);
      const own: Record<string, string> = {};
      for (const [name, value] of Object.entries(edits.typed)) {
        if (isPerPerson(multi, name)) own[name] = value;
        else if (!shared[name]) shared[name] = value;
      }
      return { ...edits, typed: own };
    });
    setWork({ ...blankWork(key, interviewKey, template.id, indices), shared, slots });
  }, [mounted, key]);

  // The address bar names what is open, so a reload or a bookmark comes back to it.
  useEffect(() => {
    if (!mounted || !template) return;
    const search = builderSearch({
      template: template.id,
      ...(wantedInterview !== null && interview ? { interview: interview.id } : {}),
      ...(people.length > 1 ? { interviewer: active } : {}),
    });
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }, [mounted, template?.id, wantedInterview, interview?.id, people.length, active]);

  if (!template) {
    return <p class="notice">There are no templates to show. Reload the page to try again.</p>;
  }

  const change = (update: (work: Work) => Partial<Work>) =>
    setWork((before) => {
      const base = before.key === key ? before : current;
      return { ...base, ...update(base), dirty: true };
    });

  const setField = (name: string, value: string, slot: number) => {
    const yours = YOU_FIELDS[name];
    if (yours !== undefined && loaded) {
      loaded.setYou({ [yours]: value });
      return;
    }
    change((base) =>
      isPerPerson(multi, name)
        ? {
            slots: base.slots.map((edits, index) =>
              index === slot ? { ...edits, typed: { ...edits.typed, [name]: value } } : edits,
            ),
          }
        : { shared: { ...base.shared, [name]: value } },
    );
  };

  const restoreFromInterview = (name: string, slot: number) =>
    change((base) => {
      const drop = (values: Record<string, string>) =>
        Object.fromEntries(Object.entries(values).filter(([field]) => field !== name));
      return isPerPerson(multi, name)
        ? {
            slots: base.slots.map((edits, index) =>
              index === slot ? { ...edits, typed: drop(edits.typed) } : edits,
            ),
          }
        : { shared: drop(base.shared) };
    });

  const editSlot = (slot: number, patch: Partial<MessageEdits>) =>
    change((base) => ({
      slots: base.slots.map((edits, index) => (index === slot ? { ...edits, ...patch } : edits)),
    }));

  const you = youValues(state.you);
  const pristine = pristineMessage(template);
  const messages = indices.map((index, slot) => {
    const edits = current.slots[slot] ?? noEdits();
    // Only saved details hold an interview, so without them there is nothing to fill in.
    const auto = loaded ? loaded.interviewValues(interview, index) : {};
    const values = { ...auto, ...you, ...current.shared, ...edits.typed };
    const rendered = renderTemplate(template, values);
    const subject = template.subject === undefined ? null : (edits.subject ?? rendered.subject);
    const body = edits.body ?? rendered.body;
    // Until the checker has loaded, the template as it stands has its findings from the build.
    const findings =
      loaded?.lintMessage(body, {
        channel: template.channel,
        step: template.step,
        limit: template.limit,
        subject: subject ?? undefined,
      }) ??
      (body === pristine.body && subject === pristine.subject
        ? (initialFindings[template.id] ?? null)
        : null);
    const edited = edits.subject !== null || edits.body !== null;
    return { index, slot, auto, values, rendered, subject, body, findings, edited };
  });

  const names = messages.map(
    ({ values, index }) => values['interviewerName'] || people[index]?.name || '',
  );
  // Compared once each message has its own details, so the warning is about what was written.
  const personal = messages.filter(
    ({ edited, rendered }) =>
      edited || !rendered.missing.some((name) => PER_PERSON_FIELDS.includes(name)),
  );
  const duplicates =
    multi && loaded
      ? loaded.duplicateWarning(
          names,
          loaded.nearDuplicates(personal.map(({ body }) => body)).map((pair) => ({
            ...pair,
            a: personal[pair.a]?.slot ?? pair.a,
            b: personal[pair.b]?.slot ?? pair.b,
          })),
        )
      : null;
  const shown = messages.find(({ index }) => index === active) ?? messages[0];
  const groups = groupByStage(templates);
  const guideTitle = guideTitles[template.guide];

  const field = (entry: TemplateField, slot: number, label?: string) => {
    const message = messages[slot];
    const fromInterview =
      interview !== null && entry.from === 'interview' ? message?.auto[entry.name] : undefined;
    return (
      <BuilderField
        key={`${entry.name}-${slot}`}
        field={entry}
        id={`${ID}-field-${entry.name}`}
        value={message?.values[entry.name] ?? ''}
        label={label}
        fromInterview={fromInterview}
        onInput={(value) => setField(entry.name, value, slot)}
        onUseInterview={() => restoreFromInterview(entry.name, slot)}
      />
    );
  };

  const sharedFields = template.fields.filter((entry) => !isPerPerson(multi, entry.name));
  const ownFields = template.fields.filter((entry) => isPerPerson(multi, entry.name));
  const interviewFields = sharedFields.filter((entry) => entry.from === 'interview');
  const yourFields = sharedFields.filter((entry) => entry.from === 'you');
  const messageFields = sharedFields.filter((entry) => entry.from === 'message');
  const activeSlot = shown?.slot ?? 0;
  const recipient = people[shown?.index ?? 0];

  const message = shown && (
    <BuilderMessage
      key={`${template.id}-${shown.index}`}
      template={template}
      subject={shown.subject}
      body={shown.body}
      findings={shown.findings}
      edited={shown.edited}
      to={recipient?.email ?? ''}
      recipient={names[shown.slot] ?? ''}
      cc={cc}
      idPrefix={ID}
      onSubject={(value) => editSlot(shown.slot, { subject: value })}
      onBody={(value) => editSlot(shown.slot, { body: value })}
      onReset={() => editSlot(shown.slot, { subject: null, body: null })}
      onCc={setCc}
    />
  );

  return (
    <div class="builder" onFocusIn={load}>
      <BuilderNotices
        storage={loaded === null || saving === 'ok' ? null : loaded.STORAGE_STATUS_MESSAGES[saving]}
        notice={loaded === null || notice === null ? null : loaded.STORAGE_NOTICE_MESSAGES[notice]}
        onDismiss={() => loaded?.dismissStorageNotice()}
        problems={problems}
      />
      <fieldset class="builder-frame builder-grid" disabled={!ready}>
        <div class="builder-form">
          <h2>Choose and fill in</h2>
          <div class="builder-field">
            <label for={`${ID}-template`}>Template</label>
            <select
              id={`${ID}-template`}
              value={template.id}
              aria-describedby={`${ID}-template-when`}
              onChange={(event) => setTemplateId(event.currentTarget.value)}
            >
              {groups.map((group) => (
                <optgroup label={STAGE_LABELS[group.stage]} key={group.stage}>
                  {group.templates.map((entry) => (
                    <option value={entry.id} key={entry.id}>
                      {entry.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p class="builder-hint" id={`${ID}-template-when`}>
              <span class="builder-channel">{CHANNEL_LABELS[template.channel]}.</span>{' '}
              {template.when}
            </p>
            <ul class="builder-links">
              <li>
                <a href={url(`/templates/${template.id}/`)}>About this template</a>
              </li>
              {guideTitle && (
                <li>
                  <a href={url(`/guides/${template.guide}/`)}>Guide: {guideTitle}</a>
                </li>
              )}
            </ul>
          </div>

          {state.interviews.length > 1 && interview && (
            <div class="builder-field">
              <label for={`${ID}-interview`}>Interview</label>
              <select
                id={`${ID}-interview`}
                value={interview.id}
                onChange={(event) => setWantedInterview(event.currentTarget.value)}
              >
                {state.interviews.map((entry) => (
                  <option value={entry.id} key={entry.id}>
                    {loaded?.interviewLabel(entry)}
                  </option>
                ))}
              </select>
            </div>
          )}

          {mounted && !interview && (
            <p class="notice">
              You haven’t entered an interview yet, so type each detail below. To have them filled
              in for every message,{' '}
              <a href={url('/timeline/')}>enter your interview once on your timeline</a>.
            </p>
          )}

          {!multi && people.length > 1 && (
            <div class="builder-field">
              <label for={`${ID}-person`}>Who is this message for?</label>
              <select
                id={`${ID}-person`}
                value={String(active)}
                onChange={(event) => setPerson(Number(event.currentTarget.value))}
              >
                {people.map((entry, index) => (
                  <option value={String(index)} key={index}>
                    {entry.name}
                    {entry.title ? `, ${entry.title}` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}

          {interviewFields.length > 0 && (
            <fieldset class="builder-fieldset">
              <legend>{interview ? 'From your interview' : 'About the interview'}</legend>
              {interview && (
                <p class="builder-hint">
                  Filled in from your saved interview. A change here applies to this message only;
                  to change the interview itself,{' '}
                  <a href={url('/timeline/')}>edit it on your timeline</a>.
                </p>
              )}
              {interviewFields.map((entry) => field(entry, activeSlot))}
            </fieldset>
          )}

          {messageFields.length > 0 && (
            <fieldset class="builder-fieldset">
              <legend>
                {!multi
                  ? 'For this message'
                  : people.length === 2
                    ? 'For both messages'
                    : `For all ${people.length} messages`}
              </legend>
              {messageFields.map((entry) => field(entry, activeSlot))}
            </fieldset>
          )}

          {yourFields.length > 0 && (
            <fieldset class="builder-fieldset">
              <legend>About you</legend>
              <p class="builder-hint">
                Remembered in this browser for every message you write here.
              </p>
              {yourFields.map((entry) => field(entry, activeSlot))}
            </fieldset>
          )}
        </div>

        <div class="builder-result">
          {multi && shown && loaded ? (
            <>
              <h2>Your messages</h2>
              <p>
                One message for each of your {people.length} interviewers. Each greets its own
                person; add something you discussed with each of them.
              </p>
              <div role="status" class="builder-duplicates">
                {duplicates && (
                  <p class="notice">
                    {duplicates}{' '}
                    <a href={url(PERSONAL_NOTES_GUIDE)}>Why: Make each note personal</a>
                  </p>
                )}
              </div>
              <loaded.BuilderTabs
                labels={names.map((name, index) => name || `Interviewer ${index + 1}`)}
                active={shown.slot}
                onSelect={setPerson}
                label="One message per interviewer"
                idPrefix={ID}
              >
                <fieldset class="builder-fieldset">
                  <legend>For {names[shown.slot] || `interviewer ${shown.slot + 1}`}</legend>
                  {ownFields.map((entry) =>
                    field(
                      entry,
                      shown.slot,
                      entry.name === 'interviewerName'
                        ? 'Name as you greet them'
                        : `${entry.label} with ${names[shown.slot] || 'this person'}`,
                    ),
                  )}
                </fieldset>
                {message}
              </loaded.BuilderTabs>
            </>
          ) : (
            <>
              <h2>Your message</h2>
              {message}
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
