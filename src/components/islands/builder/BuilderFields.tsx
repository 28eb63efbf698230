import {
  PER_PERSON_FIELDS,
  setField,
  restoreInterviewValue,
  type BuilderTemplate,
  type BuilderView,
  type Recipient,
} from '../../../lib/builder';
import { EDIT_INTERVIEW_PATH, url } from '../../../lib/routes';
import type { TemplateField } from '../../../lib/templates';
import BuilderField from './BuilderField';

interface Props {
  view: BuilderView;
  template: BuilderTemplate;
  idPrefix: string;
}

/** One field of the message in `slot`, with the interview's value offered back when typed over. */
export function fieldFor(
  view: BuilderView,
  entry: TemplateField,
  slot: number,
  idPrefix: string,
  label?: string,
) {
  const message = view.messages[slot];
  const fromInterview =
    view.interview !== null && entry.from === 'interview' ? message?.auto[entry.name] : undefined;
  return (
    <BuilderField
      key={`${entry.name}-${slot}`}
      field={entry}
      id={`${idPrefix}-field-${entry.name}`}
      value={message?.values[entry.name] ?? ''}
      label={label}
      fromInterview={fromInterview}
      onInput={(value) => setField(entry.name, value, slot)}
      onUseInterview={() => restoreInterviewValue(entry.name, slot)}
    />
  );
}

/** What you noted about the person a message is for that no field takes: what they cared about, and their concern. */
export function DebriefNote({ person }: { person: Recipient | undefined }) {
  const cared = person?.caredAbout.trim() ?? '';
  const concern = person?.concern.trim() ?? '';
  if (!person || (cared === '' && concern === '')) return null;
  return (
    <p class="builder-hint builder-debrief">
      <strong>From your debrief on {person.name}:</strong>
      {cared && ` they cared most about ${cared}.`}
      {concern && ` Their concern: ${concern}. One sentence in your message can answer it.`}
    </p>
  );
}

/** The fields every open message shares: from the interview, for the message, and about you. */
export default function BuilderFields({ view, template, idPrefix }: Props) {
  const { multi, interview } = view;
  const people = interview?.interviewers.length ?? 0;
  const shared = template.fields.filter(
    (entry) => !(multi && PER_PERSON_FIELDS.includes(entry.name)),
  );
  const slot = view.shown?.slot ?? 0;
  const group = (from: TemplateField['from']) => shared.filter((entry) => entry.from === from);
  const field = (entry: TemplateField) => fieldFor(view, entry, slot, idPrefix);
  const fromInterview = group('interview');
  const forMessage = group('message');
  const aboutYou = group('you');

  return (
    <>
      {fromInterview.length > 0 && (
        <fieldset class="builder-fieldset">
          <legend>{interview ? 'From your interview' : 'About the interview'}</legend>
          {interview && (
            <p class="builder-hint">
              Filled in from your saved interview. A change here applies to this message only; to
              change the interview itself,{' '}
              <a href={url(EDIT_INTERVIEW_PATH)}>edit it on your timeline</a>.
            </p>
          )}
          {!multi && <DebriefNote person={view.people[view.shown?.index ?? -1]} />}
          {fromInterview.map(field)}
        </fieldset>
      )}

      {forMessage.length > 0 && (
        <fieldset class="builder-fieldset">
          <legend>
            {!multi
              ? 'For this message'
              : people === 2
                ? 'For both messages'
                : `For all ${people} messages`}
          </legend>
          {forMessage.map(field)}
        </fieldset>
      )}

      {aboutYou.length > 0 && (
        <fieldset class="builder-fieldset">
          <legend>About you</legend>
          <p class="builder-hint">Remembered in this browser for every message you write here.</p>
          {aboutYou.map(field)}
        </fieldset>
      )}
    </>
  );
}
