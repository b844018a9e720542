import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';
import { apiQuery, type RegionalFilters } from './model.js';

/** The regional matrix with these filters; the previous one stays shown while the next loads. */
export function useRegional(filters: RegionalFilters) {
  const query = apiQuery(filters);
  return useQuery({
    queryKey: keys.regional(new URLSearchParams(query).toString()),
    queryFn: () => api.call('regionalMatrix', { query }),
    placeholderData: keepPreviousData,
  });
}
