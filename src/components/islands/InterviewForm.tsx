import { useStore } from '@nanostores/preact';
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Interview } from '../../lib/interview/schema';
import type { InterviewErrors } from '../../lib/interview/validate';
import {
  INTERVIEW_FORMATS,
  MAX_INTERVIEWERS,
  type InterviewFormat,
} from '../../lib/interview/values';
import { loadChecks, loadedChecks } from '../../lib/state/load-checks';
import { $state, $storageStatus, saveInterview } from '../../lib/state/store';
import {
  emptyForm,
  fieldId,
  formFromInterview,
  formToDraft,
  rowKey,
  sameDetails,
  shiftRowKeys,
  type FormState,
  type IncompleteField,
  type InterviewerRow,
} from '../../lib/timeline-view/form';
import { useChunk } from './use-chunk';

type FormChecks = Awaited<ReturnType<typeof loadFormChecks>>;

interface Props {
  /** The interview being edited; null until the page has read what is saved. */
  id: string | null;
  /** The saved version of that interview, if it has been saved. */
  record: Interview | undefined;
  /** True until the page has loaded its saved details. */
  disabled: boolean;
  /** Told whether the form holds changes that cannot be saved yet. */
  onPendingChange: (pending: boolean) => void;
  /** Called after a submit that saved. */
  onSubmitted: () => void;
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement>;

const FORMAT_LABELS: Record<InterviewFormat, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
  group: 'Group',
  panel: 'Panel',
};

const ADD_INTERVIEWER_ID = 'add-interviewer';
const ADD_HOLIDAY_ID = 'add-holiday';

/** Replaces `field` in the list of unfinished date fields according to the browser's report. */
function markIncomplete(
  list: readonly IncompleteField[],
  field: IncompleteField,
  unfinished: boolean,
): IncompleteField[] {
  const rest = list.filter((entry) => entry !== field);
  return unfinished ? [...rest, field] : rest;
}

/** The form's checks with the store's validation chunk; see form-checks.ts. */
const loadFormChecks = () =>
  Promise.all([loadChecks(), import('./form-checks')]).then(([checks, module]) => ({
    ...module,
    checks,
  }));

/** What is wrong with the form as typed; before the checks have loaded, nothing is known yet. */
function checkForm(
  loaded: FormChecks | undefined,
  form: FormState,
  incomplete: readonly IncompleteField[],
  id: string | null,
): InterviewErrors {
  return loaded ? loaded.checkForm(loaded.checks, form, incomplete, id) : {};
}

/** The interview form: keeps exactly what was typed, saves whenever it is valid. */
export default function InterviewForm({
  id,
  record,
  disabled,
  onPendingChange,
  onSubmitted,
}: Props) {
  const [form, setForm] = useState<FormState>(() =>
    record ? formFromInterview(record) : emptyForm(),
  );
  const [incomplete, setIncomplete] = useState<IncompleteField[]>([]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  // Date and time controls are left to the browser while typing: Chrome reports their changes a
  // moment late, and writing a value back in between would scramble the year being typed. They
  // start from `seed` and are recreated (new key) only when the form takes in outside details.
  const [revision, setRevision] = useState(0);
  const [seed, setSeed] = useState(form);
  // Events can arrive before the render that follows the last one; handlers build on these.
  const latest = useRef({ form, incomplete });
  const storageStatus = useStore($storageStatus);
  const lastSaved = useRef<Interview | undefined>(record);
  const ownSaves = useRef(new WeakSet<Interview>());
  const focusNext = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const changedEarly = useRef(false);
  const submitWhenReady = useRef(false);

  // The checks load once the form is used; for saved details, as soon as there is a record.
  const checks = useChunk(loadFormChecks, record !== undefined);
  const errors = useMemo(
    () => checkForm(checks.module, form, incomplete, id),
    [checks.module, form, incomplete, id],
  );
  const errorCount = Object.keys(errors).length;
  // Errors appear once a field has been left or the form submitted, never while typing starts.
  const shown = submitted
    ? errors
    : Object.fromEntries(Object.entries(errors).filter(([key]) => touched.has(key)));

  // Changes made elsewhere (another tab, the template builder) replace the form's contents.
  useEffect(() => {
    // Effects run a moment after rendering; by then this form may have saved newer details, so
    // look at what is stored now, and never take back a version this form saved itself.
    const stored = $state.get().interviews.find((entry) => entry.id === id);
    if (!record || stored !== record || ownSaves.current.has(record)) return;
    if (lastSaved.current && sameDetails(record, lastSaved.current)) return;
    lastSaved.current = record;
    const next = formFromInterview(record);
    latest.current = { form: next, incomplete: [] };
    setForm(next);
    setSeed(next);
    setRevision((count) => count + 1);
    setIncomplete([]);
    setTouched(new Set());
    setSubmitted(false);
  }, [record, id]);

  const pending = errorCount > 0;
  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);

  // Layout effects run straight after rendering, so focus has moved before the next key arrives.
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  useLayoutEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  /** Saves the form when it is complete and valid; returns whether it saved. */
  const save = (next: FormState, nextIncomplete: readonly IncompleteField[]): boolean => {
    if (id === null || nextIncomplete.length > 0 || !loadedChecks()) return false;
    // Ticks may have changed since the form loaded; keep the latest ones.
    const done = $state.get().interviews.find((entry) => entry.id === id)?.done ?? {};
    const result = saveInterview(id, formToDraft(next, done));
    if (result.ok) {
      lastSaved.current = result.interview;
      ownSaves.current.add(result.interview);
    }
    return result.ok;
  };

  /** Changes the form (and the list of unfinished dates), then saves it if it is valid. */
  const apply = (
    change: (current: FormState) => FormState,
    changeIncomplete: (current: IncompleteField[]) => IncompleteField[] = (current) => current,
  ) => {
    const next = change(latest.current.form);
    const nextIncomplete = changeIncomplete(latest.current.incomplete);
    latest.current = { form: next, incomplete: nextIncomplete };
    setForm(next);
    setIncomplete(nextIncomplete);
    if (!checks.module) {
      changedEarly.current = true;
      checks.want();
      return;
    }
    save(next, nextIncomplete);
  };

  const touch = (key: string) => () =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));

  const setText = (field: 'company' | 'role' | 'callBackInDays') => (event: InputEvent) => {
    const { value } = event.currentTarget;
    apply((current) => ({ ...current, [field]: value }));
  };

  const setDate =
    (field: 'interviewDate' | 'interviewTime' | 'decisionDate') => (event: InputEvent) => {
      const { value, validity } = event.currentTarget;
      apply(
        (current) => ({ ...current, [field]: value }),
        (current) => markIncomplete(current, field, validity.badInput),
      );
    };

  const setFlag = (field: 'handwrittenNote' | 'phoneFollowUp') => (event: InputEvent) => {
    const { checked } = event.currentTarget;
    apply((current) => ({ ...current, [field]: checked }));
  };

  const setInterviewer =
    (index: number, property: keyof Omit<InterviewerRow, 'key'>) => (event: InputEvent) => {
      const { value } = event.currentTarget;
      apply((current) => ({
        ...current,
        interviewers: current.interviewers.map((row, i) =>
          i === index ? { ...row, [property]: value } : row,
        ),
      }));
    };

  const addInterviewer = () => {
    apply((current) => {
      focusNext.current = fieldId(`interviewers.${current.interviewers.length}.name`);
      return {
        ...current,
        interviewers: [...current.interviewers, { key: rowKey(), name: '', title: '', email: '' }],
      };
    });
  };

  const removeInterviewer = (index: number) => {
    setTouched((previous) => shiftRowKeys(previous, 'interviewers', index));
    apply((current) => {
      const interviewers = current.interviewers.filter((_, i) => i !== index);
      focusNext.current =
        interviewers.length === 0
          ? ADD_INTERVIEWER_ID
          : fieldId(`interviewers.${Math.min(index, interviewers.length - 1)}.name`);
      return { ...current, interviewers };
    });
  };

  const setHoliday = (index: number) => (event: InputEvent) => {
    const { value, validity } = event.currentTarget;
    apply(
      (current) => ({
        ...current,
        holidays: current.holidays.map((row, i) => (i === index ? { ...row, date: value } : row)),
      }),
      (current) => markIncomplete(current, `holidays.${index}`, validity.badInput),
    );
  };

  const addHoliday = () => {
    apply((current) => {
      focusNext.current = fieldId(`holidays.${current.holidays.length}`);
      return { ...current, holidays: [...current.holidays, { key: rowKey(), date: '' }] };
    });
  };

  const removeHoliday = (index: number) => {
    setTouched((previous) => shiftRowKeys(previous, 'holidays', index));
    apply(
      (current) => {
        const holidays = current.holidays.filter((_, i) => i !== index);
        focusNext.current =
          holidays.length === 0
            ? ADD_HOLIDAY_ID
            : fieldId(`holidays.${Math.min(index, holidays.length - 1)}`);
        return { ...current, holidays };
      },
      (current) => [...shiftRowKeys(new Set(current), 'holidays', index)] as IncompleteField[],
    );
  };

  /** Shows every error, or saves and hands over to the page; needs the checks. */
  const finishSubmit = (loaded: FormChecks) => {
    const { form: current, incomplete: unfinished } = latest.current;
    if (Object.keys(checkForm(loaded, current, unfinished, id)).length > 0) {
      setSummaryFocus((count) => count + 1);
      return;
    }
    if (save(current, unfinished)) onSubmitted();
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (checks.module) finishSubmit(checks.module);
    else {
      submitWhenReady.current = true;
      checks.want();
    }
  };

  // Changes typed (or a submit made) in the moment before the checks arrived are handled now.
  useEffect(() => {
    if (!checks.module) return;
    if (changedEarly.current) {
      changedEarly.current = false;
      save(latest.current.form, latest.current.incomplete);
    }
    if (submitWhenReady.current) {
      submitWhenReady.current = false;
      finishSubmit(checks.module);
    }
    // Runs when the checks arrive; save and finishSubmit read the latest form from refs.
  }, [checks.module]);

  /** id, aria-invalid and aria-describedby for the control of error key `key`. */
  const described = (key: string, hintId?: string) => {
    const error = shown[key];
    const ids = [hintId, error === undefined ? undefined : `${fieldId(key)}-error`]
      .filter(Boolean)
      .join(' ');
    return {
      id: fieldId(key),
      'aria-invalid': error === undefined ? undefined : ('true' as const),
      'aria-describedby': ids || undefined,
    };
  };

  const errorText = (key: string) => {
    const error = shown[key];
    return error === undefined ? null : (
      <p class="field-error" id={`${fieldId(key)}-error`}>
        {error}
      </p>
    );
  };

  const shownCount = Object.keys(shown).length;
  let status = '';
  if (checks.failed) {
    status =
      'Your details cannot be checked or saved right now, most likely because the connection dropped. What you typed is still here: check the connection, then go on typing or press the button again.';
  } else if (!disabled) {
    if (!pending && record) {
      status =
        storageStatus === 'ok'
          ? 'Saved in this browser. Changes save as you type.'
          : 'Kept in this tab only — see the note at the top of the page.';
    } else if (shownCount > 0) {
      status = 'Not saved yet — fix the fields marked above and your changes save on their own.';
    } else if (!record) {
      status = 'Your details save on their own once the interview date is in.';
    } else {
      status = 'Your changes save on their own once every field is complete.';
    }
  }

  return (
    <form
      class="interview-form"
      noValidate
      aria-labelledby="form-heading"
      onSubmit={submit}
      onFocusIn={checks.want}
    >
      <fieldset class="form-frame" disabled={disabled}>
        {submitted && errorCount > 0 && checks.module && (
          <checks.module.ErrorSummary errors={errors} summaryRef={summaryRef} />
        )}

        <div class="field-pair">
          <div class="field">
            <label for={fieldId('company')}>Company</label>
            <input
              type="text"
              {...described('company')}
              value={form.company}
              onInput={setText('company')}
              onBlur={touch('company')}
              autoComplete="off"
            />
            {errorText('company')}
          </div>
          <div class="field">
            <label for={fieldId('role')}>Role</label>
            <input
              type="text"
              {...described('role')}
              value={form.role}
              onInput={setText('role')}
              onBlur={touch('role')}
              autoComplete="off"
            />
            {errorText('role')}
          </div>
        </div>

        <div class="field-pair">
          <div class="field">
            <label for={fieldId('interviewDate')}>Interview date</label>
            <input
              type="date"
              required
              {...described('interviewDate')}
              key={`interviewDate-${revision}`}
              defaultValue={seed.interviewDate}
              onInput={setDate('interviewDate')}
              onBlur={touch('interviewDate')}
            />
            {errorText('interviewDate')}
          </div>
          <div class="field">
            <label for={fieldId('interviewTime')}>
              Start time <span class="optional">(optional)</span>
            </label>
            <input
              type="time"
              {...described('interviewTime', 'hint-time')}
              key={`interviewTime-${revision}`}
              defaultValue={seed.interviewTime}
              onInput={setDate('interviewTime')}
              onBlur={touch('interviewTime')}
            />
            <p class="hint" id="hint-time">
              Your thank-you is due by this time the next day.
            </p>
            {errorText('interviewTime')}
          </div>
        </div>

        <fieldset class="group" aria-describedby="hint-format">
          <legend>How the interview took place</legend>
          <p class="hint" id="hint-format">
            After a group interview, you thank the lead and ask them to pass it on.
          </p>
          <div class="choices">
            {INTERVIEW_FORMATS.map((format) => (
              <label class="choice" key={format}>
                <input
                  type="radio"
                  name="format"
                  id={`f-format-${format}`}
                  value={format}
                  checked={form.format === format}
                  onChange={() => apply((current) => ({ ...current, format }))}
                />
                {FORMAT_LABELS[format]}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset class="group" aria-describedby="hint-interviewers">
          <legend>Who interviewed you</legend>
          <p class="hint" id="hint-interviewers">
            Add each person, lead first. Only the name is needed; it goes into your messages.
          </p>
          {form.interviewers.map((row, index) => {
            const n = index + 1;
            const key = (property: string) => `interviewers.${index}.${property}`;
            return (
              <fieldset class="row" key={row.key}>
                <legend>Interviewer {n}</legend>
                <div class="row-fields">
                  <div class="field">
                    <label for={fieldId(key('name'))}>Name</label>
                    <input
                      type="text"
                      required
                      {...described(key('name'))}
                      value={row.name}
                      onInput={setInterviewer(index, 'name')}
                      onBlur={touch(key('name'))}
                      autoComplete="off"
                    />
                    {errorText(key('name'))}
                  </div>
                  <div class="field">
                    <label for={fieldId(key('title'))}>
                      Job title <span class="optional">(optional)</span>
                    </label>
                    <input
                      type="text"
                      {...described(key('title'))}
                      value={row.title}
                      onInput={setInterviewer(index, 'title')}
                      onBlur={touch(key('title'))}
                      autoComplete="off"
                    />
                    {errorText(key('title'))}
                  </div>
                  <div class="field">
                    <label for={fieldId(key('email'))}>
                      Email <span class="optional">(optional)</span>
                    </label>
                    <input
                      type="email"
                      {...described(key('email'))}
                      value={row.email}
                      onInput={setInterviewer(index, 'email')}
                      onBlur={touch(key('email'))}
                      autoComplete="off"
                      spellcheck={false}
                    />
                    {errorText(key('email'))}
                  </div>
                </div>
                <button
                  type="button"
                  class="secondary remove"
                  onClick={() => removeInterviewer(index)}
                >
                  Remove<span class="visually-hidden"> interviewer {n}</span>
                </button>
              </fieldset>
            );
          })}
          {form.interviewers.length < MAX_INTERVIEWERS ? (
            <button
              type="button"
              class="secondary"
              id={ADD_INTERVIEWER_ID}
              onClick={addInterviewer}
            >
              Add an interviewer
            </button>
          ) : (
            <p class="hint">
              You have listed {MAX_INTERVIEWERS} people, which is the most we keep.
            </p>
          )}
        </fieldset>

        <fieldset class="group">
          <legend>What they said about next steps</legend>
          <div class="field">
            <label for={fieldId('decisionDate')}>
              They said they would decide by <span class="optional">(optional)</span>
            </label>
            <input
              type="date"
              {...described('decisionDate', 'hint-decision')}
              key={`decisionDate-${revision}`}
              defaultValue={seed.decisionDate}
              onInput={setDate('decisionDate')}
              onBlur={touch('decisionDate')}
            />
            <p class="hint" id="hint-decision">
              If they named a day, your check-in comes a business day or two after it.
            </p>
            {errorText('decisionDate')}
          </div>
          <div class="field">
            <label for={fieldId('callBackInDays')}>
              They asked me to call in this many days <span class="optional">(optional)</span>
            </label>
            <input
              type="text"
              inputMode="numeric"
              class="short"
              {...described('callBackInDays', 'hint-call')}
              value={form.callBackInDays}
              onInput={setText('callBackInDays')}
              onBlur={touch('callBackInDays')}
              autoComplete="off"
            />
            <p class="hint" id="hint-call">
              If they said “call me in four days,” enter 4: their instruction sets your check-in.
            </p>
            {errorText('callBackInDays')}
          </div>
        </fieldset>

        <fieldset class="group">
          <legend>How you will follow up</legend>
          <div class="check">
            <input
              type="checkbox"
              id={fieldId('handwrittenNote')}
              aria-describedby="hint-note"
              checked={form.handwrittenNote}
              onChange={setFlag('handwrittenNote')}
            />
            <label for={fieldId('handwrittenNote')}>I will also mail a handwritten note</label>
            <p class="hint" id="hint-note">
              It joins your timeline when the post can arrive before they decide.
            </p>
          </div>
          <div class="check">
            <input
              type="checkbox"
              id={fieldId('phoneFollowUp')}
              aria-describedby="hint-phone"
              checked={form.phoneFollowUp}
              onChange={setFlag('phoneFollowUp')}
            />
            <label for={fieldId('phoneFollowUp')}>I am comfortable following up by phone</label>
            <p class="hint" id="hint-phone">
              Your second follow-up becomes a call instead of an email.
            </p>
          </div>
        </fieldset>

        <fieldset class="group" aria-describedby="hint-holidays">
          <legend>
            Extra days off <span class="optional">(optional)</span>
          </legend>
          <p class="hint" id="hint-holidays">
            Weekends are skipped already. Add public holidays or days the office is closed, and
            check-ins and follow-ups move to the next working day.
          </p>
          {form.holidays.map((row, index) => {
            const n = index + 1;
            const key = `holidays.${index}`;
            return (
              <div class="holiday-row" key={row.key}>
                <div class="field">
                  <label for={fieldId(key)}>Day off {n}</label>
                  <input
                    type="date"
                    {...described(key)}
                    key={`holiday-${revision}`}
                    defaultValue={seed.holidays.find(({ key }) => key === row.key)?.date ?? ''}
                    onInput={setHoliday(index)}
                    onBlur={touch(key)}
                  />
                  {errorText(key)}
                </div>
                <button type="button" class="secondary remove" onClick={() => removeHoliday(index)}>
                  Remove<span class="visually-hidden"> day off {n}</span>
                </button>
              </div>
            );
          })}
          <button type="button" class="secondary" id={ADD_HOLIDAY_ID} onClick={addHoliday}>
            Add a day off
          </button>
        </fieldset>

        <div class="form-submit">
          <button type="submit">Save and show my timeline</button>
          <p class="save-status">{status}</p>
        </div>
      </fieldset>
    </form>
  );
}
