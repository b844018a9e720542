import { RegionalExportQuery, RegionalMatrix, RegionalQuery } from './regional.js';
import { route } from './route-spec.js';

/** The regional comparison: several countries' analyses side by side. */
export const REGIONAL_ROUTES = {
  regionalMatrix: route({
    method: 'GET',
    path: '/api/regional',
    summary:
      'The countries the caller may read (all for a site admin) × obligations or themes, with each finding’s status, counts per country and the obligations most often missing or partial across the region',
    access: 'user',
    query: RegionalQuery,
    response: RegionalMatrix,
  }),
  exportRegional: route({
    method: 'GET',
    path: '/api/regional/export',
    summary:
      'Download the regional matrix with the same filters: `format=csv` or `format=xlsx` (matrix, themes and gaps sheets)',
    access: 'user',
    query: RegionalExportQuery,
  }),
};
