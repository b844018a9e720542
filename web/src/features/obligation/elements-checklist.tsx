import type { ElementView } from '../../../../src/contract/findings.js';
import { LawTag } from '../../components/law-tag.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLawNames } from '../laws/queries.js';
import { href } from '../../router/routes.js';

/** What the obligation needs, element by element: present or absent, required or not, where. */
export function ElementsChecklist({
  projectId,
  elements,
}: {
  projectId: string;
  elements: readonly ElementView[];
}) {
  const { t, pick } = useI18n();
  const lawName = useLawNames(projectId);
  return (
    <section className="card" aria-labelledby="elements-title">
      <h2 id="elements-title">{t('obligation.elements')}</h2>
      {elements.length === 0 ? (
        <p className="empty">{t('obligation.noElements')}</p>
      ) : (
        <ul className="checklist">
          {elements.map((element) => (
            <li
              key={element.id}
              className={element.present ? 'present' : 'absent'}
              data-testid={`element-${element.id}`}
            >
              <span
                className={element.present ? 'check check-yes' : 'check check-no'}
                aria-hidden="true"
              >
                {element.present ? '✓' : '✗'}
              </span>
              <div>
                <span className="element-label">{pick(element.label)}</span>{' '}
                <span className="element-state">
                  ({element.present ? t('obligation.present') : t('obligation.absent')},{' '}
                  {element.required ? t('obligation.required') : t('obligation.optional')})
                </span>
                {element.evidence === undefined && element.provision === undefined ? null : (
                  <div className="element-evidence muted">
                    {element.evidence === undefined ? null : <q>{element.evidence.text}</q>}{' '}
                    {element.provision === undefined ? null : (
                      <a href={href.law(projectId, element.provision.lawId, element.provision.eId)}>
                        {element.provision.label}
                        <LawTag name={lawName(element.provision.lawId)} />
                      </a>
                    )}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
