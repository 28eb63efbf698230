import { useStore } from '@nanostores/preact';
import { $storageNotice, $storageStatus, $unreadableCopy } from '../../../lib/state';
import { storageNotice } from '../on-demand';
import { useOnDemand } from './use-on-demand';

interface Props {
  /** False on the server and during hydration, when nothing about storage is known yet. */
  mounted: boolean;
  /** Where focus goes once the notice is dismissed (its button disappears with it). */
  focusAfter?: string;
}

/**
 * Says plainly when saved details could not be read, or when this browser will not save them.
 * Most visits have nothing to say: the notices' code loads only once there is one.
 */
export default function StorageNotice({ mounted, focusAfter }: Props) {
  const status = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const copy = useStore($unreadableCopy);
  const body = useOnDemand(
    storageNotice,
    mounted && (status !== 'ok' || notice !== null || copy !== null),
  );
  const Body = body.loaded?.default;
  // The region is always there, so what appears in it after loading is announced.
  return (
    <div class="storage-notices" role="status">
      {Body && <Body focusAfter={focusAfter} />}
    </div>
  );
}
