import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

/**
 * On a busy 2-core machine (CI runs the jest projects side by side) Fluent's motion and React's
 * renders can take longer than Testing Library's default 1 s for a findBy/waitFor. A finder that
 * succeeds returns as soon as it matches, so the longer limit only costs time when a test fails.
 */
configure({ asyncUtilTimeout: 10_000 });
