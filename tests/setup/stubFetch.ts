/**
 * teams-js fetches a list of valid host origins when it is imported. Tests run without a
 * network, so answer that one request with an empty list before any module loads.
 * Tests that need fetch for something else replace it themselves.
 */
const validOriginsResponse = { validOrigins: [] as string[] };
globalThis.fetch = (async () =>
  new Response(JSON.stringify(validOriginsResponse), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  })) as typeof fetch;
