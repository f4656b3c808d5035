import type { Catalogue } from './vi';

/** The English interface text; same keys as `vi` (checked by the `Catalogue` type). */
export const en: Catalogue = {
  app: {
    title: 'Scheme 04 reports',
    subtitle: 'Mass mobilization work of grassroots party organizations',
    connecting: 'Connecting to Excel…',
  },
  fileMode: {
    title: 'File mode (outside Excel)',
    body: 'Excel files are read and created right here in this browser; no data is sent anywhere. To work directly in a workbook, open the add-in in Excel.',
  },
  language: {
    switchLabel: 'English',
    switchHint: 'Turn off to show the interface in Vietnamese.',
  },
  tabs: {
    listLabel: 'Functions',
    template: 'Report template',
    check: 'Check',
    consolidate: 'Consolidate',
    settings: 'Settings',
  },
};
