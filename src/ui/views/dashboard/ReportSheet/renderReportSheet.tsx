import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { createPortal } from 'react-dom';
import { ReportBlocks } from '../ReportBlocks/ReportBlocks';
import type { ReportSheetState } from './ReportSheet.types';
import type { ReportSheetClasses } from './useReportSheetStyles.styles';

/** The report on paper: the light theme whatever the app's theme is, every table shown. */
export function renderReportSheet(state: ReportSheetState, classes: ReportSheetClasses) {
  const { report } = state;
  return createPortal(
    <FluentProvider theme={teamsLightTheme}>
      <article className={classes.sheet}>
        <header className={classes.header}>
          <h1 className={classes.title}>{report.title}</h1>
          <p className={classes.meta}>{report.period}</p>
          <p className={classes.meta}>{report.generatedOn}</p>
        </header>
        {report.sections.map((section) => (
          <section key={section.id} className={classes.section} data-section={section.id}>
            <h2 className={classes.sectionTitle}>{section.title}</h2>
            <ReportBlocks blocks={section.blocks} tables="always" />
          </section>
        ))}
      </article>
    </FluentProvider>,
    state.mount,
  );
}
