import type { LegalDocument } from './legal-document.js';
import type { Provision, ProvisionKind } from './provision.js';

type Labels = Readonly<Record<ProvisionKind, string>>;

const FRENCH: Labels = {
  book: 'Livre',
  part: 'Partie',
  title: 'Titre',
  chapter: 'Chapitre',
  section: 'Section',
  subsection: 'Sous-section',
  division: 'Division',
  annex: 'Annexe',
  article: 'Article',
  paragraph: '',
  point: '',
  subpoint: '',
};
const ENGLISH: Labels = {
  ...FRENCH,
  book: 'Book',
  part: 'Part',
  title: 'Title',
  chapter: 'Chapter',
  subsection: 'Subsection',
  annex: 'Schedule',
};

/** The label a reader expects before a number: "Article", "Chapitre", "Section"… */
export function provisionLabel(node: Provision, document: LegalDocument): string {
  const labels = document.meta.language === 'fr' ? FRENCH : ENGLISH;
  if (node.kind === 'article' && document.numbering === 'section') {
    return document.meta.language === 'fr' ? 'Article' : 'Section';
  }
  return labels[node.kind];
}
