import type { enReports } from '../en/reports.js';

/** Rapports et tableurs : ce qui sort de LexAlign pour les décideurs et les analystes. */
export const frReports: { readonly [K in keyof typeof enReports]: string } = {
  'nav.reports': 'Rapports',
  'reports.title': 'Rapports',
  'reports.intro':
    'Téléchargez les rapports que lisent les décideurs, en français ou en anglais quelle que soit la langue de cet écran, et les tableaux que les analystes travaillent dans un tableur.',
  'reports.kind': 'Rapport',
  'reports.kind.analysis': 'Analyse législative',
  'reports.kind.workshop': 'Rapport d’atelier',
  'reports.kind.draft': 'Tableau comparatif d’un projet de texte',
  'reports.kindHint.analysis':
    'Couverture par thème et par instrument, tableau de concordance, lacunes par priorité et recommandations.',
  'reports.kindHint.workshop':
    'L’événement, l’ordre du jour, les participants par sexe et par secteur, la présence, les recommandations et les décisions.',
  'reports.kindHint.draft':
    'Loi en vigueur, projet et commentaires côte à côte, avec la couverture avant et après.',
  'reports.workshop': 'Atelier',
  'reports.noWorkshop': 'Aucun atelier pour l’instant',
  'reports.participants': 'Inclure la liste des participants',
  'reports.participantsHint':
    'Noms et organisations ; à laisser de côté quand le rapport est largement diffusé.',
  'reports.draft': 'Projet de texte',
  'reports.noDraft': 'Aucun projet de texte pour l’instant',
  'reports.language': 'Langue du rapport',
  'reports.language.fr': 'français',
  'reports.language.en': 'anglais',
  'reports.languageHint': 'Indépendante de la langue de cet écran.',
  'reports.format': 'Format',
  'reports.format.pdf': 'PDF (à lire et imprimer)',
  'reports.format.docx': 'Word (DOCX, modifiable)',
  'reports.format.html': 'Page web (HTML)',
  'reports.download': 'Télécharger le rapport',
  'reports.preparing': 'Préparation…',
  'reports.progress': 'Avancement du rapport',
  'reports.step.gathering': 'Rassemblement des données du projet…',
  'reports.step.rendering': 'Rédaction du rapport…',
  'reports.step.pdf': 'Impression du PDF…',
  'reports.step.done': 'Envoi du fichier…',
  'reports.done': 'Téléchargé : {file}',
  'reports.sheets': 'Tableurs',
  'reports.sheetsIntro':
    'Pour les analystes qui travaillent dans un tableur ; en-têtes et statuts en {language}.',
  'reports.sheet.exportConcordance': 'Tableau de concordance',
  'reports.sheet.exportRecommendations': 'Recommandations',
  'reports.sheetLink': '{what}, {format}',
};
