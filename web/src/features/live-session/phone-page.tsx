import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Sector, Sex, type ParticipantState } from '../../../../src/contract/live-session.js';
import { ROUTES } from '../../../../src/contract/routes.js';
import { ApiError, fillPath } from '../../api/client.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { normaliseCode, oneOf, phoneKeys, VOTE_CHOICES, votePanel } from './model.js';

type SexValue = (typeof Sex.options)[number];
type SectorValue = (typeof Sector.options)[number];
type VoteChoice = (typeof VOTE_CHOICES)[number];
import { phoneCall } from './phone-api.js';
import { Contribute, OwnContributions } from './phone-contribute.js';
import { TallyBars } from './tally-bars.js';

/**
 * A participant's phone, without an account: type the workshop's code, say who you are, then
 * follow the recommendation on screen, vote, comment, propose an amendment, check in.
 */
export function JoinPage({ code }: { code: string | undefined }) {
  const { t } = useI18n();
  const joinCode = code === undefined ? '' : normaliseCode(code);
  const workshop = useQuery({
    queryKey: phoneKeys.workshop(joinCode),
    queryFn: () => phoneCall('liveWorkshop', joinCode),
    enabled: joinCode !== '',
    retry: (count, error) =>
      !(error instanceof ApiError && error.code === 'not_found') && count < 3,
  });
  if (joinCode === '') return <CodeForm />;
  if (workshop.isPending) return <Loading />;
  if (workshop.isError) {
    const unknown = workshop.error instanceof ApiError && workshop.error.code === 'not_found';
    return (
      <div className="phone">
        {unknown ? (
          <p className="alert alert-error" role="alert">
            {t('phone.unknownCode', { code: joinCode })}
          </p>
        ) : (
          <ErrorMessage error={workshop.error} onRetry={() => void workshop.refetch()} />
        )}
        <CodeForm />
      </div>
    );
  }
  const data = workshop.data;
  return (
    <div className="phone">
      <p className="phone-workshop">
        <strong>{data.title}</strong>
        <br />
        <span className="muted">
          {data.place} ·{' '}
          {data.startsOn === data.endsOn ? data.startsOn : `${data.startsOn} – ${data.endsOn}`}
        </span>
      </p>
      {data.participant === null ? (
        <JoinForm joinCode={joinCode} />
      ) : (
        <PhoneLive joinCode={joinCode} />
      )}
    </div>
  );
}

function CodeForm() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseCode(text);
    if (code !== '') window.location.hash = href.join(code);
  };
  return (
    <form className="phone card" onSubmit={submit}>
      <h1>{t('phone.title')}</h1>
      <label className="field">
        <span>{t('phone.code')}</span>
        <input
          value={text}
          autoCapitalize="characters"
          autoComplete="off"
          inputMode="text"
          required
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary phone-button">
        {t('phone.open')}
      </button>
    </form>
  );
}

function JoinForm({ joinCode }: { joinCode: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [sex, setSex] = useState<SexValue | ''>('');
  const [sector, setSector] = useState<SectorValue | ''>('');
  const join = useMutation({
    mutationFn: () =>
      phoneCall('joinWorkshop', joinCode, {
        name,
        organisation,
        sex: sex === '' ? 'undisclosed' : sex,
        ...(sector === '' ? {} : { sector }),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: phoneKeys.workshop(joinCode) }),
  });
  const taken = join.error instanceof ApiError && join.error.code === 'conflict';
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        join.mutate();
      }}
    >
      <h1>{t('phone.joinTitle')}</h1>
      <p className="muted">{t('phone.joinIntro')}</p>
      <label className="field">
        <span>{t('phone.name')}</span>
        <input
          required
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('phone.organisation')}</span>
        <input
          required
          autoComplete="organization"
          value={organisation}
          onChange={(event) => setOrganisation(event.target.value)}
        />
      </label>
      <fieldset className="field">
        <legend>{t('phone.sex')}</legend>
        {Sex.options.map((value) => (
          <label key={value} className="radio phone-radio">
            <input
              type="radio"
              name="sex"
              value={value}
              required
              checked={sex === value}
              onChange={() => setSex(value)}
            />
            {t(`phone.sex.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="phone-sector">{t('phone.sector')}</label>
        <select
          id="phone-sector"
          value={sector}
          onChange={(event) => {
            const value = event.target.value;
            setSector(oneOf(Sector.options, value) ?? '');
          }}
        >
          <option value="">{t('phone.sectorNone')}</option>
          {Sector.options.map((value) => (
            <option key={value} value={value}>
              {t(`phone.sector.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="button button-primary phone-button"
        disabled={join.isPending}
      >
        {t('phone.join')}
      </button>
      {join.error === null ? null : taken ? (
        <p className="alert alert-error" role="alert">
          {t('phone.taken')}
        </p>
      ) : (
        <ErrorMessage error={join.error} />
      )}
    </form>
  );
}

/** Follows the participant stream; after a lost connection, the state is fetched again. */
function usePhoneStream(joinCode: string): void {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: phoneKeys.state(joinCode) });
    window.addEventListener('online', refresh);
    if (typeof EventSource === 'undefined')
      return () => window.removeEventListener('online', refresh);
    const source = new EventSource(fillPath(ROUTES.liveEvents.path, { joinCode }));
    let opened = false;
    source.addEventListener('open', () => {
      // The first opening follows the page's own fetch; a reopening may have missed changes.
      if (opened) refresh();
      opened = true;
    });
    source.addEventListener('change', refresh);
    return () => {
      window.removeEventListener('online', refresh);
      source.close();
    };
  }, [client, joinCode]);
}

function PhoneLive({ joinCode }: { joinCode: string }) {
  const { t } = useI18n();
  const state = useQuery({
    queryKey: phoneKeys.state(joinCode),
    queryFn: () => phoneCall('liveState', joinCode),
    refetchOnWindowFocus: true,
  });
  usePhoneStream(joinCode);
  if (state.isPending) return <Loading />;
  if (state.isError)
    return <ErrorMessage error={state.error} onRetry={() => void state.refetch()} />;
  const live = state.data;
  return (
    <>
      <p data-testid="phone-identity">
        {t('phone.youAre', {
          name: live.participant.name,
          organisation: live.participant.organisation,
        })}
      </p>
      <CheckIn joinCode={joinCode} live={live} />
      {live.recommendation === null ? (
        <p className="card" role="status">
          {t('phone.waiting')}
        </p>
      ) : (
        <>
          <article className="card phone-recommendation" data-testid="phone-recommendation">
            <h1>
              R{live.recommendation.number} · {live.recommendation.title}
            </h1>
            <blockquote className="phone-wording">{live.recommendation.wording}</blockquote>
          </article>
          <Vote joinCode={joinCode} live={live} />
          <Contribute joinCode={joinCode} recommendationId={live.recommendation.id} />
        </>
      )}
      <OwnContributions live={live} />
    </>
  );
}

function CheckIn({ joinCode, live }: { joinCode: string; live: ParticipantState }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const checkIn = useMutation({
    mutationFn: () => phoneCall('selfCheckIn', joinCode),
    onSuccess: () => client.invalidateQueries({ queryKey: phoneKeys.state(joinCode) }),
  });
  if (live.today === null) return null;
  if (live.checkedInToday) {
    return <p className="alert alert-success">{t('phone.checkedIn')}</p>;
  }
  return (
    <div>
      <button
        type="button"
        className="button phone-button"
        disabled={checkIn.isPending}
        onClick={() => checkIn.mutate()}
      >
        {t('phone.checkIn')}
      </button>
      {checkIn.error === null ? null : <ErrorMessage error={checkIn.error} />}
    </div>
  );
}

function Vote({ joinCode, live }: { joinCode: string; live: ParticipantState }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const panel = votePanel(live);
  const vote = useMutation({
    mutationFn: (input: { questionId: string; choice: VoteChoice }) =>
      phoneCall('castVote', joinCode, input),
    onSettled: () => client.invalidateQueries({ queryKey: phoneKeys.state(joinCode) }),
  });
  if (panel.kind === 'none') return null;
  const closed = vote.error instanceof ApiError && vote.error.code === 'conflict';
  if (panel.kind === 'closed') {
    return (
      <section className="card" aria-labelledby="phone-vote-title">
        <h2 id="phone-vote-title">{t('phone.voteClosed')}</h2>
        {panel.mine === null ? null : (
          <p data-testid="my-vote" data-choice={panel.mine}>
            {t('phone.youVotedFinal', { choice: t(`vote.choice.${panel.mine}`) })}
          </p>
        )}
        {panel.tally === null ? null : <TallyBars tally={panel.tally} label={t('phone.result')} />}
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="phone-vote-title">
      <h2 id="phone-vote-title">{t('phone.voteNow')}</h2>
      {live.question?.prompt ? <p>{live.question.prompt}</p> : null}
      <div className="vote-buttons" role="group" aria-labelledby="phone-vote-title">
        {VOTE_CHOICES.map((choice) => {
          const mine = panel.mine === choice;
          return (
            <button
              key={choice}
              type="button"
              className={`button vote-button vote-${choice}`}
              aria-pressed={mine}
              data-testid={`vote-${choice}`}
              disabled={vote.isPending}
              onClick={() => vote.mutate({ questionId: panel.questionId, choice })}
            >
              <span aria-hidden="true" className="vote-mark">
                {mine ? '✓' : ''}
              </span>
              {t(`vote.choice.${choice}`)}
              {mine ? <span className="vote-mine"> {t('phone.yourVote')}</span> : null}
            </button>
          );
        })}
      </div>
      <p role="status" data-testid="my-vote" data-choice={panel.mine ?? ''}>
        {panel.mine === null
          ? t('phone.notVoted')
          : t('phone.youVoted', { choice: t(`vote.choice.${panel.mine}`) })}
      </p>
      {vote.error === null ? null : closed ? (
        <p className="alert alert-error" role="alert">
          {t('phone.voteClosedNow')}
        </p>
      ) : (
        <ErrorMessage error={vote.error} />
      )}
    </section>
  );
}
