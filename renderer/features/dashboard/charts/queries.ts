import { useQuery } from '@tanstack/react-query';
import { fetchValue } from '../../../api/client';

/** Under 'clients' like every deadline read, so a write anywhere refreshes the pictures too. */
export function useDashboardCharts() {
  return useQuery({
    queryKey: ['clients', 'dashboard', 'charts'] as const,
    queryFn: () => fetchValue('dashboard.charts', {}),
  });
}
