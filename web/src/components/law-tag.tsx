/** Which law an article belongs to, when the project has several. */
export function LawTag({ name }: { name: string | undefined }) {
  return name === undefined ? null : <span className="law-tag"> · {name}</span>;
}
