import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FirmUser, Session } from '../../../main/contract';
import { call, fetchValue } from '../../api/client';
import { followServiceClock } from '../../app/clock';

export const sessionKey = ['session'] as const;

/** Who is working, the firm's settings and whether first-run setup is done. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const session = await fetchValue('session.get', {});
      followServiceClock(session.serviceNow, session.settings.timeZone || null);
      return session;
    },
  });
}

/** The person changes are attributed to; null when nobody (or an archived person) is chosen. */
export function workingUser(session: Session): FirmUser | null {
  return session.user && !session.user.archivedAt ? session.user : null;
}

export function activeUsers(session: Session): FirmUser[] {
  return session.users.filter((user) => !user.archivedAt);
}

/**
 * After the session changes, everything on screen reloads: what a person may see or is
 * attributed with depends on who is working.
 */
export function useApplySession() {
  const queryClient = useQueryClient();
  return async (session: Session) => {
    followServiceClock(session.serviceNow, session.settings.timeZone || null);
    queryClient.setQueryData(sessionKey, session);
    await queryClient.invalidateQueries();
  };
}

/** Switches who is working; resolves to the envelope's error, or null once switched. */
export function useSwitchUser() {
  const apply = useApplySession();
  return async (userId: number) => {
    const result = await call('session.setUser', { userId });
    if (!result.ok) return result.error;
    await apply(result.value);
    return null;
  };
}
