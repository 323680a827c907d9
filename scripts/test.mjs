#!/usr/bin/env node
/**
 * `npm test`: type check, every Jest project (unit, components, server conformance, data
 * integration), then the end-to-end tests in Chromium against `npm start`. Ends with one line
 * "N passed, N failed" over all of them, so CI and people read the same verdict.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${result.status})`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (!run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.'])) {
  broken = true;
  totals.failed += 1;
}

const jestFile = join(out, 'jest.json');
const jestOk = run('jest', 'npx', ['jest', '--ci', '--json', `--outputFile=${jestFile}`]);
const jest = readJson(jestFile);
if (jest) {
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests;
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  if (jest.numRuntimeErrorTestSuites > 0) totals.failed += jest.numRuntimeErrorTestSuites;
}
if (!jestOk || !jest) broken = true;

const pwFile = join(out, 'playwright.json');
const pwOk = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile,
});
const pw = readJson(pwFile);
if (pw) {
  totals.passed += pw.stats.expected + pw.stats.flaky;
  totals.failed += pw.stats.unexpected;
  totals.skipped += pw.stats.skipped;
}
if (!pwOk || !pw) broken = true;
if (broken && totals.failed === 0) totals.failed = 1; // a step failed before it could count

console.log(`\n${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ''));
process.exit(broken || totals.failed ? 1 : 0);
