import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { nameOf } from '../../i18n/translate.js';
import {
  filtersFromQuery,
  filtersToQuery,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TYPES,
  type RecommendationFilters,
} from './model.js';

interface FiltersProps {
  filters: RecommendationFilters;
  themes: readonly string[];
  onChange: (filters: RecommendationFilters) => void;
}

/** The list's filters; each change goes into the address so the view can be shared. */
export function RecommendationFiltersForm({ filters, themes, onChange }: FiltersProps) {
  const { t } = useI18n();
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const set = (name: keyof RecommendationFilters, value: string) => {
    const query = filtersToQuery(filters);
    if (value === '') query.delete(name);
    else query.set(name, value);
    onChange(filtersFromQuery(query));
  };
  const select = (
    name: 'status' | 'type' | 'priority' | 'theme',
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <div className="field">
      <label htmlFor={`rec-filter-${name}`}>{label}</label>
      <select
        id={`rec-filter-${name}`}
        value={filters[name] ?? ''}
        onChange={(event) => set(name, event.target.value)}
      >
        <option value="">{t('findings.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="filters">
      <legend>{t('findings.filters')}</legend>
      {select(
        'status',
        t('rec.status'),
        RECOMMENDATION_STATUSES.map((value) => ({ value, label: t(`recStatus.${value}`) })),
      )}
      {select(
        'type',
        t('rec.type'),
        RECOMMENDATION_TYPES.map((value) => ({ value, label: t(`recType.${value}`) })),
      )}
      {select(
        'priority',
        t('rec.priority'),
        PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) })),
      )}
      {select(
        'theme',
        t('rec.theme'),
        themes.map((value) => ({ value, label: nameOf(t, 'theme', value) })),
      )}
      <form
        className="field"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          set('q', text.trim());
        }}
      >
        <label htmlFor="rec-filter-q">{t('rec.search')}</label>
        <span className="rec-toolbar">
          <input
            id="rec-filter-q"
            type="search"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button-small">
            {t('rec.searchSubmit')}
          </button>
        </span>
      </form>
      {Object.keys(filters).length > 0 ? (
        <button type="button" className="button button-quiet" onClick={() => onChange({})}>
          {t('findings.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
