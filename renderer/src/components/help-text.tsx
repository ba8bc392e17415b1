import { useT } from '../store/app-store';
import { useHelpStore } from '../store/help-store';

/** The templates' guidance for a part of the case, folded away until asked for. */
export function HelpText({ path }: { path: string }) {
  const t = useT();
  const help = useHelpStore((s) => s.help.get(path));
  if (!help) return null;
  return (
    <details className="help">
      <summary>
        {t('Veiledning', 'Guidance')}: {help.source}
      </summary>
      {help.texts.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </details>
  );
}
