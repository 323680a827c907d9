import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ScoreTableState } from './ScoreTable.types';
import type { ScoreTableClasses } from './useScoreTableStyles.styles';

export function renderScoreTable(state: ScoreTableState, classes: ScoreTableClasses) {
  return (
    <Table size="small" aria-label={state.label} className={classes.root}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{state.columns.date}</TableHeaderCell>
          <TableHeaderCell scope="col">{state.columns.meeting}</TableHeaderCell>
          <TableHeaderCell scope="col" className={classes.score}>
            {state.columns.score}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {state.rows.map((row) => (
          <TableRow key={row.meetingId}>
            <TableCell className={classes.date}>
              <time dateTime={row.date}>{row.dateLabel}</time>
            </TableCell>
            <TableCell className={classes.meeting}>{row.meeting}</TableCell>
            <TableCell className={classes.score}>{row.scoreLabel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
