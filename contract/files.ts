import { z } from 'zod';
import { channel } from './channel';
import { uuid } from './fields';

/**
 * Where a file the app made (an export, a saved PDF) went. The web shell hands
 * it to the browser as a download; the Electron shell asks where to save it.
 * `place` is the path the user picked in the save dialog: theirs to see.
 */
export const fileDelivery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('download'), fileName: z.string(), url: z.string() }),
  z.object({ kind: z.literal('saved'), fileName: z.string(), place: z.string() }),
  z.object({ kind: z.literal('cancelled'), fileName: z.string() }),
]);
export type FileDelivery = z.output<typeof fileDelivery>;

export const files = {
  /**
   * Hands over a file a call of this session made minutes ago (its `fileId`).
   * Anyone signed in may ask, but only for their own file; the hand-over is audited.
   */
  deliver: channel({
    input: () => z.strictObject({ fileId: uuid }),
    output: () => fileDelivery,
    permission: 'app.view',
  }),
};
