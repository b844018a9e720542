/** A user as shown beside what they did. */
export interface PersonRef {
  id: string;
  name: string;
}

/** The person for a user ID and its joined name; the name is empty for a user since removed. */
export function toPersonRef(id: string | null, name: string | null): PersonRef | null {
  return id === null ? null : { id, name: name ?? '' };
}
