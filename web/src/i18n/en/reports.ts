/** Reports and spreadsheets: what leaves LexAlign for decision-makers and analysts. */
export const enReports = {
  'nav.reports': 'Reports',
  'reports.title': 'Reports',
  'reports.intro':
    'Download the reports decision-makers read, in French or English whatever the language of this screen, and the tables analysts work on in spreadsheets.',
  'reports.kind': 'Report',
  'reports.kind.analysis': 'Legislative analysis',
  'reports.kind.workshop': 'Workshop report',
  'reports.kind.draft': 'Comparative table of a draft',
  'reports.kindHint.analysis':
    'Coverage by theme and instrument, the concordance table, the gaps by priority and the recommendations.',
  'reports.kindHint.workshop':
    'The event, agenda, participants by sex and sector, attendance, recommendations and decisions.',
  'reports.kindHint.draft':
    'Law in force, draft and comments side by side, with coverage before and after.',
  'reports.workshop': 'Workshop',
  'reports.noWorkshop': 'No workshop yet',
  'reports.participants': 'Include the list of participants',
  'reports.participantsHint':
    'Names and organisations; leave out when the report is shared widely.',
  'reports.draft': 'Draft',
  'reports.noDraft': 'No draft yet',
  'reports.language': 'Language of the report',
  'reports.language.fr': 'French',
  'reports.language.en': 'English',
  'reports.languageHint': 'Independent of the language of this screen.',
  'reports.format': 'Format',
  'reports.format.pdf': 'PDF (to read and print)',
  'reports.format.docx': 'Word (DOCX, to edit)',
  'reports.format.html': 'Web page (HTML)',
  'reports.download': 'Download the report',
  'reports.preparing': 'Preparing…',
  'reports.progress': 'Progress of the report',
  'reports.step.gathering': 'Gathering the project’s data…',
  'reports.step.rendering': 'Writing the report…',
  'reports.step.pdf': 'Printing the PDF…',
  'reports.step.done': 'Sending the file…',
  'reports.done': 'Downloaded: {file}',
  'reports.sheets': 'Spreadsheets',
  'reports.sheetsIntro':
    'For analysts who work in spreadsheets; headers and statuses in {language}.',
  'reports.sheet.exportConcordance': 'Concordance table',
  'reports.sheet.exportRecommendations': 'Recommendations',
  'reports.sheetLink': '{what}, {format}',
} as const;
