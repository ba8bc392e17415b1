import { z } from 'zod';
import { TABS } from '../editor/tabs';
import { api } from '../api';
import { useAppStore } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import { openCase } from './open-case';

const PLACE_KEY = 'ui.place';

const PlaceSchema = z.object({
  caseId: z.number().int().positive(),
  matterId: z.number().int().positive().nullable(),
  tab: z.enum(TABS),
});
type Place = z.infer<typeof PlaceSchema>;

function currentPlace(): Place | null {
  const { caseId, matterId, tab } = useCaseStore.getState();
  return useAppStore.getState().screen === 'editor' && caseId !== null
    ? { caseId, matterId, tab }
    : null;
}

/** Reopens the case and tab the user was in when the app last closed; false when there is none. */
export async function resumeLastPlace(): Promise<boolean> {
  const stored = await api['settings.get']({ key: PLACE_KEY });
  const place = stored.ok ? PlaceSchema.safeParse(stored.value.value) : null;
  if (!place?.success) return false;
  return openCase(place.data.caseId, place.data.matterId, place.data.tab);
}

/** Records where the user is (case and tab) in the library's settings whenever it changes. */
export function keepLastPlace(): () => void {
  let kept = JSON.stringify(currentPlace());
  const record = () => {
    const place = currentPlace();
    const text = JSON.stringify(place);
    if (text === kept) return;
    kept = text;
    void api['settings.set']({ key: PLACE_KEY, value: place });
  };
  const unsubscribeCase = useCaseStore.subscribe(record);
  const unsubscribeApp = useAppStore.subscribe(record);
  return () => {
    unsubscribeCase();
    unsubscribeApp();
  };
}
