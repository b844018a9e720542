import { useEffect, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { FindingRow } from '../../../../src/contract/findings.js';
import { LawTag } from '../../components/law-tag.js';
import { StatusChip } from '../../components/status-chip.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { useLawNames } from '../laws/queries.js';
import {
  keyMove,
  linkedProvisions,
  moveSelection,
  visibleOrder,
  type ThemeGroup,
} from './model.js';

interface FindingsTableProps {
  projectId: string;
  groups: readonly ThemeGroup[];
  selected: string | undefined;
  onSelect: (obligationId: string) => void;
}

const isFormField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * The concordance table, one body per theme. j / k or the arrows move the selection (focus
 * follows it), Enter opens the selected obligation.
 */
export function FindingsTable({ projectId, groups, selected, onSelect }: FindingsTableProps) {
  const { t } = useI18n();
  const lawName = useLawNames(projectId);
  const table = useRef<HTMLTableElement>(null);
  const order = visibleOrder(groups);
  const focusable = selected !== undefined && order.includes(selected) ? selected : order[0];

  const focusRow = (obligationId: string) =>
    table.current
      ?.querySelector<HTMLElement>(`[data-obligation="${CSS.escape(obligationId)}"]`)
      ?.focus();

  // The keys work anywhere on the page but inside form fields.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isFormField(event.target)) return;
      const move = keyMove(event.key);
      if (move === undefined) return;
      const next = moveSelection(order, selected, move);
      if (next === undefined) return;
      event.preventDefault();
      onSelect(next);
      focusRow(next);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  function openOnEnter(event: ReactKeyboardEvent<HTMLTableRowElement>, obligationId: string) {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    navigate(href.finding(projectId, obligationId));
  }

  return (
    <div className="table-wrap">
      <table className="table responsive-table findings-table" ref={table}>
        <caption className="visually-hidden">{t('findings.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.obligation')}</th>
            <th scope="col">{t('findings.status')}</th>
            <th scope="col">{t('findings.provisions')}</th>
            <th scope="col">{t('findings.missing')}</th>
            <th scope="col">{t('findings.explanation')}</th>
            <th scope="col">{t('findings.confirmedBy')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.theme} data-testid={`theme-${group.theme}`}>
            <tr className="theme-row">
              <th scope="rowgroup" colSpan={6} id={`theme-${group.theme}`}>
                {nameOf(t, 'theme', group.theme)}{' '}
                <span className="muted">({group.rows.length})</span>
              </th>
            </tr>
            {group.rows.map((row) => (
              <FindingTableRow
                key={row.obligationId}
                projectId={projectId}
                row={row}
                selected={row.obligationId === selected}
                focusable={row.obligationId === focusable}
                lawName={lawName}
                onSelect={() => onSelect(row.obligationId)}
                onKeyDown={(event) => openOnEnter(event, row.obligationId)}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

interface RowProps {
  projectId: string;
  row: FindingRow;
  selected: boolean;
  focusable: boolean;
  lawName: (lawId: string) => string | undefined;
  onSelect: () => void;
  onKeyDown: (event: ReactKeyboardEvent<HTMLTableRowElement>) => void;
}

function FindingTableRow(props: RowProps) {
  const { projectId, row, selected, focusable, lawName, onSelect, onKeyDown } = props;
  const { t, pick, language } = useI18n();
  const provisions = linkedProvisions(row);
  return (
    <tr
      className={selected ? 'finding-row selected' : 'finding-row'}
      data-testid={`finding-row-${row.obligationId}`}
      data-obligation={row.obligationId}
      data-selected={selected}
      tabIndex={focusable ? 0 : -1}
      onClick={onSelect}
      onFocus={onSelect}
      onKeyDown={onKeyDown}
    >
      <td data-label={t('findings.obligation')}>
        <a className="obligation-id" href={href.finding(projectId, row.obligationId)}>
          {row.obligationId}
        </a>
        <div className="obligation-title">{pick(row.title)}</div>
        <div className="obligation-kind muted">
          {t(`kind.${row.kind}`)} · {row.instrument}
        </div>
      </td>
      <td data-label={t('findings.status')}>
        <StatusChip status={row.status} testId={`status-${row.obligationId}`} />
        {row.engineStatus === row.status ? null : (
          <div className="engine-status muted">
            {t('findings.engineSaid', { status: t(`status.${row.engineStatus}`) })}
          </div>
        )}
      </td>
      <td data-label={t('findings.provisions')}>
        {provisions.length === 0 ? (
          <span className="muted">{t('app.none')}</span>
        ) : (
          <ul className="chip-list">
            {provisions.map((provision) => (
              <li key={`${provision.lawId}/${provision.eId}`}>
                <a
                  className={`chip chip-${provision.decision}`}
                  href={href.law(projectId, provision.lawId, provision.eId)}
                  title={t(`decision.${provision.decision}`)}
                >
                  {provision.label}
                  <LawTag name={lawName(provision.lawId)} />
                  {provision.decision === 'proposed' ? (
                    <span className="visually-hidden"> ({t('decision.proposed')})</span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label={t('findings.missing')}>
        {row.missingElements.length === 0 ? (
          <span className="muted">{t('app.none')}</span>
        ) : (
          <ul className="plain-list">
            {row.missingElements.map((element) => (
              <li key={element.en}>{pick(element)}</li>
            ))}
          </ul>
        )}
      </td>
      <td data-label={t('findings.explanation')}>
        {row.explanation === '' ? null : (
          <details className="explanation">
            <summary>{t('findings.explanation')}</summary>
            <p>{row.explanation}</p>
          </details>
        )}
      </td>
      <td data-label={t('findings.confirmedBy')}>
        {row.confirmedBy === null ? (
          <span className="muted">{t('findings.notConfirmed')}</span>
        ) : (
          <span
            className="confirmed"
            title={row.confirmedAt === null ? undefined : formatDateTime(row.confirmedAt, language)}
          >
            <span aria-hidden="true">✓ </span>
            {t('findings.confirmedByName', { name: row.confirmedBy.name })}
          </span>
        )}
      </td>
    </tr>
  );
}
