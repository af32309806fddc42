import { z } from 'zod';
import { channel } from './channel';

export const app = {
  info: channel({
    input: () => z.strictObject({}),
    output: () => z.object({
      version: z.string(),
      shell: z.enum(['electron', 'web']),
      deviceId: z.string(),
      operator: z.object({ name: z.string(), roles: z.array(z.string()) }),
      permissions: z.array(z.string()),
    }),
    permission: 'app.view',
  }),
};
