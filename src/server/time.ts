/** Graph writes SharePoint timestamps in UTC with whole seconds: 2024-09-01T08:30:00Z. */
export const graphTimestamp = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;
