/** The polite announcement of another member's change; always present so readers hear it. */
export function LiveToast({ message }: { message: string }) {
  return (
    <div
      className={message === '' ? 'toast toast-empty' : 'toast'}
      role="status"
      aria-live="polite"
      data-testid="live-toast"
    >
      {message}
    </div>
  );
}
