import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import type { StaffPickerProps, StaffPickerState } from './StaffPicker.types';

/** The option value of the "nobody found" row; choosing it does nothing. */
export const NO_MATCHES = '__none__';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Letters without accents, lower case: "Yılmaz" is found by "yilmaz". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();

export function useStaffPicker(props: StaffPickerProps): StaffPickerState {
  const { staff, selected, onChange, meUpn, max } = props;
  const { messages, format, locale } = useI18n();
  const t = messages.staffPicker;
  const [query, setQuery] = useState('');

  const people = useMemo(
    () =>
      staff
        .filter((s) => s.role !== 'guest')
        .map((s) => ({
          upn: s.upn,
          name: meUpn && same(s.upn, meUpn) ? `${s.displayName} ${t.you}` : s.displayName,
          detail: [t.roles[s.role], s.bouw].filter(Boolean).join(' · '),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [staff, meUpn, t, locale],
  );

  const full = max !== undefined && selected.length >= max;
  const options = useMemo(() => {
    const wanted = fold(query.trim());
    return people.filter((p) => !selected.some((u) => same(u, p.upn)) && (!wanted || fold(p.name).includes(wanted) || fold(p.upn).includes(wanted)));
  }, [people, selected, query]);

  const nameOf = (upn: string) => people.find((p) => same(p.upn, upn))?.name ?? upn;

  return {
    className: props.className,
    label: props.label,
    hint: props.hint,
    error: props.error,
    required: props.required ?? false,
    disabled: props.disabled ?? false,
    query,
    placeholder: t.placeholder,
    noMatches: t.noMatches,
    countText: format(t.selected, { count: selected.length }),
    tags: selected.map((upn) => ({ upn, name: nameOf(upn), removeLabel: format(t.remove, { name: nameOf(upn) }) })),
    options: full ? [] : options,
    full,
    selectedUpns: [...selected],
    onQuery: setQuery,
    onSelect: (value, next) => {
      if (!value || value === NO_MATCHES) return;
      if (full && next.length > selected.length) return;
      setQuery('');
      onChange(next);
    },
  };
}
