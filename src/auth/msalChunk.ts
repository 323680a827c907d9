/**
 * MSAL, the largest part of a tenant's sign-in, is a chunk of its own that only a tenant loads.
 * Its own tiny module, so the first chunk can start the download (src/ui/app/tenantSignIn.ts)
 * without carrying the sign-in code.
 */
export const loadMsal = () => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
