import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  checkForm,
  emptyForm,
  fieldId,
  formFromInterview,
  rowKey,
  sameDetails,
  shiftRowKeys,
  type FormCheck,
  type FormState,
  type IncompleteField,
  type Interview,
} from '../../../lib/interview';
import { $state, saveInterview } from '../../../lib/state';

/** Replaces `field` in the list of unfinished date fields according to the browser's report. */
function markIncomplete(
  list: readonly IncompleteField[],
  field: IncompleteField,
  unfinished: boolean,
): IncompleteField[] {
  const rest = list.filter((entry) => entry !== field);
  return unfinished ? [...rest, field] : rest;
}

/**
 * The interview form's state: exactly what was typed, checked once per change, saved whenever it
 * is valid, and replaced when the interview changes elsewhere (another tab, the builder).
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
  const latest = useRef({ form, incomplete, check });
  const lastSaved = useRef<Interview | undefined>(record);
  const ownSaves = useRef(new WeakSet<Interview>());
  const focusNext = useRef<string | null>(null);

  // Changes made elsewhere replace the form's contents.
  useEffect(() => {
    // Effects run a moment after rendering; by then this form may have saved newer details, so
    // look at what is stored now, and never take back a version this form saved itself.
    const stored = $state.get().interviews.find((entry) => entry.id === id);
    if (!record || stored !== record || ownSaves.current.has(record)) return;
    if (lastSaved.current && sameDetails(record, lastSaved.current)) return;
    lastSaved.current = record;
    const next = formFromInterview(record);
    const nextCheck = checkForm(next, []);
    latest.current = { form: next, incomplete: [], check: nextCheck };
    setForm(next);
    setSeed(next);
    setCheck(nextCheck);
    setRevision((count) => count + 1);
    setIncomplete([]);
    setTouched(new Set());
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
    const saved = saveInterview(id, checked.details);
    lastSaved.current = saved;
    ownSaves.current.add(saved);
    return true;
  };

  /** Changes the form (and the list of unfinished dates), checks it once, and saves it if valid. */
  const apply = (
    change: (current: FormState) => FormState,
    changeIncomplete: (current: IncompleteField[]) => IncompleteField[] = (current) => current,
  ) => {
    const next = change(latest.current.form);
    const nextIncomplete = changeIncomplete(latest.current.incomplete);
    const nextCheck = checkForm(next, nextIncomplete);
    latest.current = { form: next, incomplete: nextIncomplete, check: nextCheck };
    setForm(next);
    setIncomplete(nextIncomplete);
    setCheck(nextCheck);
    save(nextCheck);
  };

  const touch = (key: string) =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));

  const setDate = (
    field: 'interviewDate' | 'interviewTime' | 'decisionDate',
    value: string,
    unfinished: boolean,
  ) =>
    apply(
      (current) => ({ ...current, [field]: value }),
      (current) => markIncomplete(current, field, unfinished),
    );

  const setInterviewer = (index: number, property: 'name' | 'title' | 'email', value: string) =>
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
        interviewers: [...current.interviewers, { key: rowKey(), name: '', title: '', email: '' }],
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

/** What the line under the form says about saving. */
export function saveStatus(form: {
  saved: boolean;
  inTabOnly: boolean;
  showingErrors: boolean;
  isNew: boolean;
}): string {
  if (form.saved) {
    return form.inTabOnly
      ? 'Kept in this tab only — see the note at the top of the page.'
      : 'Saved in this browser. Changes save as you type.';
  }
  if (form.showingErrors) {
    return 'Not saved yet — fix the fields marked above and your changes save on their own.';
  }
  return form.isNew
    ? 'Your details save on their own once the interview date is in.'
    : 'Your changes save on their own once every field is complete.';
}
