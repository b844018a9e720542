import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { useLaws } from '../laws/queries.js';
import { useFinding } from '../obligation/queries.js';
import { createBody, emptyForm, formFromFinding } from './model.js';
import { useCreateRecommendation } from './queries.js';
import { RecommendationFormView } from './recommendation-form.js';

function CreateForm({
  project,
  initial,
}: {
  project: Project;
  initial: ReturnType<typeof emptyForm>;
}) {
  const create = useCreateRecommendation(project.id);
  return (
    <RecommendationFormView
      projectId={project.id}
      initial={initial}
      mode="create"
      pending={create.isPending}
      error={create.error}
      onSubmit={(form) =>
        create.mutate(createBody(form), {
          onSuccess: (detail) => navigate(href.recommendation(project.id, detail.id)),
        })
      }
      onCancel={() => window.history.back()}
    />
  );
}

/** The form filled in from a finding: its obligation, theme, provisions and missing elements. */
function FromFinding({ project, obligationId }: { project: Project; obligationId: string }) {
  const { t, pick } = useI18n();
  const finding = useFinding({ projectId: project.id, obligationId });
  const laws = useLaws(project.id);
  if (finding.isPending || laws.isPending) return <Loading />;
  if (finding.isError) {
    return <ErrorMessage error={finding.error} onRetry={() => void finding.refetch()} />;
  }
  const detail = finding.data;
  const initial = formFromFinding(detail, {
    title: pick(detail.title),
    lawTitle: (lawId) => laws.data?.laws.find((law) => law.id === lawId)?.title,
    missingLabel: t('rec.prefill.missing'),
    missingElements: detail.missingElements.map((element) => pick(element)),
    summary: t('rec.prefill.finding', {
      id: detail.obligationId,
      status: t(`status.${detail.status}`),
    }),
  });
  return (
    <>
      <p className="alert alert-info" data-testid="prefilled-from">
        {t('rec.prefill.from', { id: detail.obligationId, title: pick(detail.title) })}
      </p>
      <CreateForm project={project} initial={initial} />
    </>
  );
}

/** A new recommendation, written from scratch or from a finding (`?finding=`). */
export function NewRecommendationPage({
  project,
  query,
}: {
  project: Project;
  query: URLSearchParams;
}) {
  const { t } = useI18n();
  const finding = query.get('finding');
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <a href={href.recommendations(project.id)}>← {t('rec.back')}</a>
      </p>
      <h1>{t('rec.newTitle')}</h1>
      {finding === null || finding === '' ? (
        <CreateForm project={project} initial={emptyForm()} />
      ) : (
        <FromFinding key={finding} project={project} obligationId={finding} />
      )}
    </div>
  );
}
