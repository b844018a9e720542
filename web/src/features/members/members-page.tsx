import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { PROJECT_ROLES, type ProjectRole } from '../../../../src/core/access/permissions.js';
import { ApiError } from '../../api/client.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../auth/queries.js';
import { allows } from '../projects/model.js';
import { isLastOwner, sortMembers } from './model.js';
import { useAddMember, useChangeRole, useMembers, useRemoveMember } from './queries.js';

const roleOf = (value: string): ProjectRole | undefined =>
  PROJECT_ROLES.find((role) => role === value);

/** Who is in the project; owners add people by email, change roles and remove members. */
export function MembersPage({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const session = useSession();
  const members = useMembers(project.id);
  const changeRole = useChangeRole(project.id);
  const remove = useRemoveMember(project.id);
  const manage = allows(project, 'members.manage');
  const selfId = session.data?.user.id;
  const failure = changeRole.error ?? remove.error;

  return (
    <div className="page">
      <h1>{t('members.title')}</h1>
      {members.isPending ? <Loading /> : null}
      {members.isError ? (
        <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      {failure === null ? null : <ErrorMessage error={failure} />}
      {members.data === undefined ? null : (
        <div className="table-wrap">
          <table className="table responsive-table" data-testid="members-table">
            <caption className="visually-hidden">{t('members.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                {manage ? <th scope="col">{t('members.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {sortMembers(members.data.members, language).map((member) => {
                const locked = isLastOwner(members.data.members, member);
                return (
                  <tr key={member.user.id} data-testid={`member-row-${member.email}`}>
                    <td data-label={t('members.name')}>
                      {member.user.name}{' '}
                      {member.user.id === selfId ? (
                        <span className="muted">{t('members.you')}</span>
                      ) : null}
                    </td>
                    <td data-label={t('members.email')}>{member.email}</td>
                    <td data-label={t('members.role')}>
                      {manage && !locked ? (
                        <select
                          aria-label={t('members.changeRole', { name: member.user.name })}
                          value={member.role}
                          disabled={changeRole.isPending}
                          onChange={(event) => {
                            const role = roleOf(event.target.value);
                            if (role !== undefined)
                              changeRole.mutate({ userId: member.user.id, role });
                          }}
                        >
                          {PROJECT_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t(`role.${role}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`role.${member.role}`)
                      )}
                    </td>
                    {manage ? (
                      <td data-label={t('members.actions')}>
                        {locked ? null : (
                          <button
                            type="button"
                            className="button button-small button-danger"
                            aria-label={t('members.removeLabel', { name: member.user.name })}
                            disabled={remove.isPending}
                            onClick={() => {
                              if (
                                window.confirm(
                                  t('members.removeConfirm', { name: member.user.name }),
                                )
                              ) {
                                remove.mutate(member.user.id);
                              }
                            }}
                          >
                            {t('members.remove')}
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {manage ? <AddMemberForm projectId={project.id} /> : null}
    </div>
  );
}

function AddMemberForm({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const add = useAddMember(projectId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProjectRole>('analyst');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate({ email, role }, { onSuccess: () => setEmail('') });
  }

  const notFound = add.error instanceof ApiError && add.error.code === 'not_found';
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('members.add')}</h2>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor="member-email">{t('members.email')}</label>
          <input
            id="member-email"
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="member-role">{t('members.role')}</label>
          <select
            id="member-role"
            value={role}
            onChange={(event) => setRole(roleOf(event.target.value) ?? 'analyst')}
          >
            {PROJECT_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {add.error === null ? null : notFound ? (
        <p className="alert alert-error" role="alert">
          {t('members.notFound')}
        </p>
      ) : (
        <ErrorMessage error={add.error} />
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('members.addSubmit')}
        </button>
      </div>
    </form>
  );
}
