import type { VoteTally } from '../../../../src/contract/live-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { tallyRows, votesCast } from './model.js';

/**
 * A vote's result as bars with the numbers written out: the text carries everything, the bar
 * is drawn for the eye only, and each choice has its own pattern besides its colour.
 */
export function TallyBars({ tally, label }: { tally: VoteTally; label: string }) {
  const { t } = useI18n();
  return (
    <figure className="tally" data-testid="tally">
      <figcaption>
        {label} · {t('vote.cast', { count: votesCast(tally) })}
      </figcaption>
      <ul>
        {tallyRows(tally).map((row) => (
          <li
            key={row.choice}
            className={`tally-row tally-${row.choice}`}
            data-testid={`tally-${row.choice}`}
            data-count={row.count}
          >
            <span className="tally-label">{t(`vote.choice.${row.choice}`)}</span>
            <span className="tally-bar" aria-hidden="true">
              <span style={{ width: `${row.percent}%` }} />
            </span>
            <span className="tally-figure">
              {t('vote.figure', { count: row.count, percent: row.percent })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
