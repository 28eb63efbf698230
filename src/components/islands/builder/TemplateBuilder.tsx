import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import {
  $builder,
  builderAddress,
  chooseInterview,
  choosePerson,
  chooseTemplate,
  copyInFor,
  flushDrafts,
  PERSONAL_NOTES_GUIDE,
  groupByStage,
  startBuilder,
  type BuilderTemplate,
  type SectionTitles,
} from '../../../lib/builder';
import { interviewLabel } from '../../../lib/interview';
import { TIMELINE_PATH, builderSearch, guidePath, templatePath, url } from '../../../lib/routes';
import {
  $storageNotice,
  $storageStatus,
  STORAGE_NOTICE_MESSAGES,
  STORAGE_STATUS_MESSAGES,
  dismissStorageNotice,
} from '../../../lib/state';
import { spellingLocale } from '../../../lib/spelling';
import { STAGE_LABELS } from '../../../lib/templates';
import { CHANNEL_LABELS } from '../../../lib/timeline';
import BuilderFields from './BuilderFields';
import BuilderMessage from './BuilderMessage';
import BuilderNotices from './BuilderNotices';
import BuilderPeople from './BuilderPeople';

type Props = {
  /** Every template, in the order the list shows them. */
  templates: readonly BuilderTemplate[];
  /** Guide titles by id, to name the guide each template follows. */
  guideTitles: Readonly<Record<string, string>>;
  /** The heading of each guide section the checker links to. */
  sectionTitles: SectionTitles;
};

const ID = 'builder';

/** The message builder: pick a template, fill it in, check it, copy or open it in a mail app. */
export default function TemplateBuilder({ templates, guideTitles, sectionTitles }: Props) {
  const view = useStore($builder);
  const saving = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const { started, template, interview, interviews, multi, shown, names } = view;

  // Once mounted: read the link, then the saved details; save typing when the page is hidden.
  useEffect(() => {
    startBuilder(templates, location.search);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushDrafts();
    };
    addEventListener('pagehide', flushDrafts);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flushDrafts);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [templates]);

  // The address bar names what is open, so a reload or a bookmark comes back to it.
  const search = started ? builderSearch(builderAddress(view)) : null;
  useEffect(() => {
    if (search === null || search === location.search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [search]);

  const active = template ?? templates[0];
  if (!active) {
    return <p class="notice">There are no templates to show. Reload the page to try again.</p>;
  }
  const guideTitle = guideTitles[active.guide];
  const { people } = view;

  // The names the spell check takes as known: everyone in the process, the company, the role, you.
  const known = shown
    ? [
        ...people.map(({ name }) => name),
        interview?.contact?.name ?? '',
        ...['company', 'role', 'interviewerName', 'groupMember', 'yourName'].map(
          (field) => shown.values[field] ?? '',
        ),
      ]
    : [];
  const copyIn = copyInFor(interview, active.toContact, people[shown?.index ?? 0]);
  const message = shown && (
    <BuilderMessage
      key={`${active.id}-${shown.index}`}
      template={active}
      message={shown}
      to={people[shown.index]?.email ?? ''}
      recipient={names[shown.slot] ?? ''}
      cc={view.cc}
      copyIn={copyIn}
      idPrefix={ID}
      sectionTitles={sectionTitles}
      locale={started ? spellingLocale(navigator.languages) : 'en-US'}
      proofing={view.proofing}
      names={known}
    />
  );

  return (
    <div class="builder">
      <BuilderNotices
        storage={!started || saving === 'ok' ? null : STORAGE_STATUS_MESSAGES[saving]}
        notice={!started || notice === null ? null : STORAGE_NOTICE_MESSAGES[notice]}
        onDismiss={dismissStorageNotice}
        problems={view.problems}
      />
      <fieldset class="builder-frame builder-grid" disabled={!started}>
        <div class="builder-choose">
          <h2>Choose and fill in</h2>
          <div class="field">
            <label for={`${ID}-template`}>Template</label>
            <select
              id={`${ID}-template`}
              value={active.id}
              aria-describedby={`${ID}-template-when`}
              onChange={(event) => chooseTemplate(event.currentTarget.value)}
            >
              {groupByStage(templates).map((group) => (
                <optgroup label={STAGE_LABELS[group.stage]} key={group.stage}>
                  {group.templates.map((entry) => (
                    <option value={entry.id} key={entry.id}>
                      {entry.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p class="hint" id={`${ID}-template-when`}>
              <span class="builder-channel">{CHANNEL_LABELS[active.channel]}.</span> {active.when}
            </p>
            <ul class="builder-links">
              <li>
                <a href={url(templatePath(active.id))}>About this template</a>
              </li>
              {guideTitle && (
                <li>
                  <a href={url(guidePath(active.guide))}>Guide: {guideTitle}</a>
                </li>
              )}
            </ul>
          </div>

          {interviews.length > 1 && interview && (
            <div class="field">
              <label for={`${ID}-interview`}>Interview</label>
              <select
                id={`${ID}-interview`}
                value={interview.id}
                onChange={(event) => chooseInterview(event.currentTarget.value)}
              >
                {interviews.map((entry) => (
                  <option value={entry.id} key={entry.id}>
                    {interviewLabel(entry)}
                  </option>
                ))}
              </select>
            </div>
          )}

          {started && !interview && (
            <p class="notice">
              You haven’t entered an interview yet, so type each detail below. To have them filled
              in for every message,{' '}
              <a href={url(TIMELINE_PATH)}>enter your interview once on your timeline</a>.
            </p>
          )}

          {!multi && people.length > 1 && (
            <div class="field">
              <label for={`${ID}-person`}>Who is this message for?</label>
              <select
                id={`${ID}-person`}
                value={String(view.active)}
                onChange={(event) => choosePerson(Number(event.currentTarget.value))}
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
        </div>

        {/* The message comes right after the choice, so a phone shows it near the top. */}
        <div class="builder-result">
          {multi && shown ? (
            <BuilderPeople
              view={view}
              template={active}
              idPrefix={ID}
              linkTitle={sectionTitles[PERSONAL_NOTES_GUIDE] ?? ''}
            >
              {message}
            </BuilderPeople>
          ) : (
            <>
              <h2>Your message</h2>
              {message}
            </>
          )}
        </div>

        <div class="builder-form">
          <BuilderFields view={view} template={active} idPrefix={ID} />
        </div>
      </fieldset>
    </div>
  );
}
