/** Jest projects: unit (domain, data, auth, host pure code), components (jsdom),
 *  server conformance and data integration (both over real HTTP to the local server),
 *  package (Teams app package, toolkit project, infra and headers; offline), bench (the
 *  benchmark harness's pure parts; `npm run bench` itself is not a test). */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] };
const common = { transform, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/catalogs.ts'],
    },
    {
      ...common,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/setup/stubFetch.ts', '<rootDir>/tests/setup/catalogs.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/jestDom.ts'],
    },
    { ...common, displayName: 'server', testEnvironment: 'node', testMatch: ['<rootDir>/tests/server/**/*.test.ts'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/tests/data/**/*.test.ts'] },
    { ...common, displayName: 'bench', testEnvironment: 'node', testMatch: ['<rootDir>/scripts/bench/**/*.test.ts'] },
    {
      ...common,
      displayName: 'package',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/package/**/*.test.ts'],
      // strip-bom@5 is ESM only and @microsoft/app-manifest requires it from CommonJS.
      moduleNameMapper: { '^strip-bom$': '<rootDir>/tests/package/support/strip-bom.cjs' },
    },
  ],
};
