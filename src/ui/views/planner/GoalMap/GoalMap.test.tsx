import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Goal } from '../../../../domain/goals';
import { goals } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { GoalMap } from './GoalMap';

const dream = 'Ouders lopen binnen alsof het hun school is.';

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('GoalMap', () => {
  it('is one image with a name, its circles carry the full labels, and a list tells the same', async () => {
    renderPlanner(<GoalMap cycleTitle="Samen sterk" dream={dream} goals={goals} />);
    const region = screen.getByRole('region', { name: 'Doelenkaart' });
    const img = within(region).getByRole('img');
    expect(img).toHaveAccessibleName(
      'Doelenkaart: de droom in het midden met 2 doelen eromheen. Bij elk doel staan de voordelen en de tekenen van vooruitgang.',
    );
    const titles = Array.from(img.querySelectorAll('title'), (t) => t.textContent);
    expect(titles).toEqual([
      dream,
      'Elk kind start met een startgesprek',
      'Ik ken de kinderen eerder',
      'Ouders voelen zich welkom',
      'Ouders vullen het formulier in',
      'Ouders denken mee in een ouderpanel',
    ]);
    expect(img.querySelectorAll('circle').length).toBe(6 + 6); // nodes and legend swatches

    // The list is there for screen readers, and shown on request instead of the picture.
    const list = within(region).getByRole('group', { name: 'De doelenkaart als lijst' });
    expect(within(list).getByText('Persoonlijk: Ik ken de kinderen eerder')).toBeInTheDocument();
    expect(within(list).getByText('Structuur · Communicatie · Meedenken · Eigen kind')).toBeInTheDocument();
    expect(within(list).getByText('Nog geen voordelen.')).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: 'Toon als lijst' }));
    expect(within(region).queryByRole('img')).toBeNull();
    expect(within(region).getByRole('button', { name: 'Toon als lijst' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so while there are no goals', () => {
    renderPlanner(<GoalMap cycleTitle="Samen sterk" dream={dream} goals={[]} />);
    expect(screen.getByText('Zodra er doelen zijn, verschijnt hier de kaart.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Opslaan als SVG' })).toBeNull();
  });

  it('names one goal in the singular', () => {
    renderPlanner(<GoalMap cycleTitle="Samen sterk" dream={dream} goals={[goals[0] as Goal]} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(/met één doel ernaast/);
  });

  it('saves an SVG file in which user text stays text', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:goal-map';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const script = '<script>alert("x")</script> 👩‍👧';
    const tricky: Goal = { ...(goals[1] as Goal), title: script };
    renderPlanner(<GoalMap cycleTitle="Samen sterk met ouders" dream={dream} goals={[goals[0] as Goal, tricky]} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan als SVG' }));
    await waitFor(() => expect(clicked).toEqual(['doelenkaart-samen-sterk-met-ouders.svg']));
    const svg = await readBlob(created[0] as Blob);
    expect(created[0]?.type).toMatch(/^image\/svg\+xml/);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt; 👩‍👧');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('class=');
    // The print sheet that lent the light picture is gone again.
    expect(document.querySelector('.driehoek-GoalMapSheet')).toBeNull();
    click.mockRestore();
  });

  it('prints a sheet of its own and removes it afterwards', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => {
      const sheet = document.querySelector('.driehoek-GoalMapSheet');
      expect(sheet).not.toBeNull();
      expect(sheet?.querySelector('svg')).not.toBeNull();
      expect(sheet).toHaveTextContent('Samen sterk');
    });
    renderPlanner(<GoalMap cycleTitle="Samen sterk" dream={dream} goals={goals} />);
    await userEvent.click(screen.getByRole('button', { name: 'Afdrukken voor de teamkamer' }));
    expect(print).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.driehoek-GoalMapSheet')).toBeNull();
    print.mockRestore();
  });

  it('speaks English', () => {
    renderPlanner(<GoalMap cycleTitle="Samen sterk" dream={dream} goals={goals} />, { locale: 'en-GB' });
    expect(screen.getByRole('region', { name: 'Goal map' })).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(/with 2 goals around it/);
    for (const name of ['Show as list', 'Save as SVG', 'Save as PNG', 'Print for the staff room']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });
});
