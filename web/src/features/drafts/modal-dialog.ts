import { useEffect, useRef, type RefObject } from 'react';

/** A `<dialog>` shown as a modal while its component is on the page, closed when it leaves. */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
