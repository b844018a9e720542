import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { navigate } from '../../router/use-location.js';
import { href } from '../../router/routes.js';
import { normaliseCountry } from './model.js';
import { useCreateProject } from './queries.js';

/** Name, country and language: any user may start a project and becomes its owner. */
export function NewProjectForm() {
  const { t } = useI18n();
  const create = useCreateProject();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [language, setLanguage] = useState<'fr' | 'en'>('fr');
  const [description, setDescription] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      { name, country: normaliseCountry(country), language, description },
      { onSuccess: (project) => navigate(href.dashboard(project.id)) },
    );
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-project-title">
      <h2 id="new-project-title">{t('projects.new')}</h2>
      <div className="field">
        <label htmlFor="project-name">{t('projects.name')}</label>
        <input
          id="project-name"
          required
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="project-country">{t('projects.countryCode')}</label>
          <input
            id="project-country"
            required
            maxLength={2}
            pattern="[A-Za-z]{2}"
            autoCapitalize="characters"
            aria-describedby="project-country-hint"
            className="input-short"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
          />
          <p id="project-country-hint" className="hint">
            {t('projects.countryHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="project-language">{t('projects.language')}</label>
          <select
            id="project-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="project-description">{t('projects.description')}</label>
        <textarea
          id="project-description"
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {create.error === null ? null : <ErrorMessage error={create.error} />}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('projects.create')}
      </button>
    </form>
  );
}
