import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../store/app-store';
import { SectionProblems } from './fields';

export interface Column<R> {
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** The cell names its row for screen readers (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
}

/** Rows the user adds and removes; each remove button names its row. */
export interface RowEditing {
  addLabel: string;
  onAdd: () => void;
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
}

/**
 * A table of rows with a caption and column headers: the one shape of every list in the
 * editor (signatories, credit steps, price lines, sub-processors), of the computed tables and of
 * the library's lists (matters, agreements, versions, exported files).
 * After a row is added, focus goes to its first control; after one is removed, to the add
 * button, so a keyboard user is never left on a button that is gone.
 */
export function DataTable<R>(props: {
  caption: ReactNode;
  /** The caption is for screen readers only: a heading right above already says it. */
  hideCaption?: boolean;
  columns: Column<R>[];
  rows: R[];
  rowKey?: (row: R, index: number) => string | number;
  /** Shown in place of the table while it has no rows. */
  empty?: string;
  /** The JSON path whose problems (a list too short, a step out of order) sit under the table. */
  path?: string;
  editing?: RowEditing;
  className?: string;
  rowClassName?: (row: R, index: number) => string | undefined;
}) {
  const t = useT();
  const body = useRef<HTMLTableSectionElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'added' | 'removed' | null>(null);
  const count = props.rows.length;
  useEffect(() => {
    const pending = focusAfter.current;
    focusAfter.current = null;
    if (pending === 'added')
      body.current?.lastElementChild
        ?.querySelector<HTMLElement>('input, select, textarea')
        ?.focus();
    if (pending === 'removed') addButton.current?.focus();
  }, [count]);
  const { editing } = props;
  return (
    <div className={`data-table-block ${props.className ?? ''}`}>
      {count === 0 && props.empty !== undefined ? (
        <>
          <p className="data-table-caption">{props.caption}</p>
          <p className="muted">{props.empty}</p>
        </>
      ) : (
        <table className="data-table">
          <caption className={props.hideCaption ? 'visually-hidden' : undefined}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              {props.columns.map((column, i) => (
                <th key={i} scope="col" className={column.className}>
                  {column.header}
                </th>
              ))}
              {editing && (
                <th scope="col">
                  <span className="visually-hidden">{t('Fjern', 'Remove')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody ref={body}>
            {props.rows.map((row, index) => (
              <tr
                key={props.rowKey ? props.rowKey(row, index) : index}
                className={props.rowClassName?.(row, index)}
              >
                {props.columns.map((column, i) =>
                  column.rowHeader ? (
                    <th key={i} scope="row" className={column.className}>
                      {column.cell(row, index)}
                    </th>
                  ) : (
                    <td key={i} className={column.className}>
                      {column.cell(row, index)}
                    </td>
                  ),
                )}
                {editing && (
                  <td>
                    <button
                      type="button"
                      className="button-small button-danger"
                      onClick={() => {
                        focusAfter.current = 'removed';
                        editing.onRemove(index);
                      }}
                    >
                      {editing.removeLabel(index)}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.path !== undefined && <SectionProblems path={props.path} />}
      {editing && (
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            focusAfter.current = 'added';
            editing.onAdd();
          }}
        >
          {editing.addLabel}
        </button>
      )}
    </div>
  );
}
