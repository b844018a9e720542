/**
 * What the product itself writes on a recommendation's record during a workshop, in the
 * project's language: the record is read (and reported) in that language.
 */

export type Language = 'fr' | 'en';

/** The reason recorded when the chair puts a proposed recommendation on screen. */
export function takenUpReason(language: Language, workshopTitle: string): string {
  return language === 'fr'
    ? `Examinée à l’atelier « ${workshopTitle} »`
    : `Taken up at the workshop “${workshopTitle}”`;
}

/** The note of the version made from a participant's amendment the chair accepted. */
export function amendmentNote(
  language: Language,
  amendment: { readonly name: string; readonly organisation: string; readonly body: string },
): string {
  const who =
    amendment.organisation === ''
      ? amendment.name
      : `${amendment.name} (${amendment.organisation})`;
  if (language === 'fr') {
    const why = amendment.body === '' ? '' : ` : ${amendment.body}`;
    return `Amendement de ${who} à l’atelier${why}`;
  }
  const why = amendment.body === '' ? '' : `: ${amendment.body}`;
  return `Amendment from ${who} at the workshop${why}`;
}
