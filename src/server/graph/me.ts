/** GET /me: the signed-in user's basic profile. Open to every valid user, guests included. */
import { type RouteModule, route } from './context';
import { metadataUrl } from './representations';

export const meRoutes: RouteModule = (router) => {
  router.add(
    'GET',
    '/me',
    route(({ user, origin }) => ({
      status: 200,
      body: {
        '@odata.context': metadataUrl(origin, 'users/$entity'),
        id: user.id,
        displayName: user.displayName,
        userPrincipalName: user.upn,
        mail: user.upn,
      },
    })),
  );
};
