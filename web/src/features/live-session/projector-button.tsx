import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * Shows the recommendation, the count and the join code alone on the whole screen, for the
 * projector; the same button (or Escape) brings the page back. It sits inside what it shows.
 */
export function ProjectorButton({ target }: { target: { readonly current: HTMLElement | null } }) {
  const { t } = useI18n();
  const [projecting, setProjecting] = useState(false);
  useEffect(() => {
    const follow = () => setProjecting(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement !== null) void document.exitFullscreen();
    else void target.current?.requestFullscreen();
  };
  return (
    <button type="button" className="button" onClick={toggle} data-testid="projector-toggle">
      {projecting ? t('presenter.leaveProjector') : t('presenter.projector')}
    </button>
  );
}
