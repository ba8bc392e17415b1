import { create } from 'zustand';
import type { ProcedureOutput } from '../../../electron/shared/api';

export type PartHelp = ProcedureOutput<'case.help'>['help'][number];

interface HelpState {
  /** The templates' guidance by part of the case (`appendices.4`, `sla`, `dpa`). */
  help: ReadonlyMap<string, PartHelp>;
  setHelp: (help: PartHelp[]) => void;
}

export const useHelpStore = create<HelpState>()((set) => ({
  help: new Map(),
  setHelp: (help) => {
    set({ help: new Map(help.map((h) => [h.path, h])) });
  },
}));
