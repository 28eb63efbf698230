import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldId, type InterviewerProperty, type InterviewerRow } from '../../../lib/interview';
import { MAX_INTERVIEWERS } from '../../../lib/timeline';
import Field from '../shared/Field';
import TimeZoneList, { TIME_ZONE_HINT, TIME_ZONE_LIST_ID, useYourZone } from './TimeZoneList';

/** The id of the button that adds a row, where focus goes when the last row is removed. */
export const ADD_INTERVIEWER_ID = 'add-interviewer';

interface Props {
  rows: readonly InterviewerRow[];
  /** The message shown for each error key, e.g. `interviewers.1.name`. */
  errors: Readonly<Record<string, string>>;
  onInput: (index: number, property: InterviewerProperty, value: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement>;

// The debrief's fields, in the order the error summary lists them (see PROPERTY_ORDER in form.ts).
const DEBRIEF: readonly { property: InterviewerProperty; label: string; hint: string }[] = [
  {
    property: 'caredAbout',
    label: 'What they cared about most',
    hint: 'For example, how fast new hires get up to speed.',
  },
  {
    property: 'discussed',
    label: 'One thing you discussed',
    hint: 'For example, the plan to move patient scheduling online. It goes into their messages.',
  },
  {
    property: 'concern',
    label: 'A concern they raised',
    hint: 'For example, that you have not led a team yet. Your thank-you can answer it in a sentence.',
  },
];

/** "Who interviewed you": one row per person, lead first, each with its debrief. */
export default function InterviewerRows({ rows, errors, onInput, onBlur, onAdd, onRemove }: Props) {
  const yourZone = useYourZone();
  return (
    <fieldset class="group" aria-describedby="hint-interviewers">
      <legend>Who interviewed you</legend>
      <p class="hint" id="hint-interviewers">
        Add each person, lead first. Only the name is needed; it goes into your messages.
      </p>
      {rows.map((row, index) => {
        const n = index + 1;
        const key = (property: InterviewerProperty) => `interviewers.${index}.${property}`;
        const input = (property: InterviewerProperty) => ({
          value: row[property],
          onInput: (event: InputEvent) => onInput(index, property, event.currentTarget.value),
          onBlur: () => onBlur(key(property)),
          autoComplete: 'off',
        });
        return (
          <fieldset class="row" key={row.key}>
            <legend>Interviewer {n}</legend>
            <div class="row-fields">
              <Field id={fieldId(key('name'))} label="Name" error={errors[key('name')]}>
                {(control) => <input type="text" required {...control} {...input('name')} />}
              </Field>
              <Field
                id={fieldId(key('title'))}
                label="Job title"
                optional
                error={errors[key('title')]}
              >
                {(control) => <input type="text" {...control} {...input('title')} />}
              </Field>
              <Field
                id={fieldId(key('greeting'))}
                label="How you greet them"
                optional
                hint="As you will write it after “Dear”: Ms. Rivera, or Dana if they use first names. Left empty, messages use the name."
                error={errors[key('greeting')]}
              >
                {(control) => <input type="text" {...control} {...input('greeting')} />}
              </Field>
              <Field id={fieldId(key('email'))} label="Email" optional error={errors[key('email')]}>
                {(control) => (
                  <input type="email" spellcheck={false} {...control} {...input('email')} />
                )}
              </Field>
              <Field
                id={fieldId(key('timeZone'))}
                label="Time zone"
                optional
                hint={TIME_ZONE_HINT}
                error={errors[key('timeZone')]}
              >
                {(control) => (
                  <input
                    type="text"
                    list={TIME_ZONE_LIST_ID}
                    spellcheck={false}
                    placeholder={yourZone}
                    {...control}
                    {...input('timeZone')}
                  />
                )}
              </Field>
            </div>
            <Debrief n={n} row={row} fieldKey={key} errors={errors} input={input} />
            <button type="button" class="secondary remove" onClick={() => onRemove(index)}>
              Remove<span class="visually-hidden"> interviewer {n}</span>
            </button>
          </fieldset>
        );
      })}
      {rows.length < MAX_INTERVIEWERS ? (
        <button type="button" class="secondary" id={ADD_INTERVIEWER_ID} onClick={onAdd}>
          Add an interviewer
        </button>
      ) : (
        <p class="hint">You have listed {MAX_INTERVIEWERS} people, which is the most we keep.</p>
      )}
      <TimeZoneList />
    </fieldset>
  );
}

interface DebriefProps {
  n: number;
  row: InterviewerRow;
  /** The error key of one of the row's properties, e.g. `interviewers.1.concern`. */
  fieldKey: (property: InterviewerProperty) => string;
  errors: Readonly<Record<string, string>>;
  /** The value and handlers of one of the row's inputs. */
  input: (property: InterviewerProperty) => JSX.HTMLAttributes<HTMLInputElement>;
}

/**
 * One interviewer's debrief, behind a disclosure: open on arrival when it holds notes, opened when
 * one of its fields has a problem, and never closed under the person's typing.
 */
function Debrief({ n, row, fieldKey, errors, input }: DebriefProps) {
  const [open] = useState(() => DEBRIEF.some(({ property }) => row[property] !== ''));
  const failing = DEBRIEF.some(({ property }) => errors[fieldKey(property)] !== undefined);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (failing && ref.current) ref.current.open = true;
  }, [failing]);
  return (
    <details class="debrief" open={open} ref={ref}>
      <summary>
        Debrief<span class="visually-hidden"> on interviewer {n}</span>: what you talked about
        (optional)
      </summary>
      <p class="hint">
        Note it while it is fresh. It fills this person’s own thank-you, so no two of your notes
        read alike.
      </p>
      <div class="row-fields">
        {DEBRIEF.map(({ property, label, hint }) => (
          <Field
            key={property}
            id={fieldId(fieldKey(property))}
            label={label}
            hint={hint}
            error={errors[fieldKey(property)]}
          >
            {(control) => <input type="text" {...control} {...input(property)} />}
          </Field>
        ))}
      </div>
    </details>
  );
}
