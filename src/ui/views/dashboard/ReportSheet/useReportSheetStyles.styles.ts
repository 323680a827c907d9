import { makeStaticStyles, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const reportSheetClassNames = {
  /** The sheet's mount node, a child of <body>. */
  mount: 'driehoek-ReportSheet',
} as const;

/**
 * The print layout: while the dashboard is open, printing (the button or the browser's own
 * print) gives the report on A4 portrait, with the app around it hidden and the chart's
 * colours kept. On screen the sheet is never seen.
 */
export const useReportSheetPrintStyles = makeStaticStyles(`
@media screen { .${reportSheetClassNames.mount} { display: none !important; } }
@media print {
  body:has(> .${reportSheetClassNames.mount}) > :not(.${reportSheetClassNames.mount}) { display: none !important; }
  .${reportSheetClassNames.mount} { page: driehoek-report; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page driehoek-report { size: A4 portrait; margin: 16mm 14mm; }
`);

const useStyles = makeStyles({
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, paddingBottom: tokens.spacingVerticalS },
  title: { ...typographyStyles.title2, margin: 0 },
  meta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid-page' },
  sectionTitle: { ...typographyStyles.subtitle1, margin: 0, breakAfter: 'avoid' },
});

export type ReportSheetClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useReportSheetStyles(): ReportSheetClasses {
  useReportSheetPrintStyles();
  return useStyles();
}
