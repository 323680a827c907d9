import { useCallback } from 'react';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';

/**
 * What the intervisie view and side panel open with: the signed-in person, the groups and the
 * staff. One $batch for groups and staff; me() is the session's (asked at sign-in).
 */
export function useIntervisieOverview() {
  const api = useDataApi();
  return useResource(
    useCallback(async () => {
      const [me, { groups, staff }] = await Promise.all([api.me(), api.intervisie.load()]);
      return { me, groups, staff };
    }, [api]),
  );
}
