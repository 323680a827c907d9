import { pageOf } from './page';

describe('pageOf', () => {
  it('opens the page the manifest links to, and the app for anything else', () => {
    expect(pageOf('config')).toBe('config');
    expect(pageOf('privacy')).toBe('privacy');
    expect(pageOf('stage')).toBe('stage');
    expect(pageOf('personal')).toBe('app');
    expect(pageOf('tab')).toBe('app');
    expect(pageOf(null)).toBe('app');
    expect(pageOf('<script>')).toBe('app');
  });
});
