import {
  FINDING_STATUSES,
  INSTRUMENTS,
  OBLIGATION_KINDS,
} from '../../../../src/contract/common.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { nameOf } from '../../i18n/translate.js';
import { filtersFromQuery, filtersToQuery, hasFilters, type Filters } from './model.js';

interface FindingFiltersProps {
  filters: Filters;
  themes: readonly string[];
  onChange: (filters: Filters) => void;
}

/** The table's filters; each change goes into the address so the view can be shared. */
export function FindingFilters({ filters, themes, onChange }: FindingFiltersProps) {
  const { t } = useI18n();
  // A select's value goes through the same parser as the address: unknown values drop out.
  const set = (name: keyof Filters, value: string) => {
    const query = filtersToQuery(filters);
    if (value === '') query.delete(name);
    else query.set(name, value);
    onChange(filtersFromQuery(query));
  };

  return (
    <fieldset className="filters">
      <legend>{t('findings.filters')}</legend>
      <div className="field">
        <label htmlFor="filter-instrument">{t('findings.instrument')}</label>
        <select
          id="filter-instrument"
          value={filters.instrument ?? ''}
          onChange={(event) => set('instrument', event.target.value)}
        >
          <option value="">{t('findings.all')}</option>
          {INSTRUMENTS.map((instrument) => (
            <option key={instrument} value={instrument}>
              {instrument} · {t(`instrument.${instrument}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-theme">{t('findings.theme')}</label>
        <select
          id="filter-theme"
          value={filters.theme ?? ''}
          onChange={(event) => set('theme', event.target.value)}
        >
          <option value="">{t('findings.all')}</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {nameOf(t, 'theme', theme)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t('findings.status')}</label>
        <select
          id="filter-status"
          value={filters.status ?? ''}
          onChange={(event) => set('status', event.target.value)}
        >
          <option value="">{t('findings.all')}</option>
          {FINDING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t('findings.kind')}</label>
        <select
          id="filter-kind"
          value={filters.kind ?? ''}
          onChange={(event) => set('kind', event.target.value)}
        >
          <option value="">{t('findings.all')}</option>
          {OBLIGATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox filter-unconfirmed">
        <input
          type="checkbox"
          checked={filters.unconfirmed}
          onChange={(event) => onChange({ ...filters, unconfirmed: event.target.checked })}
        />
        {t('findings.unconfirmed')}
      </label>
      {hasFilters(filters) ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ unconfirmed: false })}
        >
          {t('findings.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
