import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatNumberInput, parseNumberInput } from '../../../electron/core/i18n/number-input';
import { fieldId, problemId } from '../case/field-id';
import { useAppStore } from '../store/app-store';
import { HelpText } from './help-text';
import { useCaseStore, type Problem } from '../store/case-store';

/** The problems the last validation located at exactly this JSON path. */
export function useProblemsAt(path: string | undefined): Problem[] {
  const problems = useCaseStore((s) => s.problems);
  return path === undefined ? [] : problems.filter((p) => p.path === path);
}

/**
 * The problems at a path, shown next to its field and read with it (aria-describedby). They are
 * not announced one by one: the summary's count is the one polite announcement.
 */
export function FieldProblems({ path, problems }: { path: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={problemId(path)} className="field-problems">
      {problems.map((p) => (
        <p key={`${p.code}-${p.message}`} className={`problem problem-${p.severity}`}>
          {p.message}
        </p>
      ))}
    </div>
  );
}

/** The problems of a section (a list, a table) located at its own path. */
export function SectionProblems({ path }: { path: string }) {
  const problems = useProblemsAt(path);
  return <FieldProblems path={path} problems={problems} />;
}

interface BaseProps {
  label: string;
  /** JSON path of the case value; gives the input its id and its problems. */
  path?: string;
  hint?: string;
  className?: string;
  /** Read by screen readers only, where a column header already shows it (a table cell). */
  hideLabel?: boolean;
}

function useFieldIds(path: string | undefined) {
  const generated = useId();
  const id = path === undefined ? `x${generated.replace(/[^A-Za-z0-9]/g, '')}` : fieldId(path);
  const problems = useProblemsAt(path);
  const hintId = `${id}-hint`;
  return { id, problems, hintId };
}

function describedBy(
  path: string | undefined,
  problems: Problem[],
  hint: string | undefined,
  hintId: string,
) {
  const ids = [
    ...(hint ? [hintId] : []),
    ...(path !== undefined && problems.length > 0 ? [problemId(path)] : []),
  ];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** What a field takes from its props: its frame (label, hint, problems) and its control's ARIA. */
function useField(props: BaseProps) {
  const { id, problems, hintId } = useFieldIds(props.path);
  const { label, hint, path, className, hideLabel } = props;
  return {
    id,
    problems,
    hintId,
    frame: { id, hintId, problems, label, hint, path, className, hideLabel },
    control: {
      id,
      'aria-invalid': problems.some((p) => p.severity === 'error') || undefined,
      'aria-describedby': describedBy(path, problems, hint, hintId),
    },
  };
}

function Wrapper(props: {
  id: string;
  label: string;
  hint: string | undefined;
  hintId: string;
  path: string | undefined;
  problems: Problem[];
  className: string | undefined;
  hideLabel: boolean | undefined;
  children: ReactNode;
}) {
  const invalid = props.problems.some((p) => p.severity === 'error');
  return (
    <div className={`field ${invalid ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={props.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={props.hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.path !== undefined && <FieldProblems path={props.path} problems={props.problems} />}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    value: string | null | undefined;
    onChange: (value: string) => void;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'email' | 'date' | 'tel' | 'search';
    placeholder?: string;
    list?: string;
  },
) {
  const field = useField(props);
  const common = { ...field.control, value: props.value ?? '', placeholder: props.placeholder };
  return (
    <Wrapper {...field.frame}>
      {props.multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 4}
          onChange={(e) => {
            props.onChange(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          list={props.list}
          onChange={(e) => {
            props.onChange(e.target.value);
          }}
        />
      )}
    </Wrapper>
  );
}

/** Text with one entry per line, for lists of words (data types, data subjects). */
export function LinesField(
  props: BaseProps & { value: string[] | undefined; onChange: (value: string[]) => void },
) {
  const joined = (props.value ?? []).join('\n');
  const [text, setText] = useState(joined);
  // Follow outside changes (restore, recovered draft) without fighting the user's blank lines.
  useEffect(() => {
    setText((current) => (linesOf(current).join('\n') === joined ? current : joined));
  }, [joined]);
  return (
    <TextField
      {...props}
      multiline
      rows={3}
      value={text}
      onChange={(value) => {
        setText(value);
        props.onChange(linesOf(value));
      }}
    />
  );
}

function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A number typed as text: the field keeps what the user typed ("99,", "") while the case gets
 * the number it means, or null while it means none.
 */
export function NumberField(
  props: BaseProps & {
    value: number | null | undefined;
    onChange: (value: number | null) => void;
    step?: string;
    min?: number;
    max?: number;
  },
) {
  const field = useField(props);
  const uiLang = useAppStore((s) => s.uiLang);
  const shown =
    props.value === null || props.value === undefined || !Number.isFinite(props.value)
      ? ''
      : formatNumberInput(props.value, uiLang);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (parseNumberInput(current) === (props.value ?? null) ? current : shown));
  }, [shown, props.value]);
  return (
    <Wrapper {...field.frame}>
      <input
        {...field.control}
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parseNumberInput(e.target.value));
        }}
      />
    </Wrapper>
  );
}

export function CheckboxField(
  props: BaseProps & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const { id, problems, hintId } = useFieldIds(props.path);
  return (
    <div className={`field field-checkbox ${props.className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={describedBy(props.path, problems, props.hint, hintId)}
        onChange={(e) => {
          props.onChange(e.target.checked);
        }}
      />
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.path !== undefined && <FieldProblems path={props.path} problems={problems} />}
      {props.path?.endsWith('.included') && <HelpText path={props.path.slice(0, -9)} />}
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>(
  props: BaseProps & { value: T; options: Option<T>[]; onChange: (value: T) => void },
) {
  const field = useField(props);
  return (
    <Wrapper {...field.frame}>
      <select
        {...field.control}
        value={props.value}
        onChange={(e) => {
          const chosen = props.options.find((o) => o.value === e.target.value);
          if (chosen) props.onChange(chosen.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

/** Yes/no as a select, for answers where «no» is a real choice (not just an unticked box). */
export function YesNoField(
  props: BaseProps & {
    value: boolean;
    onChange: (value: boolean) => void;
    yes: string;
    no: string;
  },
) {
  return (
    <SelectField
      {...props}
      value={props.value ? 'yes' : 'no'}
      options={[
        { value: 'yes', label: props.yes },
        { value: 'no', label: props.no },
      ]}
      onChange={(v) => {
        props.onChange(v === 'yes');
      }}
    />
  );
}

/**
 * Several choices of one list value (`exit.triggers`): a fieldset of checkboxes whose problems
 * sit under the legend. The first box carries the path's id, so a problem leads to it.
 */
export function CheckboxGroupField<T extends string>(
  props: BaseProps & { values: T[]; options: Option<T>[]; onChange: (values: T[]) => void },
) {
  const { id, problems, hintId } = useFieldIds(props.path);
  const invalid = problems.some((p) => p.severity === 'error');
  return (
    <fieldset
      className={`checkbox-group ${invalid ? 'field-invalid' : ''} ${props.className ?? ''}`}
    >
      <legend>{props.label}</legend>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.path !== undefined && <FieldProblems path={props.path} problems={problems} />}
      {props.options.map((o, index) => {
        const boxId = index === 0 ? id : `${id}-${o.value.replace(/[^A-Za-z0-9]+/g, '-')}`;
        return (
          <div key={o.value} className="field field-checkbox">
            <input
              id={boxId}
              type="checkbox"
              checked={props.values.includes(o.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy(props.path, problems, props.hint, hintId)}
              onChange={(e) => {
                const on = e.target.checked;
                const known = props.options.map((option) => option.value);
                // The options' order, whatever the ticking order; values from a file stay.
                props.onChange([
                  ...known.filter((v) => (v === o.value ? on : props.values.includes(v))),
                  ...props.values.filter((v) => !known.includes(v)),
                ]);
              }}
            />
            <label htmlFor={boxId}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
