import type { enRegional } from '../en/regional.js';

/** La comparaison régionale : les analyses de plusieurs pays côte à côte. */
export const frRegional: { readonly [K in keyof typeof enRegional]: string } = {
  'regional.link': 'Comparaison régionale',
  'regional.title': 'Comparaison régionale',
  'regional.intro':
    'Les pays que vous pouvez consulter, côte à côte : chaque case est un constat, ouvrez-la pour voir l’analyse.',
  'regional.level': 'Afficher',
  'regional.level.obligation': 'Obligations',
  'regional.level.theme': 'Thèmes',
  'regional.none': 'Aucun pays analysé à comparer pour l’instant.',
  'regional.noRows': 'Aucune obligation ne correspond à ces filtres.',
  'regional.obligation': 'Obligation',
  'regional.theme': 'Thème',
  'regional.countries': 'Pays',
  'regional.countriesHint': 'Aucun coché : tous les pays que vous pouvez consulter.',
  'regional.coverage': 'Couverture',
  'regional.coverageOf': '{percent} % conforme',
  'regional.cell': '{country}, {obligation} : {status}',
  'regional.themeCell':
    '{country}, {theme} : {missing} absentes, {partial} partielles, {aligned} conformes',
  'regional.noFinding': 'pas de constat',
  'regional.gaps': 'Le plus souvent absentes ou partielles dans la région',
  'regional.gapsNone': 'Aucune obligation n’est absente ou partielle dans ces pays.',
  'regional.gapCountries': '{count} pays sur {total}',
  'regional.missingIn': 'absente : {list}',
  'regional.partialIn': 'partielle : {list}',
  'regional.export': 'Télécharger',
  'regional.exportCsv': 'CSV',
  'regional.exportXlsx': 'Excel (XLSX)',
  'regional.matrix': 'Pays × obligations',
  'regional.themeMatrix': 'Pays × thèmes',
  'regional.laws': 'Textes : {list}',
};
