import { useEffect } from 'react';
import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';
import { useHelpStore } from '../store/help-store';

/** Loads the templates' guidance when a case opens, and again when its agreement changes. */
export function usePartHelp(): void {
  const caseId = useCaseStore((s) => s.caseId);
  const agreement = useCaseStore((s) => s.caseInput?.agreement);
  const uiLang = useAppStore((s) => s.uiLang);
  useEffect(() => {
    const { caseInput } = useCaseStore.getState();
    if (!caseInput) return;
    const active = { current: true };
    void (async () => {
      const result = await request('case.help', { caseText: caseText(caseInput), lang: uiLang });
      if (result && active.current) useHelpStore.getState().setHelp(result.help);
    })();
    return () => {
      active.current = false;
    };
  }, [caseId, agreement, uiLang]);
}
