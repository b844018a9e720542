/**
 * Synthetic laws for benchmarks: realistic West-African or Commonwealth layout, any size,
 * numbered without gaps so the parser's work is the same at every scale.
 */

const FRENCH_ALINEAS = [
  'Est puni d’une peine d’emprisonnement de cinq à dix ans et d’une amende de 500 000 à 5 000 000 de francs quiconque recrute, transporte, transfère, héberge ou accueille une personne aux fins d’exploitation.',
  'La tentative est punie des mêmes peines. Les complices sont punis comme les auteurs principaux.',
  'Au sens du présent article, l’exploitation comprend :',
];
const FRENCH_ITEMS = [
  '1° l’exploitation de la prostitution d’autrui ou d’autres formes d’exploitation sexuelle ;',
  '2° le travail ou les services forcés, l’esclavage ou les pratiques analogues ;',
  '3° le prélèvement d’organes.',
];

const ENGLISH_SUBSECTIONS = [
  '(1) A person who recruits, transports, transfers, harbours or receives another person for the purpose of exploitation commits an offence and is liable on conviction to imprisonment for a term not exceeding fifteen years.',
  '(2) For the purposes of subsection (1), exploitation includes—',
  '(a) the exploitation of the prostitution of others or other forms of sexual exploitation;',
  '(b) forced labour or services, slavery or practices similar to slavery;',
  '(c) the removal of organs.',
];

export interface SyntheticLawOptions {
  readonly articles: number;
  readonly language: 'fr' | 'en';
  /** Articles per chapter (French) or part (English). */
  readonly perDivision?: number;
}

/** A law of `articles` articles (or sections) grouped in chapters (or parts), as plain text. */
export function syntheticLaw(options: SyntheticLawOptions): string {
  const { articles, language, perDivision = 10 } = options;
  const lines: string[] =
    language === 'fr'
      ? [
          'LOI N°2020-001 DU 2 JANVIER 2020 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES',
          '',
          'L’Assemblée nationale a délibéré et adopté en sa séance du 10 décembre 2019 ;',
          'Le Président de la République promulgue la loi dont la teneur suit :',
          '',
        ]
      : [
          'THE PREVENTION OF TRAFFICKING IN PERSONS ACT, 2020',
          '',
          'ACT No. 1 OF 2020',
          '',
          'ENACTED by the Parliament as follows:',
          '',
        ];
  for (let n = 1; n <= articles; n++) {
    if ((n - 1) % perDivision === 0) {
      const division = (n - 1) / perDivision + 1;
      lines.push(
        language === 'fr'
          ? `CHAPITRE ${division} : DISPOSITIONS DU CHAPITRE ${division}`
          : `PART ${division}—PROVISIONS OF PART ${division}`,
        '',
      );
    }
    if (language === 'fr') {
      lines.push(
        `Article ${n === 1 ? '1er' : n} : Infraction ${n}`,
        ...FRENCH_ALINEAS,
        ...FRENCH_ITEMS,
        '',
      );
    } else {
      lines.push(
        `Offence ${n}`,
        `${n}. ${ENGLISH_SUBSECTIONS[0] ?? ''}`,
        ...ENGLISH_SUBSECTIONS.slice(1),
        '',
      );
    }
  }
  if (language === 'fr') {
    lines.push(
      'La présente loi sera exécutée comme loi de l’État.',
      '',
      'Fait à Bamako, le 2 janvier 2020',
      '',
      'Le Président de la République,',
    );
  }
  return lines.join('\n');
}

/** The smallest synthetic law of at least `bytes` UTF-8 bytes, with its article count. */
export function syntheticLawOfSize(
  bytes: number,
  language: 'fr' | 'en',
): { readonly text: string; readonly articles: number } {
  const sample = syntheticLaw({ articles: 100, language });
  const perArticle = new TextEncoder().encode(sample).length / 100;
  const articles = Math.ceil(bytes / perArticle);
  return { text: syntheticLaw({ articles, language }), articles };
}
