import type { CaseInput } from '../../../electron/core/case/case-schema';
import { setValueAt, valueAt } from '../case/case-path';
import { fieldId } from '../case/field-id';
import { fieldLabel } from '../case/field-labels';
import { useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import {
  CheckboxField,
  LinesField,
  NumberField,
  SelectField,
  TextField,
  type Option,
} from './fields';

/** The labels of the questions by path (field-labels.ts), in the user's language. */
export function useFieldLabels(): (path: string) => string {
  const t = useT();
  return (path) => fieldLabel(path, t) ?? path;
}

/**
 * A question bound to a JSON path of the open case: its value read from the case, its changes
 * written back through the case store, its id and its label (field-labels.ts) taken from the
 * path, so the field and the problem summary always name it alike.
 */
export function useCaseField<V>(path: string, label?: string) {
  const labelOf = useFieldLabels();
  const value = useCaseStore((s) => valueAt(s.caseInput, path)) as V | undefined;
  const update = useCaseStore((s) => s.update);
  return {
    value,
    onChange: (next: V) => {
      update((c) => {
        setValueAt(c, path, next);
      });
    },
    id: fieldId(path),
    label: label ?? labelOf(path),
  };
}

interface CaseFieldProps {
  path: string;
  /** Only where the label is not the path's own (a question asked in other words). */
  label?: string;
  hint?: string;
  className?: string;
  hideLabel?: boolean;
}

/** Where writing a value takes more than setting the path (an address left empty is none). */
type Write<V> = (draft: CaseInput, value: V) => void;

function useBound<V>(props: CaseFieldProps, write: Write<V> | undefined) {
  const field = useCaseField<V>(props.path, props.label);
  const update = useCaseStore((s) => s.update);
  const onChange = write
    ? (value: V) => {
        update((c) => {
          write(c, value);
        });
      }
    : field.onChange;
  const { path, hint, className, hideLabel } = props;
  return {
    value: field.value,
    onChange,
    common: { path, hint, className, hideLabel, label: field.label },
  };
}

/** Text; `empty` is what an emptied field stores (null for the case file's optional text). */
export function CaseText(
  props: CaseFieldProps & {
    empty?: '' | null;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'email' | 'tel' | 'date';
    placeholder?: string;
    /** Tidies what was typed before it is stored (country codes in capitals). */
    normalize?: (value: string) => string;
    write?: Write<string | null>;
  },
) {
  const { value, onChange, common } = useBound<string | null>(props, props.write);
  const empty = props.empty ?? '';
  return (
    <TextField
      {...common}
      multiline={props.multiline}
      rows={props.rows}
      type={props.type}
      placeholder={props.placeholder}
      value={value}
      onChange={(v) => {
        const next = props.normalize ? props.normalize(v) : v;
        onChange(next === '' ? empty : next);
      }}
    />
  );
}

/** A date (yyyy-mm-dd); an emptied one is no date. */
export function CaseDate(props: CaseFieldProps) {
  return <CaseText {...props} type="date" empty={null} />;
}

/**
 * A number. `fallback` is shown while the case has none (the schema's default); `empty` is what
 * an emptied field stores: NaN by default, so validation names a required number left empty.
 */
export function CaseNumber(
  props: CaseFieldProps & {
    fallback?: number;
    empty?: number | null;
    write?: Write<number | null>;
  },
) {
  const { value, onChange, common } = useBound<number | null>(props, props.write);
  const shown = value ?? props.fallback ?? null;
  const empty = props.empty === undefined ? Number.NaN : props.empty;
  return (
    <NumberField
      {...common}
      value={shown !== null && Number.isFinite(shown) ? shown : null}
      onChange={(v) => {
        onChange(v ?? empty);
      }}
    />
  );
}

export function CaseSelect<T extends string>(
  props: CaseFieldProps & { options: Option<T>[]; fallback: T; write?: Write<T> },
) {
  const { value, onChange, common } = useBound<T>(props, props.write);
  return (
    <SelectField<T>
      {...common}
      value={value ?? props.fallback}
      options={props.options}
      onChange={onChange}
    />
  );
}

export function CaseCheckbox(
  props: CaseFieldProps & { fallback?: boolean; write?: Write<boolean> },
) {
  const { value, onChange, common } = useBound<boolean>(props, props.write);
  return (
    <CheckboxField {...common} checked={value ?? props.fallback ?? false} onChange={onChange} />
  );
}

const NO_ROWS: never[] = [];

/**
 * A list of the case (`sla.credits`) as rows of a table: each row added as `newRow` makes it
 * from the rows there are, each removed by its place.
 */
export function useCaseList<R>(path: string, newRow: (rows: R[]) => R) {
  const rows = (useCaseStore((s) => valueAt(s.caseInput, path)) as R[] | undefined) ?? NO_ROWS;
  const update = useCaseStore((s) => s.update);
  const edit = (change: (list: R[]) => R[]) => {
    update((c) => {
      setValueAt(c, path, change((valueAt(c, path) as R[] | undefined) ?? []));
    });
  };
  return {
    rows,
    add: () => {
      edit((list) => [...list, newRow(list)]);
    },
    remove: (index: number) => {
      edit((list) => list.filter((_, i) => i !== index));
    },
  };
}

/** A list of words, one a line. */
export function CaseLines(props: CaseFieldProps) {
  const { value, onChange, common } = useBound<string[]>(props, undefined);
  return <LinesField {...common} value={value} onChange={onChange} />;
}
