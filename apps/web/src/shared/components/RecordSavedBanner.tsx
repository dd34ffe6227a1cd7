import type { SavedState } from '../hooks/useSavedBanner';
import { SuccessBanner } from './SuccessBanner';

/** The banner a record page shows once after a form saved: "Place added", "Changes saved", or what the form said. */
export function RecordSavedBanner({ saved, noun, name }: { saved: SavedState | undefined; noun: string; name: string }) {
  if (!saved) return null;
  const created = saved.saved === 'create';
  return (
    <SuccessBanner heading={saved.heading ?? (created ? `${noun} added` : 'Changes saved')}>
      <p className="nhsuk-body">
        {saved.message ?? (created ? `${name} is now in the register.` : `Your changes to ${name} have been saved.`)}
      </p>
    </SuccessBanner>
  );
}
