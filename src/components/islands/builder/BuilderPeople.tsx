import type { ComponentChildren } from 'preact';
import {
  PERSONAL_NOTES_GUIDE,
  PER_PERSON_FIELDS,
  choosePerson,
  type BuilderTemplate,
  type BuilderView,
} from '../../../lib/builder';
import { url } from '../../../lib/routes';
import { DebriefNote, fieldFor } from './BuilderFields';
import BuilderTabs from './BuilderTabs';

interface Props {
  view: BuilderView;
  template: BuilderTemplate;
  idPrefix: string;
  /** The heading of the guide section on writing a different note to each person. */
  linkTitle: string;
  /** The message to the person whose tab is open. */
  children: ComponentChildren;
}

/** One message per interviewer: a tab each, their own fields, and a warning when two read alike. */
export default function BuilderPeople({ view, template, idPrefix, linkTitle, children }: Props) {
  const { shown, names, duplicates } = view;
  const people = view.interview?.interviewers.length ?? 0;
  if (!shown) return null;
  const own = template.fields.filter((entry) => PER_PERSON_FIELDS.includes(entry.name));
  const name = names[shown.slot] || '';
  return (
    <>
      <h2>Your messages</h2>
      <p>
        One message for each of your {people} interviewers. Each greets its own person and names
        something you discussed with them: your debrief on each fills it in.
      </p>
      <div role="status" class="builder-duplicates">
        {duplicates && (
          <p class="notice">
            {duplicates} <a href={url(PERSONAL_NOTES_GUIDE)}>Why: {linkTitle}</a>
          </p>
        )}
      </div>
      <BuilderTabs
        labels={names.map((entry, index) => entry || `Interviewer ${index + 1}`)}
        active={shown.slot}
        onSelect={choosePerson}
        label="One message per interviewer"
        idPrefix={idPrefix}
      >
        <fieldset class="builder-fieldset">
          <legend>For {name || `interviewer ${shown.slot + 1}`}</legend>
          <DebriefNote person={view.people[shown.index]} />
          {own.map((entry) =>
            fieldFor(
              view,
              entry,
              shown.slot,
              idPrefix,
              entry.name === 'interviewerName'
                ? 'Name as you greet them'
                : `${entry.label} with ${name || 'this person'}`,
            ),
          )}
        </fieldset>
        {children}
      </BuilderTabs>
    </>
  );
}
