import type { ChairLiveSession } from '../../../../src/contract/live-session.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ROUTES } from '../../../../src/contract/routes.js';
import { fillPath } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface JoinPanelProps {
  readonly project: Project;
  readonly workshopId: string;
  readonly live: ChairLiveSession;
}

/** How to join, for the room: the QR code, the code in large type, the address, who is here. */
export function JoinPanel({ project, workshopId, live }: JoinPanelProps) {
  const { t } = useI18n();
  const qr = fillPath(ROUTES.liveQr.path, { projectId: project.id, workshopId });
  return (
    <section className="card join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title">{t('presenter.join')}</h2>
      <img
        className="join-qr"
        src={qr}
        width={260}
        height={260}
        alt={t('presenter.qrAlt', { url: live.joinUrl })}
      />
      <p>
        {t('presenter.code')}{' '}
        <strong className="join-code" data-testid="join-code">
          {live.workshop.joinCode}
        </strong>
      </p>
      <p className="join-url" data-testid="join-url">
        {live.joinUrl}
      </p>
      <p data-testid="live-counts">
        {t('presenter.counts', {
          joined: live.counts.joined,
          participants: live.counts.participants,
          present: live.counts.presentToday,
        })}
      </p>
    </section>
  );
}
