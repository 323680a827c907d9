/**
 * A number on the dashboard together with the ids of the items it counts, so every figure can
 * open the list behind it. Built only through `addTo`, so the count always matches the ids.
 */
export interface Figure {
  count: number;
  ids: string[];
}

export function emptyFigure(): Figure {
  return { count: 0, ids: [] };
}

export function addTo(figure: Figure, id: string): void {
  figure.count += 1;
  figure.ids.push(id);
}
