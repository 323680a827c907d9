/**
 * The signed-in app (data layer, Graph client, shell) is a chunk of its own, so the first chunk
 * carries little more than React, Fluent and the catalogs. Its own tiny module, so boot.ts can
 * start the download before React and Fluent are evaluated.
 */
export const loadSignedInApp = () => import(/* webpackChunkName: "app" */ './SignedInApp');
