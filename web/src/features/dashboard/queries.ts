import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useDashboard(projectId: string) {
  return useQuery({
    queryKey: keys.dashboard(projectId),
    queryFn: () => api.call('dashboard', { params: { projectId } }),
  });
}
