/** Openings of the promulgation formula, place and date, and signature blocks. */
const CONCLUSION_OPENINGS: readonly RegExp[] = [
  /^(la|le) présente? (loi|ordonnance|décret)( organique)? sera (exécutée?|enregistrée?|publiée?)\b/i,
  /^(fait|délibéré|adopté) (à|en|le)\b/i,
  /^\p{Lu}[\p{L}'’ -]{1,30}, le \d{1,2}(er)? \p{L}+ \d{4}/u,
  /^\p{Lu}[\p{L}'’ -]{1,30}, le$/u,
  /^(le|la) (président|présidente|premier ministre|ministre|garde)\b[^.;]{0,160},$/i,
  /^(par le président|pour ampliation|ampliations?\b|\(sé\))/i,
  /^(passed (in|by) the|dated (this|at)|i assent|assented to|given under my hand|made (at|this))\b/i,
  /^(done at|signed at)\b/i,
  /^\p{Lu}[\p{Lu} .'’-]{2,40},$/u,
];

/**
 * True when a line opens the end matter of a law — "La présente loi sera exécutée comme loi
 * de l'État", "Fait à Bamako, le…", "Bamako, le 12 juillet 2012", "Le Président de la
 * République,", "Passed in the National Assembly…", a signatory's name followed by a comma —
 * so the last article does not swallow the signatures.
 */
export function isConclusionStart(text: string): boolean {
  const window = text.slice(0, 200);
  return CONCLUSION_OPENINGS.some((pattern) => pattern.test(window));
}
