import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import {
  DecisionMethod,
  DecisionStatus,
  type ChairLiveSession,
} from '../../../../src/contract/live-session.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { JoinPanel } from './join-panel.js';
import { oneOf } from './model.js';
import { ProjectorButton } from './projector-button.js';
import {
  useCloseVote,
  useDecideContribution,
  useLiveSession,
  useOpenVote,
  useRecordDecision,
  useShowRecommendation,
} from './queries.js';
import { TallyBars } from './tally-bars.js';

type DecisionStatusValue = (typeof DecisionStatus.options)[number];

/** A recommendation the workshop has decided on: no more votes, no other decision here. */
const isDecided = (status: string): boolean => oneOf(DecisionStatus.options, status) !== undefined;
type DecisionMethodValue = (typeof DecisionMethod.options)[number];

interface PageProps {
  readonly project: Project;
  readonly workshopId: string;
}

/**
 * The chair's and presenter's screen: the recommendation under discussion in large type, the
 * join code and its QR code, the vote and its live count, participants' contributions and the
 * decision. Everything comes from the server, so a reload loses nothing.
 */
export function PresenterPage({ project, workshopId }: PageProps) {
  const { t } = useI18n();
  const session = useLiveSession(project.id, workshopId);
  const projected = useRef<HTMLDivElement>(null);
  if (session.isPending) return <Loading />;
  if (session.isError) {
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  const live = session.data;
  return (
    <div className="page presenter">
      <h1>
        {t('presenter.title')} · {live.workshop.title}
      </h1>
      <div className="presenter-grid" ref={projected}>
        <section className="presenter-screen" aria-labelledby="presenter-screen-title">
          <h2 id="presenter-screen-title" className="visually-hidden">
            {t('presenter.onScreen')}
          </h2>
          <OnScreen live={live} />
          <VotePanel project={project} workshopId={workshopId} live={live} />
        </section>
        <aside className="presenter-side">
          <ProjectorButton target={projected} />
          <JoinPanel project={project} workshopId={workshopId} live={live} />
          <Picker project={project} workshopId={workshopId} live={live} />
        </aside>
      </div>
      <Contributions project={project} workshopId={workshopId} live={live} />
      <DecisionForm project={project} workshopId={workshopId} live={live} />
    </div>
  );
}

interface PartProps extends PageProps {
  readonly live: ChairLiveSession;
}

function OnScreen({ live }: { live: ChairLiveSession }) {
  const { t } = useI18n();
  const recommendation = live.recommendation;
  if (recommendation === null) {
    return <p className="presenter-empty">{t('presenter.nothingShown')}</p>;
  }
  return (
    <article className="presenter-recommendation" data-testid="presenter-recommendation">
      <p className="presenter-number">
        R{recommendation.number} ·{' '}
        <span data-testid="presenter-status" data-status={recommendation.status}>
          {t(`presenter.status.${recommendation.status}`)}
        </span>
      </p>
      <h2 className="presenter-heading">{recommendation.title}</h2>
      <blockquote className="presenter-wording">{recommendation.wording}</blockquote>
      <p className="muted">
        {t('presenter.wordingVersion', { version: recommendation.wordingVersion })}
      </p>
      {recommendation.obligationIds.length === 0 ? null : (
        <p>
          {t('presenter.obligations')}{' '}
          {recommendation.obligationIds.map((id) => (
            <span key={id} className="chip">
              {id}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

function Picker({ project, workshopId, live }: PartProps) {
  const { t } = useI18n();
  const show = useShowRecommendation(project.id, workshopId);
  const [chosen, setChosen] = useState(live.recommendation?.id ?? '');
  const agenda = live.choices.filter((choice) => choice.onAgenda);
  const others = live.choices.filter((choice) => !choice.onAgenda);
  const option = (choice: ChairLiveSession['choices'][number]) => (
    <option key={choice.id} value={choice.id}>
      R{choice.number} · {choice.title} ({t(`presenter.status.${choice.status}`)})
    </option>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== '') show.mutate(chosen);
  };
  return (
    <form className="card" onSubmit={submit}>
      <div className="field">
        <label htmlFor="presenter-pick">{t('presenter.pick')}</label>
        <select
          id="presenter-pick"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t('presenter.pickNone')}</option>
          {agenda.length === 0 ? null : (
            <optgroup label={t('presenter.agenda')}>{agenda.map(option)}</optgroup>
          )}
          {others.length === 0 ? null : (
            <optgroup label={t('presenter.otherRecommendations')}>{others.map(option)}</optgroup>
          )}
        </select>
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={chosen === '' || show.isPending}
      >
        {t('presenter.show')}
      </button>
      {show.error === null ? null : <ErrorMessage error={show.error} />}
    </form>
  );
}

function VotePanel({ project, workshopId, live }: PartProps) {
  const { t } = useI18n();
  const open = useOpenVote(project.id, workshopId);
  const close = useCloseVote(project.id, workshopId);
  const [prompt, setPrompt] = useState('');
  const recommendation = live.recommendation;
  if (recommendation === null) return null;
  const question =
    live.question !== null && live.question.recommendationId === recommendation.id
      ? live.question
      : null;
  const failure = open.error ?? close.error;
  return (
    <section className="vote-panel" aria-labelledby="vote-panel-title">
      <h2 id="vote-panel-title">{t('presenter.vote')}</h2>
      {question?.status === 'open' ? (
        <>
          <p role="status" data-testid="vote-state" data-state="open">
            {t('presenter.voteOpen')}
            {question.prompt === '' ? '' : ` — ${question.prompt}`}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={close.isPending}
            onClick={() => close.mutate(undefined)}
          >
            {t('presenter.closeVote')}
          </button>
        </>
      ) : isDecided(recommendation.status) ? (
        question === null ? null : (
          <p data-testid="vote-state" data-state="closed">
            {t('presenter.voteClosed')}
          </p>
        )
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            open.mutate({
              recommendationId: recommendation.id,
              ...(prompt.trim() === '' ? {} : { prompt: prompt.trim() }),
            });
          }}
        >
          {question === null ? null : (
            <p data-testid="vote-state" data-state="closed">
              {t('presenter.voteClosed')}
            </p>
          )}
          <label className="field">
            <span>{t('presenter.prompt')}</span>
            <input value={prompt} onChange={(event) => setPrompt(event.target.value)} />
          </label>
          <button type="submit" className="button button-primary" disabled={open.isPending}>
            {t('presenter.openVote')}
          </button>
        </form>
      )}
      {failure === null ? null : <ErrorMessage error={failure} />}
      {question === null || live.tally === null ? null : (
        <div aria-live="polite">
          <TallyBars
            tally={live.tally}
            label={
              question.status === 'open' ? t('presenter.liveCount') : t('presenter.finalCount')
            }
          />
        </div>
      )}
    </section>
  );
}

function Contributions({ project, workshopId, live }: PartProps) {
  const { t } = useI18n();
  const decide = useDecideContribution(project.id, workshopId);
  if (live.recommendation === null) return null;
  return (
    <section className="card" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t('presenter.contributions')}</h2>
      {live.contributions.length === 0 ? (
        <p className="muted">{t('presenter.noContributions')}</p>
      ) : (
        <ul className="contribution-list" aria-live="polite" data-testid="contributions">
          {live.contributions.map((item) => (
            <li key={item.id} className="contribution" data-status={item.status}>
              <p>
                <strong>{item.participant.name}</strong>{' '}
                <span className="muted">({item.participant.organisation})</span> ·{' '}
                {t(`phone.kind.${item.kind}`)} · {t(`phone.status.${item.status}`)}
              </p>
              <p>{item.body}</p>
              {item.proposedWording === null ? null : (
                <blockquote className="proposed-wording">{item.proposedWording}</blockquote>
              )}
              {item.status !== 'open' ? null : (
                <div className="button-row">
                  {item.kind === 'amendment' ? (
                    <button
                      type="button"
                      className="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ contributionId: item.id, accept: true })}
                    >
                      {t('presenter.accept', { name: item.participant.name })}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ contributionId: item.id, accept: false })}
                  >
                    {t('presenter.dismiss', { name: item.participant.name })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {decide.error === null ? null : <ErrorMessage error={decide.error} />}
    </section>
  );
}

function DecisionForm({ project, workshopId, live }: PartProps) {
  const { t } = useI18n();
  const record = useRecordDecision(project.id, workshopId);
  const [status, setStatus] = useState<DecisionStatusValue>('adopted');
  const [method, setMethod] = useState<DecisionMethodValue>('vote');
  const [reason, setReason] = useState('');
  const recommendation = live.recommendation;
  if (recommendation === null) return null;
  if (isDecided(recommendation.status)) {
    return (
      <p className="alert alert-success" role="status" data-testid="decision-recorded">
        {t('presenter.decided', {
          number: recommendation.number,
          status: t(`presenter.status.${recommendation.status}`),
        })}
      </p>
    );
  }
  const question =
    live.question !== null && live.question.recommendationId === recommendation.id
      ? live.question
      : null;
  const voteReady = question?.status === 'closed';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        status,
        method,
        reason: reason.trim(),
        version: recommendation.version,
        ...(method === 'vote' && question !== null ? { questionId: question.id } : {}),
      },
      { onSuccess: () => setReason('') },
    );
  };
  return (
    <form className="card decision-form" onSubmit={submit} aria-labelledby="decision-title">
      <h2 id="decision-title">{t('presenter.decision', { number: recommendation.number })}</h2>
      <div className="field">
        <label htmlFor="decision-status">{t('presenter.decisionStatus')}</label>
        <select
          id="decision-status"
          value={status}
          onChange={(event) => {
            const next = oneOf(DecisionStatus.options, event.target.value);
            if (next !== undefined) setStatus(next);
          }}
        >
          {DecisionStatus.options.map((value) => (
            <option key={value} value={value}>
              {t(`presenter.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('presenter.method')}</legend>
        {DecisionMethod.options.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="decision-method"
              value={value}
              checked={method === value}
              onChange={() => setMethod(value)}
            />
            {t(`presenter.method.${value}`)}
          </label>
        ))}
      </fieldset>
      {method !== 'vote' ? null : voteReady && live.tally !== null ? (
        <p data-testid="decision-tally">
          {t('presenter.tallyOnRecord', {
            for: live.tally.for,
            against: live.tally.against,
            abstain: live.tally.abstain,
          })}
        </p>
      ) : (
        <p className="muted">{t('presenter.closeFirst')}</p>
      )}
      <label className="field">
        <span>{t('presenter.reason')}</span>
        <textarea
          required
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button button-primary"
        disabled={record.isPending || reason.trim() === '' || (method === 'vote' && !voteReady)}
      >
        {t('presenter.record')}
      </button>
      {record.error === null ? null : <ErrorMessage error={record.error} />}
    </form>
  );
}
