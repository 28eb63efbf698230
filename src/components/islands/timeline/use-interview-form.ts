import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  changedFields,
  checkForm,
  emptyForm,
  fieldId,
  formFromDraft,
  formFromInterview,
  formToDraft,
  isBlankForm,
  markIncomplete,
  emptyInterviewerRow,
  rowKey,
  savableDetails,
  sameDetails,
  shiftRowKeys,
  type FormCheck,
  type FormState,
  type IncompleteField,
  type Interview,
  type InterviewerProperty,
} from '../../../lib/interview';
import {
  $formDrafts,
  $state,
  dropFormDraft,
  keepFormDraft,
  saveInterview,
} from '../../../lib/state';

/**
 * The interview form's state: exactly what was typed, checked once per change, saved whenever it
 * is valid (and as far as it is valid otherwise, with the rest kept as typed for a reload), and
 * updated when the interview changes elsewhere (another tab, the builder) in the fields not being
 * typed in here.
 */
export function useInterviewForm(id: string | null, record: Interview | undefined) {
  const [form, setForm] = useState<FormState>(() =>
    record ? formFromInterview(record) : emptyForm(),
  );
  const [incomplete, setIncomplete] = useState<IncompleteField[]>([]);
  const [check, setCheck] = useState<FormCheck>(() => checkForm(form, []));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // Date and time controls are left to the browser while typing: Chrome reports their changes a
  // moment late, and writing a value back in between would scramble the year being typed. They
  // start from `seed` and are recreated (new `revision`) only when the form takes in outside details.
  const [revision, setRevision] = useState(0);
  const [seed, setSeed] = useState(form);
  // Events can arrive before the render that follows the last one; handlers build on these.
  const latest = useRef({ form, incomplete, check, seed });
  const lastSaved = useRef<Interview | undefined>(record);
  const ownSaves = useRef(new WeakSet<Interview>());
  const focusNext = useRef<string | null>(null);
  const loadedFor = useRef<string | null>(null);

  /** Shows `next` in the form, in place of what it held; `showErrors` marks every problem at once. */
  const take = (next: FormState, showErrors: boolean) => {
    const nextCheck = checkForm(next, []);
    latest.current = { form: next, incomplete: [], check: nextCheck, seed: next };
    setForm(next);
    setSeed(next);
    setCheck(nextCheck);
    setRevision((count) => count + 1);
    setIncomplete([]);
    // An interview date not entered yet is the next thing to do, not a mistake: it is marked
    // once the person leaves the field or saves, as on a new form.
    const marked = nextCheck.ok ? [] : Object.keys(nextCheck.errors);
    const unmarked = (key: string) => key === 'interviewDate' && next.interviewDate === '';
    setTouched(new Set(showErrors ? marked.filter((key) => !unmarked(key)) : []));
  };

  useEffect(() => {
    // What was typed but could not be saved comes back first, with its problems marked.
    if (id !== null && loadedFor.current !== id) {
      loadedFor.current = id;
      const kept = $formDrafts.get()[id];
      if (kept) {
        lastSaved.current = record;
        take(formFromDraft(kept), true);
        return;
      }
    }
    // Effects run a moment after rendering; by then this form may have saved newer details, so
    // look at what is stored now, and never take back a version this form saved itself.
    const stored = $state.get().interviews.find((entry) => entry.id === id);
    if (!record || stored !== record || ownSaves.current.has(record)) return;
    if (lastSaved.current && sameDetails(record, lastSaved.current)) return;
    // Fields typed in here and not saved yet stay as typed; the rest take the other change.
    const typing = lastSaved.current
      ? changedFields(latest.current.form, formFromInterview(lastSaved.current))
      : {};
    lastSaved.current = record;
    take({ ...formFromInterview(record), ...typing }, Object.keys(typing).length > 0);
  }, [record, id]);

  // Layout effects run straight after rendering, so focus has moved before the next key arrives.
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  /** Saves the checked form when it is valid; returns whether it saved. */
  const save = (checked: FormCheck): boolean => {
    if (id === null || !checked.ok) return false;
    const saved = saveInterview(id, checked.details, lastSaved.current);
    lastSaved.current = saved;
    ownSaves.current.add(saved);
    dropFormDraft(id);
    return true;
  };

  /** Saves what of an invalid form can be saved, and keeps the whole of it as typed. */
  const keep = (current: FormState, unfinished: readonly IncompleteField[]) => {
    if (id === null) return;
    if (isBlankForm(current) && !lastSaved.current) {
      dropFormDraft(id);
      return;
    }
    // A field the browser cannot read keeps its saved value: the saved interview's when there is
    // one (it may have saved since the form was filled in), else what the field started with.
    const before = lastSaved.current ? formFromInterview(lastSaved.current) : latest.current.seed;
    keepFormDraft(id, formToDraft(current, unfinished, before, new Date()));
    const details = savableDetails(current, unfinished, lastSaved.current);
    if (!details) return;
    const saved = saveInterview(id, details, lastSaved.current);
    lastSaved.current = saved;
    ownSaves.current.add(saved);
  };

  /** Changes the form (and the list of unfinished dates), checks it once, and saves it. */
  const apply = (
    change: (current: FormState) => FormState,
    changeIncomplete: (current: IncompleteField[]) => IncompleteField[] = (current) => current,
  ) => {
    const next = change(latest.current.form);
    const nextIncomplete = changeIncomplete(latest.current.incomplete);
    const nextCheck = checkForm(next, nextIncomplete);
    latest.current = {
      ...latest.current,
      form: next,
      incomplete: nextIncomplete,
      check: nextCheck,
    };
    setForm(next);
    setIncomplete(nextIncomplete);
    setCheck(nextCheck);
    if (!save(nextCheck)) keep(next, nextIncomplete);
  };

  const touch = (key: string) =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));

  const setDate = (
    field: 'interviewDate' | 'interviewTime' | 'decisionDate' | 'promisedBy',
    value: string,
    unfinished: boolean,
  ) =>
    apply(
      (current) => ({ ...current, [field]: value }),
      (current) => markIncomplete(current, field, unfinished),
    );

  const setInterviewer = (index: number, property: InterviewerProperty, value: string) =>
    apply((current) => ({
      ...current,
      interviewers: current.interviewers.map((row, i) =>
        i === index ? { ...row, [property]: value } : row,
      ),
    }));

  const addInterviewer = () =>
    apply((current) => {
      focusNext.current = fieldId(`interviewers.${current.interviewers.length}.name`);
      return {
        ...current,
        interviewers: [...current.interviewers, emptyInterviewerRow()],
      };
    });

  const removeInterviewer = (index: number, whenEmpty: string) => {
    setTouched((previous) => shiftRowKeys(previous, 'interviewers', index));
    apply((current) => {
      const interviewers = current.interviewers.filter((_, i) => i !== index);
      focusNext.current =
        interviewers.length === 0
          ? whenEmpty
          : fieldId(`interviewers.${Math.min(index, interviewers.length - 1)}.name`);
      return { ...current, interviewers };
    });
  };

  const setHoliday = (index: number, value: string, unfinished: boolean) =>
    apply(
      (current) => ({
        ...current,
        holidays: current.holidays.map((row, i) => (i === index ? { ...row, date: value } : row)),
      }),
      (current) => markIncomplete(current, `holidays.${index}`, unfinished),
    );

  const addHoliday = () =>
    apply((current) => {
      focusNext.current = fieldId(`holidays.${current.holidays.length}`);
      return { ...current, holidays: [...current.holidays, { key: rowKey(), date: '' }] };
    });

  const removeHoliday = (index: number, whenEmpty: string) => {
    setTouched((previous) => shiftRowKeys(previous, 'holidays', index));
    apply(
      (current) => {
        const holidays = current.holidays.filter((_, i) => i !== index);
        focusNext.current =
          holidays.length === 0
            ? whenEmpty
            : fieldId(`holidays.${Math.min(index, holidays.length - 1)}`);
        return { ...current, holidays };
      },
      (current) => [...shiftRowKeys(current, 'holidays', index)] as IncompleteField[],
    );
  };

  /** Saves what was typed, if it can be; returns the errors to show when it cannot. */
  const submit = (): FormCheck => {
    const { check: current } = latest.current;
    save(current);
    return current;
  };

  return {
    form,
    seed,
    revision,
    errors: check.ok ? {} : check.errors,
    touched,
    touch,
    apply,
    setDate,
    setInterviewer,
    addInterviewer,
    removeInterviewer,
    setHoliday,
    addHoliday,
    removeHoliday,
    submit,
  };
}
