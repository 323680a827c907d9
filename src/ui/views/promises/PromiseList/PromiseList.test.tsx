import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeDataApi } from '../../../data/testing';
import { renderTracker } from '../testing/render';
import type { PromiseRowData } from './PromiseList.types';
import { PromiseList } from './PromiseList';
import { visibleWindow } from './useWindowedRows';

const rows = (count: number): PromiseRowData[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `c-${i}`,
    text: `Belofte nummer ${i + 1}`,
    owner: 'Noor Hendriks',
    due: 'klaar op di 10 maart 2026',
    status: 'open',
    statusLabel: 'Open',
    overdueLabel: i % 2 ? 'Over de datum' : null,
    supportLabel: null,
  }));

const api = fakeDataApi({});

describe('PromiseList', () => {
  it('renders only the rows on screen of a list of thousands, and says where each sits', () => {
    renderTracker(<PromiseList rows={rows(5000)} label="Over de datum" onOpen={() => {}} />, api);
    const list = screen.getByRole('list', { name: 'Over de datum' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('aria-setsize', '5000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(list).toHaveAccessibleDescription('Met de pijltjestoetsen ga je door de lijst; Enter opent een belofte.');
    // Only one row is in the tab order.
    expect(within(list).getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('moves through the whole list with the keyboard and opens a row with Enter', async () => {
    const onOpen = jest.fn();
    renderTracker(<PromiseList rows={rows(5000)} label="Over de datum" onOpen={onOpen} />, api);
    const list = screen.getByRole('list', { name: 'Over de datum' });
    await userEvent.tab();
    expect(within(list).getByRole('button', { name: /^Belofte nummer 1 Open/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(/^Belofte nummer 3/);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent(/^Belofte nummer 5000/);
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '5000');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('c-4999');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toHaveTextContent(/^Belofte nummer 1Open/);
  });

  it('follows the page as it scrolls', async () => {
    renderTracker(<PromiseList rows={rows(5000)} label="Lijst" onOpen={() => {}} />, api);
    const list = screen.getByRole('list', { name: 'Lijst' });
    // Rows are 5.75rem (92 px at 16 px): the list's top 1000 rows above the viewport.
    jest.spyOn(list, 'getBoundingClientRect').mockReturnValue({ top: -92 * 1000 } as DOMRect);
    act(() => {
      fireEvent.scroll(window);
    });
    await waitFor(() => {
      const shown = within(list).getAllByRole('listitem').map((li) => Number(li.getAttribute('aria-posinset')));
      expect(shown).toContain(1001);
      // The focusable first row stays; everything else is around the viewport.
      expect(Math.min(...shown.filter((n) => n > 1))).toBeGreaterThan(990);
      expect(shown.length).toBeLessThan(40);
    });
  });

  it('computes the window from where the list is on screen', () => {
    expect(visibleWindow(0, 90, 0, 800, 5)).toEqual({ start: 0, end: 0 });
    expect(visibleWindow(1000, 100, 0, 800, 5)).toEqual({ start: 0, end: 13 });
    expect(visibleWindow(1000, 100, -50_000, 800, 5)).toEqual({ start: 495, end: 513 });
    // Below the fold: a few rows are ready for when it scrolls in.
    expect(visibleWindow(1000, 100, 2000, 800, 5)).toEqual({ start: 0, end: 5 });
    expect(visibleWindow(3, 100, -10_000, 800, 5)).toEqual({ start: 0, end: 3 });
  });
});
