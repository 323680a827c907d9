import { Button, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Bouw } from '../../../../domain/people';
import type { StaffRole } from '../../../../domain/staffRoles';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import { FailedState } from '../../../shell/FailedState';
import type { StaffRolesState } from './StaffRoles.types';
import type { StaffRolesClasses } from './useStaffRolesStyles.styles';

export function renderStaffRoles(state: StaffRolesState, classes: StaffRolesClasses) {
  if (state.status === 'loading') return <Spinner label={state.label} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <p className={classes.intro}>{state.intro}</p>
      <div className={classes.tableWrap}>
        <Table aria-label={state.tableLabel} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{state.columns.name}</TableHeaderCell>
              <TableHeaderCell>{state.columns.role}</TableHeaderCell>
              <TableHeaderCell>{state.columns.bouw}</TableHeaderCell>
              <TableHeaderCell>{state.columns.group}</TableHeaderCell>
              <TableHeaderCell>{state.columns.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.rows.map((row) => {
              const teacher = row.draft.role === 'leerkracht';
              return (
                <TableRow key={row.upn}>
                  <TableCell>
                    <span className={classes.name}>
                      {row.name}
                      {row.note && <span className={classes.note}>{row.note}</span>}
                    </span>
                  </TableCell>
                  <TableCell>
                    <Select
                      className={classes.select}
                      aria-label={`${state.columns.role}: ${row.name}`}
                      value={row.draft.role}
                      onChange={(_, d) => state.onDraft(row.upn, { role: d.value as StaffRole | '' })}
                    >
                      {state.roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                  <TableCell>
                    {teacher && (
                      <Select
                        className={classes.bouwSelect}
                        aria-label={`${state.columns.bouw}: ${row.name}`}
                        value={row.draft.bouw}
                        onChange={(_, d) => state.onDraft(row.upn, { bouw: d.value as Bouw | '' })}
                      >
                        {state.bouwOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </Select>
                    )}
                  </TableCell>
                  <TableCell>
                    {teacher && (
                      <Select
                        aria-label={`${state.columns.group}: ${row.name}`}
                        value={row.draft.group}
                        onChange={(_, d) => state.onDraft(row.upn, { group: d.value })}
                      >
                        {row.groupOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </Select>
                    )}
                  </TableCell>
                  <TableCell>
                    <div className={classes.actions}>
                      <Button
                        size="small"
                        appearance={row.dirty ? 'primary' : 'secondary'}
                        aria-label={row.saveLabel}
                        disabledFocusable={!row.dirty || row.saving}
                        onClick={() => state.onSave(row.upn)}
                      >
                        {state.saveText}
                      </Button>
                      {row.saving && <Spinner size="tiny" />}
                      {row.saved && <span className={classes.saved}>{state.savedText}</span>}
                      {row.error && (
                        <span role="alert" className={classes.error}>
                          {row.error}
                        </span>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <p role="status" className={classes.visuallyHidden}>
        {state.announcement}
      </p>
      <ConfirmDialog
        open={state.removing !== null}
        alert
        heading={state.removing?.heading ?? ''}
        body={state.removing?.body ?? ''}
        confirmLabel={state.removing?.confirm ?? ''}
        cancelLabel={state.removing?.cancel ?? ''}
        onConfirm={() => state.removing?.onConfirm()}
        onCancel={() => state.removing?.onCancel()}
      />
    </section>
  );
}
