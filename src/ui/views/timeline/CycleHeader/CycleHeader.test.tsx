import { screen } from '@testing-library/react';
import { cycle } from '../testing/fixtures';
import { renderTimeline } from '../testing/render';
import { CycleHeader } from './CycleHeader';

describe('CycleHeader', () => {
  it('shows the title as the heading, the school year and the dream', () => {
    renderTimeline(<CycleHeader cycle={cycle} headingId="h" eyebrowId="e" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toHaveAttribute('id', 'h');
    expect(screen.getByText('Tijdspad')).toHaveAttribute('id', 'e');
    expect(screen.getByText('Schooljaar').nextSibling).toHaveTextContent('2025-2026');
    expect(screen.getByText('Droom').nextSibling).toHaveTextContent(/^Ouders lopen binnen/);
  });

  it('renders markup in the title and dream as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const dream = '<script>alert("droom")</script><a href="javascript:alert(1)">klik</a>';
    const { container } = renderTimeline(<CycleHeader cycle={{ ...cycle, title, dream }} headingId="h" eyebrowId="e" />);
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByText(dream)).toBeInTheDocument();
    expect(container.querySelector('img, script, a')).toBeNull();
  });

  it('speaks English', () => {
    renderTimeline(<CycleHeader cycle={cycle} headingId="h" eyebrowId="e" />, { locale: 'en-GB' });
    expect(screen.getByText('Timeline')).toBeInTheDocument();
    expect(screen.getByText('School year')).toBeInTheDocument();
    expect(screen.getByText('Dream')).toBeInTheDocument();
  });
});
