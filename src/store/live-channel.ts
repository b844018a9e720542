/**
 * Live change messages between server instances: the database carries them, so an instance
 * learns what another one changed without polling (DESIGN.md §4, "live updates travel through
 * the database's notifications").
 */
export interface LiveChannel {
  /** Sends a small message (under 8000 bytes, usually JSON) to every subscriber on the database. */
  publish(message: string): Promise<void>;
  /** Calls `listener` once per message, asynchronously; returns the unsubscribe function. */
  subscribe(listener: (message: string) => void): () => void;
  /** Stops delivery and releases the channel's connection. */
  close(): Promise<void>;
}

/** PostgreSQL refuses a notification payload of 8000 bytes or more; SQLite keeps the same limit. */
export const LIVE_MESSAGE_MAX_BYTES = 7999;

/** Throws when `message` is too long to publish, so both dialects fail the same way. */
export function checkLiveMessage(message: string): void {
  const bytes = Buffer.byteLength(message, 'utf8');
  if (bytes > LIVE_MESSAGE_MAX_BYTES) {
    throw new Error(`A live message is ${bytes} bytes; the limit is ${LIVE_MESSAGE_MAX_BYTES}.`);
  }
}

/**
 * The subscribers of one channel. Each listener runs on its own later turn of the event loop,
 * so a slow or failing listener never delays the publisher or the other listeners.
 */
export class LiveListeners {
  readonly #listeners = new Set<(message: string) => void>();

  /** Adds a listener; the returned function removes it (a second call does nothing). */
  add(listener: (message: string) => void): () => void {
    // A wrapper, so one function subscribed twice is two subscriptions.
    const entry = (message: string): void => listener(message);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Hands `message` to every current listener, each in its own macrotask. */
  deliver(message: string): void {
    for (const listener of [...this.#listeners]) {
      setImmediate(() => {
        // Unsubscribed between publish and delivery: it no longer wants messages.
        if (!this.#listeners.has(listener)) return;
        try {
          listener(message);
        } catch (error) {
          process.emitWarning(`A live-channel listener failed: ${String(error)}`, 'LexAlignLive');
        }
      });
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
